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
import { SPECS, type ChartState } from './index.ts';
import { CHART_WIDTH, type ChartCopy } from './types.ts';

/**
 * The Plot options for a step: the chart's spec plus what every chart shares. `copy` is the chart's
 * copy with tokens resolved, `alt` the step's description of the chart, `fmt` the edition's formats.
 */
function stepSpec(
  step: ChartState,
  copy: ChartCopy,
  alt: string,
  fmt: Format,
  ds: Dataset = dataset,
): Plot.PlotOptions {
  const spec = SPECS[step.chart];
  return {
    width: CHART_WIDTH,
    ...spec(chartData(ds), step.state, copy, fmt),
    className: `plot-${step.chart}`,
    ariaLabel: copy.title,
    ariaDescription: alt,
  };
}

/**
 * What every chart's SVG shares, as presentation attributes rather than Plot's inline styles, which a
 * Content Security Policy without 'unsafe-inline' blocks: legible text (Plot's default is 10 px) and
 * labels free to overhang. The rest (tabular figures, Plot's own defaults) is in the stylesheet,
 * under `.chart-drawing`.
 */
const SVG_ATTRIBUTES = { 'font-size': '14', overflow: 'visible' };

/**
 * The step's chart as an SVG element of `document`, with no inline style: Plot's `<style>` element
 * is dropped (its rules are in the stylesheet) before the drawing reaches any page.
 */
export function renderChart(
  step: ChartState,
  document: Document,
  copy: ChartCopy,
  alt: string,
  fmt: Format,
  ds: Dataset = dataset,
): Element {
  const svg = Plot.plot({ ...stepSpec(step, copy, alt, fmt, ds), document }) as Element;
  // Plot labels its mark groups with aria-label, which axe rejects on a role-less <g>; the SVG's own
  // label, description and the data table carry that information instead.
  for (const g of svg.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
  svg.setAttribute('role', 'img');
  for (const style of svg.querySelectorAll('style')) style.remove();
  for (const [name, value] of Object.entries(SVG_ATTRIBUTES)) svg.setAttribute(name, value);
  svg.classList.add('chart-drawing');
  return svg;
}

/** The page makes its formats with the renderer it loads, so d3's formatters stay out of its bundle. */
export { makeFormat } from '../content/format.ts';
