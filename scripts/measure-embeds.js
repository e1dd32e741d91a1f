// Measures the built embeds in Chromium and writes src/lib/embed/boxes.ts: for every single-chart
// embed at every step, and for the story embed (its tallest step), the height of its page at
// frame widths from 320 to 1024 px, fitted by the box the embed code gives the frame before any
// script runs: pieces of a few `calc(<percent>% + <px>px)` of the frame's width each (the upper hull
// of the measured heights between two widths where the height falls or jumps), never shorter than
// a measured height. Run it
// after a build whenever a chart's layout or copy changes (`npm run measure:embeds`); the browser
// test tests/browser/snippet.test.ts measures again and fails when the table has gone stale.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME, CHROMIUM_FLAGS } from './chromium.js';
import { ROOT } from './paths.js';
import { serve } from './serve-static.js';

/**
 * Extra height for the story embed's box, px: its cards' text can wrap one more line at a width
 * between two measured ones (at a 359 px frame it stood 4 px over the heights measured at 352 and
 * 360), which a chart's drawing, scaled with its width, does not.
 */
const STORY_PAD = 6;

/** The frame widths measured, px: phones to the widest article column, every 8 px. */
export const MEASURED_WIDTHS = Array.from({ length: 89 }, (_, i) => 320 + 8 * i);

/**
 * The upper hull of `points` ([width, height], any order): the lines, left to right, whose lowest
 * at each width (their minimum) is the least concave height at or above every point.
 * @param {[number, number][]} points
 * @returns {{ slope: number, offset: number }[]}
 */
export function upperHull(points) {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  /** @type {[number, number][]} */
  const hull = [];
  for (const p of sorted) {
    if (hull.length && hull[hull.length - 1]?.[0] === p[0]) continue; // the tallest at a width
    while (hull.length >= 2) {
      const [a, b] = /** @type {[[number, number], [number, number]]} */ (hull.slice(-2));
      // Drop b when it lies on or below the line from a to p.
      if ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) >= 0) hull.pop();
      else break;
    }
    hull.push(p);
  }
  if (hull.length === 1) return [{ slope: 0, offset: hull[0]?.[1] ?? 0 }];
  return hull.slice(1).map(([w2, h2], i) => {
    const [w1, h1] = /** @type {[number, number]} */ (hull[i]);
    const slope = (h2 - h1) / (w2 - w1);
    return { slope, offset: h1 - slope * w1 };
  });
}

/**
 * The lines of one piece of a box as the embed code writes them: each hull line's slope as a
 * percentage of the width to two decimals, rounded up, and its offset in whole px, a pixel more than
 * keeps it at or above the points its edge spans (its two ends; the hull is above the rest). Lines
 * that never set the minimum over the measured widths are dropped.
 * @param {[number, number][]} points
 * @returns {{ percent: number, px: number }[]}
 */
export function linesFor(points) {
  const lines = upperHull(points);
  const widths = points.map(([w]) => w);
  const [lo, hi] = [Math.min(...widths), Math.max(...widths)];
  const rounded = lines.map(({ slope, offset }) => {
    const percent = Math.ceil(slope * 10000 - 1e-6) / 100 + 0; // + 0: no -0
    const span = points.filter(([w, h]) => Math.abs(slope * w + offset - h) < 1e-6);
    // A pixel more: the rounded slope may dip a fraction of one below the hull far from its edge.
    const px = Math.ceil(Math.max(...span.map(([w, h]) => h - (percent / 100) * w)) - 1e-6) + 1;
    return { percent, px };
  });
  const at = (/** @type {number} */ w) => Math.min(...rounded.map((l) => (l.percent / 100) * w + l.px));
  // Keep only lines that are the lowest somewhere in the measured range.
  return rounded.filter((l) =>
    widths.concat(lo, hi).some((w) => Math.abs((l.percent / 100) * w + l.px - at(w)) < 1e-9),
  );
}

/** A rise steeper than this (px of height per px of width) between two measured widths is a jump. */
const JUMP = 1.5;
/** A fall of more than this, px, between two measured widths starts a piece; a smaller one the hull absorbs. */
const FALL = 6;

/**
 * How far over the heights it spans, px, a piece's lines may stand before the piece is split: a
 * wavy height (text that wraps a line less here and there while a drawing grows with the width)
 * is otherwise held under a hull that stands up to 20 px over its troughs.
 */
