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
import Handout from './Handout.svelte';
import Present from './Present.svelte';
import { COPY_FILES, edition, type Lang } from './content/index.ts';
import { DATASET_LANG } from './lib/content/dataset-copy.ts';
import { chartData } from './lib/charts/data.ts';
import { frameOf, type ChartId } from './lib/charts/index.ts';
import { WIDE_STATIC_FIT, type Fit } from './lib/charts/fit.ts';
import { cutToEstimatedInk } from './lib/story/ink-estimate.ts';
import { renderChart, STATIC_FIT } from './lib/charts/render.ts';
import { bandFit, EMBED_BANDS, STEPPER_DRAWINGS, type EmbedBand } from './lib/embed/bands.ts';
import { scopeIds } from './lib/charts/scope-ids.ts';
import { renderTable, stepTable } from './lib/charts/table.ts';
import { provenanceProblems } from './lib/content/copy.ts';
import { escapeHtml } from './lib/content/escape.ts';
import { pageView } from './lib/content/page-view.ts';
import { plainText } from './lib/content/tokens.ts';
import { serializeView, VIEW_SCRIPT_ID, type PagePlace, type PageView } from './lib/content/view.ts';
import { dataset as bundledDataset } from './lib/data/bundled.ts';
import { dataset as recorded } from './lib/data/dataset.ts';
import { downloadFiles, type DownloadFile } from './lib/data/tables.ts';
import { embedManifest, oembed, type EmbedManifest, type ImageSize } from './lib/embed/manifest.ts';
import { stepDataFiles } from './lib/embed/step-data.ts';
import { fillIslands } from './lib/story/islands.ts';
import Methods from './lib/story/Methods.svelte';
import SourceList from './lib/story/SourceList.svelte';
import Prose from './lib/story/Prose.svelte';
import TeacherNote from './lib/story/TeacherNote.svelte';
import {
  carriesPassageDrawing,
  findStep,
  passageDrawing,
  passageStart,
  STEPS,
  type Step,
} from './lib/story/steps.ts';
import { OFFLINE_FILE, OFFLINE_PRESENT_ID, shareSlots } from './lib/story/offline.ts';

/** A built page's markup: what goes into `<head>` and into `#app`. */
export interface PageMarkup {
  head: string;
  body: string;
}

/** Static markup of a component (no hydration markers needed: the client never owns it). */
function html<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
  return render(component, { props }).body;
}

export { EDITION_DIRS, headLinks, PAGES, placeOf } from './pages.ts';
export { IMAGE_DENSITY, stateDataPaths, stateImagePaths } from './lib/embed/images.ts';
export { LOADER_PATH } from './lib/embed/code.ts';

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

/** The step whose drawing stands for the story where it is shared: the headline finding. */
export const SHARE_STEP = 'finding-parents';

/** The share image of an edition: its address from the page, and its size. */
export interface ShareImage {
  url: string;
  width: number;
  height: number;
}

/** One language's prerenderer (see `prerender`). */
export type Prerenderer = ReturnType<typeof prerender>;

