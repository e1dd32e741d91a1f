/**
 * Whether a straight rule runs through a label: shared by the unit test of the search chart's labels
 * (the prerendered drawings, boxes from the SVG) and the browser layout test (the live chart: its
 * rules and label boxes returned from the page by `chartRules`, judged here in Node).
 */

/** Whether two segments cross: the drawing's own check (its leaders keep off its lines by it). */
export { segmentsCross } from '../../src/lib/charts/fit.ts';

export interface At {
  x: number;
  y: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Whether the segment a–b crosses the box (its inside; an edge touched at a point does not count). */
export function crosses(a: At, b: At, box: Rect): boolean {
  // Clip the segment's parameter t ∈ [0, 1] to each side of the box in turn (Liang–Barsky).
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const sides: [number, number][] = [
    [-dx, a.x - box.left],
    [dx, box.right - a.x],
    [-dy, a.y - box.top],
    [dy, box.bottom - a.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

/**
 * The labels a rule runs through, as problems. A box's outer pixel is left out: a leader ends at
 * its label's edge, and does not cross it.
 */
export function ruleCrossings(segments: [At, At][], labels: { name: string; box: Rect }[]): string[] {
  return segments.flatMap(([a, b]) =>
    labels.flatMap(({ name, box }) => {
      const inner = { left: box.left + 1, right: box.right - 1, top: box.top + 1, bottom: box.bottom - 1 };
      if (inner.left >= inner.right || inner.top >= inner.bottom || !crosses(a, b, inner)) return [];
      return [
        `${name} is crossed by a rule (${a.x.toFixed(0)},${a.y.toFixed(0)}→${b.x.toFixed(0)},${b.y.toFixed(0)})`,
      ];
    }),
  );
}
