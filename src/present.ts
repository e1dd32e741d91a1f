/**
 * The client entry of the classroom pages: presenter mode (`present/`), which it hydrates, and the
 * printable handout (`handout/`), static markup whose drawings it only cuts to their ink. The charts
 * load as in the story: Plot and Arquero as module chunks, on the first chart change or in idle time.
 */
import { hydrate } from 'svelte';
import Present from './Present.svelte';
import { browserScheduler, createLoader, loaderContext } from './lib/charts/loader.ts';
import { moduleCharts } from './lib/charts/module-charts.ts';
import type { PageView } from './lib/content/view.ts';
import { fitDrawingsToInk } from './lib/story/ink.ts';
import { VIEW_SCRIPT_ID } from './lib/content/view.ts';
import './styles/global.css';
import './styles/present.css';

document.documentElement.classList.replace('no-js', 'js');

const target = document.getElementById('app');
const data = document.getElementById(VIEW_SCRIPT_ID);
// Presenter mode's root names the story page it leaves to; the handout has none and stays static.
const story = document.querySelector<HTMLElement>('.present')?.dataset.story;
if (target && data?.textContent && story !== undefined) {
  const view = JSON.parse(data.textContent) as PageView;
  const loader = createLoader({
    code: moduleCharts(),
    scheduler: browserScheduler(window),
    document,
    lang: view.lang,
  });
  hydrate(Present, { target, props: { view, storyHref: story }, context: loaderContext(loader) });
} else {
  // The handout's drawings are the story's, drawn in a phone's frame whose room is kept for every
  // state's labels: each is cut to its own ink, on screen and on paper, as the story's print does.
  fitDrawingsToInk(document);
}
