// `npm run bench`: measures what the built story costs a reader. Not a test: it prints each metric
// against its target (✓/✗) and writes .bench/results.json, and exits 0 whatever the numbers are (1 only
// when it cannot run at all, e.g. the build fails).
//
//   node scripts/bench.js [--build]     --build rebuilds dist/ first (it is built anyway when missing)
//
//   node scripts/bench.js --no-lighthouse   skips Lighthouse (quicker, for iterating on the scroll numbers)
//   node scripts/bench.js --save-traces     also writes the scroll runs' Chromium traces to .bench/
//   node scripts/bench.js --no-trace        no trace during the scroll runs (no attribution of long tasks)
//
// Every measurement uses the built site served from dist/ under the newsroom sub-path on 127.0.0.1,
// without compression (byte counts are gzip -9 of the files themselves), except Lighthouse, which
// is served the way a static host serves it: compressed, with long cache headers for hashed assets.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { serve, SUB_PATH } from './serve-static.js';
import { CHROME, CHROMIUM_FLAGS } from './chromium.js';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').Page} Page */

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, '.bench', 'results.json');
const HOST = '127.0.0.1';
const KB = 1024;
const CPU_SLOWDOWN = 4;
const MOBILE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const SCROLL_STEP_PX = 300;
const SCROLL_STEP_MS = 50;
const LONG_TASK_MS = 50;
const LIGHTHOUSE_TIMEOUT_MS = 150_000;
const BENCH_TIMEOUT_MS = 290_000;

const TARGETS = {
  jsBeforePaintKB: 0,
  jsTotalKB: 170,
  scrollTaskMs: LONG_TASK_MS,
  /** @type {Record<string, number>} */
  lighthouse: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 },
};

/** Things to undo at the end, last first: servers, browsers, temp dirs. */
/** @type {(() => Promise<unknown>)[]} */
const cleanups = [];

async function cleanUp() {
  while (cleanups.length) {
    const undo = cleanups.pop();
    await undo?.().catch(() => {});
  }
}

/** @param {unknown} error */
const reason = (error) => (error instanceof Error ? error.message.split('\n')[0] : String(error)) ?? '';

/** @param {number} bytes */
const kb = (bytes) => bytes / KB;

/** @param {number} ms */
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Rejects after `ms` unless `promise` settles first.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
function within(promise, ms, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout]).finally(() => clearTimeout(timer)));
}

// ---------------------------------------------------------------------------------------------------
// Build and bytes

/** @param {string[]} args */
function run(args) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done(undefined) : fail(new Error(`${args.join(' ')} exited ${code}`)),
    );
  });
}

/**
 * Every file under `dir`, as paths relative to it with "/" separators.
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
async function walk(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * @typedef {object} FileSize
 * @property {string} file path relative to dist/
 * @property {string} type js | css | html
 * @property {number} raw bytes
 * @property {number} gzip bytes, gzip -9
 */

