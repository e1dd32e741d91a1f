/**
 * The search chart's labels, placed for one state's layout (search.ts): the breakdown's key and the
 * symbols' key, the counts by their points, the state's emphasis named (a bar's parts summed, the
 * no-phone box in focus), the notes on points that differ, and the leaders from labels set apart
 * back to their points. Each at the first spot clear of the marks, the count's line and the labels
 * placed before it.
 */
import type { ScaleLinear, ScaleTime } from 'd3';
import { fill } from '../content/fill.ts';
import type { Format } from '../content/format.ts';
import type { BreakdownGroup } from '../data/tables.ts';
import {
  labelBox,
  lineHeight,
  placeLabels,
  segmentsCross,
  swatchRadius,
  wrap,
  type Box,
  type Fit,
  type LabelRequest,
  type PlacedLabel,
  type Spot,
} from './fit.ts';
import type { Breakdown, Copy, Point, Segment, SymbolKey } from './search.ts';

/** A point's ring around its radius, px, and the room the label placer keeps around a label (fit.ts). */
export const POINT_RING = 1.5;
const PLACER_GAP = 2;
/**
 * The clear space between the parts of a bar in focus ("277 + 100 + 14") and its count under them,
 * px: closer, the two read as one sum (review r9: 3 px at 1280 in dark).
 */
const SUM_GAP = 6;
/** The clear space between a key's dot (its ring included) and its name, px. */
export const KEY_DOT_GAP = 5;
/** Reports closer than this to the one before (30 days, in ms) get their value label below, not above. */
const CROWDED = 30 * 86_400_000;

/** The words of a symbol's key. */
export const symbolText = (copy: Copy, key: SymbolKey['key']) =>
  key === 'notFiling' ? copy.labels.notFilingShort : copy.labels.dateUncertain;

/** Where a key's name begins after its swatch: the swatch's room (two radii) and a gap. */
const swatchRoom = (fit: Fit) => 2 * swatchRadius(fit.fontSize) + 4;

/**
 * The space between one key item's name and the next item's swatch, px: the phone's three short
 * names ("No phone given" unabbreviated, fc10 S4) on one row at 320 px.
 */
const KEY_ITEM_GAP = 12;

/** A key's items in rows that fit `width`: each a symbol (`room` px with its gap) and a name. */
export function legendRows(fit: Fit, names: string[], width: number, room = swatchRoom(fit)) {
  const rows: { index: number; text: string; left: number; width: number }[][] = [[]];
  let left = 0;
  names.forEach((text, index) => {
    const w = fit.measure(text, fit.fontSize);
    if (left > 0 && left + room + w > width) {
      rows.push([]);
      left = 0;
    }
    rows[rows.length - 1]!.push({ index, text, left, width: w });
    left += room + w + KEY_ITEM_GAP;
  });
  return rows;
}

/**
 * Small boxes along the count's line, so that a label placed against them crosses neither the
 * line nor its points: one every few pixels of each segment.
 */
function alongLine(pts: { x: number; y: number }[], half = 1.5): Box[] {
  const boxes: Box[] = [];
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!;
    const b = pts[i]!;
    const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 3));
    for (let k = 0; k <= steps; k++) {
      const px = a.x + ((b.x - a.x) * k) / steps;
      const py = a.y + ((b.y - a.y) * k) / steps;
      boxes.push({ left: px - half, right: px + half, top: py - half, bottom: py + half });
    }
  }
  return boxes;
}

/** How far `box` stands from a round mark at (cx, cy) of radius r: from the mark's edge, 0 on it. */
function distance(box: Box, cx: number, cy: number, r: number): number {
  const dx = Math.max(box.left - cx, 0, cx - box.right);
  const dy = Math.max(box.top - cy, 0, cy - box.bottom);
  return Math.max(0, Math.hypot(dx, dy) - r);
}

/** A key's items in their rows, as `legendRows` sets them. */
type LegendRow = ReturnType<typeof legendRows>[number];

