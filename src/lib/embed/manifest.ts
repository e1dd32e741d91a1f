/**
 * What newsrooms' tools read about the embeds: the manifest of charts and their states and the
 * oEmbed answers. Built at prerender time only.
 */
import { CHART_IDS, type ChartId } from '../charts/index.ts';
import { fill } from '../content/fill.ts';
import type { PageView } from '../content/view.ts';
import { STEPS, stepsOf, type Step } from '../story/steps.ts';
import {
  IMAGE_DENSITY,
  stateDataPaths,
  stateImagePaths,
  type StateData,
  type StateImages,
} from './images.ts';
import { embedBox, embedCode, embedKey, embedStep, LOADER_PATH } from './code.ts';
import { boxCss, boxHeight, type FrameBox } from './snippet.ts';

/** The manifest's format: raised whenever a field changes meaning or shape (1 had no version field). */
export const MANIFEST_VERSION = 2;

/** The column width, px, of an embed's default size (as in the oEmbed answers). */
export const DEFAULT_COLUMN = 600;

/** The host column widths, px, at which the manifest gives each frame's height. */
export const MANIFEST_WIDTHS = [320, 375, 600, 680, 1000] as const;

/** A static image's size in CSS pixels (its PNG has `IMAGE_DENSITY` times as many pixels). */
export interface ImageSize {
  width: number;
  height: number;
}

/** An embed's frame before any script runs: the measured box (boxes.ts) at a few widths. */
export interface ManifestFrame {
  /** The default size: a `DEFAULT_COLUMN` px column and the box's height there. */
  width: number;
  height: number;
  /** `width / height` at the default size, rounded to 4 decimals. */
  aspectRatio: number;
  /** The box's height, px, by column width (`MANIFEST_WIDTHS`). */
  heights: Record<string, number>;
  /** The box as CSS for a `padding-top` (what the embed code uses; follows the width). */
  padding: string;
}

export interface ManifestStep {
  id: string;
  /** Its place among its embed's steps, as the "Embed this" dialog names it ("Step 2 of 6"). */
  label: string;
  /** What the chart shows at this step (the images' alternative text). */
  alt: string;
  /** The chart the step shows. */
  chart: ChartId;
  /** A single chart's embed at this step (absent in the story's list: the story steps itself). */
  url?: string;
  images: StateImages & ImageSize;
  /** The rows the chart draws at this step, in this edition's words and formats. */
  data: StateData;
  /** A single chart's frame at this step (the story's frame is one for all its steps). */
  frame?: ManifestFrame;
}

export interface ManifestEmbed {
  id: string;
  title: string;
  /** The embed's address (a single chart's shows its `defaultStep`). */
  url: string;
  oembed: string;
  /** Its pym.js child id and Datawrapper-style height key. */
  key: string;
  steps: ManifestStep[];
}

export interface EmbedManifest {
  version: number;
  lang: string;
  /** The edition's story page. */
  url: string;
  title: string;
  /** The story as one embed (a stepper; it scrolls with a pym.js host that sends its scrolling). */
  story: ManifestEmbed & { frame: ManifestFrame };
  charts: (ManifestEmbed & { defaultStep: string })[];
  /** The edition's data downloads, the whole record (CSV, JSON and their README); each step lists its own rows. */
  data: { name: string; url: string }[];
}

/** `box` at the default size and at each of `MANIFEST_WIDTHS`. */
export function manifestFrame(box: FrameBox): ManifestFrame {
  const height = boxHeight(box, DEFAULT_COLUMN);
  return {
    width: DEFAULT_COLUMN,
    height,
    aspectRatio: Math.round((DEFAULT_COLUMN / height) * 1e4) / 1e4,
    heights: Object.fromEntries(MANIFEST_WIDTHS.map((w) => [String(w), boxHeight(box, w)])),
    padding: boxCss(box),
  };
}

export interface ManifestOptions {
  /** The address of the edition's folder (`https://host/path/es/`, or relative to `embed/`), ending in `/`. */
  edition: string;
  /** Each step's image size; a step without one stops the build, naming it. */
  imageSizes: ReadonlyMap<string, ImageSize>;
  /** The data downloads' paths, from the edition's folder (`data/figures.csv`). */
  data: readonly string[];
}

/** `embed/charts.json` of an edition, every address behind `options.edition`. */
export function embedManifest(view: PageView, options: ManifestOptions): EmbedManifest {
  const { edition, imageSizes } = options;
  const entry = (embed: string, steps: readonly Step[], single: boolean): ManifestStep[] =>
    steps.map((step, i) => {
      const size = imageSizes.get(step.id);
      if (!size) throw new Error(`embed/charts.json › ${embed}.steps: no image of step "${step.id}"`);
      const label = fill(view.ui.stepOf, { n: String(i + 1), total: String(steps.length) });
      const images = { ...stateImagePaths(step.chart, step.id, edition), ...size };
      const data = stateDataPaths(step.chart, step.id, edition);
      const base = { id: step.id, label, alt: view.alts[step.id] ?? '', chart: step.chart };
      if (!single) return { ...base, images, data };
      const url = `${edition}embed/${step.chart}/?step=${step.id}`;
      return { ...base, url, images, data, frame: manifestFrame(embedBox(step.chart, step.id)) };
    });
  return {
    version: MANIFEST_VERSION,
    lang: view.lang,
    url: edition,
    title: view.title,
    story: {
      id: 'story',
      title: view.title,
      url: `${edition}embed/`,
      oembed: `${edition}embed/oembed.json`,
      key: embedKey(),
      steps: entry('story', STEPS, false),
      frame: manifestFrame(embedBox()),
    },
    charts: CHART_IDS.map((id) => {
      const steps = stepsOf(id);
      return {
        id,
        title: view.charts[id].title,
        url: `${edition}embed/${id}/`,
        oembed: `${edition}embed/${id}/oembed.json`,
        key: embedKey(id),
        defaultStep: embedStep(id),
        steps: entry(`charts.${id}`, steps, true),
      };
    }),
    data: options.data.map((path) => ({
      name: path.slice(path.lastIndexOf('/') + 1),
      url: `${edition}${path}`,
    })),
  };
}

/**
 * The oEmbed `rich` answer for one chart (or, without `chart`, the whole story) of the edition in
 * folder `dir` (`''`, `'es/'`) of the site at `site` (absolute when the build knows it): the embed
 * code, its size at a 600 px column, the edition's story as the provider and the static image of the
 * state the embed opens on as the thumbnail.
 */
export function oembed(
  view: PageView,
  options: { chart?: ChartId; site: string; dir: string; imageSizes: ReadonlyMap<string, ImageSize> },
) {
  const { chart, site, dir, imageSizes } = options;
  const width = 600;
  const edition = `${site}${dir}`;
  const step = chart ? embedStep(chart) : STEPS[0]!.id;
  const size = imageSizes.get(step);
  if (!size) throw new Error(`oembed.json › thumbnail_url: no image of step "${step}"`);
  return {
    version: '1.0',
    type: 'rich',
    title: chart ? view.charts[chart].title : view.title,
    provider_name: view.ui.provider,
    provider_url: edition,
    width,
    height: boxHeight(embedBox(chart), width),
    html: embedCode(view, { chart, edition, loader: `${site}${LOADER_PATH}` }),
    thumbnail_url: stateImagePaths(chart ?? STEPS[0]!.chart, step, edition).png,
    thumbnail_width: size.width * IMAGE_DENSITY,
    thumbnail_height: size.height * IMAGE_DENSITY,
  };
}
