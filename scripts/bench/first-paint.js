// First paint and the JS that ran before it.
import { MOBILE } from './config.js';
import { distPath, load, openPage } from './page.js';
import { round } from './util.js';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('./bytes.js').FileSize} FileSize */

/**
 * First paint and the JS around it: which dist JS files were fetched before FCP (resource timing) and
 * which started executing before the frame that FCP presented was painted (from a Chromium trace).
 * @param {Browser} browser
 * @param {string} url
 * @param {string} origin
 * @param {Map<string, FileSize>} sizes
 */
export async function measureFirstPaint(browser, url, origin, sizes) {
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
