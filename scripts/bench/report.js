// The bench's printed report: each metric against its target (✓/✗), with what explains it.
import {
  CPU_SLOWDOWN,
  KB,
  LONG_TASK_MS,
  MOBILE,
  READER_LAG_TARGET_MS,
  SCROLL_STEP_PX,
  TARGETS,
} from './config.js';
import { kb } from './util.js';

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

/**
 * @param {Record<string, any>} results
 * @param {number} jsTotal
 * @param {number} storyJs
 * @param {Set<string>} loaded
 */
export function print(results, jsTotal, storyJs, loaded) {
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
      results.firstPaint ? storyJs <= TARGETS.jsTotalKB * KB : null,
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

  for (const run of results.reader ?? []) {
    const label = `Chart lag after a step change, reader at 600 px/s from ${run.start}, ${run.viewport}`;
    if (run.error) {
      lines.push(row(null, label, 'n/a', `could not measure (${run.error})`));
      continue;
    }
    lines.push(
      row(
        run.neverShown.length === 0 && (run.lagMs.max ?? Infinity) <= READER_LAG_TARGET_MS,
        `${label}, CPU ${CPU_SLOWDOWN}×: median / p90 / max`,
        `${run.lagMs.median ?? '?'} / ${run.lagMs.p90 ?? '?'} / ${run.lagMs.max ?? '?'} ms`,
        `max ≤ ${READER_LAG_TARGET_MS} ms, none missed`,
      ),
      `      ${run.stepChanges} step changes${run.reachedEnd ? '' : ' (DID NOT REACH THE END)'}; first shown after ${run.firstLagMs ?? 'never'} ms; never shown: ${run.neverShown.join(', ') || 'none'}`,
      `      while scrolling: ${run.longTasks.count} tasks > ${LONG_TASK_MS} ms (${run.longTasks.totalMs} ms of long tasks in all); ` +
        `${run.frames.dropped} frames dropped of ${run.frames.painted + run.frames.dropped} (${run.frames.droppedShare}%)`,
    );
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