/** What the labels are placed against: one state's layout, as search.ts has drawn it. */
export interface LabelContext {
  fit: Fit;
  fmt: Format;
  copy: Copy;
  /** The points shown, the court filings among them (the count's line), and the breakdown's segments. */
  points: Point[];
  filings: Point[];
  bars: Segment[];
  /** The points where the list grew, with the base before them (a dashed rule down from each). */
  changes: (Point & { before: number })[];
  /** The plot's frame in px, its scales, and each point's radius as drawn. */
  frame: Box;
  x: ScaleTime<number, number>;
  y: ScaleLinear<number, number>;
  radius: (p: Point) => number;
  /** The count axis's labels, already placed. */
  tickLabels: PlacedLabel[];
  /** The gridlines over the axis, which a note keeps off (review r15 N4: one struck "Reported…"). */
  grid: Box[];
  /** What the state puts forward: the bar whose parts are summed, the no-phone box named. */
  emphasis: Breakdown | null;
  split: Segment[];
  thin: Segment | undefined;
  /** The bars' key in its rows above the plot (the breakdown only). */
  keyRows: LegendRow[];
  groups: readonly { group: BreakdownGroup; className: string }[];
  /**
   * Where the rows above the plot begin: the symbols' keys' (at the top), the bars' key's under
   * them, next to the bars. Outside the breakdown the bars' rows stand empty, and the labels on
   * the plot may rise into them.
   */
  symbolsTop: number;
  barsTop: number;
  /** Every symbol a key may explain, in its order, and the room a key's dot takes (its radius, and with its gap). */
  symbols: readonly SymbolKey[];
  keyDot: { r: number; room: number };
  /** The emailed count is explained in the key, not by a note at its diamond (the breakdown). */
  fixedKeys: boolean;
  /** The opacity of a group's key swatch: as its marks are drawn in the state. */
  swatchOpacity: (group: BreakdownGroup) => number;
}