/** The prerenderer of one language's pages, with the copy's view resolved once for all of them. */
export function prerender(lang: Lang) {
  const { copy, locale, format, prose, localize } = edition(lang);
  /** The dataset as this edition shows it: the record's figures, its shown text in this language. */
  const dataset = localize(recorded);
  /** The copy's strings with their tokens resolved, as every page and the client receive them. */
  const view = pageView(copy, dataset, locale, format);
  /** Citations keep the dataset's language, marked as such on a page in another. */
  const citationLang = lang === DATASET_LANG ? undefined : DATASET_LANG;

  /**
   * A page's markup with the view it hydrates from: the edition's view and the page's place, as
   * JSON read before hydration; its islands (if any) filled.
   */
  const page = <P extends { view: PageView }>(
    component: Component<P>,
    place: PagePlace,
    head: string,
    props: Omit<P, 'view'>,
  ): PageMarkup => {
    const here: PageView = { ...view, page: place };
    const markup = render(component, { props: { ...props, view: here } as P });
    const data = `<script type="application/json" id="${VIEW_SCRIPT_ID}">${serializeView(here)}</script>`;
    // The islands a page hydrates on its own (the story's), each prerendered with its own markers.
    const body = fillIslands(markup.body, (island) => render(island.component, island).body, here);
    return { head: markup.head + head + data, body };
  };

  return {
    /** What this edition's share image is made of: its headline, its credit and the headline chart. */
    shareCard(): { title: string; credit: string; chart: string } {
      const step = findStep(SHARE_STEP);
      if (!step) throw new Error(`src/entry-server.ts › SHARE_STEP: no step "${SHARE_STEP}"`);
      const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
      const doc = document as unknown as Document;
      const svg = renderChart(
        step,
        doc,
        view.charts[step.chart],
        view.alts[step.id] ?? '',
        format,
        STATIC_FIT,
        dataset,
      );
      return { title: view.title, credit: view.ui.provider, chart: svg.outerHTML };
    },

    /**
     * What each step's static image is made of (scripts/chart-image.js): the step's drawing as the
     * prerenderer draws it, with the title, subtitle and source line the page shows with that state,
     * and the credit.
     */
    imageCards(): {
      chart: ChartId;
      step: string;
      title: string;
      subtitle: string;
      source: string;
      credit: string;
      drawing: string;
    }[] {
      const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
      const doc = document as unknown as Document;
      return STEPS.map((step) => {
        const copy = view.charts[step.chart];
        const svg = renderChart(step, doc, copy, view.alts[step.id] ?? '', format, STATIC_FIT, dataset);
        const { title, subtitle, source } = frameOf(step, copy);
        return {
          chart: step.chart,
          step: step.id,
          title,
          subtitle,
          source,
          credit: view.ui.credit,
          drawing: scopeIds(svg, `image-${step.id}`).outerHTML,
        };
      });
    },

    /**
     * The rows each step's chart draws, as its "show the data" table lists them (the same transform,
     * in this edition's words and formats), as CSV and JSON: published beside the step's images.
     */
    stepData(): { chart: ChartId; step: string; csv: string; json: string }[] {
      return STEPS.map((step) => ({
        chart: step.chart,
        step: step.id,
        ...stepDataFiles(stepTable(step, view.charts[step.chart], format, dataset), {
          label: copy.ui.source,
          line: view.frames[step.id]?.source ?? view.charts[step.chart].source,
        }),
      }));
    },

    /**
     * The Open Graph and Twitter card tags of a story page: what social networks show when it is
     * shared. `pageUrl` (the page's absolute address) is known only with the site address.
     */
    socialHead(pageUrl: string | null, image: ShareImage): string {
      const description = plainText(dataset, copy.description, format);
      const alt = view.alts[SHARE_STEP] ?? '';
      const tags: [string, string, string][] = [
        ['property', 'og:type', 'article'],
        ['property', 'og:title', view.title],
        ['property', 'og:description', description],
        ['property', 'og:site_name', view.ui.provider],
        ...(pageUrl ? [['property', 'og:url', pageUrl] as [string, string, string]] : []),
        ['property', 'og:image', image.url],
        ['property', 'og:image:type', 'image/png'],
        ['property', 'og:image:width', String(image.width)],
        ['property', 'og:image:height', String(image.height)],
        ['property', 'og:image:alt', alt],
        ['name', 'twitter:card', 'summary_large_image'],
        ['name', 'twitter:title', view.title],
        ['name', 'twitter:description', description],
        ['name', 'twitter:image', image.url],
        ['name', 'twitter:image:alt', alt],
      ];
      return tags
        .map(([key, name, value]) => `<meta ${key}="${name}" content="${escapeHtml(value)}">`)
        .join('');
    },

    /**
     * Problems that must fail the build: copy that quotes a figure the dataset lacks or types one
     * by hand. (Copy that does not match the step list or the charts fails earlier, as it loads.)
     */
    problems(): string[] {
      return provenanceProblems(copy, dataset, format).map((problem) => `${COPY_FILES[lang]} › ${problem}`);
    },

    /** The story page (`index.html` of the edition's folder). */
    renderStory(place: PagePlace): PageMarkup {
      const description = `<meta name="description" content="${escapeHtml(plainText(dataset, copy.description, format))}">`;
      return page(App, place, description, {});
    },

    /** Presenter mode (`present/index.html`); `storyHref` leads back to the story page. */
    renderPresent(place: PagePlace, storyHref: string): PageMarkup {
      const head = `<title>${escapeHtml(`${view.ui.presentTitle} · ${view.title}`)}</title>`;
      return page(Present, place, head, { storyHref });
    },

    /**
     * The teacher's handout (`handout/index.html`), for printing; `storyHref` leads back to the story,
     * whose address the paper gives when `online` (the handout's folder on the site) is known.
     */
    renderHandout(place: PagePlace, storyHref: string, online: string | null = null): PageMarkup {
      const head = `<title>${escapeHtml(`${copy.lesson.title} · ${view.title}`)}</title>`;
      const storyAddress = online === null ? null : new URL(storyHref, online).href;
      return page(Handout, place, head, { lesson: copy.lesson, storyHref, storyAddress });
    },

    /**
     * The offline edition (`offline.html`): the story page without what cannot work from a file
     * (embed boxes; links to the site's other files unless `online`, the edition's folder online, is
     * known), followed by presenter mode's markup in an inert `<template>` (`#OFFLINE_PRESENT_ID`),
     * which the file's script hydrates when the teacher switches to it, its steps' markup copied from
     * the story's then (carried once, not twice). The methods come filled in
     * here: their downloads link to the site or, without its address, are left out.
     */
    renderOffline(place: PagePlace, online: string | null): PageMarkup {
      const description = `<meta name="description" content="${escapeHtml(plainText(dataset, copy.description, format))}">`;
      const story = page(App, place, description, { offline: true, online });
      const present = page(Present, place, '', { storyHref: OFFLINE_FILE });
      const methods = html(Methods, {
        copy,
        dataset,
        format: prose,
        citationLang,
        downloads: online === null ? null : `${online}data/`,
      });
      const slot = '<div data-slot="methods"></div>';
      if (!story.body.includes(slot)) throw new Error('src/App.svelte: no methods slot in the offline page');
      const body = story.body.replace(slot, () => `<div>${methods}</div>`);
      // Presenter mode's steps are the story's: their markup is in the file once (`shareSlots`).
      const storySlots = new Set([...body.matchAll(/\bdata-slot="([^"]+)"/g)].map((m) => m[1]!));
      const presenter = shareSlots(present.body, storySlots);
      return {
        head: story.head,
        body: `${body}<template id="${OFFLINE_PRESENT_ID}">${presenter}</template>`,
      };
    },

    /** The whole story for an iframe (`embed/index.html`). */
    renderEmbedStory(place: PagePlace): PageMarkup {
      return page(EmbedStory, place, `<title>${escapeHtml(view.title)}</title>`, {});
    },

    /** One chart for an iframe (`embed/<chart>/index.html`), prerendered at its last state. */
    renderEmbedChart(chart: ChartId, place: PagePlace): PageMarkup {
      return page(EmbedChart, place, `<title>${escapeHtml(view.charts[chart].title)}</title>`, { chart });
    },

    /**
     * `embed/charts.json` of the edition: its story embed and chart embeds, their steps with labels,
     * static images (`imageSizes`: their size in CSS px by step, as the build drew them) and frame
     * sizes, and the data downloads, every address behind `edition` (the edition's folder: absolute
     * when the build knows the site's address, else relative to `embed/`).
     */
    manifest(edition: string, imageSizes: ReadonlyMap<string, ImageSize>): EmbedManifest {
      const data = downloadFiles(recorded, copy.downloads.readme, dataset.meta).map((f) => f.path);
      return embedManifest(view, { edition, imageSizes, data });
    },

    /**
     * The oEmbed answer of a chart (`embed/<chart>/oembed.json`) or the story (`embed/oembed.json`)
     * of the edition in folder `dir`; `siteUrl` is the site's address (absolute, if the build knows
     * it); `imageSizes` the static images' sizes, by step, for the thumbnail.
     */
    oembedFor(
      chart: ChartId | undefined,
      siteUrl: string,
      dir: string,
      imageSizes: ReadonlyMap<string, ImageSize>,
    ): object {
      return oembed(view, { chart, site: siteUrl, dir, imageSizes });
    },

    /**
     * A page's one oEmbed discovery link: to the answer at `href`, for `chart` (a chart's embed) or
     * the story (every other page: a consumer takes the first link, so there is only one).
     */
    oembedLink(chart: ChartId | undefined, href: string): string {
      const title = chart ? view.charts[chart].title : view.title;
      return `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(href)}" title="${escapeHtml(title)}">`;
    },

    /**
     * The data downloads: the record's tables as they are (their text in the dataset's language),
     * their README in this edition's language.
     */
    downloads(): DownloadFile[] {
      return downloadFiles(recorded, copy.downloads.readme, dataset.meta);
    },

    /**
     * The markup for every prerender slot, keyed by slot name: `intro`, `methods`, `prose:<step>`,
     * `svg:<step>` (the chart), `embed:<step>` (a single-chart embed's drawings), `stepper:<step>` (the story embed's), `table:<step>` (the "show the data" table), `static:<step>` (the
     * step's own drawing, which readers without JavaScript and print see inside the step; a passage's
     * first step there carries the whole passage, its `together` state) and `wide:<step>` (the same
     * laid out for the text column of a wide screen, without JavaScript).
     */
    renderSlots(): Map<string, string> {
      const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
      const doc = document as unknown as Document;
      const slots = new Map<string, string>([
        ['intro', html(Prose, { text: copy.intro, dataset, format: prose, linkName: copy.ui.figureLink })],
        ['methods', html(Methods, { copy, dataset, format: prose, citationLang })],
        ['sources', html(SourceList, { dataset, format: prose, citationLang })],
      ]);
      for (const step of STEPS) {
        const chartCopy = view.charts[step.chart];
        /** The step's chart (or `shown`: the passage’s one drawing) laid out for `fit`. */
        const drawFor = (fit: Fit, shown: Step = step) =>
          renderChart(
            shown,
            doc,
            chartCopy,
            (shown === step ? view.alts : view.stillAlts)[step.id] ?? '',
            format,
            fit,
            dataset,
          );
        const svg = drawFor(STATIC_FIT);
        // Where the step's drawing stands for its whole passage (no scripts, print, the handout).
        const alone = passageDrawing(step);
        slots.set(
          `prose:${step.id}`,
          html(Prose, {
            text: copy.steps[step.id]?.text ?? '',
            dataset,
            format: prose,
            linkName: copy.ui.figureLink,
          }),
        );
        // The same drawing in several places of one page: each copy gets ids of its own.
        slots.set(`svg:${step.id}`, scopeIds(svg.cloneNode(true) as Element, `chart-${step.id}`).outerHTML);
        /** The step drawn for each of `bands`, marked with its band (`prefix` + width) for the stylesheet. */
        const banded = (bands: readonly EmbedBand[], prefix: string) =>
          bands.map((band) => {
            const drawn = drawFor(bandFit(band));
            drawn.setAttribute('data-band', String(band.width));
            return scopeIds(drawn, `${prefix}${band.width}-${step.id}`).outerHTML;
          });
        // The story embed's: the one drawing from 504 px, one per phone band of the stepper, drawn
        // for the room under its chart's title there, and one for its chart column from 960 px.
        slots.set(
          `stepper:${step.id}`,
          [
            scopeIds(svg.cloneNode(true) as Element, `stepper-${step.id}`).outerHTML,
            ...banded(STEPPER_DRAWINGS, 'stepper'),
          ].join(''),
        );
        // The step's own drawing, cut to its ink: no room kept for another state's marks on a page
        // without scripts (the handout, the story without JavaScript). A passage whose cards differ
        // shows there what all its cards put forward.
        const still = alone === step ? svg : drawFor(STATIC_FIT, alone);
        cutToEstimatedInk(still, STATIC_FIT);
        slots.set(`static:${step.id}`, scopeIds(still, `static-${step.id}`).outerHTML);
        // Where that is another state, the step's own drawing too, cut to its ink: presenter mode,
        // one step a slide, shows each step's own state (review fc18 S2).
        if (alone !== step) {
          const own = svg.cloneNode(true) as Element;
          cutToEstimatedInk(own, STATIC_FIT);
          slots.set(`own:${step.id}`, scopeIds(own, `own-${step.id}`).outerHTML);
        }
        // Its drawing for the story's text column on a wide screen without scripts, where a passage
        // shows its drawing once, in the card that carries it (`Story`): the whole passage's.
        if (carriesPassageDrawing(step)) {
          const wide = drawFor(WIDE_STATIC_FIT, alone);
          cutToEstimatedInk(wide, WIDE_STATIC_FIT);
          slots.set(`wide:${step.id}`, scopeIds(wide, `wide-${step.id}`).outerHTML);
        }
        // A single-chart embed's drawings of the step, one per band of frame widths.
        slots.set(`embed:${step.id}`, banded(EMBED_BANDS, 'embed').join(''));
        // The teacher note of a passage, once, under its first step's id, in full for the handout,
        // where it stands by the passage's one drawing; and for each step of it in presenter mode,
        // its answer held back, saying what that step's own slide shows (review fc18 S1).
        const start = passageStart(step);
        const note = copy.notes[start.id];
        const noteProps = {
          shows: view.alts[step.id] ?? '',
          question: plainText(dataset, note?.question ?? '', prose),
          answer: plainText(dataset, note?.answer ?? '', prose),
          labels: {
            shows: copy.ui.notesShows,
            question: copy.ui.notesQuestion,
            answer: copy.ui.notesAnswer,
          },
        };
        slots.set(`note-reveal:${step.id}`, html(TeacherNote, { ...noteProps, reveal: true }));
        if (step === start) {
          slots.set(
            `note:${step.id}`,
            html(TeacherNote, { ...noteProps, shows: view.stillAlts[step.id] ?? '' }),
          );
        }
        slots.set(
          `table:${step.id}`,
          scrollable(renderTable(step, doc, chartCopy, format, dataset), step.id),
        );
      }
      return slots;
    },
  };
}
