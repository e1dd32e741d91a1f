/**
 * The reunify chart holds still and uses its room (review r15 N3, N4): the first families' squares
 * and their label keep one size and place from state to state at a given width, so the chart does
 * not shrink for no reason; in presenter mode at 1920 × 1080 its drawing takes most of the height
 * its box gives it; and there the search chart's "Reported" note sits on no gridline.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EDITION_DIRS } from '../../src/pages.ts';
import { LANGS } from '../../src/content/index.ts';
import { STEPS } from '../../src/lib/story/steps.ts';
import { openPage, useSite } from './harness.ts';
import { readStep, waitForState } from './measure.ts';
import { crosses } from '../shared/crossing.ts';

const env = useSite();

/** The steps that show the first families' squares. */
const SQUARE_STEPS = STEPS.filter(
  (s) => s.chart === 'reunify' && /^reunify-(first-families|one-family)/.test(s.id),
);

/**
 * The squares' boxes and their label's (the "4" and the name beside it), px, from the top left of
 * the chart's figure: where a reader sees them within the frame.
 */
const squareBoxes = () => {
  const figure = document.querySelector('[data-chart="reunify"]')!;
  const origin = figure.getBoundingClientRect();
  const round = (r: DOMRect) =>
    [r.left - origin.left, r.top - origin.top, r.width, r.height].map((v) => Math.round(v)).join(',');
  const svg = figure.querySelector('.chart-body > svg')!;
  const squares = [...svg.querySelectorAll('[data-key^="rect:family:"]')].map((e) =>
    round(e.getBoundingClientRect()),
  );
  const labels = [...svg.querySelectorAll('text')]
    .filter((t) => /^\d+$/.test((t.textContent ?? '').trim()) || /first|primeras/i.test(t.textContent ?? ''))
    .map((t) => `${(t.textContent ?? '').trim().slice(0, 24)}@${round(t.getBoundingClientRect())}`);
  return { squares, labels };
};

describe.each([
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
])('the first families at $width × $height', (viewport) => {
  it.each(LANGS)(
    'keep one size and place from state to state, in %s',
    async (lang) => {
      const { page, errors, close } = await openPage(env.browser, { viewport });
      await page.goto(env.site.url + EDITION_DIRS[lang]);
      const seen: Record<string, ReturnType<typeof squareBoxes>> = {};
      for (const step of SQUARE_STEPS) {
        await readStep(page, step.id);
        await waitForState(page, step.id, step.chart);
        seen[step.id] = await page.evaluate(squareBoxes);
      }
      const [first, ...rest] = SQUARE_STEPS.map((s) => s.id);
      expect(seen[first!]!.squares).toHaveLength(4);
      for (const id of rest) expect({ id, ...seen[id] }).toEqual({ id, ...seen[first!] });
      expect(errors).toEqual([]);
      await close();
    },
    120_000,
  );
});

/**
 * A page for presenter mode, given a frame every quarter second (headless Chromium grants a page
 * that asks for no frame no idle period, in which the charts are drawn; see present.test.ts).
 */
async function presenter(viewport: { width: number; height: number }) {
  const watched = await openPage(env.browser, { viewport });
  await watched.page.addInitScript(() => {
    setInterval(() => requestAnimationFrame(() => {}), 250);
  });
  return watched;
}

async function showStep(page: Page, id: string, chart: string, first: boolean) {
  if (first) await page.goto(`${env.site.url}present/#${id}`);
  else await page.evaluate((step) => (location.hash = step), id);
  await waitForState(page, id, chart);
}

/**
 * The least share of its room (the height the presenter's box leaves it under the title, over the
 * source) the reunify drawing takes at 1920 × 1080: all of it, as a phone's frame does (review r15
 * N4: 319 of 738 px, while the other charts take 405–772 px), to a pixel's rounding.
 */
const PRESENT_SHARE = 0.99;
/**
 * And the least share its ink (marks and labels; not the faint grid) takes of that room, in every
 * state: the sparsest, a bar with a line of labels over and under it and the axis, stands 300 px tall
 * at 22 px type with its bar 99 px thick (STAGE_BAR); a thicker bar would read as a block.
 * The first families' squares take 473 px.
 */
