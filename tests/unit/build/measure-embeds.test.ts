import { describe, expect, it } from 'vitest';
import { boxFor, linesFor, upperHull } from '../../../scripts/measure-embeds.js';
import { boxCss, boxHeight } from '../../../src/lib/embed/snippet.ts';

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
    const box = linesFor(points);
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
    ).toEqual([{ lines: [{ percent: 0, px: 601 }] }]);
  });

  // A drawing scaled with the width, capped (flat), then a wider drawing from 504 px (a jump) and a
  // title a line shorter from 600 px (a fall): measured every 8 px, as the script does.
  const drawn = (w: number) =>
    w < 504 ? Math.min(w, 437) * 0.9 + 200 : Math.min(w, 617) * 0.8 + 215 - (w >= 600 ? 22 : 0);
  const sweep: [number, number][] = Array.from({ length: 89 }, (_, i) => 320 + 8 * i).map((w) => [
    w,
    drawn(w),
  ]);

  it('follows a height that falls or jumps in pieces, each from the width before the change to the one after', () => {
    const box = boxFor(sweep);
    expect(box.length).toBeGreaterThanOrEqual(3);
    for (const [w, h] of sweep) {
      expect(boxHeight(box, w), `at ${w}`).toBeGreaterThanOrEqual(h);
      expect(boxHeight(box, w) - h, `at ${w}`).toBeLessThanOrEqual(3);
    }
    // Between two measured widths, where the change happens, both neighbours hold.
    expect(boxHeight(box, 500)).toBeGreaterThanOrEqual(drawn(500));
    expect(boxHeight(box, 597)).toBeGreaterThanOrEqual(drawn(597));
    // The least of one line would be up to the fall and the flat too tall.
    const single = linesFor(sweep);
    expect(Math.max(...sweep.map(([w, h]) => height(single, w) - h))).toBeGreaterThan(20);
  });

  it('writes the pieces as CSS: the greatest of pieces, each the least of its lines and two edges', () => {
    const css = boxCss([
      { to: 504, lines: [{ percent: 90, px: 200 }] },
      { from: 496, lines: [{ percent: 80, px: 215 }] },
    ]);
    expect(css).toBe(
      'max(min(calc(90% + 200px), calc((504px - 100%) * 1000)), min(calc(80% + 215px), calc((100% - 496px) * 1000)))',
    );
    expect(boxCss([{ lines: [{ percent: 10, px: 5 }] }])).toBe('calc(10% + 5px)');
  });
});
