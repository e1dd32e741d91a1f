import { describe, expect, it } from 'vitest';
import {
  boxFor,
  fewestLines,
  linesFor,
  MEASURED_WIDTHS,
  OVER,
  overshoot,
  upperHull,
} from '../../../scripts/measure-embeds.js';
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

  // A wavy height, as the story embed's: a drawing that grows with the width under cards whose text
  // wraps a line less here and there, every fall small enough (4 px per 8 px) to sit in one run.
  const wavy = (w: number) => Math.ceil(0.5 * w + 600 + 20 * Math.abs(Math.sin((Math.PI * w) / 120)));
  const waves: [number, number][] = MEASURED_WIDTHS.map((w) => [w, wavy(w)]);

  it('splits a wavy height where one piece would stand more than OVER px over it, never under it', () => {
    // One piece, the least of its hull's lines, stands about 20 px over the troughs.
    expect(overshoot(linesFor(waves), waves)).toBeGreaterThan(OVER + 5);
    const box = boxFor(waves);
    for (const [w, h] of waves) {
      expect(boxHeight(box, w), `at ${w}`).toBeGreaterThanOrEqual(h);
      expect(boxHeight(box, w) - h, `at ${w}`).toBeLessThanOrEqual(OVER);
    }
    // A piece a wave (120 px of width, 6 across the measured widths) or so: split at the troughs only.
    expect(box.length).toBeGreaterThanOrEqual(6);
    expect(box.length).toBeLessThanOrEqual(8);
    // Pieces follow each other: each from the last measured width of the one before.
    box.slice(1).forEach((piece, k) => expect(piece.from).toBeLessThan(box[k]!.to!));
    // Few lines: never more than three a piece.
    for (const piece of box) expect(piece.lines.length).toBeLessThanOrEqual(3);
    // Where a looser fit is allowed, the same height is one piece again.
    expect(boxFor(waves, 25)).toHaveLength(1);
  });

  it('keeps the fewest lines that stay within the allowance, never lower than all of them', () => {
    const hump = waves.filter(([w]) => w >= 360 && w <= 480);
    const all = linesFor(hump);
    const few = fewestLines(all, hump, 6);
    expect(all.length).toBeGreaterThan(few.length);
    expect(overshoot(few, hump)).toBeLessThanOrEqual(6);
    for (let w = 360; w <= 480; w++) expect(height(few, w)).toBeGreaterThanOrEqual(height(all, w) - 1e-9);
    // With no room over the hull, nothing is dropped that the hull needs.
    expect(overshoot(fewestLines(all, hump, 0), hump)).toBe(overshoot(all, hump));
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