/** @returns {Promise<FileSize[]>} */
async function measureBytes() {
  /** @type {FileSize[]} */
  const sizes = [];
  for (const file of await walk(DIST)) {
    const type = extname(file).slice(1).toLowerCase();
    if (!['js', 'css', 'html'].includes(type)) continue;
    const bytes = await readFile(join(DIST, file));
    sizes.push({ file, type, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return sizes;
}

// ---------------------------------------------------------------------------------------------------
// Browser measurements (Playwright)

/**
 * The dist/-relative path a URL of the served site points to, or null.
 * @param {string} url
 * @param {string} origin
 */
function distPath(url, origin) {
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
async function openPage(browser, viewport, origin) {
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
async function load(page, url) {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
  await idle(page);
}

/**
 * Waits for a quiet main thread: a second with no new long task (at most 8 s), then an idle callback.
 * @param {Page} page
 */
async function idle(page) {
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

/**
 * First paint and the JS around it: which dist JS files were fetched before FCP (resource timing) and
 * which started executing before the frame that FCP presented was painted (from a Chromium trace).
 * @param {Browser} browser
 * @param {string} url
 * @param {string} origin
 * @param {Map<string, FileSize>} sizes
 */
async function measureFirstPaint(browser, url, origin, sizes) {
  const { page, scripts, errors, close } = await openPage(browser, MOBILE, origin);
  try {
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'loading',
        'blink.user_timing',
      ],
    });
    let tracing = true;
    try {
      await load(page, url);
      const trace = await browser.stopTracing();
      tracing = false;
      const timing = await page.evaluate(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint', 'paint')[0];
        return {
          fcp: fcp?.startTime ?? null,
          // The main-thread paint of the frame FCP presented (Chromium ≥ 134); null where missing.
          paintTime: /** @type {any} */ (fcp)?.paintTime ?? null,
          resources: performance.getEntriesByType('resource').map((entry) => ({
            name: entry.name,
            initiatorType: /** @type {PerformanceResourceTiming} */ (entry).initiatorType,
            responseEnd: /** @type {PerformanceResourceTiming} */ (entry).responseEnd,
          })),
        };
      });
      if (timing.fcp === null) throw new Error('the page reported no first-contentful-paint');
      const fcp = timing.fcp;
      const paintedAt = timing.paintTime ?? fcp;

      const fetched = timing.resources
        .map((entry) => ({ ...entry, file: distPath(entry.name, origin) }))
        .filter((entry) => entry.file?.endsWith('.js') && entry.responseEnd <= fcp)
        .map((entry) => ({
          file: /** @type {string} */ (entry.file),
          initiatorType: entry.initiatorType,
          responseEnd: round(entry.responseEnd),
          gzip: sizes.get(/** @type {string} */ (entry.file))?.gzip ?? 0,
        }));

      const firstRun = firstExecutions(JSON.parse(trace.toString('utf8')), url, origin);
      const executed = firstRun
        ? [...firstRun]
            .filter(([, at]) => at < paintedAt)
            .map(([file, at]) => ({ file, startedAt: round(at), gzip: sizes.get(file)?.gzip ?? 0 }))
        : null;
      return {
        fcpMs: round(fcp),
        paintedAtMs: round(paintedAt),
        firstJsExecutionMs: firstRun?.size ? round(Math.min(...firstRun.values())) : null,
        fetchedBeforeFcp: fetched,
        fetchedBeforeFcpGzip: fetched.reduce((sum, entry) => sum + entry.gzip, 0),
        executedBeforeFcp: executed,
        executedBeforeFcpGzip: executed ? executed.reduce((sum, entry) => sum + entry.gzip, 0) : null,
        requested: scripts,
        errors,
      };
    } finally {
      if (tracing) await browser.stopTracing().catch(() => {});
    }
  } finally {
    await close();
  }
}

/**
 * When each dist JS file first started running, in ms from the page's navigation start, from trace
 * events that name the script (module/classic script evaluation, callbacks). Null if the trace has no
 * navigation start for the page.
 * @param {{ traceEvents?: any[] } | any[]} trace
 * @param {string} url
 * @param {string} origin
 * @returns {Map<string, number> | null}
 */
function firstExecutions(trace, url, origin) {
  /** @type {any[]} */
  const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
  const navigations = events.filter(
    (event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL === url,
  );
  const start = navigations.at(-1)?.ts;
  if (typeof start !== 'number') return null;
  /** @type {Map<string, number>} */
  const first = new Map();
  for (const event of events) {
    if (typeof event.ts !== 'number' || event.ts < start) continue;
    let scriptUrl;
    if (event.name === 'AnimationFrame::Script::Execute' && event.ph === 'b') {
      scriptUrl = event.args?.animation_frame_script_timing_info?.source_location_url;
    } else if (['EvaluateScript', 'FunctionCall', 'v8.evaluateModule', 'TimerFire'].includes(event.name)) {
      scriptUrl = event.args?.data?.url;
    }
    if (typeof scriptUrl !== 'string' || !scriptUrl) continue;
    const file = distPath(scriptUrl, origin);
    if (!file?.endsWith('.js')) continue;
    const at = (event.ts - start) / 1000;
    if (!first.has(file) || at < /** @type {number} */ (first.get(file))) first.set(file, at);
  }
  return first;
}

/** @param {number} value */
const round = (value) => Math.round(value * 10) / 10;

/**
 * Loads the page at `viewport` with the CPU slowed down, then scrolls the whole story with the mouse
 * wheel, and sorts long tasks into those during load and those while scrolling.
 * @param {Browser} browser
 * @param {{ width: number, height: number }} viewport
 * @param {string} url
 * @param {string} origin
 */
async function measureScroll(browser, viewport, url, origin) {
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

/** Trace categories for attributing long tasks: tasks, script runs, style/layout/paint, GC. */
const TASK_TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
];

/** Trace events that start running a script, and how to name them. */
const JS_ENTRIES = new Map([
  ['EvaluateScript', 'evaluate'],
  ['v8.evaluateModule', 'evaluate module'],
  ['FunctionCall', 'call'],
  ['TimerFire', 'timer'],
  ['FireIdleCallback', 'idle callback'],
  ['FireAnimationFrame', 'animation frame'],
  ['EventDispatch', 'event'],
  ['RunMicrotasks', 'microtasks'],
  ['v8.run', 'microtasks'],
]);

/** Browser work that is not a script, by trace event name. */
const WORK = new Map([
  ['UpdateLayoutTree', 'style recalc'],
  ['RecalculateStyles', 'style recalc'],
  ['Layout', 'layout'],
  ['PrePaint', 'paint'],
  ['Paint', 'paint'],
  ['PaintImage', 'paint'],
  ['Layerize', 'paint'],
  ['UpdateLayer', 'paint'],
  ['Commit', 'paint'],
  ['ParseHTML', 'parse HTML'],
  ['ParseAuthorStyleSheet', 'parse CSS'],
  ['MinorGC', 'GC'],
  ['MajorGC', 'GC'],
  ['V8.GC_SCAVENGER', 'GC'],
  ['V8.GC_MARK_COMPACTOR', 'GC'],
  ['BlinkGC.AtomicPhase', 'GC'],
  ['v8.compile', 'compile'],
  ['v8.compileModule', 'compile'],
  ['V8.CompileCode', 'compile'],
  ['v8.parseOnBackground', 'compile'],
  ['HitTest', 'hit test'],
  ['ScrollLayer', 'scroll'],
]);

/**
 * Every main-thread task of the page over LONG_TASK_MS in a Chromium trace, with where its time went:
 * self time summed per script (entry kind, dist file, function) and per kind of browser work (style
 * recalc, layout, paint, GC, compile…), largest first. Times in ms from the page's navigation start.
 * Null if the trace has no navigation start for the page.
 * @param {{ traceEvents?: any[] } | any[]} trace
 * @param {string} url
 * @param {string} origin
 * @returns {{ start: number, duration: number, causes: string[] }[] | null}
 */
function longTaskCauses(trace, url, origin) {
  /** @type {any[]} */
  const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
  const nav = events
    .filter((event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL === url)
    .at(-1);
  if (typeof nav?.ts !== 'number') return null;
  const { pid, tid, ts: zero } = nav;
  // The page's own User Timing measures (the chart loader names its pieces of work `charts: …`).
  /** @type {{ name: string, start: number, end: number }[]} */
  const measures = [];
  /** @type {Map<string, number>} */
  const begun = new Map();
  for (const event of events) {
    if (event.pid !== pid || !String(event.cat).includes('blink.user_timing')) continue;
    if (!String(event.name).startsWith('charts: ')) continue;
    const key = `${event.name}:${event.id ?? event.id2?.local ?? ''}`;
    if (event.ph === 'b') begun.set(key, event.ts);
    else if (event.ph === 'e' && begun.has(key)) {
      measures.push({
        name: event.name.slice(8),
        start: /** @type {number} */ (begun.get(key)),
        end: event.ts,
      });
      begun.delete(key);
    }
  }
  const main = events
    .filter(
      (event) => event.pid === pid && event.tid === tid && event.ph === 'X' && typeof event.dur === 'number',
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = main.filter(
    (event) =>
      (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask') &&
      event.dur > LONG_TASK_MS * 1000,
  );
  /** @param {any} event */
  const scriptOf = (event) => {
    const data = event.args?.data ?? {};
    const file = typeof data.url === 'string' && data.url ? (distPath(data.url, origin) ?? data.url) : '';
    const what =
      event.name === 'EventDispatch'
        ? `${JS_ENTRIES.get(event.name)} ${data.type ?? ''}`
        : JS_ENTRIES.get(event.name);
    return [what, file, data.functionName].filter(Boolean).join(' ');
  };
  /** @type {{ start: number, duration: number, causes: string[] }[]} */
  const found = [];
  let from = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur;
    while (from < main.length && main[from].ts < task.ts) from++;
    /** @type {Map<string, number>} */
    const self = new Map();
    /** @type {{ event: any, end: number, label: string, child: number }[]} */
    const stack = [];
    const close = () => {
      const done = /** @type {{ event: any, end: number, label: string, child: number }} */ (stack.pop());
      self.set(done.label, (self.get(done.label) ?? 0) + done.event.dur - done.child);
    };
    for (let i = from; i < main.length && main[i].ts < end; i++) {
      const event = main[i];
      while (stack.length && event.ts >= /** @type {any} */ (stack.at(-1)).end) close();
      const parent = stack.at(-1);
      if (parent) parent.child += event.dur;
      let label = WORK.get(event.name);
      if (!label && JS_ENTRIES.has(event.name)) {
        label = scriptOf(event);
        // A microtask checkpoint or an event takes the name of the script that runs in it, when known.
      } else if (!label) {
        label = parent ? parent.label : 'other';
      }
      if (!parent && event === task) label = 'task (unattributed)';
      stack.push({ event, end: event.ts + event.dur, label, child: 0 });
    }
    while (stack.length) close();
    const causes = [...self]
      .filter(([, us]) => us >= 1000)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([label, us]) => `${label} ${Math.round(us / 1000)} ms`);
    const named = measures
      .filter((m) => m.start < end && m.end > task.ts && m.end - m.start >= 1000)
      .map((m) => `${m.name} ${Math.round((m.end - m.start) / 1000)} ms`);
    if (named.length) causes.push(`[chart loader: ${named.join(', ')}]`);
    found.push({ start: round((task.ts - zero) / 1000), duration: round(task.dur / 1000), causes });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------
// Lighthouse

/**
 * Starts Chromium with a DevTools port (chosen by Chromium, read back from its stderr) and a fresh
 * profile; registers its shutdown.
 * @returns {Promise<number>} the port
 */
async function startDebuggableChrome() {
  const profile = await mkdtemp(join(tmpdir(), 'bench-chrome-'));
  cleanups.push(() => rm(profile, { recursive: true, force: true }));
  const child = spawn(
    CHROME,
    [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  cleanups.push(async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const exited = new Promise((done) => child.once('exit', done));
    const pid = child.pid;
    const signal = (/** @type {NodeJS.Signals} */ name) => {
      try {
        process.kill(-pid, name); // the browser and the helper processes it started
      } catch {
        // already gone
      }
    };
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  });
  return within(
    new Promise((done, fail) => {
      let text = '';
      child.on('error', fail);
      child.on('exit', (code) => fail(new Error(`chromium exited (${code}): ${text.trim().slice(-300)}`)));
      child.stderr?.on('data', (chunk) => {
        text += chunk;
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
        if (match) done(Number(match[1]));
      });
    }),
    20_000,
    'starting chromium for lighthouse',
  );
}

/** @param {string} url */
async function measureLighthouse(url) {
  const port = await startDebuggableChrome();
  const result = await within(
    lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(TARGETS.lighthouse),
    }),
    LIGHTHOUSE_TIMEOUT_MS,
    'lighthouse',
  );
  const lhr = result?.lhr;
  if (!lhr) throw new Error('lighthouse returned no report');
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  /** @type {Record<string, { score: number | null, failing: { id: string, title: string, score: number | null, value?: string, items: string[] }[] }>} */
  const categories = {};
  for (const [id, category] of Object.entries(lhr.categories)) {
    const failing = [];
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null) continue;
      if (['manual', 'informative', 'notApplicable', 'error'].includes(audit.scoreDisplayMode)) continue;
      // Weighted metrics count against the score below 1; other performance audits are flagged the way
      // Lighthouse's report flags them (below 0.9); in the other categories every audit is pass/fail.
      const bar = id === 'performance' && !(ref.group === 'metrics' && ref.weight > 0) ? 0.9 : 1;
      if (audit.score >= bar) continue;
      failing.push({
        id: ref.id,
        title: audit.title,
        score: audit.score,
        ...(audit.displayValue ? { value: audit.displayValue } : {}),
        items: describeItems(audit.details),
      });
    }
    categories[id] = { score: category.score === null ? null : Math.round(category.score * 100), failing };
  }
  /** @type {Record<string, string | undefined>} */
  const metrics = {};
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ]) {
    metrics[id] = lhr.audits[id]?.displayValue;
  }
  return {
    version: lhr.lighthouseVersion,
    formFactor: lhr.configSettings.formFactor,
    warnings: lhr.runWarnings,
    metrics,
    categories,
  };
}

/**
 * What the static-host server sent Lighthouse: the encodings and Cache-Control values, by file type.
 * @param {import('./serve-static.js').Served[]} served
 */
function describeServed(served) {
  /** @type {Map<string, { files: Set<string>, encodings: Set<string>, cache: Set<string>, bytes: number }>} */
  const byType = new Map();
  for (const response of served) {
    const type = extname(response.path).slice(1).toLowerCase() || 'html';
    const entry = byType.get(type) ?? { files: new Set(), encodings: new Set(), cache: new Set(), bytes: 0 };
    entry.files.add(response.path);
    entry.encodings.add(response.encoding);
    entry.cache.add(response.cacheControl);
    entry.bytes += response.bytes;
    byType.set(type, entry);
  }
  return [...byType].map(([type, entry]) => ({
    type,
    files: entry.files.size,
    encodings: [...entry.encodings],
    cacheControl: [...entry.cache],
    bytesSent: entry.bytes,
  }));
}

/**
 * Up to three items of an audit's table, each boiled down to a short string (a node's selector and
 * snippet, a URL, a text).
 * @param {any} details
 * @returns {string[]}
 */
function describeItems(details) {
  /** @type {any[]} */
  const items = Array.isArray(details?.items) ? details.items : [];
  return items.slice(0, 3).map((item) => {
    const node = item.node ?? item.source ?? (item.subItems?.items?.[0]?.relatedNode || undefined);
    const parts = [];
    if (node?.selector) parts.push(node.selector);
    if (node?.snippet) parts.push(node.snippet);
    if (item.url) parts.push(item.url);
    for (const key of ['selector', 'fontSize', 'coverage', 'description', 'text']) {
      const value = item[key];
      if (typeof value === 'string' || typeof value === 'number') parts.push(`${key}: ${value}`);
    }
    if (typeof item.statistic === 'string')
      parts.push(`${item.statistic}: ${item.value?.value ?? item.value}`);
    const text = parts.join(' | ') || JSON.stringify(item);
    return text.replace(/\s+/g, ' ').slice(0, 220);
  });
}

// ---------------------------------------------------------------------------------------------------
// Report

/**
 * @param {boolean | null} ok
 * @param {string} label
 * @param {string} value
 * @param {string} target
 */
function row(ok, label, value, target) {
  const mark = ok === null ? '·' : ok ? '✓' : '✗';
  return `  ${mark} ${label.padEnd(58)} ${value.padStart(12)}   ${target}`;
}

/** @param {number} bytes */
const fmtKB = (bytes) => `${kb(bytes).toFixed(1)} KB`;

async function main() {
  const started = Date.now();
  const forceBuild = process.argv.includes('--build');
  if (forceBuild || !existsSync(join(DIST, 'index.html'))) {
    console.log(forceBuild ? 'Building (--build)…' : 'dist/ is missing: building…');
    await run([join(ROOT, 'scripts', 'build.js')]);
  }

  /** @type {Record<string, any>} */
  const results = { date: new Date().toISOString(), url: null, targets: TARGETS };
  const sizes = await measureBytes();
  const byFile = new Map(sizes.map((size) => [size.file, size]));
  /** @type {Record<string, { raw: number, gzip: number, files: number }>} */
  const totals = {};
  for (const size of sizes) {
    const total = (totals[size.type] ??= { raw: 0, gzip: 0, files: 0 });
    total.raw += size.raw;
    total.gzip += size.gzip;
    total.files++;
  }
  results.bytes = { files: sizes, totals };
  const jsTotal = totals.js?.gzip ?? 0;

  const server = await serve(DIST, SUB_PATH, HOST);
  cleanups.push(() => server.close());
  const origin = `http://${HOST}:${server.port}`;
  const url = origin + SUB_PATH;
  results.url = url;

  /** @type {Browser | undefined} */
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROME, args: CHROMIUM_FLAGS, timeout: 30_000 });
    const opened = browser;
    cleanups.push(() => opened.close());
  } catch (error) {
    results.browserError = reason(error);
  }

  if (browser) {
    results.firstPaint = await measureFirstPaint(browser, url, origin, byFile).catch((error) => ({
      error: reason(error),
    }));
    results.scroll = [];
    for (const viewport of [MOBILE, DESKTOP]) {
      results.scroll.push(
        await measureScroll(browser, viewport, url, origin).catch((error) => ({
          viewport: `${viewport.width}×${viewport.height}`,
          error: reason(error),
        })),
      );
    }
    await browser.close().catch(() => {});
  }

  if (process.argv.includes('--no-lighthouse')) {
    results.lighthouse = { error: 'skipped (--no-lighthouse)' };
  } else {
    // Lighthouse alone sees the site the way a static host serves it: compressed, with cache headers.
    const host = await serve(DIST, SUB_PATH, HOST, { asHost: true });
    cleanups.push(() => host.close());
    try {
      results.lighthouse = await measureLighthouse(`http://${HOST}:${host.port}${SUB_PATH}`);
    } catch (error) {
      results.lighthouse = { error: reason(error) };
    }
    results.lighthouse.server = describeServed(host.served);
  }

  /** @type {Set<string>} */
  const loaded = new Set();
  for (const entry of results.firstPaint?.requested ?? []) loaded.add(entry.file);
  for (const run of results.scroll ?? []) {
    for (const file of [...(run.scriptsAtLoad ?? []), ...(run.scriptsWhileScrolling ?? [])]) loaded.add(file);
  }
  const storyJs = [...loaded].reduce((sum, file) => sum + (byFile.get(file)?.gzip ?? 0), 0);
  results.storyJs = { files: [...loaded].sort(), gzip: storyJs };
  results.seconds = Math.round((Date.now() - started) / 100) / 10;

  print(results, jsTotal, storyJs, loaded);
  await mkdir(join(ROOT, '.bench'), { recursive: true });
  await writeFile(OUT, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nWrote ${relative(ROOT, OUT)} (${results.seconds} s)`);
}

/**
 * @param {Record<string, any>} results
 * @param {number} jsTotal
 * @param {number} storyJs
 * @param {Set<string>} loaded
 */
function print(results, jsTotal, storyJs, loaded) {
  const lines = [`\nBench of ${results.url}  (1 KB = ${KB} bytes; gzip -9 of the files in dist/)`, ''];
  lines.push('  Bytes                                                         raw        gzip');
  for (const size of results.bytes.files) {
    const mark = size.type === 'js' ? (loaded.has(size.file) ? ' (loaded)' : ' (never requested)') : '';
    lines.push(
      `    ${(size.file + mark).padEnd(56)} ${fmtKB(size.raw).padStart(10)}  ${fmtKB(size.gzip).padStart(10)}`,
    );
  }
  for (const [type, total] of Object.entries(results.bytes.totals)) {
    lines.push(
      `    ${`total ${type} (${total.files} file${total.files === 1 ? '' : 's'})`.padEnd(56)} ${fmtKB(total.raw).padStart(10)}  ${fmtKB(total.gzip).padStart(10)}`,
    );
  }

  lines.push('', '  Metric' + ' '.repeat(55) + 'value   target');
  const paint = results.firstPaint;
  if (!paint) {
    lines.push(row(null, 'JS before first paint', 'n/a', `browser: ${results.browserError}`));
  } else if (paint.error) {
    lines.push(row(null, 'JS before first paint', 'n/a', `could not measure (${paint.error})`));
  } else {
    const executed = paint.executedBeforeFcpGzip;
    lines.push(
      row(
        executed === null ? null : executed <= TARGETS.jsBeforePaintKB * KB,
        `JS executed before first paint (${MOBILE.width}×${MOBILE.height}, CPU ${CPU_SLOWDOWN}×)`,
        executed === null ? 'unknown' : fmtKB(executed),
        `${TARGETS.jsBeforePaintKB} KB`,
      ),
      row(
        null,
        '  JS fetched before first paint (responseEnd ≤ FCP)',
        fmtKB(paint.fetchedBeforeFcpGzip),
        'info: fetched, not necessarily run',
      ),
      `      FCP ${paint.fcpMs} ms (frame painted at ${paint.paintedAtMs} ms); first JS execution at ${paint.firstJsExecutionMs ?? '?'} ms` +
        (paint.fetchedBeforeFcp.length
          ? `; fetched before FCP: ${paint.fetchedBeforeFcp.map((/** @type {any} */ e) => `${e.file} (${e.initiatorType}, ${e.responseEnd} ms)`).join(', ')}`
          : ''),
    );
  }
  lines.push(
    row(
      storyJs <= TARGETS.jsTotalKB * KB,
      `JS of the story page in total (load + scroll, ${loaded.size} file${loaded.size === 1 ? '' : 's'})`,
      fmtKB(storyJs),
      `≤ ${TARGETS.jsTotalKB} KB (${(storyJs / 1000).toFixed(1)} kB of 1000 bytes)`,
    ),
    // The embeds ship their own single classic script (see scripts/build.js); it is another page's JS.
    row(
      null,
      '  all JS in dist/, embeds included',
      fmtKB(jsTotal),
      'info: the embed bundle is a separate page',
    ),
  );
  for (const run of results.scroll ?? []) {
    if (run.error) {
      lines.push(
        row(null, `Longest task while scrolling, ${run.viewport}`, 'n/a', `could not measure (${run.error})`),
      );
      continue;
    }
    lines.push(
      row(
        run.scroll.over50 === 0,
        `Longest task while scrolling, ${run.viewport}, CPU ${CPU_SLOWDOWN}×`,
        `${run.scroll.longestMs} ms`,
        `≤ ${TARGETS.scrollTaskMs} ms (${run.scroll.over50} task${run.scroll.over50 === 1 ? '' : 's'} > ${LONG_TASK_MS} ms)`,
      ),
      row(
        null,
        `  longest task during load, ${run.viewport}, CPU ${CPU_SLOWDOWN}×`,
        `${run.load.longestMs} ms`,
        `info: ${run.load.over50} task${run.load.over50 === 1 ? '' : 's'} > ${LONG_TASK_MS} ms`,
      ),
      `      scrolled ${run.pageHeight} px in ${run.steps} wheel steps of ${SCROLL_STEP_PX} px (${(run.scrollMs / 1000).toFixed(1)} s)` +
        `${run.reachedEnd ? '' : ', DID NOT REACH THE END'}${run.longTaskApi ? '' : ', NO LONG TASK API'}; JS at load: ${run.scriptsAtLoad.join(', ') || 'none'}; while scrolling: ${run.scriptsWhileScrolling.join(', ') || 'none'}`,
    );
    for (const [phase, summary] of /** @type {const} */ ([
      ['during load', run.load],
      ['while scrolling', run.scroll],
    ])) {
      for (const task of summary.tasks.filter((/** @type {any} */ t) => t.duration > LONG_TASK_MS)) {
        lines.push(
          `      task > ${LONG_TASK_MS} ms ${phase} at ${task.start} ms: ${task.duration} ms — ${task.causes?.join(', ') || 'no trace attribution'}`,
        );
      }
    }
    if (run.worstScrollFrame && run.scroll.over50) {
      const culprits = run.worstScrollFrame.scripts
        .map(
          (/** @type {any} */ s) =>
            `${s.invoker} ${s.source}`.split(results.url).join('') + ` ${s.duration} ms`,
        )
        .join('; ');
      lines.push(
        `      worst frame while scrolling: ${run.worstScrollFrame.durationMs} ms; scripts: ${culprits || 'none attributed'}`,
      );
    }
    if (run.errors.length) lines.push(`      page errors: ${run.errors.slice(0, 3).join(' | ')}`);
  }

  const lh = results.lighthouse;
  if (lh.error) {
    lines.push(row(null, 'Lighthouse (mobile)', 'n/a', `lighthouse: could not run (${lh.error})`));
  } else {
    for (const [id, target] of Object.entries(TARGETS.lighthouse)) {
      const category = lh.categories[id];
      const score = category?.score ?? null;
      lines.push(
        row(
          score === null ? false : score >= target,
          `Lighthouse ${lh.formFactor} ${id}`,
          `${score ?? 'n/a'}`,
          `≥ ${target}`,
        ),
      );
    }
    lines.push(
      `      Lighthouse ${lh.version} metrics (simulated slow 4G, CPU 4×): ` +
        Object.entries(lh.metrics)
          .map(([id, value]) => `${id.replace(/-/g, ' ')} ${value ?? '?'}`)
          .join(', '),
    );
    for (const [id, category] of Object.entries(lh.categories)) {
      if (!category.failing.length) continue;
      lines.push(`      ${id}, audits below bar:`);
      for (const audit of category.failing) {
        lines.push(
          `        - ${audit.id}: ${audit.title}${audit.value ? ` (${audit.value})` : ''} [score ${audit.score}]`,
        );
        for (const item of audit.items) lines.push(`            ${item}`);
      }
    }
    if (
      lh.categories.performance?.failing.some(
        (/** @type {any} */ audit) => audit.id === 'uses-text-compression',
      )
    ) {
      lines.push(
        '      note: the server did not compress for Lighthouse; it simulates a slow 4G download of the',
        '      uncompressed HTML/JS/CSS, so its FCP/LCP and performance score are pessimistic.',
      );
    }
    if (lh.server?.length) {
      lines.push('      Lighthouse was served like a static host (scripts/serve-static.js asHost):');
      for (const entry of lh.server) {
        lines.push(
          `        .${entry.type}: ${entry.files} file${entry.files === 1 ? '' : 's'}, ${fmtKB(entry.bytesSent)} sent, Content-Encoding ${entry.encodings.join('/')}, Cache-Control "${entry.cacheControl.join('" / "')}"`,
        );
      }
    }
    for (const warning of lh.warnings ?? []) lines.push(`      warning: ${String(warning).slice(0, 200)}`);
  }
  lines.push(
    '',
    `  Measured on 127.0.0.1, no compression, no network throttling, except Lighthouse (compressed, cache headers,`,
    '  simulated throttling). Long tasks: Long Tasks API; their causes: self time per script/work kind from a trace.',
    '  "Executed before first paint" = dist JS whose first run (Chromium trace) started before the main thread',
    '  painted the FCP frame.',
  );
  console.log(lines.join('\n'));
}

let exiting = false;
/** @param {number} code */
async function exit(code) {
  if (exiting) return;
  exiting = true;
  await cleanUp();
  process.exit(code);
}
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => void exit(130));
setTimeout(() => {
  console.error(`\nbench: gave up after ${BENCH_TIMEOUT_MS / 1000} s`);
  void exit(1);
}, BENCH_TIMEOUT_MS).unref();

main().then(
  () => exit(0),
  (error) => {
    console.error(
      `\nbench: could not run: ${error instanceof Error ? (error.stack ?? error.message) : error}`,
    );
    void exit(1);
  },
);
