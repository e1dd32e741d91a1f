/**
 * The story's timeline on a phone, live and without scripts: each date's label beside its own dot,
 * its vertical centre at the dot's (review r14 N4, r15 N2: at 320 × 640 "Zero-tolerance policy
 * announced" stood at y ≈ 151 over its dot at 165, the next label at 178, so the dot sat between two
 * labels; without scripts, the prerendered drawings in the cards set labels over their dots too).
 * Labels and dots are paired by the entry the chart names on both (`data-key`).
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/content/index.ts';
import { READING_LINE } from '../../src/lib/story/reading.svelte.ts';
import { stepsOf } from '../../src/lib/story/steps.ts';
import { EDITION_DIRS } from '../../src/pages.ts';
import { pairProblems } from '../shared/timeline-rows.ts';
import { openPage, useSite } from './harness.ts';
import { cardAtLine, timelineRows, waitForState } from './measure.ts';

const running = useSite();

const CASES = LANGS.flatMap((lang) =>
  [
    { width: 320, height: 640 },
    { width: 390, height: 844 },
  ].map((viewport) => ({ lang, ...viewport })),
);

describe.each(CASES)('the timeline at $width × $height, in $lang', ({ lang, ...viewport }) => {
  it('live: each label beside its own dot, in every step', async () => {
    const { page, errors, close } = await openPage(running.browser, { viewport });
    await page.goto(running.site.url + EDITION_DIRS[lang]);
    const problems: string[] = [];
    for (const step of stepsOf('timeline')) {
      await cardAtLine(page, step.id, READING_LINE);
      await waitForState(page, step.id, 'timeline');
      const rows = await page.evaluate(timelineRows);
      if (rows.filter((r) => r.dot).length < 4) problems.push(`${step.id}: ${rows.length} entries drawn`);
      problems.push(...pairProblems(rows).map((p) => `${step.id}: ${p}`));
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('without scripts: each label beside its own dot, in every card’s drawing', async () => {
    const { page, close } = await openPage(running.browser, { viewport, javaScriptEnabled: false });
    await page.goto(running.site.url + EDITION_DIRS[lang]);
    const problems: string[] = [];
    // The cards that show a drawing: a passage's first (its next cards tell more of the same state).
    const drawn = await page.$$eval('.step', (steps) =>
      steps
        .filter((s) => [...s.querySelectorAll('.step-figure svg')].some((d) => d.getClientRects().length > 0))
        .map((s) => s.id),
    );
    const steps = stepsOf('timeline').filter((s) => drawn.includes(s.id));
    expect(steps.length).toBeGreaterThan(3);
    for (const step of steps) {
      const rows = await page.evaluate(timelineRows, `#${step.id} .step-figure svg`);
      if (rows.filter((r) => r.dot).length < 4) problems.push(`${step.id}: ${rows.length} entries drawn`);
      problems.push(...pairProblems(rows).map((p) => `${step.id}: ${p}`));
    }
    expect(problems).toEqual([]);
    await close();
  });
});
