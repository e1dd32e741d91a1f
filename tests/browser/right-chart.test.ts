/**
 * "The right chart, always": whatever happens to the chart code (blocked, offline after the first
 * paint), every step a reader scrolls to shows its own state's drawing at once, the prerendered one,
 * and no error. A load that failed is tried again at the next step change; a single-chart embed at
 * `?step=` opens on that step's drawing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { passageDrawing, stateKey, STEPS } from '../../src/lib/story/steps.ts';
import { browserAndSite, openPage, scrollStepTo } from './harness.ts';

const { browser, site } = browserAndSite();

/** The scripts that carry the chart code: Plot, Arquero and the data (story chunks, the embeds' script). */
const CHART_CODE = /\/(assets\/(render|data|bundled)-[\w-]+\.js|embed\/assets\/charts-[\w-]+\.js)$/;

/** Console errors other than the failed loads the test itself causes. */
const unexpected = (errors: string[]) =>
  errors.filter((e) => !/Failed to load resource|net::ERR_(FAILED|INTERNET_DISCONNECTED)/.test(e));

/**
 * For each step, the steps whose prerendered drawing shows its state (its own, and one of the same
 * state that a step leaves on screen: review r14 S2). A passage's first step's is its passage's.
 */
const SAME_STATE = Object.fromEntries(
  STEPS.map((step) => [
    step.id,
    STEPS.filter((s) => s === step || stateKey(passageDrawing(s)) === stateKey(step)).map((s) => s.id),
  ]),
);

/** Scrolls to each step and waits until its chart shows that step's state, within a second. */
async function everyStepShowsItsChart(page: Page): Promise<string[]> {
  const wrong: string[] = [];
  for (const step of STEPS) {
    await scrollStepTo(page, step.id);
    const ok = await page
      .waitForFunction(
        ([id, chart, same]) => {
          const figure = document.querySelector(`[data-chart="${chart}"]`);
          const svg = figure?.querySelector('.chart-body > svg');
          return (
            document.querySelector('[aria-current="step"]')?.id === id &&
            figure?.getAttribute('data-state') === id &&
            // The drawing on screen shows that step's state: a prerendered one or a live one.
            same.includes(svg?.getAttribute('data-prerendered') ?? id)
          );
        },
        [step.id, step.chart, SAME_STATE[step.id]!] as const,
        { timeout: 5000 },
      )
      .then(
        () => true,
        () => false,
      );
    if (!ok) wrong.push(step.id);
  }
  return wrong;
}

describe('the right chart, always', () => {
  it('shows each step’s drawing with the chart code blocked', async () => {
    const { page, errors, requests, close } = await openPage(browser(), {
      viewport: { width: 390, height: 844 },
    });
    await page.route(CHART_CODE, (route) => route.abort());
    await page.goto(site().url);
    expect(await everyStepShowsItsChart(page)).toEqual([]);
    expect(requests.some((u) => CHART_CODE.test(u))).toBe(true);
    // Only prerendered drawings: no live one was ever made.
    expect(await page.locator('.chart-body > svg:not([data-prerendered])').count()).toBeLessThanOrEqual(5);
    expect(unexpected(errors)).toEqual([]);
    await close();
  });

  it('shows each step’s drawing when the reader goes offline after the first paint', async () => {
    const { page, errors, close } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(site().url, { waitUntil: 'domcontentloaded' });
    await page.context().setOffline(true);
    expect(await everyStepShowsItsChart(page)).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
    await close();
  });

  it('tries a failed load again at the next step change, and then draws live', async () => {
    const { page, errors, close } = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    let blocked = true;
    await page.route(CHART_CODE, (route) => (blocked ? route.abort() : route.continue()));
    await page.goto(site().url);
    const [first, second, third] = STEPS.filter((s) => s.chart === STEPS[0]!.chart).slice(0, 3);
    await scrollStepTo(page, second!.id);
    await page.waitForFunction(
      ([id, chart]) => document.querySelector(`[data-chart="${chart}"]`)?.getAttribute('data-state') === id,
      [second!.id, second!.chart],
    );
    // Not drawn live (the load failed): a prerendered drawing of its state (the first step's, kept).
    const shown = `[data-chart="${second!.chart}"] .chart-body > svg`;
    expect(SAME_STATE[second!.id]).toContain(
      (await page.getAttribute(shown, 'data-prerendered')) ?? first!.id,
    );
    expect(await page.getAttribute(shown, 'data-fit')).toBeNull();
    blocked = false;
    await scrollStepTo(page, third!.id);
    await page.waitForFunction(
      ([id, chart]) => {
        const figure = document.querySelector(`[data-chart="${chart}"]`);
        return (
          !!figure &&
          figure.getAttribute('data-state') === id &&
          !figure.querySelector('.chart-body > svg[data-prerendered]')
        );
      },
      [third!.id, third!.chart],
      { timeout: 15_000 },
    );
    expect(first).toBeDefined();
    expect(unexpected(errors)).toEqual([]);
    await close();
  });

  it('opens a single-chart embed at ?step= on that step’s drawing, with its chart code blocked', async () => {
    const { page, errors, close } = await openPage(browser(), {
      viewport: { width: 600, height: 800 },
    });
    await page.route(CHART_CODE, (route) => route.abort());
    const steps = STEPS.filter((s) => s.chart === 'search');
    for (const step of steps) {
      await page.goto(`${site().url}embed/search/?step=${step.id}`);
      await page.waitForFunction(
        (id) => {
          const figure = document.querySelector('[data-chart="search"]');
          const svg = figure?.querySelector('.chart-body > svg');
          return (
            figure?.getAttribute('data-state') === id && (svg?.getAttribute('data-prerendered') ?? id) === id
          );
        },
        step.id,
        { timeout: 5000 },
      );
    }
    expect(unexpected(errors)).toEqual([]);
    await close();
  });
});
