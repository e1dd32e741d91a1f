// Scrolling as a reader does: the mouse wheel at a steady 600 px/s on a phone with the CPU slowed
// down, starting either 1 s after the load event or as soon as the DOM is ready, without waiting for
// a quiet page. For every step change it measures the lag until the chart beside the text shows that
// step's state on screen (the frame after `data-state` changes), and counts long tasks and dropped
// frames while scrolling.
import { READER_MAX_MS, READER_PX_PER_S, READER_TICK_MS } from './config.js';
import { openPage } from './page.js';
import { round, sleep } from './util.js';

/** @typedef {import('playwright-core').Browser} Browser */

/** @param {number[]} values @param {number} q */
function quantile(values, q) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
}

/**
 * @param {Browser} browser
 * @param {{ width: number, height: number }} viewport
 * @param {string} url
 * @param {string} origin
 * @param {'load+1s' | 'domcontentloaded'} start
 */
export async function measureReader(browser, viewport, url, origin, start) {
  const { page, errors, close } = await openPage(browser, viewport, origin);
  try {
    // Step changes and chart states as the page shows them, timed at the frame that paints them.
    await page.addInitScript(() => {
      /** @type {{ changes: { step: string, chart: string | null, at: number }[], shown: { chart: string, state: string, at: number }[], frames: number[] }} */
      const reader = { changes: [], shown: [], frames: [] };
      /** @type {any} */ (window).__reader = reader;
      const painted = (/** @type {(at: number) => void} */ record) =>
        requestAnimationFrame(() => requestAnimationFrame((at) => record(at)));
      new MutationObserver((records) => {
        for (const r of records) {
          const el = /** @type {HTMLElement} */ (r.target);
          if (r.attributeName === 'aria-current' && el.getAttribute('aria-current') === 'step') {
            const chart =
              el.closest('.chapter')?.querySelector('[data-chart]')?.getAttribute('data-chart') ?? null;
            const step = el.id;
            painted((at) => reader.changes.push({ step, chart, at }));
          }
          if (r.attributeName === 'data-state') {
            const chart = el.getAttribute('data-chart') ?? '';
            const state = el.getAttribute('data-state') ?? '';
            painted((at) => reader.shown.push({ chart, state, at }));
          }
        }
      }).observe(document, {
        subtree: true,
        attributes: true,
        attributeFilter: ['aria-current', 'data-state'],
      });
      // The states the page opens with (prerendered), as shown from the start.
      document.addEventListener('DOMContentLoaded', () => {
        for (const el of document.querySelectorAll('[data-chart]')) {
          reader.shown.push({
            chart: el.getAttribute('data-chart') ?? '',
            state: el.getAttribute('data-state') ?? '',
            at: 0,
          });
        }
      });
      const tick = (/** @type {number} */ at) => {
        reader.frames.push(at);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.goto(url, {
      waitUntil: start === 'domcontentloaded' ? 'domcontentloaded' : 'load',
      timeout: 60_000,
    });
    if (start === 'load+1s') await sleep(1000);
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    const scrollStart = await page.evaluate(() => performance.now());
    const px = (READER_PX_PER_S * READER_TICK_MS) / 1000;
    const began = Date.now();
    while (Date.now() - began < READER_MAX_MS) {
      await page.mouse.wheel(0, px);
      await sleep(READER_TICK_MS);
      const atEnd = await page.evaluate(
        () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
      );
      if (atEnd) break;
    }
    const reachedEnd = await page.evaluate(
      () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
    );
    // Time for the last change to be drawn.
    await sleep(2000);
    const scrollEnd = await page.evaluate(() => performance.now());
    /** @type {{ changes: { step: string, chart: string | null, at: number }[], shown: { chart: string, state: string, at: number }[], frames: number[], tasks: { start: number, duration: number }[] }} */
    const data = await page.evaluate(() => ({
      .../** @type {any} */ (window).__reader,
      tasks: /** @type {any} */ (window).__bench.tasks,
    }));

    // The lag of each step change: until its chart shows that step (null when it never did before
    // the next change of the same chart, or the end).
    const lags = data.changes.map((change, i) => {
      const next = data.changes.slice(i + 1).find((c) => c.chart === change.chart)?.at ?? Infinity;
      const before = data.shown.filter((s) => s.chart === change.chart && s.at <= change.at).at(-1);
      if (before?.state === change.step) return { step: change.step, lagMs: 0 };
      const shown = data.shown.find(
        (s) => s.chart === change.chart && s.state === change.step && s.at > change.at,
      );
      return { step: change.step, lagMs: shown && shown.at < next ? round(shown.at - change.at) : null };
    });
    const measured = lags.flatMap((l) => (l.lagMs === null ? [] : [l.lagMs]));

    // Dropped frames: gaps between animation frames beyond one display frame, while scrolling.
    const frames = data.frames.filter((at) => at >= scrollStart && at <= scrollEnd);
    const intervals = frames.slice(1).map((at, i) => at - (frames[i] ?? at));
    const frameMs = quantile(intervals, 0.1) ?? 16.7;
    const dropped = intervals.reduce((sum, gap) => sum + Math.max(0, Math.round(gap / frameMs) - 1), 0);
    const scrollTasks = data.tasks.filter((t) => t.start >= scrollStart && t.start <= scrollEnd);
    return {
      viewport: `${viewport.width}×${viewport.height}`,
      start,
      pxPerSecond: READER_PX_PER_S,
      reachedEnd,
      stepChanges: lags.length,
      neverShown: lags.filter((l) => l.lagMs === null).map((l) => l.step),
      firstLagMs: lags[0]?.lagMs ?? null,
      lagMs: { median: quantile(measured, 0.5), p90: quantile(measured, 0.9), max: quantile(measured, 1) },
      lags,
      longTasks: {
        count: scrollTasks.filter((t) => t.duration > 50).length,
        totalMs: round(scrollTasks.reduce((sum, t) => sum + t.duration, 0)),
      },
      frames: {
        painted: frames.length,
        dropped,
        droppedShare: round((100 * dropped) / Math.max(1, frames.length + dropped)),
      },
      errors,
    };
  } finally {
    await close();
  }
}
