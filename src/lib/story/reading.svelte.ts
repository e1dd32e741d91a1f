import { observeSteps, type ScrollerOptions } from '../scroll/scroller.ts';
import type { Reading } from './islands.ts';
import { STEPS } from './steps.ts';

/** The reader's place as reactive state, for the islands' props to follow. */
export function createReading(): Reading {
  const reading = $state({ active: -1 });
  return reading;
}

/** The width (em) from which the chart stands beside the text: global.css's two-column breakpoint. */
export const WIDE_EM = 60;

/** The height (em) under which a landscape window is too short for the phone's stack (global.css). */
export const SHORT_EM = 32;

/**
 * Where the story page's chart stands beside the text: wide screens, and short landscape windows (a
 * phone on its side, review r18a F3), which global.css lays out side by side too.
 */
export const BESIDE_QUERY = `(min-width: ${WIDE_EM}em), (orientation: landscape) and (max-height: ${SHORT_EM}em)`;

/**
 * Where even the chart's column beside the cards is too small for a legible drawing (a phone on its
 * side under 40 em wide, as the first iPhone SE's 568 × 320: a column 284 px wide and 135–157 px
 * tall for the drawing under its title): the story page shows each card's own drawing instead of the
 * live chart (global.css), which the page's script unpacks for it (tables.ts `expandDrawingsWhen`).
 */
export const STATIC_QUERY = `(max-width: 39.99em) and (orientation: landscape) and (max-height: ${SHORT_EM}em)`;

/**
 * On a phone, where a card's top stands while it is read, as a fraction of the screen's height from
 * the top (the eye line of the reading area under the stuck chart): the stuck frame ends at or above
 * it, so the card being read never covers the frame's last line, its source. global.css caps a short
 * phone's frame at the same height (`--graphic-max`).
 */
export const READING_LINE = 0.6;

/**
 * How much of a card's text must come up past the trigger line (the bottom of the screen) before its
 * step is current, as a fraction of the screen's height; a text shorter than that counts once it is
 * wholly on screen. On a phone the stuck chart fills the screen down to the reading line and the card is
 * read under it: a step is current once its text's top reaches the reading line, or sooner, once the
 * whole text is on screen (to its last half line: `halfLine`). So the chart never lags a text that can be read whole, and it does not change
 * while a card only peeks in at the foot of the screen and the one above is still being finished. Beside
 * the text a step is current once its text is fully on screen or, for a text taller than 30% of the
 * screen, once that much of it is, so the card above has been read.
 */
export function enterFraction(beside: boolean): number {
  return beside ? 0.3 : 1 - READING_LINE;
}

/**
 * On a phone, how far (px) under the foot of the screen a card's text may still end when it counts as
 * read whole: half a line of it. Its last line is legible by then, only its descenders and the space
 * under them still below; waiting for the text's very last pixel kept the chart on the previous state
 * under a line already read (review r17 S2). 0 for a document that lays nothing out (a test's).
 */
export function halfLine(text: HTMLElement | undefined): number {
  const view = text?.ownerDocument.defaultView;
  if (!text || typeof view?.getComputedStyle !== 'function') return 0;
  const style = view.getComputedStyle(text);
  // A `normal` line height is about 1.2 times the font's size.
  const line = parseFloat(style.lineHeight) || 1.2 * parseFloat(style.fontSize);
  return Number.isFinite(line) ? line / 2 : 0;
}

/**
 * The scroller's trigger for the steps' texts `texts`: the line at the bottom of the screen, by the
 * wide screen's rule when the chart stands `beside` the text, else by the phone's, where the text's
 * last half line may still be under the screen (`halfLine`).
 */
export function textTrigger(
  beside: boolean,
  texts: readonly (HTMLElement | undefined)[],
): Omit<ScrollerOptions, 'onChange'> {
  return {
    offset: 1,
    enter: enterFraction(beside),
    margin: beside ? undefined : () => halfLine(texts.find(Boolean)),
  };
}

/**
 * What of a step is measured against the trigger line: its card's text. The lines under it (the data
 * table's toggle, the chart downloads) are not read as the step's words, and waiting for them kept the
 * chart on the previous state while the whole text of the next card could be read (review r16: at
 * 390 px, a card's 2,737 over a chart that still showed only 2,654).
 */
export function stepText(step: HTMLElement): HTMLElement {
  return step.querySelector<HTMLElement>('.prose') ?? step;
}

/**
 * Follows the reader through the static steps of the page: the step at the trigger line becomes
 * current (`aria-current="step"`, and `reading.active` for the charts), by the phone's rule or the
 * wide screen's (`enterFraction`), switching when the layout does. Returns the stop function.
 */
export function followSteps(doc: Document, reading: Reading): () => void {
  const steps = STEPS.map((step) => doc.getElementById(step.id) as HTMLElement);
  const texts = steps.map((step) => (step ? stepText(step) : step));
  const view = doc.defaultView;
  // A document without media queries (a test's) is laid out as a phone's.
  const query = typeof view?.matchMedia === 'function' ? view.matchMedia(BESIDE_QUERY) : null;
  let stop = () => {};
  const observe = () => {
    stop();
    stop = observeSteps(() => texts, {
      ...textTrigger(query?.matches ?? false, texts),
      onChange: (index) => {
        steps[reading.active]?.removeAttribute('aria-current');
        steps[index]?.setAttribute('aria-current', 'step');
        reading.active = index;
      },
    });
  };
  observe();
  query?.addEventListener('change', observe);
  return () => {
    query?.removeEventListener('change', observe);
    stop();
  };
}
