/**
 * The contract every chart module keeps: a pure `spec` that turns the chart data and one state into
 * Plot options, and a pure `table` that gives the same state's numbers as a "show the data" table.
 * Both run in Node (prerender, snapshot tests) and in the browser.
 */
import type { PlotOptions } from '@observablehq/plot';
import type { ChartCopy } from '../content/copy.ts';
import type { Dataset } from '../data/schema.ts';
import type { BreakdownRow, TaskForceStatusRow, TimelineRow, UnreachedRow } from '../data/tables.ts';
import type { ChartId, ChartStates } from '../story/steps.ts';

/** Everything the charts read, derived once from the dataset by the Arquero data layer. */
export interface ChartData {
  dataset: Dataset;
  unreached: UnreachedRow[];
  breakdown: BreakdownRow[];
  timeline: TimelineRow[];
  taskForce2021: TaskForceStatusRow[];
  taskForce2023: TaskForceStatusRow[];
}

/** A column of a "show the data" table. */
export interface TableColumn {
  key: string;
  label: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

/** One state's numbers, already formatted for reading. */
export interface DataTable {
  caption: string;
  columns: TableColumn[];
  rows: Record<string, string>[];
}

/**
 * A chart: `spec` draws one state, `table` lists its numbers. `copy` carries the chart's labels
 * (already free of tokens) so that no sentence lives in code.
 */
export interface ChartModule<C extends ChartId> {
  spec(data: ChartData, state: ChartStates[C], copy: ChartCopy): PlotOptions;
  table(data: ChartData, state: ChartStates[C], copy: ChartCopy): DataTable;
}

/** Nominal drawing width: charts are drawn at this size and scaled by CSS, so text stays ≥ 12 px. */
export const CHART_WIDTH = 400;

/** What every chart's SVG shares: legible text, figures that line up, labels free to overhang. */
export const CHART_STYLE = {
  fontSize: '14px',
  background: 'transparent',
  overflow: 'visible',
  fontVariantNumeric: 'tabular-nums',
};
