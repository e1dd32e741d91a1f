// Scrolling the whole story with the mouse wheel on a slowed-down CPU: long tasks during load and
// while scrolling, each attributed from a Chromium trace.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LONG_TASK_MS, ROOT, SCROLL_STEP_MS, SCROLL_STEP_PX } from './config.js';
import { idle, load, openPage } from './page.js';
import { longTaskCauses, TASK_TRACE_CATEGORIES } from './trace.js';
import { round, sleep } from './util.js';

/** @typedef {import('playwright-core').Browser} Browser */

/**
 * Loads the page at `viewport` with the CPU slowed down, then scrolls the whole story with the mouse
 * wheel, and sorts long tasks into those during load and those while scrolling.
 * @param {Browser} browser
 * @param {{ width: number, height: number }} viewport
 * @param {string} url
 * @param {string} origin
 */
export async function measureScroll(browser, viewport, url, origin) {
  const { page, scripts, errors, close } = await openPage(browser, viewport, origin);
  let tracing = !process.argv.includes('--no-trace');
  if (tracing) await browser.startTracing(page, { categories: TASK_TRACE_CATEGORIES });
  try {
    const began = Date.now();
    await load(page, url);
    const scriptsAtLoad = new Set(scripts.map((entry) => entry.file));
    const loadMs = Date.now() - began;

    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    const scrollStarted = Date.now();
    await page.evaluate(() => {
      /** @type {any} */ (window).__bench.scrollStart = performance.now();
      performance.mark('bench:scroll-start');
    });
    let steps = 0;
    while (Date.now() - scrollStarted < 60_000) {
      const atEnd = await page.evaluate(
        () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
      );
      if (atEnd) break;
      await page.mouse.wheel(0, SCROLL_STEP_PX);
      await sleep(SCROLL_STEP_MS);
      steps++;
    }
    const scrollMs = Date.now() - scrollStarted;
    await idle(page);

    /** @type {{ tasks: { start: number, duration: number }[], frames: any[], scrollStart: number, height: number, reachedEnd: boolean, longTaskApi: boolean }} */
    const data = await page.evaluate(() => ({
      .../** @type {any} */ (window).__bench,
      height: document.documentElement.scrollHeight,
      reachedEnd: window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
      longTaskApi: PerformanceObserver.supportedEntryTypes.includes('longtask'),
    }));
    const during = (/** @type {boolean} */ scrolling) =>
      data.tasks.filter((task) => task.start >= data.scrollStart === scrolling);
    /** @param {{ start: number, duration: number }[]} tasks */
    const summary = (tasks) => ({
      longestMs: round(Math.max(0, ...tasks.map((task) => task.duration))),
      over50: tasks.filter((task) => task.duration > LONG_TASK_MS).length,
      tasks: tasks.map((task) => ({
        start: round(task.start),
        duration: round(task.duration),
        ...(task.duration > LONG_TASK_MS ? { causes: causeOf(task) } : {}),
      })),
    });
    let causes = null;
    if (tracing) {
      const trace = await browser.stopTracing();
      tracing = false;
      if (process.argv.includes('--save-traces')) {
        await mkdir(join(ROOT, '.bench'), { recursive: true });
        await writeFile(join(ROOT, '.bench', `trace-${viewport.width}x${viewport.height}.json`), trace);
      }
      causes = longTaskCauses(JSON.parse(trace.toString('utf8')), url, origin);
    }
    /** The trace's attribution of the long task that best overlaps `task` (trace and page clocks differ slightly). */
    const causeOf = (/** @type {{ start: number, duration: number }} */ task) => {
      let best = null;
      let overlap = 0;
      for (const cause of causes ?? []) {
        const shared =
          Math.min(task.start + task.duration, cause.start + cause.duration) -
          Math.max(task.start, cause.start);
        if (shared > overlap) [best, overlap] = [cause, shared];
      }
      return best ? best.causes : null;
    };
    const worstFrame = data.frames
      .filter((frame) => frame.start >= data.scrollStart)
      .sort((a, b) => b.duration - a.duration)[0];
    return {
      viewport: `${viewport.width}×${viewport.height}`,
      loadMs,
      scrollMs,
      steps,
      pageHeight: data.height,
      reachedEnd: data.reachedEnd,
      longTaskApi: data.longTaskApi,
      load: summary(during(false)),
      scroll: summary(during(true)),
      worstScrollFrame: worstFrame
        ? {
            durationMs: round(worstFrame.duration),
            blockingMs: round(worstFrame.blocking ?? 0),
            scripts: worstFrame.scripts
              .sort((/** @type {any} */ a, /** @type {any} */ b) => b.duration - a.duration)
              .slice(0, 3)
              .map((/** @type {any} */ s) => ({ ...s, duration: round(s.duration) })),
          }
        : null,
      scriptsAtLoad: [...scriptsAtLoad],
      scriptsWhileScrolling: [
        ...new Set(scripts.map((entry) => entry.file).filter((file) => !scriptsAtLoad.has(file))),
      ],
      errors,
    };
  } finally {
    if (tracing) await browser.stopTracing().catch(() => {});
    await close();
  }
}
