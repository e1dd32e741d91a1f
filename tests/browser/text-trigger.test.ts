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
import { STEPS, type Step } from '../../src/lib/story/steps.ts';
import { editions, openEdition, poll, useSite } from './harness.ts';

const env = useSite();

const SIZES = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
];

/**
 * Scrolls so that the bottom of the step's text stands `under` px below the foot of the screen
 * (negative: above it; 2 px above by default, its last line whole on screen); returns how far the card
 * runs on below the screen (px), how tall its text is, and how many px of the text of the card above
 * stand on screen below its chapter's stuck frame.
 */
const textAtFoot = (page: Page, id: string, under = -2) =>
  page.evaluate(
    ([stepId, px]) => {
      const step = document.getElementById(stepId as string)!;
      const text = step.querySelector('.prose')!;
      window.scrollTo(
        0,
        Math.round(
          text.getBoundingClientRect().bottom + window.scrollY - window.innerHeight - (px as number),
        ),
      );
      const below = step.querySelector('.card')!.getBoundingClientRect().bottom - window.innerHeight;
      const frame = step.closest('.chapter')!.querySelector('.graphic')!.getBoundingClientRect().bottom;
      const before = step.previousElementSibling?.querySelector('.prose')?.getBoundingClientRect();
      return {
        below,
        height: text.getBoundingClientRect().height,
        earlier: before ? Math.max(0, before.bottom - frame) : 0,
      };
    },
    [id, under] as const,
  );

/**
 * The problems with `step` once its text stands where `textAtFoot` put it (`where` says where, for the
 * report): its step not current or its chart not showing it, or the text of the card above still on
 * screen under the chart.
 */
async function currentThere(page: Page, step: Step, earlier: number, where: string): Promise<string[]> {
  const problems: string[] = [];
  const shown = await poll(
    page,
    () =>
      page.evaluate(
        ([id, chart]) => {
          const state = document.querySelector(`[data-chart="${chart}"]`)?.getAttribute('data-state');
          const current = document.querySelector('[aria-current="step"]')?.id;
          return state === id && current === id ? '' : `chart shows ${state}, ${current} is current`;
        },
        [step.id, step.chart] as const,
      ),
    1500,
  );
  if (shown) problems.push(`${step.id}: ${where}, but the ${shown}`);
  if (earlier > 0.5)
    problems.push(`${step.id}: ${Math.round(earlier)} px of the card above's text still on screen`);
  return problems;
}

/**
 * At each phone size and edition, runs `check` at every step of the story: it returns the problems it
 * found there, or `null` where the step is not a case for it. Fails with the problems, or when fewer
 * than half the steps were cases (`cases` says which).
 */
function atEveryStep(
  cases: string,
  check: (page: Page, step: Step, index: number, height: number) => Promise<string[] | null>,
) {
  it.each(editions(SIZES))(
    'at $width px ($lang)',
    async ({ lang, width, height }) => {
      const { page, errors, close } = await openEdition(env, lang, { width, height });
      const problems: string[] = [];
      let tested = 0;
      for (const [index, step] of STEPS.entries()) {
        const found = await check(page, step, index, height);
        if (!found) continue;
        tested++;
        problems.push(...found);
      }
      expect(tested, cases).toBeGreaterThan(STEPS.length / 2);
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
      await close();
      // A lagging chart is waited for at every step before it is called late: time for all of them.
    },
    180_000,
  );
}

describe('on a phone, a step is current once its text can be read whole', () => {
  atEveryStep('steps whose text ends on screen before their card does', async (page, step) => {
    const { below, earlier } = await textAtFoot(page, step.id);
    // Only where the lines under the text are still off screen: the case the rule is about.
    if (below <= 0) return null;
    return currentThere(page, step, earlier, 'its text whole on screen');
  });
});

/**
 * Phones, the trigger's margin (review r17 S2): a text whose last line reaches into the last half
 * line of the screen, its descenders just under it, is already read whole, and its step is current;
 * a text whose last line is still a line or more below the screen is not. Before, the step waited for
 * the text's very last pixel: with the descenders 2 px under the screen the chart still showed the
 * previous state.
 */
describe('on a phone, a step is current once its last line is on screen, to half a line', () => {
  atEveryStep('steps whose text stands whole under the stuck chart', async (page, step, index, height) => {
    // A text 30 px under the screen, its last line unread: the step is not current yet (a text too
    // tall to stand whole under the stuck chart is current from its top instead).
    const { height: tall } = await textAtFoot(page, step.id, 30);
    if (tall > height * 0.4 - 30) return null;
    const problems: string[] = [];
    // The scroller has measured the new place once two frames have passed.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const early = await page.evaluate(
      (chart) => ({
        current: document.querySelector('[aria-current="step"]')?.id,
        state: document.querySelector(`[data-chart="${chart}"]`)?.getAttribute('data-state'),
      }),
      step.chart,
    );
    if (early.current === step.id) problems.push(`${step.id}: current with its text 30 px under the screen`);
    // A chapter's chart shows its first step's state before the chapter is reached.
    const opens = index === 0 || STEPS[index - 1]!.chapter !== step.chapter;
    if (!opens && early.state === step.id)
      problems.push(`${step.id}: the chart shows it with its text 30 px under the screen`);

    // The text's bottom 6 px under the screen: its last line is read, the step is current.
    const { earlier } = await textAtFoot(page, step.id, 6);
    return [...problems, ...(await currentThere(page, step, earlier, 'its text 6 px under the screen'))];
  });
});
