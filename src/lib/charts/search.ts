/**
 * Children whose parents the court-appointed lawyers had not reached, report by report, on a time
 * axis fixed from October 2020 to February 2022 (the last filing we found) so the series grows in
 * place from step to step. A count given outside the filings after that (December 2023) is in the
 * data and the text, not on this axis.
 *
 * The line joins court filings only: the emailed count is drawn hollow and apart. A filing known
 * only to its month is a hollow dot in the middle of that month, with a rule across the month.
 * With `breakdown`, the reports that split the count are stacked by what was known of the parents.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import type { RenderFunction } from '@observablehq/plot';
import { scaleLinear, scaleUtc, utcMonth } from 'd3';
import { fill } from '../content/fill.ts';
import type { Format } from '../content/format.ts';
import type { BreakdownGroup, BreakdownRow, UnreachedRow } from '../data/tables.ts';
import { toUtcDate } from '../data/tables.ts';
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
import { fittingMonthTicks, labelText, monthAxis, monthTicks, type Invert } from './marks.ts';
import { keyed } from './motion.ts';
import type { ChartCopy, ChartData, DataTable } from './types.ts';

/**
 * What a breakdown state puts forward, as its card says: the parents believed removed in every
 * report, the split of the report in focus (its parts summed), or the children with no phone number.
 * `all`: the three at once, nothing dimmed, for the one drawing that stands for the passage's three
 * cards where they are not drawn one by one (without scripts, in print, the handout).
 */
export type Breakdown = 'removed' | 'sum' | 'noPhone' | 'all';

/** How much of the unreached series is drawn, and whether (and with what emphasis) the breakdown is stacked. */
export interface SearchState {
  until: string;
  highlight: string[];
  breakdown: false | Breakdown;
}

/** Copy keys: the breakdown's groups, and the notes on points that differ. */
export const LABELS = [
  'removed',
  'inUS',
  'noPhone',
  'notFiling',
  // The emailed count's note where the full one finds no room, by its point or in the key.
  'notFilingShort',
  'dateUncertain',
  // A count dated by the report that carried it: "Reported {date}".
  'reportedOn',
  'baseChanged',
  // The breakdown's key at a phone's width, where the state's title says "believed".
  'removedShort',
  'inUSShort',
  'noPhoneShort',
] as const;
export const COLUMNS = ['date', 'children', 'base', 'removed', 'inUS', 'noPhone', 'note'] as const;
/** The breakdown has its own title and subtitle: it shows who the parents were, not only how many. */
export const STATES = ['breakdown'] as const;
export function stateKey(state: SearchState): (typeof STATES)[number] | null {
  return state.breakdown ? 'breakdown' : null;
}
export const EMBED_HEIGHT = 560;
type Copy = ChartCopy<(typeof LABELS)[number], (typeof COLUMNS)[number]>;

const DOMAIN: [Date, Date] = [new Date(Date.UTC(2020, 9, 1)), new Date(Date.UTC(2022, 1, 1))];
const Y_MAX = 800;
const GROUPS: readonly { group: BreakdownGroup; short: (typeof LABELS)[number]; className: string }[] = [
  { group: 'removed', short: 'removedShort', className: 'mark-accent' },
  { group: 'inUS', short: 'inUSShort', className: 'mark-second' },
  // Not a third hue (the design allows two) nor a grey (the count's line is grey): an outline.
  { group: 'noPhone', short: 'noPhoneShort', className: 'mark-outline' },
];
/** Below this width the breakdown is drawn for a phone: its own months, a short key, no empty band. */
const NARROW = 600;
/** A point's ring around its radius, px, and the room the label placer keeps around a label (fit.ts). */
const POINT_RING = 1.5;
const PLACER_GAP = 2;
/**
 * The clear space between the parts of a bar in focus ("277 + 100 + 14") and its count under them,
 * px: closer, the two read as one sum (review r9: 3 px at 1280 in dark).
 */
