/**
 * Where the build publishes the static images of the charts: an SVG and a PNG of every chart at
 * every step, beside its single-chart embed, in each edition's folder, and beside them the rows each
 * step's chart draws (CSV and JSON). The one place that knows the
 * layout; the build, the manifest, the embed code and the classroom pages all ask it.
 */
import type { ChartId } from '../charts/index.ts';

/** How many image pixels a PNG has per CSS pixel of its SVG (sharp on high-density screens and in print). */
export const IMAGE_DENSITY = 2;

/** A step's static images. */
export interface StateImages {
  svg: string;
  png: string;
}

/**
 * The paths of the static images of `chart` at step `step`, relative to the edition's folder (`''`
 * for the first edition, `'es/'` for the Spanish), each behind `base`: pass the way from your page
 * to the edition's folder (`'../'` from `embed/`, a site address for an absolute URL).
 */
export function stateImagePaths(chart: ChartId, step: string, base = ''): StateImages {
  if (!/^[a-z0-9-]+$/.test(step)) throw new Error(`stateImagePaths: "${step}" is not a step id`);
  const stem = `${base}embed/${chart}/${step}`;
  return { svg: `${stem}.svg`, png: `${stem}.png` };
}

/** A step's data files: the rows its chart draws, as its "show the data" table lists them. */
export interface StateData {
  csv: string;
  json: string;
}

/**
 * The paths of the data files of `chart` at step `step` (beside its images), behind `base` as for
 * `stateImagePaths`. Each edition writes its own: the columns' names and the figures' formats are
 * the edition's.
 */
export function stateDataPaths(chart: ChartId, step: string, base = ''): StateData {
  const { svg } = stateImagePaths(chart, step, base);
  const stem = svg.slice(0, -'.svg'.length);
  return { csv: `${stem}.csv`, json: `${stem}.json` };
}
