/**
 * What one square of the scale waffle stands for holds over a margin of room, in both editions
 * (review r17 §3): at 320 px the Spanish waffle counted 100 children a square with its drawing only
 * 3 px taller than the room under which it went to 500 (to make room for the words on the fading
 * cap), so a few px more of Spanish copy would make 2,654 → 2,737 show no change again. The unit
 * now follows the squares alone; the English at 320 and 390 px counts as before.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { edition, LANGS } from '../../../src/content/index.ts';
import { chartCopy } from '../../../src/lib/charts/copy.ts';
import { fitFor, type Fit } from '../../../src/lib/charts/fit.ts';
import { renderChart } from '../../../src/lib/charts/render.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';
import { STEPS } from '../../../src/lib/story/steps.ts';

/** The children a square stands for, as the drawing's key says it. */
function unitOf(lang: (typeof LANGS)[number], stepId: string, fit: Fit): number {
  const { copy, format, prose } = edition(lang);
  const step = STEPS.find((s) => s.id === stepId)!;
  const chart = chartCopy(copy, step.chart, dataset, format, prose);
  const svg = renderChart(step, new JSDOM('').window.document, chart, '', format, fit, dataset);
  const key = svg.querySelector('[data-key="key:square"]')?.textContent ?? '';
  return Number(/(\d[\d,.]*)/.exec(key)?.[1]?.replace(/[,.]/g, ''));
}

/** The first state (one column) and the last (the open families' column, with the cap's words). */
const STATES = ['scale-court-list', 'scale-families'];

describe.each(LANGS)('the scale waffle’s unit in %s', (lang) => {
  // The story's live box at 320 × 640 is 296 px wide and about 200 px tall (English 201, Spanish
  // 195): 100 a square there, and over 30 px less room, as much as two more lines of a frame take.
  it.each(STATES)('is 100 children a square in a 296 px box from 165 to 210 px tall (%s)', (id) => {
    const seen = new Map<number, number>();
    for (let height = 165; height <= 210; height += 5)
      seen.set(height, unitOf(lang, id, fitFor(296, height)));
    expect(Object.fromEntries(seen)).toEqual(Object.fromEntries([...seen.keys()].map((h) => [h, 100])));
  });

  // At 390 × 844 the box is 366 × 350: 50 a square, as the English always counted there.
  it.each(STATES)('is 50 children a square in the 390 px phone’s box (%s)', (id) => {
    expect(unitOf(lang, id, fitFor(366, 350))).toBe(50);
  });
});
