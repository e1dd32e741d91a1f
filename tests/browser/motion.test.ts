/**
 * Marks that move: a step change within a chart keeps the marks both states share as the same
 * elements and moves them; with reduced motion they jump, with no frame in between.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useSite } from './harness.ts';
import { readStep, waitForState } from './measure.ts';

const env = useSite();

/** The mark followed from one state to the next: the reunify chart's "not reunified" segment. */
const MARK = '[data-chart="reunify"] .chart-body > svg [data-key="rect:apart"]';

/**
 * Shows reunify-2021, takes hold of the mark and starts recording whether the chart's drawing is
 * ever marked as moving; then moves on to reunify-2023. Returns the mark's width before and after,
 * whether it is the same element, and whether anything moved.
 */
async function stepAcross(page: Page) {
  await page.goto(env.site.url);
  await readStep(page, 'reunify-2021');
  await waitForState(page, 'reunify-2021', 'reunify');
  const before = await page.evaluate((selector) => {
    const mark = document.querySelector(selector)!;
    const w = window as unknown as { held: Element; moved: boolean };
    w.held = mark;
    w.moved = false;
    new MutationObserver((records) => {
      if (records.some((r) => (r.target as Element).hasAttribute('data-moving'))) w.moved = true;
    }).observe(document.querySelector('[data-chart="reunify"] .chart-body')!, {
      subtree: true,
      attributeFilter: ['data-moving'],
    });
    return Number(mark.getAttribute('width'));
  }, MARK);
  await readStep(page, 'reunify-2023');
  await waitForState(page, 'reunify-2023', 'reunify');
  const after = await page.evaluate((selector) => {
    const mark = document.querySelector(selector)!;
    const w = window as unknown as { held: Element; moved: boolean };
    return { width: Number(mark.getAttribute('width')), same: mark === w.held, moved: w.moved };
  }, MARK);
  return { before, ...after };
}

describe('a step change', () => {
  it('keeps the marks both states share and moves them to their new place and size', async () => {
    const { page, errors, close } = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
    const { before, width, same, moved } = await stepAcross(page);
    expect(same).toBe(true);
    expect(width).not.toBeCloseTo(before, 0);
    expect(moved).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('moves nothing in between when the reader prefers reduced motion', async () => {
    const { page, errors, close } = await openPage(env.browser, {
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    const { before, width, same, moved } = await stepAcross(page);
    expect(same).toBe(true);
    expect(width).not.toBeCloseTo(before, 0);
    expect(moved).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });
});
