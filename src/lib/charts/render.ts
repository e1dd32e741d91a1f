/**
 * Draws a step's chart state and its data table into any `Document`: jsdom's at build time (the
 * prerendered SVG) or the browser's when the reader moves on. One code path, so the static page and
 * the live one cannot disagree.
 */
import * as Plot from '@observablehq/plot';
import type { Format } from '../content/format.ts';
import { dataset } from '../data/bundled.ts';
import type { Dataset } from '../data/schema.ts';
import { chartData } from './data.ts';
import { STATIC_FIT, type Fit } from './fit.ts';
import { frameOf, SPECS, type ChartState } from './index.ts';
import { CHART_STYLE, type ChartCopy } from './types.ts';

export { morph } from './motion.ts';
export { STATIC_FIT };

/**
 * The Plot options for a step: the chart's spec for the room `fit` gives it, plus what every chart
 * shares. `copy` is the chart's copy with tokens resolved, `alt` the step's description of the
 * chart, `fmt` the edition's formats.
 */
function stepSpec(
  step: ChartState,
  copy: ChartCopy,
  alt: string,
  fmt: Format,
  fit: Fit = STATIC_FIT,
  ds: Dataset = dataset,
): Plot.PlotOptions {
  const spec = SPECS[step.chart];
  return {
    width: fit.width,
    style: { ...CHART_STYLE, fontSize: `${fit.fontSize}px` },
    ...spec(chartData(ds), step.state, copy, fmt, fit),
    className: `plot-${step.chart}`,
    ariaLabel: frameOf(step, copy).title,
    ariaDescription: alt,
  };
}

/** The step's chart as an SVG element of `document`, laid out for `fit`. */
export function renderChart(
  step: ChartState,
  document: Document,
  copy: ChartCopy,
  alt: string,
  fmt: Format,
  fit: Fit = STATIC_FIT,
  ds: Dataset = dataset,
): Element {
  const svg = Plot.plot({ ...stepSpec(step, copy, alt, fmt, fit, ds), document }) as Element;
  // Plot labels its mark groups with aria-label, which axe rejects on a role-less <g>; the SVG's own
  // label, description and the data table carry that information instead.
  for (const g of svg.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
  svg.setAttribute('role', 'img');
  return svg;
}

/** The page makes its formats with the renderer it loads, so d3's formatters stay out of its bundle. */
export { makeFormat } from '../content/format.ts';
