/**
 * What the story embed's stepper may show, and how a test waits for it. The chart code loads when the
 * reader first steps; a chart keeps the drawing on screen until its state changes (review r14 S2), so
 * the prerendered drawing a chapter opened with (the story's first, or one the reader reached before
 * its live drawing was made out of sight) stays until the chapter's chart first changes state.
 */
import type { Page } from 'playwright-core';
import { stateKey, STEPS } from '../../src/lib/story/steps.ts';

/** Whether the stepper may still show its chapter's prerendered drawing at step `index` of `STEPS`. */
export function mayShowPrerendered(index: number): boolean {
  const step = STEPS[index];
  if (!step) return false;
  let start = index;
  while (start > 0 && STEPS[start - 1]!.chapter === step.chapter) start--;
  const opening = stateKey(STEPS[start]!);
  return STEPS.slice(start, index + 1).every((s) => stateKey(s) === opening);
}

/** Waits until the stepper's current chapter and step are `id`'s, its chart saying it shows `id`. */
export async function stepperAt(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (step) =>
      document.querySelector('.chapter.current [data-chart]')?.getAttribute('data-state') === step &&
      document.querySelector('[aria-current="step"]')?.id === step,
    id,
  );
}

/** Steps the stepper forward through `steps` with its Next button, waiting at each until it shows it. */
export async function stepThrough(page: Page, steps: readonly { id: string }[]): Promise<void> {
  for (const step of steps) {
    await page.getByRole('button', { name: 'Next' }).click();
    await stepperAt(page, step.id);
  }
}
