/** Builds the client's view of the copy (see `view.ts`) at prerender time. */
import { chartCopy } from '../charts/copy.ts';
import { CHART_IDS, EMBED_HEIGHTS, frameOf, type ChartCopies } from '../charts/index.ts';
import type { Dataset } from '../data/schema.ts';
import { passageDrawing, STEPS } from '../story/steps.ts';
import type { Copy } from './copy.ts';
import { makeProseFormat, type Format, type Locale } from './format.ts';
import { plainText } from './tokens.ts';
import type { PagePlace, PageView } from './view.ts';

/** The page of an edition at the site root, with no other edition to link to. */
const NOWHERE: PagePlace = { root: '', languages: [] };

/**
 * The copy's chrome and chart strings with every token resolved against `ds` and formatted by `fmt`,
 * for a page at `page` (the prerenderer makes one view per edition and gives each page its place).
 */
export function pageView(copy: Copy, ds: Dataset, locale: Locale, fmt: Format, page = NOWHERE): PageView {
  // Prose (the dateline, chart titles and descriptions) spells out small counts; chart labels do not.
  const prose = makeProseFormat(locale);
  const charts = Object.fromEntries(
    CHART_IDS.map((c) => [c, chartCopy(copy, c, ds, fmt, prose)]),
  ) as ChartCopies;
  return {
    lang: locale.lang,
    locale,
    title: plainText(ds, copy.title, fmt),
    dek: plainText(ds, copy.dek, fmt),
    byline: copy.byline,
    dateline: plainText(ds, copy.dateline, prose),
    ui: copy.ui,
    chapters: copy.chapters,
    charts,
    alts: Object.fromEntries(STEPS.map((s) => [s.id, plainText(ds, copy.steps[s.id]?.alt ?? '', prose)])),
    stillAlts: Object.fromEntries(
      STEPS.map((s) => {
        const c = copy.steps[s.id];
        return [s.id, plainText(ds, (s.together ? c?.altTogether : undefined) ?? c?.alt ?? '', prose)];
      }),
    ),
    page,
    frames: Object.fromEntries(STEPS.map((s) => [s.id, frameOf(s, charts[s.chart])])),
    stillFrames: Object.fromEntries(
      STEPS.filter((s) => s.together !== undefined).map((s) => [
        s.id,
        frameOf(passageDrawing(s), charts[s.chart]),
      ]),
    ),
    embedHeights: EMBED_HEIGHTS,
  };
}
