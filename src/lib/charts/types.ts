/**
 * The contract every chart module keeps: the keys of the copy it reads (label and column keys, as
 * `const` lists, so the copy's type and its check follow from them), a pure `spec` that turns the
 * chart data and one state into Plot options, and a pure `table` that gives the same state's numbers
 * as a "show the data" table. Both run in Node (prerender, snapshot tests) and in the browser.
 */
import type { PlotOptions } from '@observablehq/plot';
import type { Format } from '../content/format.ts';
import type { Dataset } from '../data/schema.ts';
import type { Fit } from './fit.ts';
import type { BreakdownRow, TaskForceStatusRow, TimelineRow, UnreachedRow } from '../data/tables.ts';

/** Everything the charts read, derived once from the dataset by the Arquero data layer. */
export interface ChartData {
  dataset: Dataset;
  unreached: UnreachedRow[];
  breakdown: BreakdownRow[];
  timeline: TimelineRow[];
  taskForce2021: TaskForceStatusRow[];
  taskForce2023: TaskForceStatusRow[];
}

/**
 * A chart's copy with its tokens resolved: every label and column key the chart declares has a
 * string, so a chart reads `copy.labels.open` without a fallback.
 */
export interface ChartCopy<L extends string = string, C extends string = string> {
  /** States the finding, not the topic. */
  title: string;
  /** Unit and date. */
  subtitle: string;
  /** The source line under the chart. */
  source: string;
  /** Column headings of the "show the data" table, keyed by column. */
  columns: Record<C, string>;
  /** Labels the chart draws, keyed by the value they label. */
  labels: Record<L, string>;
  /**
   * A state's own title and subtitle, for the states that show something the chart's do not say,
   * and its own source line where it draws fewer sources' figures than the chart does.
   */
  states?: Record<string, StateCopy>;
}

/** A state's own words: its title and subtitle, and its source line where the chart's credits more. */
export interface StateCopy {
  title: string;
  subtitle: string;
  source?: string;
}

/** What a chart's frame says over a state: its title and subtitle, and under it the source line. */
export interface ChartFrame {
  title: string;
  subtitle: string;
  source: string;
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
  /** What the rows need said about them as a whole (a reunify report's shares, rounded, add to 100.1). */
  note?: string;
}

/**
 * A chart module: the copy keys it reads, its typical height in an embed, `spec` to draw one state
 * for the room `fit` gives it (its width, at most its height, its text size and measure) and `table`
 * to list its numbers. `copy` carries the chart's words and `fmt` the edition's number and date
 * formats, so nothing English lives in code.
 */
export interface ChartModule<S, L extends string, C extends string> {
  LABELS: readonly L[];
  COLUMNS: readonly C[];
  /** Typical drawn height of the chart's embed, so a frame does not jump before its first height message. */
  EMBED_HEIGHT: number;
  /** The copy keys of the states that have their own title and subtitle (`charts.<id>.states.<key>`). */
  STATES?: readonly string[];
  /**
   * The `STATES` whose copy has a source line of its own (`charts.<id>.states.<key>.source`): those
   * that draw the figures of fewer sources than the chart's line names.
   */
  SOURCED_STATES?: readonly string[];
  /** Which of `STATES` a state is, if any. */
  stateKey?(state: S): string | null;
  spec(data: ChartData, state: S, copy: ChartCopy<L, C>, fmt: Format, fit: Fit): PlotOptions;
  table(data: ChartData, state: S, copy: ChartCopy<L, C>, fmt: Format): DataTable;
}

/**
 * The label for a key that comes from the data (a figure id, a unit) rather than from the code.
 * Throws when the chart declares no such label: a new record needs its words in the copy first.
 */
export function dataLabel<L extends string>(
  copy: ChartCopy<L, string>,
  keys: readonly L[],
  key: string,
): string {
  if (!(keys as readonly string[]).includes(key))
    throw new Error(
      `No chart label "${key}" (declared: ${keys.join(', ')}): add it to the chart and the copy`,
    );
  return copy.labels[key as L];
}