const SUM_GAP = 6;
/** The clear space between a key's dot (its ring included) and its name, px. */
const KEY_DOT_GAP = 5;
/**
 * What is not the state's emphasis is drawn at this opacity: faint enough that the marks in focus
 * lead (about 1.7:1 from the same colour in full), strong enough that every faded mark keeps 3:1
 * against the background in both themes (WCAG 1.4.11; review r15 N1: at 0.3 the faded blue bars
 * stood at 1.6:1 on white). The accent on white is the weakest: 3.2:1.
 */
const DIM = 0.7;
/**
 * A point in focus is set in ink, larger, with its count in bold, in every state: the accent is the
 * breakdown's "believed removed", and one colour keeps one meaning across the chart's states.
 */
const FOCUS = { fill: 'mark-ink', stroke: 'line-text' };
/** The count's line and its points, in a darker grey than the rules and grid around them. */
const SERIES = { fill: 'mark-context-strong', stroke: 'line-strong' };
/** Half the width of a breakdown bar, in days. */
const BAR_HALF_DAYS = 9;
const DAY = 86_400_000;
/** Reports closer than this to the one before get their value label below, not above. */
const CROWDED_DAYS = 30;

interface Point extends UnreachedRow {
  /** Where the point is drawn: its day, or the middle of its month when only the month is known. */
  at: Date;
  highlight: boolean;
  /** Hollow: not a court filing, or a day the record does not give. */
  hollow: boolean;
}

/** The points reported up to and including `until` (a day, or a whole month). */
function visible(data: ChartData, state: SearchState): Point[] {
  const until = toUtcDate(state.until);
  return data.unreached
    .filter((r) => r.date <= until)
    .map((r) => {
      const monthStart = utcMonth.floor(r.date);
      const monthEnd = utcMonth.offset(monthStart, 1);
      return {
        ...r,
        // A count known only to its month sits mid-month; one dated by its report, on that day.
        at:
          r.dateUncertain && !r.datedByReport
            ? new Date((monthStart.getTime() + monthEnd.getTime()) / 2)
            : r.date,
        highlight: state.highlight.includes(r.id),
        hollow: !r.courtFiling || r.dateUncertain,
      };
    });
}

/** The last known base before each point, to say how the list changed. */
function previousBase(points: UnreachedRow[], index: number): number | null {
  for (let k = index - 1; k >= 0; k--) {
    const of = points[k]?.of;
    if (of !== null && of !== undefined) return of;
  }
  return null;
}

/** One stacked segment of a breakdown bar: removed at the bottom, then in the U.S., then no phone. */
interface Segment extends BreakdownRow {
  x1: Date;
  x2: Date;
  y1: number;
  y2: number;
}

/** Stacks each shown report's groups in `GROUPS` order, centred on where its point is drawn. */
function stacked(rows: BreakdownRow[], atById: Map<string, Date>): Segment[] {
  const out: Segment[] = [];
  for (const [id, at] of atById) {
    let y = 0;
    for (const { group } of GROUPS) {
      const row = rows.find((b) => b.id === id && b.group === group);
      if (!row) continue;
      out.push({
        ...row,
        x1: new Date(at.getTime() - BAR_HALF_DAYS * DAY),
        x2: new Date(at.getTime() + BAR_HALF_DAYS * DAY),
        y1: y,
        y2: y + row.count,
      });
      y += row.count;
    }
  }
  return out;
}

/** Where a key's name begins after its swatch: the swatch's room (two radii) and a gap. */
const swatchRoom = (fit: Fit) => 2 * swatchRadius(fit.fontSize) + 4;

/**
 * The space between one key item's name and the next item's swatch, px: the phone's three short
 * names ("No phone given" unabbreviated, fc10 S4) on one row at 320 px.
 */
const KEY_ITEM_GAP = 12;

