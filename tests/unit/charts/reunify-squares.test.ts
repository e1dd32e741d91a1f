/**
 * The first families' squares hold still (review r15 N3): from the state of the four families to
 * the state about one of them, the squares and their label ("4 First families…") keep one size and
 * place at a given width and height, in both editions. Before, at 1280 × 800 the squares shrank from
 * 86 to 59 px to make room for the one family's text, and the label rose 4 px.
 */
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { edition, LANGS } from '../../../src/content/index.ts';
import { chartCopy } from '../../../src/lib/charts/copy.ts';
import { chartData } from '../../../src/lib/charts/data.ts';
import { fitFor } from '../../../src/lib/charts/fit.ts';
import { spec } from '../../../src/lib/charts/reunify.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';

/** The squares' boxes and the label's lines (text, x, y), as drawn in `view`. */
function squares(
  lang: (typeof LANGS)[number],
  view: 'first_families' | 'one_family',
  width: number,
  height: number,
) {
  const { copy, format, prose } = edition(lang);
  const c = chartCopy(copy, 'reunify', dataset, format, prose);
  const { window } = new JSDOM('');
  const svg = Plot.plot({
    ...spec(chartData(dataset), { view }, c as never, format, fitFor(width, height)),
    document: window.document,
  }) as Element;
  const boxes = [...svg.querySelectorAll('[data-key^="rect:family:"]')].map((r) =>
    ['x', 'y', 'width', 'height'].map((a) => Number(r.getAttribute(a))),
  );
  const label = [...svg.querySelectorAll('[data-key="text:figure"], [data-key="text:name:first"]')].map(
    (t) => `${t.textContent} ${t.getAttribute('transform') ?? ''} ${t.getAttribute('y') ?? ''}`,
  );
  return { boxes, label };
}

describe.each([
  { width: 390, height: 520 },
  { width: 1280 * 0.6, height: 420 },
  { width: 1280, height: 560 },
])('the first families at $width × $height', ({ width, height }) => {
  it.each(LANGS)('keep one size and place in both states, in %s', (lang) => {
    const four = squares(lang, 'first_families', width, height);
    expect(four.boxes).toHaveLength(4);
    expect(four.label.length).toBeGreaterThan(0);
    expect(squares(lang, 'one_family', width, height)).toEqual(four);
  });
});
