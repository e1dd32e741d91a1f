/**
 * Phones, the story page: a step is current once its card's text can be read whole (review r16). With
 * a card's text wholly on screen, its last line at the foot of the screen, and the lines under it (the
 * data toggle, the downloads) still below, the chart shows that step's state; and the card above has
 * no line of text left on screen under the chart, so the chart does not run ahead of the text either.
 * Before, a step waited for the whole card: at 390 px a card's "2,737" was read over a chart still
 * showing only the 2,654 column.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/lib/story/steps.ts';
import { editions, openEdition, poll, useSite } from './harness.ts';

const env = useSite();

const SIZES = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
];

/**
 * Scrolls so that the last line of the step's text stands 2 px above the foot of the screen; returns
 * how far the card runs on below the screen (px), and how many px of the text of the card above stand
 * on screen below its chapter's stuck frame.
 */
const textAtFoot = (page: Page, id: string) =>
  page.evaluate((stepId) => {
    const step = document.getElementById(stepId)!;
    const text = step.querySelector('.prose')!;
    window.scrollTo(
      0,
      Math.round(text.getBoundingClientRect().bottom + window.scrollY - window.innerHeight + 2),
    );
    const below = step.querySelector('.card')!.getBoundingClientRect().bottom - window.innerHeight;
    const frame = step.closest('.chapter')!.querySelector('.graphic')!.getBoundingClientRect().bottom;
    const before = step.previousElementSibling?.querySelector('.prose')?.getBoundingClientRect();
    return { below, earlier: before ? Math.max(0, before.bottom - frame) : 0 };
  }, id);

describe('on a phone, a step is current once its text can be read whole', () => {
  it.each(editions(SIZES))(
    'at $width px ($lang)',
    async ({ lang, width, height }) => {
      const { page, errors, close } = await openEdition(env, lang, { width, height });
      const problems: string[] = [];
      let tested = 0;
      for (const step of STEPS) {
        const { below, earlier } = await textAtFoot(page, step.id);
        // Only where the lines under the text are still off screen: the case the rule is about.
        if (below <= 0) continue;
        tested++;
        const shown = await poll(
          page,
          () =>
            page.evaluate(
              ([id, chart]) => {
                const state = document.querySelector(`[data-chart="${chart}"]`)?.getAttribute('data-state');
                return state === id ? '' : `chart shows ${state}`;
              },
              [step.id, step.chart] as const,
            ),
          1500,
        );
        if (shown) problems.push(`${step.id}: its text whole on screen, but the ${shown}`);
        if (earlier > 0.5)
          problems.push(`${step.id}: ${Math.round(earlier)} px of the card above's text still on screen`);
      }
      expect(tested, 'steps whose text ends on screen before their card does').toBeGreaterThan(
        STEPS.length / 2,
      );
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
      await close();
      // A lagging chart is waited for at every step before it is called late: time for all of them.
    },
    180_000,
  );
});
