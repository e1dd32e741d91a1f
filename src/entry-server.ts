/**
 * Everything the prerenderer needs, bundled by Vite for Node: the page markup from `svelte/server`,
 * the static markup for every slot (prose with linked figures, methods, and each step's chart drawn
 * by Plot into a jsdom document with its data table), the data downloads, and the consistency
 * checks that must stop a build.
 */
import { JSDOM } from 'jsdom';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import App from './App.svelte';
import { COPY } from './content/index.ts';
import { renderChart, renderTable } from './lib/charts/render.ts';
import { copyProblems } from './lib/content/copy.ts';
import { pageView } from './lib/content/page-view.ts';
import { serializeView, VIEW_SCRIPT_ID } from './lib/content/view.ts';
import { dataset } from './lib/data/dataset.ts';
import { downloadFiles } from './lib/data/tables.ts';
import Methods from './lib/story/Methods.svelte';
import Prose from './lib/story/Prose.svelte';
import { STEPS } from './lib/story/steps.ts';

export { dataset, downloadFiles, STEPS };

const copy = COPY.en;

/** Problems that must fail the build (copy that does not match the step list or the dataset). */
export function problems(): string[] {
  return copyProblems(copy, dataset);
}

/** Static markup of a component (no hydration markers needed: the client never owns it). */
function html<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
  return render(component, { props }).body;
}

/** The story page: `head` and `body` markup to put into the built `index.html`. */
export function renderStory(): { head: string; body: string } {
  const view = pageView(copy, dataset);
  const { head, body } = render(App, { props: { view } });
  const data = `<script type="application/json" id="${VIEW_SCRIPT_ID}">${serializeView(view)}</script>`;
  return { head: head + data, body };
}

/**
 * The markup for every prerender slot, keyed by slot name: `intro`, `methods`, `prose:<step>`,
 * `svg:<step>` (the chart), `table:<step>` (the "show the data" table) and `static:<step>` (the
 * drawing a reader without JavaScript sees inside the step).
 */
export function renderSlots(): Map<string, string> {
  const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
  const doc = document as unknown as Document;
  const view = pageView(copy, dataset);
  const slots = new Map<string, string>([
    ['intro', html(Prose, { text: copy.intro, dataset })],
    ['methods', html(Methods, { copy, dataset })],
  ]);
  for (const step of STEPS) {
    const chartCopy = view.charts[step.chart];
    const svg = renderChart(step, doc, chartCopy, view.alts[step.id] ?? '', dataset).outerHTML;
    slots.set(`prose:${step.id}`, html(Prose, { text: copy.steps[step.id]?.text ?? '', dataset }));
    slots.set(`svg:${step.id}`, svg);
    slots.set(`static:${step.id}`, `<div class="static-chart">${svg}</div>`);
    slots.set(`table:${step.id}`, renderTable(step, doc, chartCopy, dataset).outerHTML);
  }
  return slots;
}
