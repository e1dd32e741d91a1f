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
import EmbedChart from './EmbedChart.svelte';
import EmbedStory from './EmbedStory.svelte';
import { COPY, COPY_FILES } from './content/index.ts';
import { renderChart, STATIC_FIT } from './lib/charts/render.ts';
import { renderTable } from './lib/charts/table.ts';
import { provenanceProblems } from './lib/content/copy.ts';
import { escapeHtml } from './lib/content/escape.ts';
import { pageView } from './lib/content/page-view.ts';
import { plainText } from './lib/content/tokens.ts';
import { serializeView, VIEW_SCRIPT_ID } from './lib/content/view.ts';
import { dataset } from './lib/data/dataset.ts';
import { downloadFiles } from './lib/data/tables.ts';
import Methods from './lib/story/Methods.svelte';
import Prose from './lib/story/Prose.svelte';
import { embedManifest, oembed, type EmbedManifest } from './lib/embed/manifest.ts';
import { STEPS, stepsOf } from './lib/story/steps.ts';
import { CHART_IDS, type ChartId } from './lib/charts/index.ts';

export { dataset, downloadFiles, STEPS };

const copy = COPY.en;
/** The copy's strings with their tokens resolved, as every page and the client receive them. */
const view = pageView(copy, dataset);

/**
 * Problems that must fail the build: copy that quotes a figure the dataset lacks or types one by
 * hand. (Copy that does not match the step list or the charts fails earlier, as it is loaded.)
 */
export function problems(): string[] {
  return provenanceProblems(copy, dataset).map((problem) => `${COPY_FILES.en} › ${problem}`);
}

/** Static markup of a component (no hydration markers needed: the client never owns it). */
function html<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
  return render(component, { props }).body;
}

/** A built page's markup: what goes into `<head>` and into `#app`. */
export interface PageMarkup {
  head: string;
  body: string;
}

/** Every page carries the client's view of the copy as JSON, read before hydration. */
function withView(markup: PageMarkup, extraHead = ''): PageMarkup {
  const data = `<script type="application/json" id="${VIEW_SCRIPT_ID}">${serializeView(view)}</script>`;
  return { head: markup.head + extraHead + data, body: markup.body };
}

/** oEmbed discovery links; `prefix` leads from the page to the site root. */
function oembedLinks(prefix: string, charts: readonly ChartId[]): string {
  return charts
    .map(
      (c) =>
        `<link rel="alternate" type="application/json+oembed" href="${prefix}embed/${c}/oembed.json" title="${escapeHtml(view.charts[c].title)}">`,
    )
    .join('');
}

/** The story page (`index.html`). */
export function renderStory(): PageMarkup {
  const description = `<meta name="description" content="${escapeHtml(plainText(dataset, copy.description))}">`;
  return withView(render(App, { props: { view } }), description + oembedLinks('', CHART_IDS));
}

/** The whole story for an iframe (`embed/index.html`). */
export function renderEmbedStory(): PageMarkup {
  const head = `<title>${escapeHtml(view.title)}</title><link rel="canonical" href="../">`;
  return withView(render(EmbedStory, { props: { view } }), head);
}

/** One chart for an iframe (`embed/<chart>/index.html`), prerendered at its last state. */
export function renderEmbedChart(chart: ChartId): PageMarkup {
  const head =
    `<title>${escapeHtml(view.charts[chart].title)}</title><link rel="canonical" href="../../">` +
    oembedLinks('../../', [chart]);
  return withView(render(EmbedChart, { props: { view, chart } }), head);
}

/** The chart ids that have embeds, in story order. */
export const EMBED_CHARTS: readonly ChartId[] = CHART_IDS;

/** `embed/charts.json`: chart ids, titles and step ids, for newsrooms' tools. */
export function manifest(): EmbedManifest {
  return embedManifest(view);
}

/** `embed/<chart>/oembed.json`; `siteUrl` is the absolute address of the built site, if known. */
export function oembedFor(chart: ChartId, siteUrl: string): object {
  return oembed(view, chart, siteUrl);
}

export { stepsOf };

/**
 * The markup for every prerender slot, keyed by slot name: `intro`, `methods`, `prose:<step>`,
 * `svg:<step>` (the chart), `table:<step>` (the "show the data" table) and `static:<step>` (the
 * drawing a reader without JavaScript sees inside the step).
 */
export function renderSlots(): Map<string, string> {
  const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
  const doc = document as unknown as Document;
  const slots = new Map<string, string>([
    ['intro', html(Prose, { text: copy.intro, dataset, linkName: copy.ui.figureLink })],
    ['methods', html(Methods, { copy, dataset })],
  ]);
  for (const step of STEPS) {
    const chartCopy = view.charts[step.chart];
    const svg = renderChart(step, doc, chartCopy, view.alts[step.id] ?? '', STATIC_FIT, dataset).outerHTML;
    slots.set(
      `prose:${step.id}`,
      html(Prose, { text: copy.steps[step.id]?.text ?? '', dataset, linkName: copy.ui.figureLink }),
    );
    slots.set(`svg:${step.id}`, svg);
    slots.set(`static:${step.id}`, `<div class="static-chart">${svg}</div>`);
    slots.set(`table:${step.id}`, renderTable(step, doc, chartCopy, dataset).outerHTML);
  }
  return slots;
}
