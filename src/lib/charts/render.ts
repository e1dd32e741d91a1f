/**
 * Draws a step's chart state and its data table into any `Document`: jsdom's at build time (the
 * prerendered SVG) or the browser's when the reader moves on. One code path, so the static page and
 * the live one cannot disagree.
 */
import * as Plot from '@observablehq/plot';
import { dataset } from '../data/bundled.ts';
import type { Dataset } from '../data/schema.ts';
import { chartData } from './data.ts';
import { SPECS, type ChartState } from './index.ts';
import { CHART_STYLE, CHART_WIDTH, type ChartCopy } from './types.ts';

/**
 * The Plot options for a step: the chart's spec plus what every chart shares. `copy` is the chart's
 * copy with tokens resolved and `alt` the step's description of the chart.
 */
export function stepSpec(
  step: ChartState,
  copy: ChartCopy,
  alt: string,
  ds: Dataset = dataset,
): Plot.PlotOptions {
  const spec = SPECS[step.chart];
  return {
    width: CHART_WIDTH,
    style: CHART_STYLE,
    ...spec(chartData(ds), step.state, copy),
    className: `plot-${step.chart}`,
    ariaLabel: copy.title,
    ariaDescription: alt,
  };
}

/** The step's chart as an SVG element of `document`. */
export function renderChart(
  step: ChartState,
  document: Document,
  copy: ChartCopy,
  alt: string,
  ds: Dataset = dataset,
): Element {
  const svg = Plot.plot({ ...stepSpec(step, copy, alt, ds), document }) as Element;
  // Plot labels its mark groups with aria-label, which axe rejects on a role-less <g>; the SVG's own
  // label, description and the data table carry that information instead.
  for (const g of svg.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
  svg.setAttribute('role', 'img');
  return svg;
}