const INK_SHARE = 0.4;

describe('presenter mode at 1920 × 1080', () => {
  it('gives the reunify drawing most of its room, within its box, in every state', async () => {
    const { page, errors, close } = await presenter({ width: 1920, height: 1080 });
    const problems: string[] = [];
    const steps = STEPS.filter((s) => s.chart === 'reunify');
    for (const [i, step] of steps.entries()) {
      await showStep(page, step.id, step.chart, i === 0);
      const m = await page.evaluate(() => {
        const body = document.querySelector('.chapter.current [data-chart="reunify"] .chart-body')!;
        const svg = body.querySelector<SVGSVGElement>(':scope > svg')!;
        const room = Number(svg.getAttribute('data-fit')!.split('x')[1]);
        // The drawing's ink: its marks and labels, not the faint grid rules that run to the axis.
        const ink = [...svg.querySelectorAll('*')]
          .filter((e) => e instanceof SVGGraphicsElement && !(e instanceof SVGGElement))
          .filter((e) => !e.closest('g[stroke-opacity]'))
          .map((e) => e.getBoundingClientRect())
          .filter((r) => r.width > 0 || r.height > 0);
        const top = Math.min(...ink.map((r) => r.top));
        const bottom = Math.max(...ink.map((r) => r.bottom));
        return { room, svg: svg.getBoundingClientRect().height, top, bottom, height: bottom - top };
      });
      if (m.svg < PRESENT_SHARE * m.room)
        problems.push(
          `${step.id}: the drawing is ${Math.round(m.svg)} px tall of ${m.room} px of room, under ${PRESENT_SHARE}`,
        );
      if (m.height < INK_SHARE * m.room)
        problems.push(
          `${step.id}: the drawing's ink is ${Math.round(m.height)} px tall (y ${Math.round(m.top)}–${Math.round(m.bottom)}) of ${m.room} px of room, under ${INK_SHARE}`,
        );
      if (m.svg > m.room + 1)
        problems.push(`${step.id}: the drawing is ${Math.round(m.svg)} px tall, over its room of ${m.room}`);
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  }, 120_000);

  it('sets the search chart’s “Reported” note on no gridline', async () => {
    const { page, errors, close } = await presenter({ width: 1920, height: 1080 });
    const step = STEPS.find((s) => s.id === 'search-last-count')!;
    await showStep(page, step.id, step.chart, true);
    const { notes, grid } = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>(
        '.chapter.current [data-chart="search"] .chart-body > svg',
      )!;
      const notes = [...svg.querySelectorAll('text')]
        .filter((t) => /Reported/.test(t.textContent ?? ''))
        .map((t) => ({
          name: (t.textContent ?? '').trim(),
          box: t.getBoundingClientRect().toJSON() as DOMRect,
        }));
      // The gridlines: the faint rules across the plot (any opacity: a faint rule under a label still
      // strikes it through).
      const grid = [...svg.querySelectorAll<SVGLineElement>('g[stroke-opacity] line')].map((line) => {
        const m = line.getScreenCTM()!;
        const at = (x: number, y: number) => {
          const p = new DOMPoint(x, y).matrixTransform(m);
          return { x: p.x, y: p.y };
        };
        return [
          at(line.x1.baseVal.value, line.y1.baseVal.value),
          at(line.x2.baseVal.value, line.y2.baseVal.value),
        ] as const;
      });
      return { notes, grid };
    });
    expect(notes.length).toBeGreaterThan(0);
    expect(grid.length).toBeGreaterThan(0);
    const struck = notes.flatMap(({ name, box }) =>
      grid
        .filter(([a, b]) => crosses(a, b, box))
        .map(
          ([a]) =>
            `${name} (y ${Math.round(box.top)}–${Math.round(box.bottom)}) lies on the gridline at y ${Math.round(a.y)}`,
        ),
    );
    expect(struck).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  }, 60_000);
});
