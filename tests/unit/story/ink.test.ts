// @vitest-environment jsdom
/**
 * A printed drawing's frame cut to its ink: no blank band under or over the marks, every label inside,
 * the width never narrowed (so a state's marks keep the size they have in the chart's other states).
 */
import { describe, expect, it } from 'vitest';
import { fitFor } from '../../../src/lib/charts/fit.ts';
import { INK_MARGIN, inkFrame } from '../../../src/lib/story/ink.ts';
import { cutToEstimatedInk, estimateInk, FRAME_ATTRIBUTE } from '../../../src/lib/story/ink-estimate.ts';

describe('a drawing cut to its ink', () => {
  it('drops the room reserved under and over the marks, keeping the width', () => {
    expect(inkFrame([0, 0, 340, 300], { x: 10, y: 40, width: 300, height: 150 })).toEqual([
      0,
      40 - INK_MARGIN,
      340,
      150 + 2 * INK_MARGIN,
    ]);
  });

  it('widens the frame to a label that runs past its right or left edge', () => {
    const [x, , width] = inkFrame([0, 0, 340, 300], { x: -6, y: 0, width: 372, height: 290 });
    expect(x).toBe(-6 - INK_MARGIN);
    expect(x + width).toBe(366 + INK_MARGIN);
  });

  it('keeps the frame of a drawing with no ink', () => {
    expect(inkFrame([0, 0, 340, 300], { x: 0, y: 0, width: 0, height: 0 })).toEqual([0, 0, 340, 300]);
  });
});

describe('a prerendered drawing’s ink, estimated without a browser', () => {
  const fit = { ...fitFor(340, 300), fontSize: 14 };
  const drawing = (body: string) => {
    const holder = document.createElement('div');
    holder.innerHTML = `<svg viewBox="0 0 340 300" width="340" height="300" font-size="14">${body}</svg>`;
    return holder.firstElementChild!;
  };

  it('adds up translations, and reads circles, rects, lines and straight paths', () => {
    const svg = drawing(
      '<g transform="translate(10,20)"><circle cx="5" cy="5" r="3"></circle>' +
        '<g transform="translate(100, 0)"><rect x="0" y="50" width="20" height="10"></rect></g></g>' +
        '<line x1="30" y1="120" x2="60" y2="110"></line><path d="M200,40h10v30H150Z"></path>' +
        // Definitions are not drawn where they stand.
        '<pattern><rect x="0" y="0" width="400" height="400"></rect></pattern>',
    );
    expect(estimateInk(svg, fit)).toEqual({ x0: 12, y0: 22, x1: 210, y1: 120 });
  });

  it('sets each line of a label at its anchor, its box from the ascent to under the baseline', () => {
    const svg = drawing(
      '<g text-anchor="end"><text transform="translate(300,100)"><tspan x="0" y="0.5em">Ab</tspan>' +
        '<tspan x="0" dy="1.2em">Abc</tspan></text></g>',
    );
    const box = estimateInk(svg, fit)!;
    const size = 14;
    expect(box.x1).toBe(300);
    expect(box.x0).toBeCloseTo(300 - fit.measure('Abc', size));
    expect(box.y0).toBeCloseTo(100 + 0.5 * size - fit.ascent * size);
    expect(box.y1).toBeCloseTo(100 + 1.7 * size + 0.3 * size);
  });

  it('cuts the frame to it top and bottom, its width as laid out, and keeps the frame it had', () => {
    const svg = drawing('<circle cx="100" cy="100" r="10"></circle>');
    cutToEstimatedInk(svg, fit);
    expect(svg.getAttribute('viewBox')).toBe(`0 ${90 - INK_MARGIN} 340 ${20 + 2 * INK_MARGIN}`);
    expect(svg.getAttribute('height')).toBe(String(20 + 2 * INK_MARGIN));
    expect(svg.getAttribute('width')).toBe('340');
    expect(svg.getAttribute(FRAME_ATTRIBUTE)).toBe('0 0 340 300');
    const empty = drawing('');
    cutToEstimatedInk(empty, fit);
    expect(empty.getAttribute('viewBox')).toBe('0 0 340 300');
  });
});
