/**
 * The reunify chart holds still (review r15 N3): the first families' squares and their label keep
 * one size and place from state to state at a given width, so the chart does not shrink for no
 * reason.
 */
import { describe, expect, it } from 'vitest';
import { EDITION_DIRS } from '../../src/pages.ts';
import { LANGS } from '../../src/content/index.ts';
import { STEPS } from '../../src/lib/story/steps.ts';
import { openPage, useSite } from './harness.ts';
import { readStep, waitForState } from './measure.ts';

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
