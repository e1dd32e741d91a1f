// `npm run bench`: measures what the built story costs a reader. Not a test: it prints each metric
// against its target (✓/✗) and writes .bench/results.json, and exits 0 whatever the numbers are (1 only
// when it cannot run at all, e.g. the build fails).
//
//   node scripts/bench/index.js [--build]     --build rebuilds dist/ first (it is built anyway when missing)
//
//   node scripts/bench/index.js --no-lighthouse   skips Lighthouse (quicker, for iterating on the scroll numbers)
//   node scripts/bench/index.js --save-traces     also writes the scroll runs' Chromium traces to .bench/
//   node scripts/bench/index.js --no-trace        no trace during the scroll runs (no attribution of long tasks)
//   node scripts/bench/index.js --only-reader     only the reader-paced runs (reader.js), no Lighthouse
//
// Every measurement uses the built site served from dist/ under the newsroom sub-path on 127.0.0.1,
// without compression (byte counts are gzip -9 of the files themselves), except Lighthouse, which
// is served the way a static host serves it: compressed, with long cache headers for hashed assets.
//
// One module per concern: config.js (settings, targets), bytes.js (build, file sizes), page.js (how a
// page is opened), first-paint.js, scroll.js and trace.js (browser measurements and their
// attribution), lighthouse.js, report.js (the printed report).
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME, CHROMIUM_FLAGS } from '../chromium.js';
import { DIST, serve, SUB_PATH } from '../serve-static.js';
import { measureBytes, run } from './bytes.js';
import { BENCH_TIMEOUT_MS, DESKTOP, HOST, MOBILE, OUT, ROOT, TARGETS } from './config.js';
import { measureFirstPaint } from './first-paint.js';
import { describeServed, measureLighthouse } from './lighthouse.js';
import { print } from './report.js';
import { measureReader } from './reader.js';
import { measureScroll } from './scroll.js';
import { cleanUp, cleanups, reason } from './util.js';

/** @typedef {import('playwright-core').Browser} Browser */

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

  const onlyReader = process.argv.includes('--only-reader');
  if (browser && !onlyReader) {
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
  }
  if (browser) {
    // As a reader scrolls: 600 px/s from 1 s after load, and from DOMContentLoaded, on a phone.
    results.reader = [];
    for (const start of /** @type {const} */ (['load+1s', 'domcontentloaded'])) {
      results.reader.push(
        await measureReader(browser, MOBILE, url, origin, start).catch((error) => ({
          viewport: `${MOBILE.width}×${MOBILE.height}`,
          start,
          error: reason(error),
        })),
      );
    }
    await browser.close().catch(() => {});
  }

  if (process.argv.includes('--no-lighthouse') || onlyReader) {
    results.lighthouse = { error: `skipped (${onlyReader ? '--only-reader' : '--no-lighthouse'})` };
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
