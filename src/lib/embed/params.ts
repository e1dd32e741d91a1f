/**
 * The one place that reads URL parameters. Every value is checked against what it may be; anything
 * else (a hostile or mistyped parameter) falls back to the default, never to a blank page.
 */
import { findStep, type ChartId } from '../story/steps.ts';

/**
 * The themes an embed takes, from its query or a host message. `light` is the default: most host
 * articles are light whatever the reader's system says, and a dark box in a light page (or an
 * opaque one where `transparent=1` was asked) is worse than a light one in a dark page.
 */
const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** The theme of an embed whose query and host name none. */
export const DEFAULT_THEME: Theme = 'light';

/** Every theme, for the embed dialog. */
export const EMBED_THEMES: readonly Theme[] = THEMES;

/** Whether `value` names a theme. */
export const isTheme = (value: unknown): value is Theme => (THEMES as readonly unknown[]).includes(value);

export interface EmbedParams {
  /** pym.js child id, echoed in height messages; `null` when absent or malformed. */
  childId: string | null;
  theme: Theme;
  /** Let the host's background show through. */
  transparent: boolean;
  /** The requested step id, if it names a step (of `chart`, when given). */
  step: string | null;
}

const CHILD_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Parses a query string (`location.search`); `chart` restricts `step` to that chart's steps. */
export function readParams(search: string, chart?: ChartId): EmbedParams {
  const q = new URLSearchParams(search);
  const childId = q.get('childId');
  const theme = q.get('theme');
  const transparent = q.get('transparent');
  const step = findStep(q.get('step'));
  return {
    childId: childId && CHILD_ID.test(childId) ? childId : null,
    theme: isTheme(theme) ? theme : DEFAULT_THEME,
    transparent: transparent === '' || transparent === '1' || transparent === 'true',
    step: step && (!chart || step.chart === chart) ? step.id : null,
  };
}

/**
 * The query of a link to the same page elsewhere (another edition) that keeps the reader's place:
 * `search` with its `step` set to `step` (when there is one) and every other parameter as it was.
 * Returns `''` or a query starting with `?`.
 */
export function queryWithStep(search: string, step: string | null): string {
  const q = new URLSearchParams(search);
  if (step) q.set('step', step);
  const query = q.toString();
  return query ? `?${query}` : '';
}
