/** Builds the client's view of the copy (see `view.ts`) at prerender time. */
import { chartCopy } from '../charts/copy.ts';
import type { Dataset } from '../data/schema.ts';
import { STEPS, type ChartId } from '../story/steps.ts';
import { proseOptions, type ChartCopy, type Copy } from './copy.ts';
import { plainText } from './tokens.ts';
import type { PageView } from './view.ts';

/** The copy's chrome and chart strings with every token resolved against `ds`. */
export function pageView(copy: Copy, ds: Dataset): PageView {
  const charts = [...new Set(STEPS.map((s) => s.chart))];
  // Prose (the dateline, chart descriptions) spells out small counts; chart text does not.
  const prose = proseOptions(copy);
  return {
    lang: copy.lang,
    title: plainText(ds, copy.title),
    dek: plainText(ds, copy.dek),
    byline: copy.byline,
    dateline: plainText(ds, copy.dateline, prose),
    ui: copy.ui,
    chapters: copy.chapters,
    charts: Object.fromEntries(charts.map((c) => [c, chartCopy(copy, c, ds)])) as Record<ChartId, ChartCopy>,
    alts: Object.fromEntries(
      STEPS.map((s) => [s.id, plainText(ds, copy.steps[s.id]?.alt ?? '', prose)]),
    ),
  };
}