/** Places every label of one state (see the module's head). */
export function placeSearchLabels(ctx: LabelContext) {
  const { fit, fmt, copy, points, filings, bars, changes, frame, x, y, radius, tickLabels, grid } = ctx;
  const { emphasis, split, thin, keyRows, symbolsTop, barsTop, fixedKeys, keyDot } = ctx;
  /** Where the labels on the plot stand: in it, and outside the breakdown in the bars' key's empty rows. */
  const room: Box = fixedKeys ? frame : { ...frame, top: barsTop };
  const fs = fit.fontSize;
  const lh = lineHeight(fs);
  const obstacles: Box[] = [
    ...tickLabels.map((l) => l.box),
    ...points.map((p) => {
      const r = radius(p) + POINT_RING;
      return { left: x(p.at) - r, right: x(p.at) + r, top: y(p.value) - r, bottom: y(p.value) + r };
    }),
    ...bars.map((b) => ({ left: x(b.x1), right: x(b.x2), top: y(b.y2), bottom: y(b.y1) })),
    // The dashed rules where the list grew: no label may sit across one.
    ...changes.map((c) => ({ left: x(c.at) - 1, right: x(c.at) + 1, top: y(c.value), bottom: frame.bottom })),
  ];
  const around = (px: number, py: number, r0: number, prefer: 'above' | 'below' = 'above'): Spot[] => {
    // Clear of the point's own box (its radius and ring) by the placer's gap, so that a spot next
    // to the point is free when nothing else is there; else every label went to a far spot.
    const r = r0 + POINT_RING + PLACER_GAP + 0.5;
    const above: Spot[] = [
      { x: px, y: py - r, align: 'middle', valign: 'bottom' },
      { x: px - r, y: py - r, align: 'end', valign: 'bottom' },
      { x: px + r, y: py - r, align: 'start', valign: 'bottom' },
    ];
    const below: Spot[] = [
      { x: px, y: py + r, align: 'middle', valign: 'top' },
      { x: px + r, y: py + r, align: 'start', valign: 'top' },
      { x: px - r, y: py + r, align: 'end', valign: 'top' },
    ];
    const sides: Spot[] = [
      { x: px + r, y: py, align: 'start', valign: 'middle' },
      { x: px - r, y: py, align: 'end', valign: 'middle' },
    ];
    // Farther off, on a leader line, when everything near is taken.
    const far: Spot[] = [1, 2, 3, 4, 5, 6].flatMap((k) => [
      { x: px, y: py - r - 3 - k * lh, align: 'middle', valign: 'bottom' },
      { x: px, y: py + r + 3 + k * lh, align: 'middle', valign: 'top' },
      { x: px + r + 4, y: py + r + k * lh, align: 'start', valign: 'top' },
      { x: px - r - 4, y: py + r + k * lh, align: 'end', valign: 'top' },
      { x: px + r + 4, y: py - r - k * lh, align: 'start', valign: 'bottom' },
      { x: px - r - 4, y: py - r - k * lh, align: 'end', valign: 'bottom' },
    ]);
    // Over the point, set from its centre: clear of a mark close before or after it that the
    // spots above, on either side, would cover (at 320 the emailed count's diamond by the 628 dot).
    const overCentre: Spot[] = [0, 2, 4, 6].flatMap((k): Spot[] => [
      { x: px, y: py - r - k, align: 'start', valign: 'bottom' },
      { x: px, y: py - r - k, align: 'end', valign: 'bottom' },
    ]);
    return [
      ...(prefer === 'above' ? [...above, ...sides, ...below] : [...below, ...sides, ...above]),
      ...overCentre,
      ...far,
    ];
  };
  /** A point's mark as drawn: its radius, a diamond (an emailed count) a pixel larger. */
  const markRadius = (p: Point) => radius(p) + (p.courtFiling ? 0 : 1);
  /**
   * The spots of a label on point `own` whose box stands nearer that point's mark than any other
   * point's, so that it reads as its label (review r9: the email note at 320 sat by the 628 dot).
   */
  const nearOwn = (request: Omit<LabelRequest, 'key'>, own: Point): Spot[] =>
    request.spots.filter((spot) => {
      const box = labelBox(fit, request, spot);
      const mine = distance(box, x(own.at), y(own.value), markRadius(own));
      return points.every((q) => q === own || distance(box, x(q.at), y(q.value), markRadius(q)) > mine + 1);
    });
  /** Where each note points: its point, so that a note set apart gets a leader line back to it. */
  const anchors = new Map<string, { x: number; y: number; r: number }>();
  /** A label's leader: from its point's ring to the nearest edge of its box; none where it stands by the point. */
  const leaderOf = (a: { x: number; y: number; r: number }, box: Box) => {
    const tx = Math.max(box.left, Math.min(a.x, box.right));
    const ty = Math.max(box.top, Math.min(a.y, box.bottom));
    const d = Math.hypot(tx - a.x, ty - a.y);
    if (d < a.r + 8) return null;
    const k = a.r / d;
    return { x1: a.x + (tx - a.x) * k, y1: a.y + (ty - a.y) * k, x2: tx, y2: ty };
  };

  const keyPlaced: PlacedLabel[] = [];
  const swatches: { key: string; className: string; x: number; y: number; opacity: number }[] = [];
  const swatchR = swatchRadius(fs);
  const nameAt = swatchRoom(fit);
  /** A key item's name in its row above the plot, from `left`. */
  const keyName = (key: string, item: { text: string; width: number }, left: number, top: number) => ({
    key,
    lines: [item.text],
    size: fs,
    weight: 400,
    spots: [],
    spot: { x: left, y: top, align: 'start', valign: 'top' } as Spot,
    box: { left, top, right: left + item.width, bottom: top + lh },
  });
  keyRows.forEach((row, r) => {
    for (const item of row) {
      const { group, className } = ctx.groups[item.index]!;
      const top = barsTop + r * lh;
      keyPlaced.push(keyName(group, item, 4 + item.left + nameAt, top));
      swatches.push({
        key: group,
        className,
        x: 4 + item.left + swatchR,
        y: top + lh / 2,
        opacity: ctx.swatchOpacity(group),
      });
    }
  });

  const requests: LabelRequest[] = [];
  // Highlighted counts (or, before any is, the newest report's, in plain type): below a point when
  // a higher report sits close before it.
  // (None while the no-phone boxes are in focus: the one count named then is the box's.)
  const labelled =
    emphasis === 'noPhone'
      ? []
      : points.some((q) => q.highlight)
        ? points.filter((q) => q.highlight)
        : points.slice(-1);
  for (const p of labelled) {
    const i = points.indexOf(p);
    const before = points[i - 1];
    const crowded =
      before !== undefined && before.value > p.value && p.at.getTime() - before.at.getTime() < CROWDED;
    const request = {
      lines: [fmt.count(p.value)],
      size: fs,
      weight: p.highlight ? 700 : 400,
      spots: around(x(p.at), y(p.value), radius(p), crowded ? 'below' : 'above'),
    };
    const near = nearOwn(request, p);
    requests.push({ key: `count:${p.id}`, ...request, spots: near.length ? near : request.spots });
  }
  // Every label is placed clear of the count's line as well as of its points, marks and other
  // labels (a label across the line reads as part of it; review r8 S4).
  const line = alongLine(filings.map((p) => ({ x: x(p.at), y: y(p.value) })));
  const placedCounts = placeLabels(fit, requests, room, [...obstacles, ...line]);
  obstacles.push(...placedCounts.map((c) => c.box));

  // The state's emphasis, named.
  const emphasised: LabelRequest[] = [];
  for (const p of split.length ? points.filter((q) => q.id === split[0]!.id) : []) {
    // The parts that make the count, bottom to top as the key reads ("277 + 100 + 14"): over the
    // point and its count, SUM_GAP clear of the count, on the side the line leaves clear.
    const r = radius(p) + POINT_RING + PLACER_GAP + 0.5;
    const rise = r + lh + SUM_GAP;
    emphasised.push({
      key: `split:${p.id}`,
      lines: [split.map((b) => fmt.count(b.count)).join(' + ')],
      size: fs,
      weight: 400,
      spots: [0, 1, 2, 3, 4, 5].flatMap((k): Spot[] => [
        { x: x(p.at), y: y(p.value) - rise - k * lh, align: 'middle', valign: 'bottom' },
        { x: x(p.at) - r, y: y(p.value) - rise - k * lh, align: 'start', valign: 'bottom' },
        { x: x(p.at) + r, y: y(p.value) - rise - k * lh, align: 'end', valign: 'bottom' },
      ]),
    });
  }
  // The sum keeps SUM_GAP from its count wherever the count went (the placer keeps its own gap).
  const keepOff = (split.length ? placedCounts : [])
    .filter((c) => c.key === `count:${split[0]!.id}`)
    .map(({ box: b }) => {
      const d = SUM_GAP - PLACER_GAP;
      return { left: b.left - d, top: b.top - d, right: b.right + d, bottom: b.bottom + d };
    });
  for (const b of thin ? [thin] : []) {
    // The no-phone box in focus, named by its count off it on a short leader, over the bars where
    // there is room (beside it, in the gap to the next bar, it read as naming the gap's line).
    const mid = y((b.y1 + b.y2) / 2);
    const key = `segment:${b.id}:${b.group}`;
    anchors.set(key, { x: (x(b.x1) + x(b.x2)) / 2, y: mid, r: (x(b.x2) - x(b.x1)) / 2 });
    emphasised.push({
      key,
      lines: [fmt.count(b.count)],
      size: fs,
      weight: 700,
      spots: [
        ...[1.5, 2, 2.5, 3, 4, 5, 6].flatMap((k): Spot[] => [
          { x: x(b.x2) + 2, y: mid - k * lh, align: 'start', valign: 'middle' },
          { x: x(b.x1) - 2, y: mid - k * lh, align: 'end', valign: 'middle' },
        ]),
        { x: x(b.x2) + 4, y: mid, align: 'start', valign: 'middle' },
        { x: x(b.x1) - 4, y: mid, align: 'end', valign: 'middle' },
      ],
    });
  }
  const named = placeLabels(fit, emphasised, room, [...obstacles, ...line, ...keepOff]);
  obstacles.push(...named.map((c) => c.box));
  const counts = [...placedCounts, ...named];

  // Notes on the points in focus are placed first; those on other points give way where there is
  // no room (the table keeps them).
  const notes: LabelRequest[] = [];
  const noteWidth = Math.max(fs * 7, Math.min(fs * 11, (frame.right - frame.left) / 3));
  /**
   * A note's other shapes, wider and in fewer lines, tried where its own finds no clear spot (the
   * Spanish email note took three lines at a phone's width and was left out).
   */
  const reshaped = new Map<string, string[][]>();
  /** The point each note on a point is about: its spots are those nearer it than any other point. */
  const noteOf = new Map<string, Point>();
  // Why a point is hollow: an email, not a filing; a count dated by the report that carried it, on
  // that report's day (a month, not a day, is said once, in the key).
  // The report's day is short: on one line where it can be, under its point (the count is over it).
  const hollowNotes = [
    {
      label: 'notFiling',
      of: (p: Point) => !p.courtFiling,
      text: () => copy.labels.notFiling,
      short: copy.labels.notFilingShort,
      width: noteWidth,
      prefer: 'above',
    },
    {
      label: 'reportedOn',
      of: (p: Point) => p.datedByReport,
      text: (p: Point) => fill(copy.labels.reportedOn, { date: fmt.date(p.asOf) }),
      short: null,
      width: Math.max(noteWidth, fs * 14),
      prefer: 'below',
    },
  ] as const;
  // (The emailed count's note, only where the key does not explain it.)
  for (const { label, of, text, short, width: wrapAt, prefer } of hollowNotes.filter(
    (n) => !(fixedKeys && n.label === 'notFiling'),
  )) {
    for (const p of points.filter(of)) {
      const key = `${label}:${p.id}`;
      anchors.set(key, { x: x(p.at), y: y(p.value), r: radius(p) + 2 });
      noteOf.set(key, p);
      // Wider, then narrower (a block that fits between the line and the plot's edge), then in its
      // short words where it has them.
      reshaped.set(key, [
        ...[fs * 14, (frame.right - frame.left) * 0.6, fs * 7].map((w) =>
          wrap(fit, text(p), w < noteWidth ? w : Math.max(noteWidth, w)),
        ),
        ...(short ? [wrap(fit, short, noteWidth)] : []),
      ]);
      notes.push({
        key,
        lines: wrap(fit, text(p), wrapAt),
        size: fs,
        weight: 400,
        // Around its point, else along the top of the plot to its right, on a leader (at a phone's
        // width the spots around the emailed count are taken by the line or the list-grew rule),
        // a row lower where a key holds the top.
        spots: [
          ...around(x(p.at), y(p.value), radius(p) + 2, prefer),
          ...[0, 1, 2].flatMap((row) =>
            [0, 1, 2, 3, 4].map((k): Spot => ({
              x: x(p.at) + radius(p) + 6 + k * fs,
              y: frame.top + row * lh,
              align: 'start',
              valign: 'top',
            })),
          ),
        ],
        optional: !p.highlight,
      });
    }
  }
  for (const c of changes) {
    const text = `${copy.labels.baseChanged}: ${fmt.count(c.before)} → ${fmt.count(c.of ?? 0)}`;
    const lines = wrap(fit, text, Math.max(noteWidth, frame.right - x(c.at) - 8));
    // Beside its dashed rule, at the foot first, then higher up; it goes first, having fewest places.
    const heights = [0, 0.25, 0.5, 0.75].map((f) => frame.bottom - 4 - f * (frame.bottom - y(c.value)));
    notes.unshift({
      key: `change:${c.id}`,
      lines,
      size: fs,
      weight: 400,
      spots: heights.flatMap((at): Spot[] => [
        { x: x(c.at) + 5, y: at, align: 'start', valign: 'bottom' },
        { x: x(c.at) - 5, y: at, align: 'end', valign: 'bottom' },
      ]),
      optional: !c.highlight,
    });
  }
  notes.sort((a, b) => Number(a.optional ?? false) - Number(b.optional ?? false));
  // One at a time, each in the first of its shapes that has a clear spot (else as placeLabels would),
  // a note on a point only where it stands nearer that point than any other.
  const placedNotes: PlacedLabel[] = [];
  // A note's leader crosses neither the count's line nor a rule where the list grew (review r10: at
  // 320 the email note hung 85 px under its point, its leader across both); none clear, it gives way
  // to the key.
  const linePx = filings.map((p) => ({ x: x(p.at), y: y(p.value) }));
  const strokes = [
    ...linePx.slice(1).map((b, i) => [linePx[i]!, b] as const),
    ...changes.map(
      (c) =>
        [
          { x: x(c.at), y: y(c.value) },
          { x: x(c.at), y: frame.bottom },
        ] as const,
    ),
  ];
  const leaderClear = (note: LabelRequest, spot: Spot) => {
    const a = anchors.get(note.key);
    const l = a && leaderOf(a, labelBox(fit, note, spot));
    return !l || !strokes.some(([c, d]) => segmentsCross({ x: l.x1, y: l.y1 }, { x: l.x2, y: l.y2 }, c, d));
  };
  const ownSpots = (note: LabelRequest): LabelRequest => {
    const p = noteOf.get(note.key);
    return p ? { ...note, spots: nearOwn(note, p).filter((spot) => leaderClear(note, spot)) } : note;
  };
  for (const note of notes) {
    const shapes = [note.lines, ...(reshaped.get(note.key) ?? [])];
    const taken = [...obstacles, ...line, ...grid, ...placedNotes.map((n) => n.box)];
    const clear = shapes
      .map((lines) => placeLabels(fit, [ownSpots({ ...note, lines, optional: true })], room, taken)[0])
      .find((n) => n !== undefined);
    const near = ownSpots(note);
    const placed =
      clear ?? placeLabels(fit, [near.spots.length || note.optional ? near : note], room, taken)[0];
    if (placed) placedNotes.push(placed);
  }
  // The symbols' keys: each a hollow symbol, as its points are drawn, and its meaning (a note on
  // each month-only point said the same thing again), in their rows above the plot, the same in
  // every state. The emailed count's in the breakdown, and elsewhere where its note found no room
  // (on a phone the spots around it are taken by the line and the rule). Each set from its left,
  // next to its symbol: where the name runs wider than measured (a drawing made ahead of time, with
  // estimated widths), it runs away from the symbol, never into it.
  const shownKeys = ctx.symbols.filter(({ role }) =>
    role === 'monthKey'
      ? points.some((p) => p.dateUncertain)
      : points.some(
          (p) => !p.courtFiling && (fixedKeys || !placedNotes.some((n) => n.key === `notFiling:${p.id}`)),
        ),
  );
  const symbolRows = legendRows(
    fit,
    shownKeys.map((k) => symbolText(copy, k.key)),
    fit.width - 8,
    keyDot.room,
  );
  const symbolsPlaced = symbolRows.flatMap((row, r) =>
    row.map((item) => {
      const { key, role, symbol, r: dotR } = shownKeys[item.index]!;
      const top = symbolsTop + r * lh;
      const label: PlacedLabel = keyName(key, item, 4 + item.left + keyDot.room, top);
      return { label, role, symbol, r: dotR, x: 4 + item.left + keyDot.r, y: top + lh / 2 };
    }),
  );
  const monthOnly = symbolsPlaced.filter((k) => k.role === 'monthKey').map((k) => k.label);
  const emailKey = symbolsPlaced.filter((k) => k.role === 'emailKey').map((k) => k.label);
  // A leader from each note set apart from its point to the nearest edge of the note.
  const leaders = [...named, ...placedNotes].flatMap((n) => {
    const a = anchors.get(n.key);
    const l = a && leaderOf(a, n.box);
    return l ? [{ key: n.key, ...l }] : [];
  });

  return { counts, placedNotes, keyPlaced, monthOnly, emailKey, symbolsPlaced, swatches, leaders };
}
