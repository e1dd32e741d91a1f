// The bench's settings: where it writes, how it loads the page, and the targets it reports against.
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUT = join(ROOT, '.bench', 'results.json');
export const HOST = '127.0.0.1';
export const KB = 1024;
export const CPU_SLOWDOWN = 4;
export const MOBILE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
export const SCROLL_STEP_PX = 300;
export const SCROLL_STEP_MS = 50;
export const LONG_TASK_MS = 50;
/** A reader's scrolling speed, in wheel steps this often, and the longest a reader run may take. */
export const READER_PX_PER_S = 600;
export const READER_TICK_MS = 50;
export const READER_MAX_MS = 100_000;
/** The right chart within a frame or two of the step change: the prerendered drawing needs no code. */
export const READER_LAG_TARGET_MS = 100;
export const LIGHTHOUSE_TIMEOUT_MS = 150_000;
export const BENCH_TIMEOUT_MS = 540_000;

export const TARGETS = {
  jsBeforePaintKB: 0,
  jsTotalKB: 170,
  scrollTaskMs: LONG_TASK_MS,
  /** @type {Record<string, number>} */
  lighthouse: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 },
};
