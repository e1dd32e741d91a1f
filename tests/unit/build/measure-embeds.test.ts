import { describe, expect, it } from 'vitest';
import { boxFor, upperHull } from '../../../scripts/measure-embeds.js';

/** A box's height at width `w`: the least of its lines. */
const height = (box: { percent: number; px: number }[], w: number) =>
  Math.min(...box.map((l) => (l.percent / 100) * w + l.px));

describe('the measured frame box', () => {
  // Heights that grow with the width, with a step where a line of text wraps.
  const points: [number, number][] = [
    [320, 533],
    [360, 540],
    [375, 542],
    [400, 570],
    [480, 641],
    [680, 733],
    [1024, 1056],
  ];

  it('is the upper hull: every line at or above every point, the least of them touching each corner', () => {
    const lines = upperHull(points);
    for (const { slope, offset } of lines)
      for (const [w, h] of points) expect(slope * w + offset).toBeGreaterThanOrEqual(h - 1e-6);
    const at = (w: number) => Math.min(...lines.map((l) => l.slope * w + l.offset));
    expect(at(320)).toBeCloseTo(533);
    expect(at(1024)).toBeCloseTo(1056);
  });

  it('rounds up to what the embed code writes: never below a point, within a few px of the hull', () => {
    const box = boxFor(points);
    const lines = upperHull(points);
    for (const line of box) {
      expect(Number.isInteger(line.px)).toBe(true);
      expect(Math.abs(line.percent * 100 - Math.round(line.percent * 100))).toBeLessThan(1e-9);
    }
    for (let w = 320; w <= 1024; w += 8) {
      const hull = Math.min(...lines.map((l) => l.slope * w + l.offset));
      expect(height(box, w)).toBeGreaterThanOrEqual(hull);
      expect(height(box, w) - hull).toBeLessThan(3);
    }
  });

  it('is one flat line for an embed whose height does not change with its width', () => {
    expect(
      boxFor([
        [320, 600],
        [680, 600],
      ]),
    ).toEqual([{ percent: 0, px: 601 }]);
  });
});
