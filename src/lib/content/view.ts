/**
 * What the browser needs of the copy to hydrate the page: only the strings that change as the
 * reader scrolls (chart frames and their descriptions) and the page chrome, with every `{{token}}`
 * already resolved. The prose itself is static markup from the prerenderer, so neither it nor the
 * token resolver is shipped as JavaScript.
 */
import type { ChartCopies, ChartId } from '../charts/index.ts';
import type { ChartFrame } from '../charts/types.ts';
import type { ChapterId } from '../story/steps.ts';
import type { ChapterCopy, UiCopy } from './copy.ts';
import type { Locale } from './format.ts';

/** A link to the same page in another edition. */
export interface LanguageLink {
  /** The edition's language (BCP 47), for the link's `lang` and `hreflang`. */
  lang: string;
  /** The page's address from this page. */
  href: string;
  /** The link's words, in that edition's language ("Leer en español"). */
  text: string;
  /** The language's own name, where there is room for one word ("Español"). */
  name: string;
}

/** Where a page stands in the site: what differs between the pages of one edition. */
export interface PagePlace {
  /** The site root from the page: `''` at the root, `'../'` one folder down, … */
  root: string;
  /** The same page in the other editions, for the language switch. */
  languages: LanguageLink[];
}

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
  /**
   * The description of each step's drawing where a passage has one drawing (no scripts, print, the
   * handout): its `altTogether` where its cards differ, else its own alt.
   */
  stillAlts: Record<string, string>;
  /** Where the page stands (its place among the editions' pages). */
  page: PagePlace;
  /** The title and subtitle over each step's chart state, by step id. */
  frames: Record<string, ChartFrame>;
  /**
   * The title and subtitle over the one drawing of a passage whose cards differ (no scripts, print,
   * the handout): its `together` state's, by its first step's id.
   */
  stillFrames: Record<string, ChartFrame>;
  /** Typical heights of the embeds, for the embed code (from the chart registry, which the page does not load). */
  embedHeights: Record<ChartId | 'story', number>;
}

/** The id of the `<script type="application/json">` that carries the view to the client. */
export const VIEW_SCRIPT_ID = 'page-view';

/** The view as the content of a JSON script element (no `</script>` can end it early). */
export function serializeView(view: PageView): string {
  return JSON.stringify(view).replace(/</g, '\\u003c');
}

/**
 * The title and subtitle over step `stepId`'s chart state: its own, else its chart's. `still`: over
 * the step's drawing where its passage has one (its `together` state's, if it has one).
 */
export function frameOf(view: PageView, stepId: string, chart: ChartId, still = false): ChartFrame {
  const own = (still ? view.stillFrames[stepId] : undefined) ?? view.frames[stepId];
  if (own) return own;
  const { title, subtitle, source } = view.charts[chart];
  return { title, subtitle, source };
}
