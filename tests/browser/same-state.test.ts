/**
 * A step that shows the state already drawn changes nothing on screen (review r14 S2): the chart's
 * drawing stays the same node, its text where it was, even once the chart code has drawn that state
 * for the box; the next step whose state differs changes the chart. In the story embed's stepper,
 * where the chart code loads at the reader's first step (its first chapter opens on the prerendered
 * drawing, and a chapter reached before its live drawing was made keeps the prerendered one until its
 * state changes), and on the story page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { stateKey, STEPS } from '../../src/lib/story/steps.ts';
import { browserAndSite, openPage, scrollStepTo } from './harness.ts';
import { waitForState } from './measure.ts';
import { stepperAt, stepThrough } from './stepper-states.ts';

const { browser, site } = browserAndSite();

/** The scripts of the chart code: the story page's chunks and the embed's one script. */
const CHART_CODE = /\/(assets\/(render|data|bundled)-[\w-]+\.js|embed\/assets\/charts-[\w-]+\.js)$/;

/** The story's first step, its `-2` continuation (the same state) and the step after (another state). */
const [first, same, other] = STEPS;
if (!first || !same || !other || same.continues !== first.id || stateKey(other) === stateKey(first))
  throw new Error('same-state.test.ts: the story no longer opens with a passage of two cards');

/** The second chapter's first step, its `-2` continuation (the same state) and its first new state. */
const arrival = STEPS.findIndex((s) => s.chapter !== first.chapter);
const opening = STEPS[arrival]!;
const opening2 = STEPS[arrival + 1]!;
const change = STEPS.findIndex((s, i) => i > arrival && stateKey(s) !== stateKey(opening));
if (opening2.continues !== opening.id || STEPS[change]?.chapter !== opening.chapter)
  throw new Error('same-state.test.ts: the second chapter no longer opens with a passage of two cards');

/**
 * The drawing on screen in the chart of `chart`: held on to in the page (`window.kept`) when
 * `hold`, and with each text line's box, rounded to 0.1 px; `same` tells whether it is the one held.
 */
function onScreen(page: Page, hold: boolean, chart: string) {
  return page.evaluate(
    ([c, keep]) => {
      const w = window as unknown as { kept?: SVGSVGElement };
      const svg = [...document.querySelectorAll<SVGSVGElement>(`[data-chart="${c}"] .chart-body > svg`)].find(
        (s) => s.getBoundingClientRect().width > 0 && getComputedStyle(s).visibility !== 'hidden',
      );
      if (!svg) throw new Error(`no drawing on screen in the ${c} chart`);
      if (keep) w.kept = svg;
      const r = (n: number) => Math.round(n * 10) / 10;
      const box = svg.getBoundingClientRect();
      return {
        box: `${r(box.x)},${r(box.y)} ${r(box.width)}x${r(box.height)}`,
        same: w.kept === svg,
        state: svg.closest('[data-chart]')!.getAttribute('data-state'),
        live: svg.hasAttribute('data-fit'),
        texts: [...svg.querySelectorAll('text')]
          .map((t) => t.getBoundingClientRect())
          .filter((b) => b.width > 0)
          .map((b) => `${r(b.x)},${r(b.y)} ${r(b.width)}x${r(b.height)}`),
      };
    },
    [chart, hold] as const,
  );
}

/**
 * Waits until the chart code has drawn `id`'s state (the loader's `charts: draw` measure) and two
 * frames have passed: time for the drawing made for a chart's box to replace the one on screen, if it
 * were going to. Chapters' charts are drawn for their boxes first of all, so this is soon.
 */
async function afterDrawn(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (step) => performance.getEntriesByName(`charts: draw ${step}`).length > 0,
    id,
    // Polled by a timer: polling every frame would leave the loader no long idle period to draw in.
    { timeout: 20_000, polling: 100 },
  );
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );
}

const SIZES = [
  [680, 1015],
  [360, 740],
] as const;

