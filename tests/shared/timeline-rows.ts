/**
 * Whether each timeline label reads as its mark's: shared by the unit test (the prerendered
 * drawings, every state and size, boxes from the SVG) and the browser layout test (the live chart,
 * boxes as drawn). Review r7: at 320 px "Zero-tolerance policy announced" stood a row above its dot,
 * off to its left, while every other label shared its dot's row.
 */

export interface RowBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** One entry of the timeline as drawn: its mark (dot, or bar with its outlined months) and label. */
export interface DrawnRow {
  id: string;
  /** A dot (an event) or a bar (a span). */
  dot: boolean;
  mark: RowBox;
  label: RowBox;
}

/** Slack for rounding and the half pixel Plot offsets marks by, px. */
const SLACK = 1.5;
/** The most blank between a label standing over its mark and the mark, px. */
const OVER_GAP = 6;

/** A label beside its mark: its vertical centre within the mark's band (its row). */
export const besideItsMark = (r: DrawnRow) => {
  const centre = (r.label.top + r.label.bottom) / 2;
  return centre >= r.mark.top - SLACK && centre <= r.mark.bottom + SLACK;
};

/** A label standing on its mark: just over it, and over some of it (not off to a side). */
const overItsMark = (r: DrawnRow) =>
  r.label.bottom <= r.mark.top + SLACK &&
  r.mark.top - r.label.bottom <= OVER_GAP &&
  Math.min(r.label.right, r.mark.right) - Math.max(r.label.left, r.mark.left) > 0;

/**
 * The labels that do not read as their mark's: neither beside it (centred in its row) nor standing
 * on it; and, where the drawing sets its dots' labels beside them, any dot's label that is not.
 */
export function rowProblems(rows: DrawnRow[]): string[] {
  const dotsBeside = rows.some((r) => r.dot && besideItsMark(r));
  return rows.flatMap((r) => {
    const at = `label ${r.id} (${r.label.top.toFixed(1)}–${r.label.bottom.toFixed(1)}, x ${r.label.left.toFixed(1)}–${r.label.right.toFixed(1)}), its mark ${r.mark.top.toFixed(1)}–${r.mark.bottom.toFixed(1)}, x ${r.mark.left.toFixed(1)}–${r.mark.right.toFixed(1)}`;
    if (besideItsMark(r)) return [];
    if (!overItsMark(r)) return [`${at}: neither in its mark's row nor standing on it`];
    if (r.dot && dotsBeside) return [`${at}: over its dot where the other dots' labels share their rows`];
    return [];
  });
}
