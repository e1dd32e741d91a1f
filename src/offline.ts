/**
 * The client entry of the offline edition (`offline.html`), which the build bundles into one
 * classic script written into the file itself, with the chart code (Plot, Arquero) and the dataset:
 * a page opened from a disk can load nothing else, not even a module chunk beside it.
 *
 * It runs the story as `main.ts` does (its islands hydrated, the steps followed) and carries
 * presenter mode: the button in the masthead, or P, puts presenter mode's prerendered markup (kept
 * in a `<template>`, its steps' prose, drawings and tables copied from the story's) in the story's
 * place and hydrates it, on the step being read; the story waits
 * aside, and presenter mode's Esc (or its link back) returns to it at the step on screen. The
 * address follows: `offline.html?present#<step-id>` opens presenter mode on that step.
 */
import { hydrate, unmount } from 'svelte';
import Present from './Present.svelte';
import * as charts from './embed-charts.ts';
import { browserScheduler, createLoader, loaderContext, type ChartCode } from './lib/charts/loader.ts';
import type { PageView } from './lib/content/view.ts';
import { VIEW_SCRIPT_ID } from './lib/content/view.ts';
import { hydrateStory } from './lib/story/hydrate.ts';
import {
  fillSharedSlots,
  OFFLINE_FILE,
  OFFLINE_PRESENT_ID,
  opensPresenter,
  presenting,
  viewAddress,
} from './lib/story/offline.ts';
import { STEPS } from './lib/story/steps.ts';
import { expandDrawingsForPrint, expandTablesWhenOpened } from './lib/story/tables.ts';
import './styles/global.css';
import './styles/present.css';

/** The chart code, already in this script: each piece is handed over in a task of its own all the same. */
const inlineCharts: ChartCode = {
  dataset: () => Promise.resolve(charts.dataset),
  prepare: () => Promise.resolve(charts.prepareChartData),
  renderer: () => Promise.resolve(charts.render),
};

document.documentElement.classList.replace('no-js', 'js');
expandTablesWhenOpened(document);
expandDrawingsForPrint(window);

const app = document.getElementById('app');
const data = document.getElementById(VIEW_SCRIPT_ID);
const presentMarkup = document.getElementById(OFFLINE_PRESENT_ID);
if (app && data?.textContent && presentMarkup instanceof HTMLTemplateElement) {
  const view = JSON.parse(data.textContent) as PageView;
  const loader = createLoader({
    code: inlineCharts,
    scheduler: browserScheduler(window),
    document,
    lang: view.lang,
  });
  const context = loaderContext(loader);
  const story = hydrateStory(document, view, context);
  /** The story's nodes while presenter mode has the page. */
  let storyNodes: Node[] = [];
  let presenter: ReturnType<typeof hydrate> | null = null;

  const leave = (step: string) => {
    if (!presenter) return;
    void unmount(presenter);
    presenter = null;
    app.replaceChildren(...storyNodes);
    storyNodes = [];
    history.replaceState(null, '', viewAddress(location.href, false, step));
    document.getElementById(step)?.scrollIntoView({ block: 'center' });
    story.resume();
  };

  /** Shows presenter mode on step `step` (its id). */
  const present = (step: string) => {
    if (presenter) return;
    story.pause();
    history.replaceState(null, '', viewAddress(location.href, true, step));
    const markup = presentMarkup.content.cloneNode(true) as DocumentFragment;
    fillSharedSlots(markup, app);
    storyNodes = [...app.childNodes];
    app.replaceChildren(markup);
    window.scrollTo(0, 0);
    presenter = hydrate(Present, {
      target: app,
      props: { view, storyHref: OFFLINE_FILE, onleave: leave },
      context,
    });
  };

  /** The step being read, or the first. */
  const reading = () => (STEPS[story.reading.active] ?? STEPS[0]!).id;
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('[data-present-open]')) present(reading());
  });
  window.addEventListener('keydown', (event) => {
    if (presenter || !opensPresenter(event)) return;
    event.preventDefault();
    present(reading());
  });
  if (presenting(location.search)) {
    const id = decodeURIComponent(location.hash.slice(1));
    present(STEPS.some((s) => s.id === id) ? id : STEPS[0]!.id);
  }
}
