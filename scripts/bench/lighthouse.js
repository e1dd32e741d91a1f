// Lighthouse against the site served like a static host, in a Chromium of its own.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROME, CHROMIUM_FLAGS } from '../chromium.js';
import { LIGHTHOUSE_TIMEOUT_MS, TARGETS } from './config.js';
import { cleanups, within } from './util.js';

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
export async function measureLighthouse(url) {
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
 * @param {import('../serve-static.js').Served[]} served
 */
export function describeServed(served) {
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
