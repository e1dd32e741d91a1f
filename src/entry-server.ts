/**
 * Everything the prerenderer needs, bundled by Vite for Node: the page markup from `svelte/server`,
 * the static markup for every slot (prose with linked figures, methods, and each step's chart drawn
 * by Plot into a jsdom document with its data table), the data downloads, and the consistency
 * checks that must stop a build. All of it is made for one language, `prerender(lang)`.
 */
import { JSDOM } from 'jsdom';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import App from './App.svelte';
import EmbedChart from './EmbedChart.svelte';
import EmbedStory from './EmbedStory.svelte';
import { COPY_FILES, edition, type Lang } from './content/index.ts';
import { chartData } from './lib/charts/data.ts';
import { CHART_IDS, type ChartId } from './lib/charts/index.ts';
import { renderChart } from './lib/charts/render.ts';
import { scopeIds } from './lib/charts/scope-ids.ts';
import { renderTable } from './lib/charts/table.ts';
import { provenanceProblems } from './lib/content/copy.ts';
import { escapeHtml } from './lib/content/escape.ts';
import { pageView } from './lib/content/page-view.ts';
import { plainText } from './lib/content/tokens.ts';
import { serializeView, VIEW_SCRIPT_ID, type PageView } from './lib/content/view.ts';
import { dataset as bundledDataset } from './lib/data/bundled.ts';
import { dataset } from './lib/data/dataset.ts';
import { downloadFiles, type DownloadFile } from './lib/data/tables.ts';
import { embedManifest, oembed, type EmbedManifest } from './lib/embed/manifest.ts';
import Methods from './lib/story/Methods.svelte';
import Prose from './lib/story/Prose.svelte';
import { findStep, STEPS } from './lib/story/steps.ts';

/** A built page's markup: what goes into `<head>` and into `#app`. */
export interface PageMarkup {
  head: string;
  body: string;
}

/** Static markup of a component (no hydration markers needed: the client never owns it). */
function html<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
  return render(component, { props }).body;
}

export { PAGES } from './pages.ts';

/**
 * A data table in a box that scrolls sideways when the table is wider than the screen (at 320 px the
 * page itself must not), focusable and named by the table's caption so keyboard users can scroll it.
 */
function scrollable(table: HTMLTableElement, id: string): string {
  const captionId = `table-caption-${id}`;
  if (table.caption) table.caption.id = captionId;
  const labelled = table.caption ? ` aria-labelledby="${captionId}"` : '';
  return `<div class="table-scroll" role="region" tabindex="0"${labelled}>${table.outerHTML}</div>`;
}

/**
 * What the browser derives with Arquero before it draws: every chart's rows from the bundled
 * dataset (a fresh copy, so nothing is cached). The build runs it to compile Arquero's expressions
 * ahead of time (scripts/arquero-aot.js).
 */
export function deriveAsBrowser(): void {
  chartData({ ...bundledDataset });
}

/** One language's prerenderer (see `prerender`). */
export type Prerenderer = ReturnType<typeof prerender>;

/** The step whose drawing stands for the story where it is shared: the headline finding. */
export const SHARE_STEP = 'finding-parents';

/** Where the site is published, as far as the build knows it. */
export interface Publishing {
  /** The site's absolute address (ending in `/`), from the `SITE_URL` setting; absent when unset. */
  siteUrl?: string | null;
  /** The share image, relative to the site root, with its size. */
  shareImage?: { path: string; width: number; height: number };
}

/** What the share image is made of: the headline, the credit and the headline chart's drawing. */
export function shareCard(lang: Lang): { title: string; credit: string; chart: string } {
  const { copy, locale, format } = edition(lang);
  const view = pageView(copy, dataset, locale, format);
  const step = findStep(SHARE_STEP);
  if (!step) throw new Error(`entry-server.ts › SHARE_STEP: no step "${SHARE_STEP}"`);
  const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
  const svg = renderChart(
    step,
    document as unknown as Document,
    view.charts[step.chart],
    view.alts[step.id] ?? '',
    format,
    dataset,
  );
  return { title: view.title, credit: view.ui.provider, chart: svg.outerHTML };
}

/**
 * The head tags that tell search engines and social networks what the page is: the canonical
 * address and the Open Graph and Twitter card tags with the share image. Addresses are absolute, so
 * the canonical link and the page's own address are left out when the site address is unknown.
 */
function socialHead(view: PageView, description: string, path: string, publishing: Publishing): string {
  const { siteUrl, shareImage } = publishing;
  const attr = escapeHtml;
  const pageUrl = siteUrl ? new URL(path.replace(/(^|\/)index\.html$/, '$1'), siteUrl).href : null;
  const image = shareImage ? (siteUrl ? new URL(shareImage.path, siteUrl).href : shareImage.path) : null;
  const alt = view.alts[SHARE_STEP] ?? '';
  const tags: [string, string, string][] = [
    ['property', 'og:type', 'article'],
    ['property', 'og:title', view.title],
    ['property', 'og:description', description],
    ['property', 'og:site_name', view.ui.provider],
    ['name', 'twitter:card', image ? 'summary_large_image' : 'summary'],
    ['name', 'twitter:title', view.title],
    ['name', 'twitter:description', description],
  ];
  if (pageUrl) tags.push(['property', 'og:url', pageUrl]);
  if (image && shareImage) {
    tags.push(
      ['property', 'og:image', image],
      ['property', 'og:image:type', 'image/png'],
      ['property', 'og:image:width', String(shareImage.width)],
      ['property', 'og:image:height', String(shareImage.height)],
      ['property', 'og:image:alt', alt],
      ['name', 'twitter:image', image],
      ['name', 'twitter:image:alt', alt],
    );
  }
  const canonical = pageUrl ? `<link rel="canonical" href="${attr(pageUrl)}">` : '';
  return (
    canonical + tags.map(([key, name, value]) => `<meta ${key}="${name}" content="${attr(value)}">`).join('')
  );
}