describe('a step to the state already shown', () => {
  it.each(SIZES)(
    'leaves the story embed’s first drawing as it is at %i×%i px, even once the chart code has drawn it for the box; the next state replaces it',
    async (width, height) => {
      const { page, errors, close } = await openPage(browser(), { viewport: { width, height } });
      await page.goto(`${site().url}embed/`);
      await stepperAt(page, first.id);
      const before = await onScreen(page, true, first.chart);
      expect(before.live, 'the first step’s drawing is the prerendered one').toBe(false);

      await stepThrough(page, [same]);
      // The chart code loads once the reader steps, and draws the first chapter's chart for its box.
      await afterDrawn(page, first.id);
      const after = await onScreen(page, false, first.chart);
      expect(after.same, `${same.id}: the same drawing`).toBe(true);
      expect(after.texts, `${same.id}: its text where it was`).toEqual(before.texts);

      await page.getByRole('button', { name: 'Next' }).click();
      await waitForState(page, other.id, other.chart);
      const next = await onScreen(page, false, other.chart);
      expect(next.state).toBe(other.id);
      expect(next.live, `${other.id}: another state, drawn by the chart code`).toBe(true);
      // Drawn in the layout on screen (review r16): the chart is not laid out again at the change.
      expect(next.box, `${other.id}: the drawing where it was, as large`).toBe(before.box);

      // And back: the first state as the reader first saw it.
      await page.getByRole('button', { name: 'Previous' }).click();
      await waitForState(page, same.id, same.chart);
      const back = await onScreen(page, false, first.chart);
      expect(back.box, `${same.id} again: the drawing where it was`).toBe(before.box);
      // Within a pixel: the chart code's drawing sets its text a fraction of a pixel off the prerendered one's.
      expect(back.texts.length, `${same.id} again: its texts`).toBe(before.texts.length);
      back.texts.forEach((t, i) => {
        const [a, b] = [t, before.texts[i]!].map((x) => x.split(/[ ,x]/).map(Number));
        const off = Math.max(...a!.map((n, k) => Math.abs(n - b![k]!)));
        expect(off, `${same.id} again: '${t}' where it was ('${before.texts[i]}')`).toBeLessThanOrEqual(1);
      });
      expect(errors).toEqual([]);
      await close();
    },
  );

  it.each(SIZES)(
    'at %i×%i px, a chapter the reader reaches before its drawing for the box is made keeps the prerendered one until its state changes',
    async (width, height) => {
      const { page, errors, close } = await openPage(browser(), { viewport: { width, height } });
      // The chart code is held back until the reader has reached the second chapter.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(CHART_CODE, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${site().url}embed/`);
      await stepperAt(page, first.id);
      await stepThrough(page, STEPS.slice(1, arrival + 1));
      const before = await onScreen(page, true, opening.chart);
      expect(before.live, `${opening.id}: prerendered while the chart code is held back`).toBe(false);

      release();
      // The code loads and draws the second chapter's chart for its box: it must not replace the drawing.
      await afterDrawn(page, opening.id);
      let now = await onScreen(page, false, opening.chart);
      expect(now.same, `${opening.id}: the same drawing once the code has drawn it for the box`).toBe(true);
      expect(now.texts, `${opening.id}: its text where it was`).toEqual(before.texts);

      await stepThrough(page, [opening2]);
      now = await onScreen(page, false, opening.chart);
      expect(now.same, `${opening2.id}: the same drawing`).toBe(true);
      expect(now.texts, `${opening2.id}: its text where it was`).toEqual(before.texts);

      await stepThrough(page, STEPS.slice(arrival + 2, change + 1));
      const changed = STEPS[change]!;
      await waitForState(page, changed.id, changed.chart);
      const drawn = await onScreen(page, false, changed.chart);
      expect(drawn.live, `${changed.id}: drawn by the chart code`).toBe(true);
      expect(drawn.box, `${changed.id}: in the layout on screen, where it was`).toBe(before.box);
      expect(errors).toEqual([]);
      await close();
    },
  );

  it.each(SIZES)(
    'at %i×%i px, a chapter drawn for its box while hidden shows that drawing when the reader reaches it, and keeps it at its next card',
    async (width, height) => {
      const { page, errors, close } = await openPage(browser(), { viewport: { width, height } });
      await page.goto(`${site().url}embed/`);
      await stepperAt(page, first.id);
      await stepThrough(page, [same]);
      // The second chapter, hidden, gets its drawing for its box.
      await page.waitForSelector(`[data-chart="${opening.chart}"] .chart-body > svg[data-fit]`, {
        state: 'attached',
        timeout: 20_000,
      });
      await stepThrough(page, STEPS.slice(2, arrival + 1));
      const before = await onScreen(page, true, opening.chart);
      expect(before.live, `${opening.id}: the drawing made for its box`).toBe(true);
      await stepThrough(page, [opening2]);
      const after = await onScreen(page, false, opening.chart);
      expect(after.same, `${opening2.id}: the same drawing`).toBe(true);
      expect(after.texts, `${opening2.id}: its text where it was`).toEqual(before.texts);
      expect(errors).toEqual([]);
      await close();
    },
  );

  it.each([390, 1280])('leaves the story page’s drawing as it is at %i px', async (width) => {
    const { page, errors, close } = await openPage(browser(), { viewport: { width, height: 844 } });
    await page.goto(site().url);
    await scrollStepTo(page, first.id);
    await waitForState(page, first.id, first.chart);
    const before = await onScreen(page, true, first.chart);

    await scrollStepTo(page, same.id);
    await waitForState(page, same.id, same.chart);
    const after = await onScreen(page, false, first.chart);
    expect(after.same, `${same.id}: the same drawing`).toBe(true);
    expect(after.texts, `${same.id}: its text where it was`).toEqual(before.texts);

    await scrollStepTo(page, other.id);
    await waitForState(page, other.id, other.chart);
    expect((await onScreen(page, false, other.chart)).state).toBe(other.id);
    expect(errors).toEqual([]);
    await close();
  });
});
