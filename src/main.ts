/**
 * The story's client entry. The page is already fully drawn by the prerenderer and stays static HTML;
 * this hydrates only its islands (`lib/story/islands.ts`: the charts, the language link, the "embed
 * this" boxes), each in a task of its own, and marks the current step as the reader scrolls
 * (`lib/story/hydrate.ts`). Plot and Arquero load later, as module chunks, on the first chart change
 * or in idle time, through the one chart loader the page hands down.
 */
import { browserScheduler, createLoader, loaderContext } from './lib/charts/loader.ts';
import { moduleCharts } from './lib/charts/module-charts.ts';
import type { PageView } from './lib/content/view.ts';
import { VIEW_SCRIPT_ID } from './lib/content/view.ts';
import { hydrateStory } from './lib/story/hydrate.ts';
import { STATIC_QUERY } from './lib/story/reading.svelte.ts';
import { expandDrawingsForPrint, expandDrawingsWhen, expandTablesWhenOpened } from './lib/story/tables.ts';
import './styles/global.css';

// Scripts run: the static layer, for readers without them and for print, hides on screen.
document.documentElement.classList.replace('no-js', 'js');
expandTablesWhenOpened(document);
expandDrawingsForPrint(window);
// A phone on its side too small for the live chart reads each card's own drawing.
expandDrawingsWhen(window, STATIC_QUERY);

const data = document.getElementById(VIEW_SCRIPT_ID);
if (data?.textContent) {
  const view = JSON.parse(data.textContent) as PageView;
  const loader = createLoader({
    code: moduleCharts(),
    scheduler: browserScheduler(window),
    document,
    lang: view.lang,
  });
  hydrateStory(document, view, loaderContext(loader));
}
