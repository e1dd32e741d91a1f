/** Builds the client's view of the copy (see `view.ts`) at prerender time. */
import { chartCopy } from '../charts/copy.ts';
import { CHART_IDS, EMBED_HEIGHTS, frameOf, type ChartCopies } from '../charts/index.ts';
import type { Dataset } from '../data/schema.ts';
import { STEPS } from '../story/steps.ts';
import type { Copy } from './copy.ts';
import { plainText } from './tokens.ts';
import type { PageView } from './view.ts';

/** The copy's chrome and chart strings with every token resolved against `ds`. */
export function pageView(copy: Copy, ds: Dataset): PageView {
  const charts = Object.fromEntries(CHART_IDS.map((c) => [c, chartCopy(copy, c, ds)])) as ChartCopies;
  return {
    lang: copy.lang,
    title: plainText(ds, copy.title),
    dek: plainText(ds, copy.dek),
    byline: copy.byline,
    ui: copy.ui,
    chapters: copy.chapters,
    charts,
    alts: Object.fromEntries(STEPS.map((s) => [s.id, plainText(ds, copy.steps[s.id]?.alt ?? '')])),
    frames: Object.fromEntries(STEPS.map((s) => [s.id, frameOf(s, charts[s.chart])])),
    embedHeights: EMBED_HEIGHTS,
  };
}
