/**
 * The "show the data" table of a step, as markup of any `Document`. Tables are static markup from
 * the prerenderer, so this never reaches the browser bundle.
 */
import type { Format } from '../content/format.ts';
import { dataset } from '../data/dataset.ts';
import type { Dataset } from '../data/schema.ts';
import { chartData } from './data.ts';
import { TABLES, type ChartState } from './index.ts';
import type { ChartCopy, DataTable } from './types.ts';

/** The step's numbers as a table. */
export function stepTable(step: ChartState, copy: ChartCopy, fmt: Format, ds: Dataset = dataset): DataTable {
  const table = TABLES[step.chart];
  return table(chartData(ds), step.state, copy, fmt);
}

/** The step's "show the data" table as a `<table>` of `document`. */
export function renderTable(
  step: ChartState,
  document: Document,
  copy: ChartCopy,
  fmt: Format,
  ds: Dataset = dataset,
): HTMLTableElement {
  const data = stepTable(step, copy, fmt, ds);
  const table = document.createElement('table');
  // A table of many columns is read row by row in a narrow card (see global.css): each cell then
  // carries its column's name.
  table.className = data.columns.length > 4 ? 'data-table data-table-wide' : 'data-table';
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
      td.dataset.label = column.label;
      if (column.numeric) td.className = 'num';
    }
  }
  // What is said of the rows as a whole, once, under them, across the columns.
  if (data.note) {
    const cell = table.createTFoot().insertRow().insertCell();
    cell.colSpan = data.columns.length;
    cell.className = 'table-note';
    cell.textContent = data.note;
  }
  return table;
}
