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
  /** A leader line drawn from the label to its mark, if any: its two ends. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
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

/** How far a dot may stand from the start, middle or end of the label over it, px past its own edge. */
const DOT_REACH = 4;

/**
 * Whether a dot stands under the start, the middle or the end of the label over it. Review r9: at
 * 320 px "Zero-tolerance policy announced" stood over its dot, but the dot sat under "…nced", 20 px
 * short of the label's end, and read as no word's.
 */
const dotAtLabel = ({ mark, label }: DrawnRow) => {
  const at = (x: number) => x >= mark.left - DOT_REACH && x <= mark.right + DOT_REACH;
  return at(label.left) || at(label.right) || at((label.left + label.right) / 2);
};

/**
 * A label standing on its mark: just over it, and over some of it (not off to a side); over a dot,
 * with the dot under its start, middle or end.
 */
const overItsMark = (r: DrawnRow) =>
  r.label.bottom <= r.mark.top + SLACK &&
  r.mark.top - r.label.bottom <= OVER_GAP &&
  Math.min(r.label.right, r.mark.right) - Math.max(r.label.left, r.mark.left) > 0 &&
  (!r.dot || dotAtLabel(r));

/** Whether a point is on a box, or within a few px of it. */
const near = (x: number, y: number, b: RowBox, by = 4) =>
  x >= b.left - by && x <= b.right + by && y >= b.top - by && y <= b.bottom + by;

/** A label tied to its mark by a leader: one end at the label, the other at the mark. */
export const leaderToItsMark = ({ leader: l, label, mark }: DrawnRow) =>
  Boolean(
    l &&
    ((near(l.x1, l.y1, label) && near(l.x2, l.y2, mark)) ||
      (near(l.x2, l.y2, label) && near(l.x1, l.y1, mark))),
  );

/**
 * The labels that do not read as their mark's: neither beside it (centred in its row), standing on
 * it, nor tied to it by a leader.
 */
export function rowProblems(rows: DrawnRow[]): string[] {
  return rows.flatMap((r) =>
    besideItsMark(r) || overItsMark(r) || leaderToItsMark(r)
      ? []
      : [
          `label ${r.id} (${r.label.top.toFixed(1)}–${r.label.bottom.toFixed(1)}, x ${r.label.left.toFixed(1)}–${r.label.right.toFixed(1)}), its mark ${r.mark.top.toFixed(1)}–${r.mark.bottom.toFixed(1)}, x ${r.mark.left.toFixed(1)}–${r.mark.right.toFixed(1)}: neither in its mark's row, standing on it nor tied to it by a leader`,
        ],
  );
}

/**
 * How far, px, a dot's label's vertical centre may stand from the dot's: the label's box is its
 * lines' (the line height, 1.2 em), the box the browser gives its text is the font's (ascent and
 * descent, about 1.16 em), a px or so shorter and set on whole-px baselines, and Plot offsets marks
 * by half a px. At 3 px a label is still under a quarter of the shortest row (15 px, 12 px type)
 * from its dot, where the next row's dot is at least 12 px further: it reads as its dot's, not
 * the row's above or below.
 */
export const PAIR_SLACK = 3;

/**
 * The dots' labels that do not stand beside their own dot: each label's vertical centre within
 * `PAIR_SLACK` of its dot's centre, and nearer it than any other mark's (review r14 N4, r15 N2: at
 * 320 px "Zero-tolerance policy announced" stood at y ≈ 151 over its dot at 165, with the next label
 * at 178: the dot sat between two labels, a reader could not tell whose it was). Paired by the data
 * the chart puts on both (`data-key` `label:<id>` and `event:<id>`).
 */
export function pairProblems(rows: DrawnRow[]): string[] {
  const mid = (b: RowBox) => (b.top + b.bottom) / 2;
  return rows
    .filter((r) => r.dot)
    .flatMap((r) => {
      const centre = mid(r.label);
      const own = Math.abs(centre - mid(r.mark));
      const other = rows
        .filter((o) => o.id !== r.id)
        .reduce<{ id: string; off: number } | null>((best, o) => {
          const off = Math.abs(centre - mid(o.mark));
          return !best || off < best.off ? { id: o.id, off } : best;
        }, null);
      if (own <= PAIR_SLACK && (!other || own < other.off)) return [];
      return [
        `label ${r.id}: centre at ${centre.toFixed(1)}, its dot's at ${mid(r.mark).toFixed(1)} (${own.toFixed(1)} px off)` +
          (other ? `, ${other.id}'s mark ${other.off.toFixed(1)} px off` : ''),
      ];
    });
}
