/** A chart's copy with its tokens resolved; kept apart from the renderer so it costs no Plot bytes. */
import type { Copy } from '../content/copy.ts';
import type { Format } from '../content/format.ts';
import { plainText } from '../content/tokens.ts';
import type { Dataset } from '../data/schema.ts';
import type { ChartCopies, ChartId } from './index.ts';

/**
 * The chart's copy with every `{{token}}` resolved to plain text: its titles and subtitles are
 * sentences, formatted by `prose` (AP style: "two recommendations"); its labels and columns by `fmt`.
 */
export function chartCopy<C extends ChartId>(
  copy: Copy,
  chart: C,
  ds: Dataset,
  fmt: Format,
  prose: Format = fmt,
): ChartCopies[C] {
  const c: ChartCopies[C] = copy.charts[chart];
  const resolve = <K extends string>(record: Record<K, string>) =>
    Object.fromEntries(
      Object.entries(record).map(([k, v]) => [k, plainText(ds, v as string, fmt)]),
    ) as Record<K, string>;
  return {
    title: plainText(ds, c.title, prose),
    subtitle: plainText(ds, c.subtitle, prose),
    source: plainText(ds, c.source, fmt),
    columns: resolve(c.columns),
    labels: resolve(c.labels),
    ...(c.states
      ? {
          states: Object.fromEntries(
            Object.entries(c.states).map(([k, f]) => [
              k,
              {
                title: plainText(ds, f.title, prose),
                subtitle: plainText(ds, f.subtitle, prose),
                ...(f.source === undefined ? {} : { source: plainText(ds, f.source, fmt) }),
              },
            ]),
          ),
        }
      : {}),
  } as ChartCopies[C];
}
