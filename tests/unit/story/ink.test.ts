/**
 * A printed drawing's frame cut to its ink: no blank band under or over the marks, every label inside,
 * the width never narrowed (so a state's marks keep the size they have in the chart's other states).
 */
import { describe, expect, it } from 'vitest';
import { INK_MARGIN, inkFrame } from '../../../src/lib/story/ink.ts';

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
