/**
 * The finding's grid uses its box on screen: at a 320 and a 390 px phone and a laptop, with each
 * finding card's top at the reading line (on phones) and the chart in that card's state, its dots
 * stand nearly as far apart as the room their text leaves allows, and no band of blank taller than MAX_BLANK stands in the chart's
 * box, from its top to its bottom (review r10 SF2: at 320 × 640 a 4.6 px pitch, the 348 dots in a
 * band 37 px tall and 102 px of the 226 px box empty under the note); and the chart's source line
 * stands still from state to state (review r13: at 390 px it moved 15 px).
 */
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/lib/story/steps.ts';
import { READING_LINE } from '../../src/lib/story/reading.svelte.ts';
import { openPage, useSite } from './harness.ts';
import { cardAtLine, readStep, waitForState } from './measure.ts';
import { mayShowPrerendered } from './stepper-states.ts';
import { bestPitch } from '../shared/grid.ts';

const env = useSite();

/** The least distance, px on screen, between neighbouring dots of the grid: under it a dot no longer reads as one. */
const MIN_PITCH = 5;
/** How close the pitch comes to the largest that the room the chart's text leaves in its box allows. */
const OF_BEST = 0.7;
/** The tallest band of blank inside the chart's box, px on screen. */
const MAX_BLANK = 40;

/**
 * The grid on screen: its pitch and count of dots, the chart box's size and the height its text
 * takes, and the tallest blank band in the box with where it starts.
 */
function findingRoom(): {
  pitch: number;
  dots: number;
  width: number;
  height: number;
  text: number;
  blank: number;
  at: number;
} {
  const body = document.querySelector<HTMLElement>('[data-chart="finding"] .chart-body')!;
  const svg = body.querySelector<SVGSVGElement>(':scope > svg')!;
  const frame = body.getBoundingClientRect();
  const xs = [
    ...new Set(
      [...svg.querySelectorAll('g.finding-unit circle')].map((c) => {
        const r = c.getBoundingClientRect();
        return Math.round((r.left + r.right) * 50) / 100;
      }),
    ),
  ].sort((a, b) => a - b);
  const pitch = Math.min(...xs.slice(1).map((x, i) => x - xs[i]!));
  const text = [...svg.querySelectorAll('text')].reduce(
    (sum, t) => sum + t.getBoundingClientRect().height,
    0,
  );
  const rows = [...svg.querySelectorAll('*')]
    .filter((e) => e instanceof SVGGraphicsElement && !(e instanceof SVGGElement))
    .map((e) => e.getBoundingClientRect())
    .filter((r) => r.width > 0 || r.height > 0)
    .sort((a, b) => a.top - b.top);
  let bottom = frame.top;
  let worst = { blank: 0, at: 0 };
  for (const r of rows) {
    if (r.top - bottom > worst.blank) worst = { blank: r.top - bottom, at: bottom - frame.top };
    bottom = Math.max(bottom, r.bottom);
  }
  if (frame.bottom - bottom > worst.blank) worst = { blank: frame.bottom - bottom, at: bottom - frame.top };
  return {
    pitch,
    dots: svg.querySelectorAll('g.finding-unit circle').length,
    width: frame.width,
    height: frame.height,
    text,
    blank: Math.round(worst.blank),
    at: Math.round(worst.at),
  };
}

/** The top of the chart's source line, px under the top of the chart's frame. */
function sourceTop(): number {
  const chart = document.querySelector<HTMLElement>('[data-chart="finding"]')!;
  const frame = chart.closest('.graphic') ?? chart;
  const source = chart.querySelector('.chart-source')!;
  return source.getBoundingClientRect().top - frame.getBoundingClientRect().top;
}

describe.each([
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
])('the finding grid at $width × $height', (viewport) => {
  it('fills the chart’s box in every step: dots apart, no blank band, the source line in one place', async () => {
    const { page, errors, close } = await openPage(env.browser, { viewport });
    await page.goto(env.site.url);
    const problems: string[] = [];
    const seen: string[] = [];
    const sources: { id: string; top: number }[] = [];
    for (const step of STEPS.filter((s) => s.chart === 'finding')) {
      if (viewport.width < 960) await cardAtLine(page, step.id, READING_LINE);
      else await readStep(page, step.id);
      await waitForState(page, step.id, step.chart);
      const room = await page.evaluate(findingRoom);
      sources.push({ id: step.id, top: await page.evaluate(sourceTop) });
      const box = `${Math.round(room.width)}×${Math.round(room.height)}`;
      const best = bestPitch(room.dots, room.width, room.height - room.text);
      seen.push(
        `${step.id}: ${box}, pitch ${room.pitch.toFixed(2)} of ${best.toFixed(2)}, blank ${room.blank}`,
      );
      if (!(room.pitch >= MIN_PITCH))
        problems.push(`${step.id}: pitch ${room.pitch.toFixed(2)} px, under ${MIN_PITCH}`);
      if (!(room.pitch >= OF_BEST * best))
        problems.push(
          `${step.id}: pitch ${room.pitch.toFixed(2)} px, under ${OF_BEST} of the ${best.toFixed(2)} its room allows`,
        );
      if (room.blank > MAX_BLANK)
        problems.push(
          `${step.id}: ${room.blank} px blank from ${room.at} px into the ${box} box, over ${MAX_BLANK}`,
        );
    }
    // The chart's title, drawing and source stand still from state to state (review r13: at 390 px
    // the source line moved 15 px, the drawing's height changing with the state's notes).
    const tops = sources.map((s) => s.top);
    const moved = Math.max(...tops) - Math.min(...tops);
    if (moved > 0.5)
      problems.push(
        `the source line moved ${moved.toFixed(2)} px: ${sources.map((s) => `${s.id} ${s.top.toFixed(2)}`).join(', ')}`,
      );
    console.log(`${viewport.width}: ${seen.join('; ')}`);
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  }, 300_000);
});

