/**
 * Draws a step's chart state and its data table into any `Document`: jsdom's at build time (the
 * prerendered SVG) or the browser's when the reader moves on. One code path, so the static page and
 * the live one cannot disagree.
 */
import * as Plot from '@observablehq/plot';
import type { ChartCopy } from '../content/copy.ts';
import { dataset } from '../data/bundled.ts';
import type { Dataset } from '../data/schema.ts';
import type { ChartId, Step } from '../story/steps.ts';
import { chartData } from './data.ts';
import { finding } from './finding.ts';
import { reunify } from './reunify.ts';
import { scale } from './scale.ts';
import { search } from './search.ts';
import { timeline } from './timeline.ts';
import type { ChartModule, DataTable } from './types.ts';

const CHARTS: { [C in ChartId]: ChartModule<C> } = { scale, timeline, finding, search, reunify };

/**
 * The Plot options for a step: the chart's spec plus what every chart shares. `copy` is the chart's
 * copy with tokens resolved and `alt` the step's description of the chart.
 */
export function stepSpec(step: Step, copy: ChartCopy, alt: string, ds: Dataset = dataset): Plot.PlotOptions {
  const module = CHARTS[step.chart] as ChartModule<typeof step.chart>;
  return {
    ...module.spec(chartData(ds), step.state as never, copy),
    className: `plot-${step.chart}`,
    ariaLabel: copy.title,
    ariaDescription: alt,
  };
}

/** The step's chart as an SVG element of `document`. */
export function renderChart(
  step: Step,
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

/** The step's numbers as a table. */
export function stepTable(step: Step, copy: ChartCopy, ds: Dataset = dataset): DataTable {
  const module = CHARTS[step.chart] as ChartModule<typeof step.chart>;
  return module.table(chartData(ds), step.state as never, copy);
}

/** The step's "show the data" table as a `<table>` of `document`. */
export function renderTable(
  step: Step,
  document: Document,
  copy: ChartCopy,
  ds: Dataset = dataset,
): HTMLTableElement {
  const data = stepTable(step, copy, ds);
  const table = document.createElement('table');
  table.className = 'data-table';
  const caption = table.createCaption();
  caption.textContent = data.caption;
  const head = table.createTHead().insertRow();
  for (const column of data.columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = column.label;
    if (column.numeric) th.className = 'num';
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of data.rows) {
    const tr = body.insertRow();
    for (const column of data.columns) {
      const td = tr.insertCell();
      td.textContent = row[column.key] ?? '';
      if (column.numeric) td.className = 'num';
    }
  }
  return table;
}
