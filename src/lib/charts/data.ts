/** Derives every chart's rows from the dataset once, through the Arquero data layer. */
import type { Dataset } from '../data/schema.ts';
import { taskForceStatus, timelineSpans, unreachedBreakdownLong, unreachedRows } from '../data/tables.ts';
import type { ChartData } from './types.ts';

const cache = new WeakMap<Dataset, ChartData>();

export function chartData(dataset: Dataset): ChartData {
  let data = cache.get(dataset);
  if (!data) {
    data = {
      dataset,
      unreached: unreachedRows(dataset),
      breakdown: unreachedBreakdownLong(dataset),
      timeline: timelineSpans(dataset),
      taskForce2021: taskForceStatus(dataset, 2021),
      taskForce2023: taskForceStatus(dataset, 2023),
    };
    cache.set(dataset, data);
  }
  return data;
}