export const OVER = 10;

/**
 * How far over its points, px, a piece's lines may stand once lines are dropped to keep its CSS
 * short (`fewestLines`): less than `OVER`, so that a box split for a wavy height is no looser where
 * the height is straight.
 */
export const SPARE = 4;

/** How far `lines` stand over `points` at most, px (below zero where they stand under one). */
export function overshoot(
  /** @type {{ percent: number, px: number }[]} */ lines,
  /** @type {[number, number][]} */ points,
) {
  return Math.max(...points.map(([w, h]) => Math.min(...lines.map((l) => (l.percent / 100) * w + l.px)) - h));
}

/**
 * `run` (sorted by width) cut, left to right, into the fewest stretches whose lines (`linesFor`)
 * stand at most `over` px over their points: each stretch as long as it can be (a stretch of fewer
 * points has a hull no higher, so the longest first leaves the fewest).
 * @param {[number, number][]} run
 * @param {number} over
 * @returns {[number, number][][]}
 */
function stretches(run, over) {
  /** @type {[number, number][][]} */
  const cut = [];
  let start = 0;
  while (start < run.length) {
    let end = start + 1; // one point always fits: a flat line a pixel over it
    while (
      end < run.length &&
      overshoot(linesFor(run.slice(start, end + 1)), run.slice(start, end + 1)) <= over
    )
      end++;
    cut.push(run.slice(start, end));
    start = end;
  }
  return cut;
}

/**
 * The fewest of `lines` whose least stands at most `over` px over `points` (or as far as all of
 * them do, if further): lines dropped one at a time, the one that raises the least first. Dropping
 * a line only raises the least of the others, so the box stays at or above every point.
 * @param {{ percent: number, px: number }[]} lines
 * @param {[number, number][]} points
 * @param {number} over
 */
export function fewestLines(lines, points, over) {
  let kept = lines;
  const limit = Math.max(over, overshoot(lines, points));
  while (kept.length > 1) {
    const tries = kept.map((_, i) => kept.filter((__, j) => j !== i));
    const best = tries.reduce((a, b) => (overshoot(b, points) < overshoot(a, points) ? b : a));
    if (overshoot(best, points) > limit) break;
    kept = best;
  }
  return kept;
}

/**
 * The box as the embed code writes it: the measured widths cut into runs wherever the height falls
 * (a line of text fewer) or jumps (a wider drawing takes over), each run cut again where its lines
 * would stand more than `over` px over a point (`stretches`), each stretch fitted by the lines of
 * its own upper hull (`linesFor`), as few of them as stand at most `SPARE` px over it
 * (`fewestLines`), and valid from the last width of the stretch before to the first of the stretch
 * after, so that two neighbours both hold between their measured widths, where the change happens. A height that only grows, no faster than a drawing scales and close enough to
 * straight, is one piece.
 * @param {[number, number][]} points
 * @param {number} [over] px
 * @returns {{ from?: number, to?: number, lines: { percent: number, px: number }[] }[]}
 */
export function boxFor(points, over = OVER) {
  const sorted = [...points].sort((a, b) => a[0] - b[0]);
  /** @type {[number, number][][]} */
  const runs = [];
  sorted.forEach((point, i) => {
    const before = sorted[i - 1];
    const breaks =
      !before ||
      (point[0] > before[0] &&
        (point[1] < before[1] - FALL || point[1] - before[1] > JUMP * (point[0] - before[0])));
    if (breaks) runs.push([point]);
    else runs[runs.length - 1]?.push(point);
  });
  const pieces = runs.flatMap((run) => stretches(run, over));
  return pieces.map((piece, k) => {
    const from = pieces[k - 1]?.at(-1)?.[0];
    const to = pieces[k + 1]?.[0]?.[0];
    return {
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
      lines: fewestLines(linesFor(piece), piece, Math.min(over, SPARE)),
    };
  });
}

/**
 * The embed page's height once it has settled at its viewport's width: the same on two frames
 * running.
 * @param {import('playwright-core').Page} page
 */
async function settledHeight(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        let last = -1;
        const check = () => {
          const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
          if (height === last) resolve(height);
          else {
            last = height;
            requestAnimationFrame(() => requestAnimationFrame(check));
          }
        };
        check();
      }),
  );
}

