// A page of the served site as the bench opens it: slowed-down CPU, long tasks and frames recorded
// from the start, every dist JS file it requests and its errors.
import { SUB_PATH } from '../serve-static.js';
import { CPU_SLOWDOWN } from './config.js';
import { reason, sleep } from './util.js';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').Page} Page */

/**
 * The dist/-relative path a URL of the served site points to, or null.
 * @param {string} url
 * @param {string} origin
 */
export function distPath(url, origin) {
  const parsed = new URL(url);
  if (parsed.origin !== origin || !parsed.pathname.startsWith(SUB_PATH)) return null;
  const path = decodeURIComponent(parsed.pathname.slice(SUB_PATH.length));
  return path === '' || path.endsWith('/') ? path + 'index.html' : path;
}

/**
 * A fresh context and page at `viewport`, with the CPU slowed down, recording long tasks and long
 * animation frames from before the page's own scripts run, every JS file it requests and its errors.
 * @param {Browser} browser
 * @param {{ width: number, height: number }} viewport
 * @param {string} origin
 */
export async function openPage(browser, viewport, origin) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  /** @type {{ file: string, at: number }[]} */
  const scripts = [];
  /** @type {string[]} */
  const errors = [];
  const started = Date.now();
  page.on('request', (request) => {
    const file = distPath(request.url(), origin);
    if (file?.endsWith('.js')) scripts.push({ file, at: Date.now() - started });
  });
  page.on('pageerror', (error) => errors.push(reason(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript(() => {
    /** @type {{ tasks: { start: number, duration: number }[], frames: unknown[], scrollStart: number }} */
    const bench = { tasks: [], frames: [], scrollStart: Infinity };
    /** @type {any} */ (window).__bench = bench;
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          bench.tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // no long task API: reported as missing
    }
    try {
      new PerformanceObserver((list) => {
        for (const entry of /** @type {any[]} */ (list.getEntries())) {
          bench.frames.push({
            start: entry.startTime,
            duration: entry.duration,
            blocking: entry.blockingDuration,
            scripts: (entry.scripts ?? []).map(
              /** @param {any} s */ (s) => ({
                duration: s.duration,
                invoker: s.invoker,
                source: `${s.sourceURL ?? ''}${s.sourceFunctionName ? ` ${s.sourceFunctionName}` : ''}`,
              }),
            ),
          });
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    } catch {
      // no LoAF API: attribution left out
    }
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { page, scripts, errors, close: () => context.close() };
}

/**
 * Loads the page and waits until it has settled.
 * @param {Page} page
 * @param {string} url
 */
export async function load(page, url) {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
  await idle(page);
}

/**
 * Waits for a quiet main thread: a second with no new long task (at most 8 s), then an idle callback.
 * @param {Page} page
 */
export async function idle(page) {
  const deadline = Date.now() + 8000;
  let seen = -1;
  while (Date.now() < deadline) {
    const count = await page.evaluate(() => /** @type {any} */ (window).__bench?.tasks.length ?? 0);
    if (count === seen) break;
    seen = count;
    await sleep(1000);
  }
  await page.evaluate(
    () => new Promise((done) => requestIdleCallback(() => done(undefined), { timeout: 3000 })),
  );
}
