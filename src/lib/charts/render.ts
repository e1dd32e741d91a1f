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
import type { ChartCopy } from './types.ts';

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
    ...spec(chartData(ds), step.state, copy, fmt, fit),
    className: `plot-${step.chart}`,
    ariaLabel: frameOf(step, copy).title,
    ariaDescription: alt,
  };
}

/**
 * What every chart's SVG shares, as presentation attributes rather than Plot's inline styles, which a
 * Content Security Policy without 'unsafe-inline' blocks: labels free to overhang. The text size is
 * the fit's (an attribute too); the rest (tabular figures, Plot's own defaults) is in the stylesheet,
 * under `.chart-drawing`.
 */
const SVG_ATTRIBUTES = { overflow: 'visible' };

/**
 * The step's chart as an SVG element of `document`, laid out for `fit`, with no inline style: Plot's
 * `<style>` element is dropped (its rules are in the stylesheet) before the drawing reaches any page.
 */
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
  for (const style of svg.querySelectorAll('style')) style.remove();
  for (const [name, value] of Object.entries(SVG_ATTRIBUTES)) svg.setAttribute(name, value);
  svg.setAttribute('font-size', String(fit.fontSize));
  svg.classList.add('chart-drawing');
  return svg;
}

/** The page makes its formats with the renderer it loads, so d3's formatters stay out of its bundle. */
export { makeFormat } from '../content/format.ts';