/** The prerenderer of one language's pages, with the copy's view resolved once for all of them. */
export function prerender(lang: Lang, publishing: Publishing = {}) {
  const { copy, locale, format, prose } = edition(lang);
  /** The copy's strings with their tokens resolved, as every page and the client receive them. */
  const view = pageView(copy, dataset, locale, format);
  /** An embed's canonical link: the story page, absolute when the site address is known. */
  const storyAddress = (relative: string) => publishing.siteUrl ?? relative;

  /** Every page carries the client's view of the copy as JSON, read before hydration. */
  const withView = (markup: PageMarkup, extraHead = ''): PageMarkup => {
    const data = `<script type="application/json" id="${VIEW_SCRIPT_ID}">${serializeView(view)}</script>`;
    return { head: markup.head + extraHead + data, body: markup.body };
  };

  /** oEmbed discovery links; `prefix` leads from the page to the site root. */
  const oembedLinks = (prefix: string, charts: readonly ChartId[]): string =>
    charts
      .map(
        (c) =>
          `<link rel="alternate" type="application/json+oembed" href="${prefix}embed/${c}/oembed.json" title="${escapeHtml(view.charts[c].title)}">`,
      )
      .join('');

  return {
    /**
     * Problems that must fail the build: copy that quotes a figure the dataset lacks or types one
     * by hand. (Copy that does not match the step list or the charts fails earlier, as it loads.)
     */
    problems(): string[] {
      return provenanceProblems(copy, dataset, format).map((problem) => `${COPY_FILES[lang]} › ${problem}`);
    },

    /** The story page (`index.html`). */
    renderStory(path = 'index.html'): PageMarkup {
      const text = plainText(dataset, copy.description, format);
      const description = `<meta name="description" content="${escapeHtml(text)}">`;
      const social = socialHead(view, text, path, publishing);
      return withView(render(App, { props: { view } }), description + social + oembedLinks('', CHART_IDS));
    },

    /** The whole story for an iframe (`embed/index.html`). */
    renderEmbedStory(): PageMarkup {
      const head = `<title>${escapeHtml(view.title)}</title><link rel="canonical" href="${escapeHtml(storyAddress('../'))}">`;
      return withView(render(EmbedStory, { props: { view } }), head);
    },

    /** One chart for an iframe (`embed/<chart>/index.html`), prerendered at its last state. */
    renderEmbedChart(chart: ChartId): PageMarkup {
      const head =
        `<title>${escapeHtml(view.charts[chart].title)}</title><link rel="canonical" href="${escapeHtml(storyAddress('../../'))}">` +
        oembedLinks('../../', [chart]);
      return withView(render(EmbedChart, { props: { view, chart } }), head);
    },

    /** `embed/charts.json`: chart ids, titles and step ids, for newsrooms' tools. */
    manifest(): EmbedManifest {
      return embedManifest(view);
    },

    /** `embed/<chart>/oembed.json`; `siteUrl` is the absolute address of the built site, if known. */
    oembedFor(chart: ChartId, siteUrl: string): object {
      return oembed(view, chart, siteUrl);
    },

    /** The data downloads, their README in this language. */
    downloads(): DownloadFile[] {
      return downloadFiles(dataset, copy.downloads.readme);
    },

    /**
     * The markup for every prerender slot, keyed by slot name: `intro`, `methods`, `prose:<step>`,
     * `svg:<step>` (the chart), `table:<step>` (the "show the data" table) and `static:<step>` (the
     * step's own drawing, which readers without JavaScript and print see inside the step).
     */
    renderSlots(): Map<string, string> {
      const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
      const doc = document as unknown as Document;
      const slots = new Map<string, string>([
        ['intro', html(Prose, { text: copy.intro, dataset, format: prose })],
        ['methods', html(Methods, { copy, dataset, format: prose })],
      ]);
      for (const step of STEPS) {
        const chartCopy = view.charts[step.chart];
        const svg = renderChart(step, doc, chartCopy, view.alts[step.id] ?? '', format, dataset);
        slots.set(
          `prose:${step.id}`,
          html(Prose, { text: copy.steps[step.id]?.text ?? '', dataset, format: prose }),
        );
        // The same drawing in two places of one page: each copy gets ids of its own.
        slots.set(`svg:${step.id}`, scopeIds(svg.cloneNode(true) as Element, `chart-${step.id}`).outerHTML);
        slots.set(`static:${step.id}`, scopeIds(svg, `static-${step.id}`).outerHTML);
        slots.set(
          `table:${step.id}`,
          scrollable(renderTable(step, doc, chartCopy, format, dataset), step.id),
        );
      }
      return slots;
    },
  };
}
