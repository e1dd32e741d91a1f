/**
 * What the browser needs of the copy to hydrate the page: only the strings that change as the
 * reader scrolls (chart frames and their descriptions) and the page chrome, with every `{{token}}`
 * already resolved. The prose itself is static markup from the prerenderer, so neither it nor the
 * token resolver is shipped as JavaScript.
 */
import type { ChartCopies, ChartId } from '../charts/index.ts';
import type { ChapterId } from '../story/steps.ts';
import type { ChapterCopy, UiCopy } from './copy.ts';
import type { Locale } from './format.ts';

export interface PageView {
  lang: string;
  /** The edition's number and date conventions and qualifier words: the charts format with them. */
  locale: Locale;
  title: string;
  dek: string;
  byline: string;
  /** Published and updated dates, with what the update changed. */
  dateline: string;
  ui: UiCopy;
  chapters: Record<ChapterId, ChapterCopy>;
  charts: ChartCopies;
  /** Each step's chart description, by step id. */
  alts: Record<string, string>;
  /** Typical heights of the embeds, for the embed code (from the chart registry, which the page does not load). */
  embedHeights: Record<ChartId | 'story', number>;
}

/** The id of the `<script type="application/json">` that carries the view to the client. */
export const VIEW_SCRIPT_ID = 'page-view';

/** The view as the content of a JSON script element (no `</script>` can end it early). */
export function serializeView(view: PageView): string {
  return JSON.stringify(view).replace(/</g, '\\u003c');
}
