/**
 * Everything the prerenderer needs, bundled by Vite for Node: the page markup from `svelte/server`,
 * the static chart drawings for each step (Plot rendering into a jsdom document), the data downloads
 * and the consistency checks that must stop a build.
 */
import { JSDOM } from 'jsdom';
import { render } from 'svelte/server';
import App from './App.svelte';
import { COPY } from './content/index.ts';
import { copyProblems } from './lib/content/copy.ts';
import { renderChart, renderTable } from './lib/charts/render.ts';
import { dataset } from './lib/data/dataset.ts';
import { downloadFiles } from './lib/data/tables.ts';
import { STEPS } from './lib/story/steps.ts';

export { dataset, STEPS };

/** Problems that must fail the build (copy that does not match the step list). */
export function problems(): string[] {
  return copyProblems(COPY.en);
}

/** The story page: `head` and `body` markup to put into the built `index.html`. */
export function renderStory(): { head: string; body: string } {
  return render(App, { props: { copy: COPY.en, dataset } });
}

/**
 * The markup for every prerender slot, keyed by slot name: `svg:<step>` (the chart body),
 * `table:<step>` (the "show the data" table) and `static:<step>` (the drawing a reader without
 * JavaScript sees inside the step).
 */
export function renderSlots(): Map<string, string> {
  const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
  const slots = new Map<string, string>();
  for (const step of STEPS) {
    const svg = renderChart(step, document as unknown as Document, COPY.en).outerHTML;
    slots.set(`svg:${step.id}`, svg);
    slots.set(`static:${step.id}`, `<div class="static-chart">${svg}</div>`);
    slots.set(`table:${step.id}`, renderTable(step, document as unknown as Document, COPY.en).outerHTML);
  }
  return slots;
}

export { downloadFiles };
