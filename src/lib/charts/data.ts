/** Derives every chart's rows from the dataset once, through the Arquero data layer. */
import type { Dataset } from '../data/schema.ts';
import { taskForceStatus, timelineSpans, unreachedBreakdownLong, unreachedRows } from '../data/tables.ts';
import type { ChartData } from './types.ts';

const cache = new WeakMap<Dataset, ChartData>();

/** The derivations, one per table, so a browser can run them in separate short tasks. */
const DERIVE: { [K in Exclude<keyof ChartData, 'dataset'>]: (ds: Dataset) => ChartData[K] } = {
  unreached: unreachedRows,
  breakdown: unreachedBreakdownLong,
  timeline: timelineSpans,
  taskForce2021: (ds) => taskForceStatus(ds, 2021),
  taskForce2023: (ds) => taskForceStatus(ds, 2023),
};

const partial = new WeakMap<Dataset, Partial<ChartData>>();

function derive(dataset: Dataset, data: Partial<ChartData>, key: keyof typeof DERIVE) {
  (data as Record<string, unknown>)[key] ??= DERIVE[key](dataset);
}

/** Every chart's rows, derived on first use. */
export function chartData(dataset: Dataset): ChartData {
  let data = cache.get(dataset);
  if (!data) {
    const rows = partial.get(dataset) ?? { dataset };
    for (const key of Object.keys(DERIVE) as (keyof typeof DERIVE)[]) derive(dataset, rows, key);
    data = rows as ChartData;
    cache.set(dataset, data);
  }
  return data;
}

/**
 * Derives the rows table by table, awaiting `pause()` between them, so that in the browser no
 * single task holds the main thread for all of them at once. `run` runs each derivation (to time
 * it, say).
 */
export async function prepareChartData(
  dataset: Dataset,
  pause: () => Promise<void>,
  run: (table: string, derive: () => void) => void = (_, derive) => derive(),
): Promise<void> {
  if (cache.has(dataset)) return;
  const rows = partial.get(dataset) ?? { dataset };
  partial.set(dataset, rows);
  for (const key of Object.keys(DERIVE) as (keyof typeof DERIVE)[]) {
    if (rows[key] !== undefined) continue;
    run(key, () => derive(dataset, rows, key));
    await pause();
  }
}
