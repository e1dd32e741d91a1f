/**
 * What newsrooms' tools read about the embeds: the manifest of charts and their states and the
 * oEmbed answers. Built at prerender time only.
 */
import { CHART_IDS, type ChartId } from '../charts/index.ts';
import type { PageView } from '../content/view.ts';
import { STEPS, stepsOf } from '../story/steps.ts';
import { IMAGE_DENSITY, stateImagePaths, type StateImages } from './images.ts';
import { embedBox, embedCode, embedStep, LOADER_PATH } from './code.ts';
import { boxHeight } from './snippet.ts';

/** A static image's size in CSS pixels (its PNG has `IMAGE_DENSITY` times as many pixels). */
export interface ImageSize {
  width: number;
  height: number;
}

export interface EmbedManifest {
  story: { title: string; url: string };
  charts: {
    id: ChartId;
    title: string;
    url: string;
    oembed: string;
    steps: string[];
    defaultStep: string;
    /** Each step's static images and their size, by step id. */
    images: Record<string, StateImages & ImageSize>;
  }[];
}

/**
 * Paths are relative to `embed/`, where the manifest is served. `imageSizes` gives each step's
 * image size; a step without one stops the build, naming it.
 */
export function embedManifest(view: PageView, imageSizes: ReadonlyMap<string, ImageSize>): EmbedManifest {
  const imagesOf = (id: ChartId, steps: string[]) =>
    Object.fromEntries(
      steps.map((step) => {
        const size = imageSizes.get(step);
        if (!size) throw new Error(`embed/charts.json › charts.${id}.images: no image of step "${step}"`);
        return [step, { ...stateImagePaths(id, step, '../'), ...size }];
      }),
    );
  return {
    story: { title: view.title, url: './' },
    charts: CHART_IDS.map((id) => {
      const steps = stepsOf(id).map((s) => s.id);
      return {
        id,
        title: view.charts[id].title,
        url: `${id}/`,
        oembed: `${id}/oembed.json`,
        steps,
        defaultStep: steps[steps.length - 1]!,
        images: imagesOf(id, steps),
      };
    }),
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
