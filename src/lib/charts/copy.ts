/** A chart's copy with its tokens resolved; kept apart from the renderer so it costs no Plot bytes. */
import type { ChartCopy, Copy } from '../content/copy.ts';
import { plainText } from '../content/tokens.ts';
import type { Dataset } from '../data/schema.ts';
import type { ChartId } from '../story/steps.ts';

/** The chart's copy with every `{{token}}` resolved to plain text. */
export function chartCopy(copy: Copy, chart: ChartId, ds: Dataset): ChartCopy {
  const c = copy.charts[chart];
  const resolve = (record: Record<string, string>) =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [k, plainText(ds, v)]));
  return {
    title: plainText(ds, c.title),
    subtitle: plainText(ds, c.subtitle),
    source: plainText(ds, c.source),
    columns: resolve(c.columns ?? {}),
    labels: resolve(c.labels ?? {}),
  };
}