/** The steps from the parents to the known wish: the states that keep one grid (review r17 E3). */
const KEPT = STEPS.filter((s) => s.chart === 'finding' && s.state.focus !== 'recommendations');

/**
 * The finding's dots on screen: each `.finding-unit` dot's key with its `cx`, `cy` and `r`, and the
 * drawing's size. (Not Plot's half-pixel offset, which the chart code sets on a 1x screen and the
 * prerenderer does not: the story embed opens on the prerendered drawing.)
 */
function findingDots(): { box: string; dots: string[] } {
  const svg = [...document.querySelectorAll<SVGSVGElement>('[data-chart="finding"] .chart-body > svg')].find(
    (s) => s.getBoundingClientRect().width > 0 && getComputedStyle(s).visibility !== 'hidden',
  );
  if (!svg) return { box: 'no drawing on screen', dots: [] };
  const r = (n: number) => Math.round(n * 10) / 10;
  const box = svg.getBoundingClientRect();
  return {
    box: `${r(box.width)}x${r(box.height)}`,
    dots: [...svg.querySelectorAll('.finding-unit circle')].map(
      (c) =>
        `${c.getAttribute('data-key')} ${c.getAttribute('cx')},${c.getAttribute('cy')} r${c.getAttribute('r')}`,
    ),
  };
}

/** Every step's dots that stand elsewhere than at the first step's, or a drawing of another size. */
function moved(seen: { id: string; box: string; dots: string[] }[]): string[] {
  const [first, ...rest] = seen;
  if (!first?.dots.length) return ['no dots at the first step'];
  return rest.flatMap(({ id, box, dots }) => {
    const problems: string[] = [];
    if (box !== first.box) problems.push(`${id}: the drawing ${box}, not ${first.box}`);
    if (dots.length !== first.dots.length)
      problems.push(`${id}: ${dots.length} dots, not ${first.dots.length}`);
    const i = dots.findIndex((d, k) => d !== first.dots[k]);
    if (i >= 0) problems.push(`${id}: ${dots[i]}, not ${first.dots[i]} as at ${first.id}`);
    return problems;
  });
}

// Review r17 E3: the grid was laid out anew for each state's notes, so every dot jumped to a new place
// and size at each change (at the embed's 680 px, 25 dots a row, then 24, then 25, then 24).
describe('the finding grid keeps its shape from the parents to the known wish', () => {
  it.each([
    { width: 680, height: 1015 },
    { width: 360, height: 740 },
  ])(
    'in the story embed at $width × $height',
    async (viewport) => {
      const { page, errors, close } = await openPage(env.browser, { viewport });
      await page.goto(`${env.site.url}embed/`);
      const seen: { id: string; box: string; dots: string[] }[] = [];
      for (const [i, step] of KEPT.entries()) {
        if (i > 0) await page.getByRole('button', { name: 'Next' }).click();
        const index = STEPS.indexOf(step);
        if (index !== i) throw new Error('finding-room.test.ts: the story no longer opens with the finding');
        await waitForState(page, step.id, step.chart, { drawn: !mayShowPrerendered(index) });
        seen.push({ id: step.id, ...(await page.evaluate(findingDots)) });
      }
      expect(moved(seen)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    },
    120_000,
  );

  it('in the scroll story at 390 × 844', async () => {
    const { page, errors, close } = await openPage(env.browser, { viewport: { width: 390, height: 844 } });
    await page.goto(env.site.url);
    const seen: { id: string; box: string; dots: string[] }[] = [];
    for (const step of KEPT) {
      await cardAtLine(page, step.id, READING_LINE);
      await waitForState(page, step.id, step.chart);
      seen.push({ id: step.id, ...(await page.evaluate(findingDots)) });
    }
    expect(moved(seen)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  }, 120_000);
});