/** A key's items in rows that fit `width`: each a symbol (`room` px with its gap) and a name. */
function legendRows(fit: Fit, names: string[], width: number, room = swatchRoom(fit)) {
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
 * A point's mark: its radius when highlighted and not; smaller on a breakdown's bar, whose top it
 * marks, so that the thin segment at the top stays in sight either side of it.
 */
const RADIUS = { plain: 4.5, highlight: 5.5 };
const ON_BAR = { plain: 2.5, highlight: 3.5 };
/** The key's hollow dot: a plain point's radius, ringed by half its 2 px stroke. */
const KEY_DOT_R = RADIUS.plain + 1;
/** The room a key's dot takes left of its name, px: the ring's width and the gap. */
const KEY_DOT = 2 * KEY_DOT_R + KEY_DOT_GAP;

/**
 * `render` that sets each element's opacity from its datum (on the element, not its group, so that
 * a step change eases it); 1 is left unwritten.
 */
function withOpacity<T>(render: RenderFunction, opacity: (datum: T) => number): RenderFunction {
  return function (this: { data: T[] }, index, scales, values, dimensions, context, next) {
    const g = render.call(this, index, scales, values, dimensions, context, next) as SVGGElement | null;
    for (const child of g?.children ?? []) {
      // A dot's datum is its index; a line's, the indices of its points.
      const d = (child as Element & { __data__?: unknown }).__data__;
      const i = Array.isArray(d) ? (d[0] as unknown) : d;
      const datum = typeof i === 'number' ? this.data[i] : undefined;
      const o = datum === undefined ? 1 : opacity(datum);
      if (o < 1) child.setAttribute('opacity', String(o));
    }
    return g;
  };
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

/**
 * The top of the count axis that leaves the highest point its ring and the top tick's label
 * ("600", standing on its line) room inside `frame`, and at least that tick.
 */
function fittedTop(points: Point[], frame: Box, lh: number): number {
  const height = frame.bottom - frame.top;
  const ring = RADIUS.highlight + 2 + POINT_RING;
  const highest = Math.max(0, ...points.map((p) => p.value));
  // v sits `room` px under the top when top = v / (1 - room / height).
  const under = (v: number, room: number) => v / Math.max(0.1, 1 - room / height);
  return Math.ceil(Math.max(under(highest, ring), under(600, lh + 2)));
}

/** The most rows the plot's top margin grows by to hold the key entries that find no clear spot in it. */
const MAX_KEY_ROWS = 2;

/**
 * Draws one state of the chart, laid out for `fit`. In the breakdown the keys to the points'
 * symbols (a hollow dot for a month-only day, a diamond for the emailed count) stand in rows of
 * their own above the plot, under the bars' key, the same in its three states, so that the plot's
 * frame and scale hold still from card to card: set at the first clear spot in the plot, the email
 * key moved between the cards, and the row kept for it moved the count axis, 12 px at 320 (review
 * r13 S1). Elsewhere a key entry stands at the first spot along the top of the plot clear of its
 * marks, and where there is none the plot's top margin grows by a row for it (issue 8: at 320 in
 * Spanish the email key sat on its own diamond).
 */
export function spec(data: ChartData, state: SearchState, copy: Copy, fmt: Format, fit: Fit): PlotOptions {
  for (let rows = 0; ; rows++) {
    const drawn = layout(data, state, copy, fmt, fit, rows);
    if (state.breakdown || drawn.keysClear || rows >= MAX_KEY_ROWS) return drawn.options;
  }
}

/** The keys to the points' symbols, in the order they stand in their rows. */
const SYMBOL_KEYS = [
  { key: 'notFiling', role: 'emailKey', symbol: 'diamond2', r: RADIUS.plain + 1 },
  { key: 'dateUncertain', role: 'monthKey', symbol: 'circle', r: RADIUS.plain },
] as const;

/**
 * One state laid out with `keyRowsKept` rows above the plot kept for key entries (outside the
 * breakdown); whether they all found a clear spot.
 */
function layout(
  data: ChartData,
  state: SearchState,
  copy: Copy,
  fmt: Format,
  fit: Fit,
  keyRowsKept: number,
): { options: PlotOptions; keysClear: boolean } {
  const fs = fit.fontSize;
  const lh = lineHeight(fs);
  const width = fit.width;
  // A phone's chart takes all the height it has; a wide one keeps a landscape shape.
  const height = Math.round(Math.min(fit.height, width < 600 ? fit.height : Math.max(200, width * 0.62)));
  const points = visible(data, state);
  const atById = new Map(points.map((p) => [p.id, p.at]));
  const bars = state.breakdown ? stacked(data.breakdown, atById) : [];
  // On a phone the breakdown's axis ends with the month of its last report: the months after it
  // hold no bar, and the room is the bars'.
  const phone = bars.length > 0 && width < NARROW;
  const domain: [Date, Date] = phone
    ? [DOMAIN[0], utcMonth.ceil(new Date(Math.max(...bars.map((b) => b.x2.getTime()))))]
    : DOMAIN;
  // Quarters from the axis's first month, or fewer where the month names would not fit.
  const yLabelWidth = Math.ceil(fit.measure(fmt.count(600), fs)) + 8;
  const ticks = fittingMonthTicks(
    fit,
    fmt,
    domain[0],
    utcMonth.offset(domain[1], 1),
    width - yLabelWidth - fit.measure(fmt.monthName(domain[1]), fs),
  );
  const lastTick = monthTicks(fmt, ticks)(ticks[ticks.length - 1]!);
  // Room for the two-line month ticks below, and for the last one's overhang on the right.
  const marginRight = Math.ceil(fit.measure(lastTick.split('\n')[0] ?? '', fs) / 2) + 6;
  // What the breakdown state puts forward: the removed segments; the bar in focus, with its parts
  // summed over its point ("277 + 100 + 14"); or the no-phone boxes, the one in focus named by its
  // count. The rest is dimmed. `all` names the sum and the no-phone count, and dims nothing.
  const emphasis = state.breakdown || null;
  const inFocus = (id: string) => points.find((p) => p.id === id)?.highlight === true;
  const split = emphasis === 'sum' || emphasis === 'all' ? bars.filter((b) => inFocus(b.id)) : [];
  // (Not in `all`, where the sum over the same bar ends with that count: a second "14" by the box
  // read as a term of the sum, review r13.)
  const thin = emphasis === 'noPhone' ? bars.find((b) => b.group === 'noPhone' && inFocus(b.id)) : undefined;
  const segmentShown = (b: Segment) =>
    emphasis === 'all'
      ? true
      : emphasis === 'removed'
        ? b.group === 'removed'
        : emphasis === 'sum'
          ? inFocus(b.id)
          : b.group === 'noPhone';
  /** The no-phone boxes are a subject of the state: drawn over the line, outlined in focus. */
  const noPhoneForward = emphasis === 'noPhone' || emphasis === 'all';
  // The breakdown's key: swatches and names in rows across the top, in that state only.
  const keyRows = state.breakdown
    ? legendRows(
        fit,
        GROUPS.map((g) => (phone ? copy.labels[g.short] : copy.labels[g.group])),
        width - 8,
      )
    : [];
  // In the breakdown, the symbols' key in rows under the bars' (the same rows in each of its
  // states), the emailed count explained there rather than by a note at its diamond.
  const fixedKeys = Boolean(state.breakdown);
  const symbolKeys = SYMBOL_KEYS.filter(
    ({ key }) => fixedKeys && points.some((p) => (key === 'notFiling' ? !p.courtFiling : p.dateUncertain)),
  );
  const symbolText = (key: (typeof SYMBOL_KEYS)[number]['key']) =>
    key === 'notFiling' ? copy.labels.notFilingShort : copy.labels.dateUncertain;
  const symbolRows = symbolKeys.length
    ? legendRows(
        fit,
        symbolKeys.map((k) => symbolText(k.key)),
        width - 8,
        KEY_DOT,
      )
    : [];
  const keyLines = keyRows.length + symbolRows.length;
  const margin = {
    top: 4 + (keyLines ? keyLines * lh + 8 : 0) + keyRowsKept * lh,
    right: marginRight,
    bottom: 2 * lh + 8,
    left: yLabelWidth,
  };
  const frame: Box = {
    left: margin.left,
    top: margin.top,
    right: width - margin.right,
    bottom: height - margin.bottom,
  };
  const x = scaleUtc(domain, [frame.left, frame.right]);
  // On a phone's breakdown the count axis ends just over the highest point, its top tick's label
  // and the key above it: the band up to 800 is empty there.
  const yMax = phone ? Math.min(Y_MAX, fittedTop(points, frame, lh)) : Y_MAX;
  const y = scaleLinear([0, yMax], [frame.bottom, frame.top]);
  const invert: Invert = { x: (px) => x.invert(px), y: (py) => y.invert(py) };

  const filings = points.filter((p) => p.courtFiling);
  const barred = new Set(bars.map((b) => b.id));
  const radius = (p: Point) => {
    const sizes = barred.has(p.id) ? ON_BAR : RADIUS;
    return p.highlight ? sizes.highlight : sizes.plain;
  };
  const marks: Plot.Markish[] = [];

  // Counts in the left margin, each standing on its grid line (clear of the dates under the axis),
  // as many as the height allows.
  const every = frame.bottom - y(200) >= lh + 4 ? 200 : 400;
  const yTicks = [0, 200, 400, 600].filter((t) => t % every === 0);
  /** The gridlines over the axis, which a note keeps off (review r15 N4: one struck "Reported…"). */
  const grid: Box[] = yTicks
    .filter((t) => t > 0 && t <= yMax)
    .map((t) => ({ left: frame.left, top: y(t), right: frame.right, bottom: y(t) }));
  const tickLabels = placeLabels(
    fit,
    yTicks.map((t) => ({
      key: String(t),
      lines: [fmt.count(t)],
      size: fs,
      weight: 400,
      spots: [{ x: frame.left - 6, y: y(t) - 1, align: 'end', valign: 'bottom' }],
    })),
    { left: 0, top: 0, right: width, bottom: height },
  );
  marks.push(
    Plot.ruleY(yTicks, { x1: domain[0], x2: domain[1], strokeOpacity: 0.12 }),
    labelText(fit, tickLabels, invert, 'ytick', { className: 'text-muted' }),
    monthAxis(fit, fmt, ticks),
  );

  /** One group's segments among `shown`, each at the opacity the state gives it. */
  const barMark = (group: BreakdownGroup, className: string, shown: Segment[]) =>
    Plot.rectY(
      shown.filter((b) => b.group === group),
      {
        x1: 'x1',
        x2: 'x2',
        y1: 'y1',
        y2: 'y2',
        className: `${className} search-bar${noPhoneForward && group === 'noPhone' ? ' search-bar-focus' : ''}`,
        render: withOpacity(
          keyed('bar', (b: Segment) => `${b.id}:${b.group}`),
          (b: Segment) => (segmentShown(b) ? 1 : DIM),
        ),
      },
    );
  // What goes over the line and its points: the no-phone boxes, a few pixels tall, when they are the
  // state's subject (alone or with the others); the bar in focus when its parts are summed (its
  // thin no-phone box was hidden under its point, review r8); else nothing.
  const over = (b: Segment) => (noPhoneForward ? b.group === 'noPhone' : emphasis === 'sum' && inFocus(b.id));
  const barMarks = GROUPS.map(({ group, className }) =>
    barMark(
      group,
      className,
      bars.filter((b) => !over(b)),
    ),
  );
  const onTop = GROUPS.map(({ group, className }) => barMark(group, className, bars.filter(over)));
  marks.push(...barMarks);
  /** The count's line and points are dimmed while the no-phone boxes are in focus. */
  const seriesOpacity = emphasis === 'noPhone' ? DIM : 1;

  // The base grew between reports: a dashed rule down from the point where it changed.
  const changes = state.breakdown
    ? []
    : points.flatMap((p, i) => {
        const before = previousBase(points, i);
        return p.baseChanged && before !== null && p.of !== null ? [{ ...p, before }] : [];
      });
  marks.push(
    Plot.ruleX(changes, {
      x: 'at',
      y1: 0,
      y2: 'value',
      strokeDasharray: '3,3',
      className: 'line-context',
      render: keyed('change', (c: Point) => c.id),
    }),
    Plot.ruleY([0], { className: 'line-context' }),
    Plot.line(filings, {
      x: 'at',
      y: 'value',
      strokeWidth: 2,
      className: SERIES.stroke,
      render: withOpacity(
        keyed('line', () => 'filings'),
        () => seriesOpacity,
      ),
    }),
  );

  for (const hl of [false, true]) {
    const fill = hl ? FOCUS.fill : SERIES.fill;
    const stroke = hl ? FOCUS.stroke : SERIES.stroke;
    marks.push(
      Plot.dot(
        points.filter((p) => p.highlight === hl && !p.hollow),
        {
          x: 'at',
          y: 'value',
          r: radius,
          strokeWidth: 1.5,
          className: `${fill} mark-halo`,
          render: withOpacity(
            keyed('point', (p: Point) => p.id),
            () => seriesOpacity,
          ),
        },
      ),
      // Hollow: a circle for a day the record does not give, a diamond for a count that was not a
      // court filing (one symbol, one meaning).
      ...(['circle', 'diamond2'] as const).map((symbol) =>
        Plot.dot(
          points.filter((p) => p.highlight === hl && p.hollow && (symbol === 'circle') === p.courtFiling),
          {
            x: 'at',
            y: 'value',
            symbol,
            r: (p: Point) => radius(p) + (symbol === 'circle' ? 0 : 1),
            strokeWidth: 2,
            className: `${stroke} mark-hollow search-hollow`,
            render: withOpacity(
              keyed('point', (p: Point) => p.id),
              () => seriesOpacity,
            ),
          },
        ),
      ),
    );
  }

  marks.push(...onTop);

  // Labels: the breakdown's key (fixed, top right), then the highlighted counts, then the notes on
  // points that differ, each at the first spot around its point that is clear of marks and labels.
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
    return [
      ...(prefer === 'above' ? [...above, ...sides, ...below] : [...below, ...sides, ...above]),
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
      return points.every((q) => q === own || distance(box, x(q.at), y(q.value), markRadius(q)) > mine);
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
  // A swatch looks like the marks it names in this state: pale where all of them are dimmed, full
  // where the state puts some forward (the bar in focus, when its parts are summed; review r10).
  const swatchOpacity = (group: BreakdownGroup) =>
    bars.some((b) => b.group === group && segmentShown(b)) ? 1 : DIM;
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
      const { group, className } = GROUPS[item.index]!;
      const top = 4 + r * lh;
      keyPlaced.push(keyName(group, item, 4 + item.left + nameAt, top));
      swatches.push({
        key: group,
        className,
        x: 4 + item.left + swatchR,
        y: top + lh / 2,
        opacity: swatchOpacity(group),
      });
    }
  });

  // The symbols' key: each a hollow symbol, as its points are drawn, and its meaning (a note on
  // each month-only point said the same thing again). Set from its left, next to its symbol: where
  // the name runs wider than measured (a drawing made ahead of time, with estimated widths), it
  // runs away from the symbol, never into it.
  const symbolsPlaced = symbolRows.flatMap((row, r) =>
    row.map((item) => {
      const { key, role, symbol, r: dotR } = symbolKeys[item.index]!;
      const top = 4 + (keyRows.length + r) * lh;
      const label: PlacedLabel = keyName(key, item, 4 + item.left + KEY_DOT, top);
      return { label, role, symbol, r: dotR, x: 4 + item.left + KEY_DOT_R, y: top + lh / 2 };
    }),
  );
  /**
   * A key entry at the first clear spot along the top of the plot: its name, with room for its
   * symbol on the left kept clear too. Set from its left, next to its symbol: where the name runs
   * wider than measured (a drawing made ahead of time, with estimated widths), it runs away from
   * the symbol, never into it.
   */
  const keyTop = frame.top - keyRowsKept * lh;
  const keyEntry = (key: string, text: string, taken: Box[]): PlacedLabel[] => {
    // The rows kept above the plot first (kept because the plot had no clear spot), then the plot's top.
    const rows = [
      ...Array.from({ length: keyRowsKept }, (_, k) => keyTop + k * lh),
      ...[0, 1, 2, 3].map((k) => frame.top + k * lh),
    ];
    const request = (optional: boolean): LabelRequest => ({
      key,
      lines: [text],
      size: fs,
      weight: 400,
      spots: rows.flatMap((top): Spot[] => [
        { x: frame.right, y: top, align: 'end', valign: 'top' },
        { x: frame.left + KEY_DOT, y: top, align: 'start', valign: 'top' },
      ]),
      optional,
    });
    const room = { ...frame, top: keyTop };
    const clearOf = taken.map((o) => ({ ...o, right: o.right + KEY_DOT }));
    const clear = placeLabels(fit, [request(true)], room, clearOf);
    // No clear spot: the drawing is laid out again with a row more above the plot (`spec`).
    if (!clear.length) keysClear = false;
    return (clear.length ? clear : placeLabels(fit, [request(false)], room, clearOf)).map((k) => ({
      ...k,
      spot: { ...k.spot, x: k.box.left, align: 'start' as const },
    }));
  };
  let keysClear = true;
  /** A key entry placed in the plot, with its symbol left of its name. */
  const inPlot = (role: (typeof SYMBOL_KEYS)[number]['role'], placed: PlacedLabel[]) =>
    placed.map((label) => {
      const { symbol, r } = SYMBOL_KEYS.find((k) => k.role === role)!;
      const x = label.box.left - KEY_DOT_GAP - KEY_DOT_R;
      return { label, role, symbol, r, x, y: (label.box.top + label.box.bottom) / 2 };
    });

  // Reports known only to their month: one key entry, a hollow dot and its meaning (a note on each
  // such point said the same thing again).
  if (!fixedKeys && points.some((p) => p.dateUncertain))
    symbolsPlaced.push(
      ...inPlot('monthKey', keyEntry('dateUncertain', copy.labels.dateUncertain, obstacles)),
    );
  const monthOnly = symbolsPlaced.filter((k) => k.role === 'monthKey').map((k) => k.label);
  if (!fixedKeys) obstacles.push(...monthOnly.map((k) => ({ ...k.box, left: k.box.left - KEY_DOT })));

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
      before !== undefined &&
      before.value > p.value &&
      p.at.getTime() - before.at.getTime() < CROWDED_DAYS * DAY;
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
  const placedCounts = placeLabels(fit, requests, frame, [...obstacles, ...line]);
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
  const named = placeLabels(fit, emphasised, frame, [...obstacles, ...line, ...keepOff]);
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
      .map((lines) => placeLabels(fit, [ownSpots({ ...note, lines, optional: true })], frame, taken)[0])
      .find((n) => n !== undefined);
    const near = ownSpots(note);
    const placed =
      clear ?? placeLabels(fit, [near.spots.length || note.optional ? near : note], frame, taken)[0];
    if (placed) placedNotes.push(placed);
  }
  // Outside the breakdown, an emailed count whose note found no room is explained in the key: its
  // diamond and short words (on a phone the spots around it are taken by the line and the rule).
  if (
    !fixedKeys &&
    points.some((p) => !p.courtFiling && !placedNotes.some((n) => n.key === `notFiling:${p.id}`))
  )
    symbolsPlaced.push(
      ...inPlot(
        'emailKey',
        keyEntry('notFiling', copy.labels.notFilingShort, [
          ...obstacles,
          ...line,
          ...placedNotes.map((n) => n.box),
        ]),
      ),
    );
  const emailKey = symbolsPlaced.filter((k) => k.role === 'emailKey').map((k) => k.label);
  // A leader from each note set apart from its point to the nearest edge of the note.
  const leaders = [...named, ...placedNotes].flatMap((n) => {
    const a = anchors.get(n.key);
    const l = a && leaderOf(a, n.box);
    return l ? [{ key: n.key, ...l }] : [];
  });

  marks.push(
    Plot.link(leaders, {
      x1: (l: (typeof leaders)[number]) => x.invert(l.x1),
      y1: (l: (typeof leaders)[number]) => y.invert(l.y1),
      x2: (l: (typeof leaders)[number]) => x.invert(l.x2),
      y2: (l: (typeof leaders)[number]) => y.invert(l.y2),
      className: 'line-context',
      render: keyed('leader', (l: (typeof leaders)[number]) => l.key),
    }),
    labelText(fit, counts, invert, 'count', { className: 'text-halo' }),
    labelText(fit, placedNotes, invert, 'note', { className: 'text-muted text-halo' }),
    labelText(fit, keyPlaced, invert, 'key', { className: 'text-halo' }),
    labelText(fit, monthOnly, invert, 'monthKey', { className: 'text-muted text-halo' }),
    labelText(fit, emailKey, invert, 'emailKey', { className: 'text-muted text-halo' }),
    // The keys' symbols: drawn as the month-only points and the emailed count are, dimmed with
    // them (review r13 S2: full over the faded points of the no-phone card).
    ...symbolsPlaced.map((k) =>
      Plot.dot([k], {
        x: () => x.invert(k.x),
        y: () => y.invert(k.y),
        r: k.r,
        symbol: k.symbol,
        strokeWidth: 2,
        className: `${SERIES.stroke} mark-hollow search-hollow`,
        render: withOpacity(
          keyed(`${k.role}Dot`, () => k.label.key),
          () => seriesOpacity,
        ),
      }),
    ),
    ...swatches.map((s) =>
      Plot.dot([s], {
        x: () => x.invert(s.x),
        y: () => y.invert(s.y),
        symbol: 'square',
        r: swatchR,
        className: s.className,
        render: withOpacity(
          keyed('swatch', () => s.key),
          () => s.opacity,
        ),
      }),
    ),
  );

  const options: PlotOptions = {
    width,
    height,
    marginTop: margin.top,
    marginLeft: margin.left,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    x: { type: 'utc', domain, axis: null },
    y: { domain: [0, yMax], axis: null },
    // Radii are pixels: a point's size says whether it is in focus, not a quantity.
    r: { type: 'identity' },
    marks,
  };
  return { options, keysClear };
}

