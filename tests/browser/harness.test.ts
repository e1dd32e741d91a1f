/**
 * The browser tests' own helpers, on pages made here (no built site needed): the one table of sizes
 * × editions, the one poll that keeps what the page still shows, and the one wait for a step's state,
 * in its two strengths (a drawing laid out and still, or just the state shown).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../src/content/index.ts';
import { editions, launch, openPage, poll } from './harness.ts';
import { waitForState } from './measure.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A page whose step `current` is current and whose chart `c` shows `shown` in `drawing`. */
async function pageShowing(current: string, shown: string, drawing: string) {
  const watched = await openPage(browser);
  await watched.page.setContent(
    `<section id="${current}" aria-current="step"></section>
     <figure data-chart="c" data-state="${shown}"><div class="chart-body">${drawing}</div></figure>`,
  );
  return watched;
}

const failure = (wait: Promise<void>) =>
  wait.then(
    () => 'resolved',
    (e: Error) => e.message,
  );

describe('editions', () => {
  it('gives each size in turn in every language, in the languages’ order', () => {
    const phone = { width: 320, height: 640 };
    const laptop = { width: 1280, height: 800 };
    expect(editions([phone, laptop])).toEqual([
      ...LANGS.map((lang) => ({ ...phone, lang })),
      ...LANGS.map((lang) => ({ ...laptop, lang })),
    ]);
    expect(LANGS).toEqual(['en', 'es']);
  });
});

describe('poll', () => {
  let watched: Awaited<ReturnType<typeof openPage>>;
  let page: Page;
  beforeAll(async () => {
    watched = await openPage(browser);
    page = watched.page;
  });
  afterAll(() => watched.close());

  it('reads until the report is empty and returns it', async () => {
    let reads = 0;
    expect(await poll(page, async () => (++reads < 3 ? ['still covered'] : []), 60_000)).toEqual([]);
    expect(reads).toBe(3);
    reads = 0;
    expect(await poll(page, async () => (++reads < 2 ? 'moving' : ''), 60_000)).toBe('');
    expect(reads).toBe(2);
  });

  it('returns the last report, not an empty one, when the time is up', async () => {
    expect(await poll(page, async () => ['still covered'], 0)).toEqual(['still covered']);
    expect(await poll(page, async () => 'moving', 0)).toBe('moving');
  });
});

describe('waitForState', () => {
  const prerendered = '<svg data-prerendered="s1"></svg>';
  const fitted = '<svg data-fit></svg>';

  it('waits for a drawing laid out for its box, and names the one shown when the time is up', async () => {
    const { page, close } = await pageShowing('s1', 's1', prerendered);
    expect(await failure(waitForState(page, 's1', 'c', { timeout: 0 }))).toBe(
      's1: current step s1, chart shows s1 (not yet fitted)',
    );
    await close();
  });

  it('waits for the marks to stop moving', async () => {
    const { page, close } = await pageShowing('s1', 's1', '<svg data-fit><g data-moving></g></svg>');
    expect(await failure(waitForState(page, 's1', 'c', { timeout: 0 }))).toBe(
      's1: current step s1, chart shows s1 (moving)',
    );
    await close();
  });

  it('resolves once the step is current and its state is drawn, fitted and still', async () => {
    const { page, close } = await pageShowing('s1', 's1', fitted);
    expect(await failure(waitForState(page, 's1', 'c', { timeout: 0 }))).toBe('resolved');
    // In a frame as in a page (an embed's story).
    expect(await failure(waitForState(page.mainFrame(), 's1', 'c', { timeout: 0 }))).toBe('resolved');
    await close();
  });

  it('with drawn: false, takes the state in any drawing, but still the step and the state', async () => {
    const { page, close } = await pageShowing('s1', 's1', prerendered);
    expect(await failure(waitForState(page, 's1', 'c', { drawn: false, timeout: 0 }))).toBe('resolved');
    await close();
    const other = await pageShowing('s1', 's0', prerendered);
    expect(await failure(waitForState(other.page, 's1', 'c', { drawn: false, timeout: 0 }))).toBe(
      's1: current step s1, chart shows s0',
    );
    await other.close();
    const notCurrent = await pageShowing('s0', 's1', fitted);
    expect(await failure(waitForState(notCurrent.page, 's1', 'c', { drawn: false, timeout: 0 }))).toBe(
      's1: current step s0, chart shows s1',
    );
    await notCurrent.close();
  });
});
