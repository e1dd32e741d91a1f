/**
 * What newsrooms' tools read about the embeds: the manifest of charts and their states and the
 * oEmbed answers. Built at prerender time only.
 */
import { CHART_IDS, EMBED_HEIGHTS, type ChartId } from '../charts/index.ts';
import type { PageView } from '../content/view.ts';
import { stepsOf } from '../story/steps.ts';
import { stateImagePaths, type StateImages } from './images.ts';
import { embedSnippet } from './snippet.ts';

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

/** The oEmbed `rich` answer for one chart of the edition in folder `dir` (`''`, `'es/'`) of the site. */
export function oembed(view: PageView, chart: ChartId, siteUrl: string, dir = '') {
  const url = `${siteUrl}${dir}embed/${chart}/`;
  return {
    version: '1.0',
    type: 'rich',
    title: view.charts[chart].title,
    provider_name: view.ui.provider,
    width: 600,
    height: EMBED_HEIGHTS[chart],
    html: embedSnippet(url, view.charts[chart].title, EMBED_HEIGHTS[chart], `${siteUrl}vendor/pym.v1.min.js`),
  };
}
