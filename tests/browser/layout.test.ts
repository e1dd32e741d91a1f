/**
 * Reading on every screen: at a phone, a large phone and a laptop, each step's card is scrolled to
 * where a reader reads it, and the chart must show that step's state with every label on screen,
 * uncovered, apart from the others and at least 12 px. One page load per size; every problem is
 * collected, so a failure lists them all.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STEPS } from '../../src/lib/story/steps.ts';
import { launch, openPage, serve, type StaticServer } from './harness.ts';
import { chartProblems, readStep, waitForState } from './measure.ts';

let browser: Browser;
let site: StaticServer;

beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const SIZES = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

describe.each(SIZES)('at $width × $height', (viewport) => {
  it('shows each step’s state while its card is read, every label visible, apart and ≥ 12 px', async () => {
    const { page, errors, close } = await openPage(browser, { viewport });
    await page.goto(site.url);
    const problems: string[] = [];
    for (const step of STEPS) {
      await readStep(page, step.id);
      await waitForState(page, step.id, step.chart);
      const found = await page.evaluate(chartProblems, [step.chart, 12] as const);
      problems.push(...found.map((p) => `${step.id}: ${p}`));
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