/** The numbers of one state, for the "show the data" table. */
export function table(data: ChartData, state: SearchState, copy: Copy, fmt: Format): DataTable {
  const points = visible(data, state);
  const reported = (n: number | null) => (n === null ? '—' : fmt.count(n));
  const key = stateKey(state);
  return {
    caption: (key && copy.states?.[key]?.title) || copy.title,
    columns: [
      { key: 'date', label: copy.columns.date },
      { key: 'children', label: copy.columns.children, numeric: true },
      { key: 'base', label: copy.columns.base, numeric: true },
      { key: 'removed', label: copy.columns.removed, numeric: true },
      { key: 'inUS', label: copy.columns.inUS, numeric: true },
      { key: 'noPhone', label: copy.columns.noPhone, numeric: true },
      { key: 'note', label: copy.columns.note },
    ],
    rows: points.map((p) => ({
      date: fmt.date(p.asOf, 'short'),
      children: fmt.count(p.value),
      base: reported(p.of),
      removed: reported(p.removed),
      inUS: reported(p.inUS),
      noPhone: reported(p.noPhone),
      // The record's own caveat says it in full; the chart's short notes only where there is none.
      note:
        p.caveat ??
        [
          p.courtFiling ? null : copy.labels.notFiling,
          p.dateUncertain ? copy.labels.dateUncertain : null,
          p.baseChanged ? copy.labels.baseChanged : null,
        ]
          .filter((s): s is string => Boolean(s))
          .join('; '),
    })),
  };
}
