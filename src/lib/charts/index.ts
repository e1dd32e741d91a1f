/**
 * The chart registry: every chart module, once. The table and embed-size maps, the chart ids, the
 * state and copy types, the copy check and the tests' chart list all derive from it, so a new chart
 * is a module and a line in `CHARTS` (and one in `SPECS`, which the compiler asks for).
 *
 * It imports Plot (through the modules): the browser reaches it only through the lazily loaded
 * renderer, which reads `SPECS` alone. Code in the page bundle imports types from here, never values.
 */
import * as finding from './finding.ts';
import * as reunify from './reunify.ts';
import * as scale from './scale.ts';
import * as search from './search.ts';
import * as timeline from './timeline.ts';
import type { PlotOptions } from '@observablehq/plot';
import type { Format } from '../content/format.ts';
import type { Fit } from './fit.ts';
import type { ChartCopy, ChartData, ChartFrame, ChartModule, DataTable } from './types.ts';

/** Every chart, by id. */
const CHARTS = { scale, timeline, finding, search, reunify };

export type ChartId = keyof typeof CHARTS;

/** The ids of every chart. */
export const CHART_IDS = /* @__PURE__ */ Object.keys(CHARTS) as ChartId[];

type Module<C extends ChartId> = (typeof CHARTS)[C];

/** The state a chart draws, by chart. */
export type ChartStates = { [C in ChartId]: Parameters<Module<C>['spec']>[1] };

/** A chart at one of its states: what a step asks the renderer to draw. */
export type ChartState = { [C in ChartId]: { chart: C; state: ChartStates[C] } }[ChartId];

/** The label keys a chart's copy must have. */
type LabelKey<C extends ChartId> = Module<C>['LABELS'][number];
/** The column keys a chart's copy must have. */
type ColumnKey<C extends ChartId> = Module<C>['COLUMNS'][number];

/** Every chart's copy, typed from its key lists. */
export type ChartCopies = { [C in ChartId]: ChartCopy<LabelKey<C>, ColumnKey<C>> };

/** Each module keeps the contract for its own state and keys (a compile-time check). */
const MODULES: { [C in ChartId]: ChartModule<ChartStates[C], LabelKey<C>, ColumnKey<C>> } = CHARTS;

/**
 * A chart's spec or table for any chart's state: a step names its chart and carries that chart's
 * state, a pairing TypeScript cannot follow through a lookup by id.
 */
type Drawing<T> = (data: ChartData, state: ChartState['state'], copy: ChartCopy, fmt: Format) => T;

/**
 * The drawing of each chart, for the room `fit` gives it. Written out rather than mapped from
 * `CHARTS`, so that the browser's renderer, which needs only this, does not carry the tables and the
 * rest of the modules' exports (a lookup by id would keep every export of every module in its bundle).
 */
export const SPECS = {
  scale: scale.spec,
  timeline: timeline.spec,
  finding: finding.spec,
  search: search.spec,
  reunify: reunify.spec,
} satisfies { [C in ChartId]: (typeof MODULES)[C]['spec'] } as Record<
  ChartId,
  (data: ChartData, state: ChartState['state'], copy: ChartCopy, fmt: Format, fit: Fit) => PlotOptions
>;

/** The "show the data" table of each chart (prerender only). */
export const TABLES = /* @__PURE__ */ mapCharts((c) => MODULES[c].table) as Record<
  ChartId,
  Drawing<DataTable>
>;

/** Typical drawn heights of the embeds (one chart, or the whole story), for the embed code and oEmbed. */
export const EMBED_HEIGHTS = /* @__PURE__ */ embedHeights();

function embedHeights(): Record<ChartId | 'story', number> {
  return { story: 900, ...mapCharts((c) => MODULES[c].EMBED_HEIGHT) };
}

/** The copy keys of each chart: what the copy check requires. */
export const COPY_KEYS = /* @__PURE__ */ mapCharts((c) => ({
  labels: MODULES[c].LABELS as readonly string[],
  columns: MODULES[c].COLUMNS as readonly string[],
  states: (MODULES[c] as { STATES?: readonly string[] }).STATES ?? [],
  sourced: (MODULES[c] as { SOURCED_STATES?: readonly string[] }).SOURCED_STATES ?? [],
}));

/** Which of its `STATES` a chart's state is: written out, as `SPECS` is, for the renderer. */
const STATE_KEYS: { [C in ChartId]?: (state: ChartStates[C]) => string | null } = {
  finding: finding.stateKey,
  timeline: timeline.stateKey,
  scale: scale.stateKey,
  search: search.stateKey,
  reunify: reunify.stateKey,
};

/**
 * The title and subtitle a chart shows over a state, and the source line under it: the state's own
 * where the copy has them.
 */
export function frameOf(step: ChartState, copy: ChartCopy): ChartFrame {
  const stateKey = STATE_KEYS[step.chart] as ((state: ChartState['state']) => string | null) | undefined;
  const key = stateKey?.(step.state);
  const own = key ? copy.states?.[key] : undefined;
  return own
    ? { title: own.title, subtitle: own.subtitle, source: own.source ?? copy.source }
    : { title: copy.title, subtitle: copy.subtitle, source: copy.source };
}

function mapCharts<T>(value: (chart: ChartId) => T): Record<ChartId, T> {
  return Object.fromEntries(CHART_IDS.map((c) => [c, value(c)])) as Record<ChartId, T>;
}