/**
 * Every embed's measured heights: by chart and step, and the story embed's tallest step, each page
 * loaded once and its viewport swept across the widths (as loaded at each width: prerendered).
 * @param {string} siteUrl where the built site is served
 */
async function measureAll(siteUrl) {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROMIUM_FLAGS });
  const page = await browser.newPage();
  // What a frame shows before any resize: the prerendered drawings. The chart code, which a resize
  // would load to draw the chart again for its new width, stays out of the measurement.
  await page.route('**/embed/assets/charts-*.js', (route) => route.abort());
  const manifest = await (await fetch(`${siteUrl}embed/charts.json`)).json();
  /** @type {Record<string, Record<string, [number, number][]>>} */
  const charts = {};
  /** @type {Map<number, number>} the story's tallest step, by width */
  const story = new Map();
  const sweep = async (/** @type {(width: number, height: number) => void} */ record) => {
    for (const width of MEASURED_WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      record(width, /** @type {number} */ (await settledHeight(page)));
    }
  };
  try {
    for (const chart of manifest.charts) {
      for (const { id: step } of chart.steps) {
        await page.setViewportSize({ width: MEASURED_WIDTHS[0] ?? 320, height: 800 });
        await page.goto(`${siteUrl}embed/${chart.id}/?step=${step}`);
        await page.waitForSelector(`figure[data-state="${step}"]`, { state: 'attached' });
        const points = ((charts[chart.id] ??= {})[step] ??= []);
        await sweep((w, h) => points.push([w, h]));
      }
    }
    await page.goto(`${siteUrl}embed/`);
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    const next = page.locator('.stepper-nav button').last();
    for (;;) {
      await sweep((w, h) => story.set(w, Math.max(story.get(w) ?? 0, h)));
      if (!(await next.isEnabled())) break;
      const count = await page.locator('.stepper-count').textContent();
      await next.click();
      await page.waitForFunction(
        (before) => document.querySelector('.stepper-count')?.textContent !== before,
        count,
      );
    }
  } finally {
    await browser.close();
  }
  return { charts, story: [...story] };
}

/**
 * The source of src/lib/embed/boxes.ts for the heights `measureAll` found.
 * @param {{ charts: Record<string, Record<string, [number, number][]>>, story: [number, number][] }} measured
 */
export function boxesSource({ charts, story }) {
  const boxes = {
    story: boxFor(story.map(([w, h]) => [w, h + STORY_PAD])),
    charts: Object.fromEntries(
      Object.entries(charts).map(([chart, steps]) => [
        chart,
        Object.fromEntries(Object.entries(steps).map(([step, points]) => [step, boxFor(points)])),
      ]),
    ),
  };
  return `/**
 * The frame box of every embed before any script runs, measured in Chromium by
 * scripts/measure-embeds.js (do not edit by hand; run \`npm run measure:embeds\` after a build): the
 * frame's height is made of \`calc(<percent>% + <px>px)\` of its width, in pieces between widths
 * (\`boxCss\` in snippet.ts), at or above the embed's height at every width from ${MEASURED_WIDTHS[0]} to ${MEASURED_WIDTHS.at(-1)} px. Single-chart embeds by chart and step; the story embed for its tallest step.
 */
export const EMBED_BOXES = ${JSON.stringify(boxes)} as const;
`;
}

/** Where the script keeps the heights it measured, so that the fit can be redone without Chromium. */
export const MEASURED_FILE = join(ROOT, '.measure/embed-heights.json');

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // `--cached`: fit the heights the last run saved instead of measuring again.
  const cached = process.argv.includes('--cached');
  let measured;
  if (cached) {
    measured = JSON.parse(await readFile(MEASURED_FILE, 'utf8'));
  } else {
    const site = await serve();
    try {
      measured = await measureAll(site.url);
    } finally {
      await site.close();
    }
    await mkdir(dirname(MEASURED_FILE), { recursive: true });
    await writeFile(MEASURED_FILE, `${JSON.stringify(measured)}\n`);
    console.log(`Wrote ${MEASURED_FILE}`);
  }
  await writeFile(join(ROOT, 'src/lib/embed/boxes.ts'), boxesSource(measured));
  console.log('Wrote src/lib/embed/boxes.ts');
}
