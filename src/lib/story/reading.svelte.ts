import { observeSteps } from '../scroll/scroller.ts';
import type { Reading } from './islands.ts';
import { STEPS } from './steps.ts';

/** The reader's place as reactive state, for the islands' props to follow. */
export function createReading(): Reading {
  const reading = $state({ active: -1 });
  return reading;
}

/**
 * Follows the reader through the static steps of the page: the step at the trigger line becomes
 * current (`aria-current="step"`, and `reading.active` for the charts). The line is the bottom of
 * the screen: a step is current once its card is fully on screen (or, for a card taller than 30% of
 * the screen, once that much of it is, which on a phone is less than the reading area under the stuck
 * chart). Returns the stop function.
 */
export function followSteps(doc: Document, reading: Reading): () => void {
  const steps = STEPS.map((step) => doc.getElementById(step.id) as HTMLElement);
  return observeSteps(() => steps, {
    offset: 1,
    enter: 0.3,
    onChange: (index) => {
      steps[reading.active]?.removeAttribute('aria-current');
      steps[index]?.setAttribute('aria-current', 'step');
      reading.active = index;
    },
  });
}
