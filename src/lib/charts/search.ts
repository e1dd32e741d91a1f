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
import type { Format } from '../content/format.ts';
import type { BreakdownGroup, BreakdownRow, UnreachedRow } from '../data/tables.ts';
import { toUtcDate } from '../data/tables.ts';
import { lineHeight, placeLabels, swatchRadius, type Box, type Fit } from './fit.ts';
import { fittingMonthTicks, labelText, monthAxis, monthTicks, type Invert } from './marks.ts';
import { keyed } from './motion.ts';
import { KEY_DOT_GAP, legendRows, placeSearchLabels, POINT_RING, symbolText } from './search-labels.ts';
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
export type Copy = ChartCopy<(typeof LABELS)[number], (typeof COLUMNS)[number]>;

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

export interface Point extends UnreachedRow {
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
export interface Segment extends BreakdownRow {
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
 * The top of the count axis that leaves the highest point its ring and the top tick's label
 * ("600", standing on its line) room inside `frame`, and at least that tick.
 */
function fittedTop(points: UnreachedRow[], frame: Box, lh: number): number {
  const height = frame.bottom - frame.top;
  const ring = RADIUS.highlight + 2 + POINT_RING;
  const highest = Math.max(0, ...points.map((p) => p.value));
  // v sits `room` px under the top when top = v / (1 - room / height).
  const under = (v: number, room: number) => v / Math.max(0.1, 1 - room / height);
  return Math.ceil(Math.max(under(highest, ring), under(600, lh + 2)));
}

/**
 * Draws one state of the chart, laid out for `fit`. Every state keeps one band above the plot, as
 * tall as the breakdown's keys need at this fit: the keys to the points' symbols (a hollow dot for
 * a month-only day, a diamond for the emailed count) in rows of their own, then the bars' key in
 * its rows, over the bars. The plot's frame and count scale are thus the same in every state, and
 * a point in two states is drawn at the same place in both (review r18a F1: the key's rows, kept
 * in the breakdown only, moved the count axis 35 px down and back at 1920; r13 S1, the same within
 * the breakdown). Outside the breakdown the symbols' keys stand where they do in it, the month's
 * first, so that it stays put from state to state, and the bars' rows are room for the labels.
 */
export function spec(data: ChartData, state: SearchState, copy: Copy, fmt: Format, fit: Fit): PlotOptions {
  return layout(data, state, copy, fmt, fit);
}

/** The keys to the points' symbols, in the order they stand in their rows. */
const SYMBOL_KEYS = [
  // The month's first: it is shown from the spring of 2021 on, the email's only in the breakdown
  // (or where its note finds no room), and one added after it leaves it where it was.
  { key: 'dateUncertain', role: 'monthKey', symbol: 'circle', r: RADIUS.plain },
  { key: 'notFiling', role: 'emailKey', symbol: 'diamond2', r: RADIUS.plain + 1 },
] as const;
export type SymbolKey = (typeof SYMBOL_KEYS)[number];

/** Whether `p` is drawn with `key`'s symbol. */
export const hasSymbol = (key: SymbolKey['key'], p: UnreachedRow) =>
  key === 'notFiling' ? !p.courtFiling : p.dateUncertain;

/** One state laid out (see `spec`). */
function layout(data: ChartData, state: SearchState, copy: Copy, fmt: Format, fit: Fit): PlotOptions {
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
  const narrow = width < NARROW;
  const phone = bars.length > 0 && narrow;
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
  // The band above the plot, the same in every state: the symbols' keys in rows of their own, then
  // the breakdown's key (swatches and names in rows, shown in that state only) over the bars.
  const barKeyRows = legendRows(
    fit,
    GROUPS.map((g) => (narrow ? copy.labels[g.short] : copy.labels[g.group])),
    width - 8,
  );
  const keyRows = state.breakdown ? barKeyRows : [];
  // In the breakdown the emailed count is explained in its key rather than by a note at its
  // diamond; elsewhere its key stands there only where the note finds no room.
  const fixedKeys = Boolean(state.breakdown);
  // The rows kept for every symbol the chart's axis shows, in any state.
  const charted = data.unreached.filter((r) => r.date < DOMAIN[1]);
  const allSymbolRows = legendRows(
    fit,
    SYMBOL_KEYS.filter(({ key }) => charted.some((p) => hasSymbol(key, p))).map((k) =>
      symbolText(copy, k.key),
    ),
    width - 8,
    KEY_DOT,
  );
  const bandLines = barKeyRows.length + allSymbolRows.length;
  const margin = {
    top: 4 + bandLines * lh + 8,
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
  // On a phone the count axis ends just over the chart's highest point (of any state) and its top
  // tick's label: the band up to 800 would be empty in the breakdown, whose key takes its room.
  const yMax = narrow ? Math.min(Y_MAX, fittedTop(charted, frame, lh)) : Y_MAX;
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
  const { counts, placedNotes, keyPlaced, monthOnly, emailKey, symbolsPlaced, swatches, leaders } =
    placeSearchLabels({
      fit,
      fmt,
      copy,
      points,
      filings,
      bars,
      changes,
      frame,
      x,
      y,
      radius,
      tickLabels,
      grid,
      emphasis,
      split,
      thin,
      keyRows,
      groups: GROUPS,
      symbolsTop: 4,
      barsTop: 4 + allSymbolRows.length * lh,
      symbols: SYMBOL_KEYS,
      keyDot: { r: KEY_DOT_R, room: KEY_DOT },
      fixedKeys,
      // A swatch looks like the marks it names in this state: pale where all of them are dimmed, full
      // where the state puts some forward (the bar in focus, when its parts are summed; review r10).
      swatchOpacity: (group) => (bars.some((b) => b.group === group && segmentShown(b)) ? 1 : DIM),
    });
  const swatchR = swatchRadius(fs);

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
  return options;
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
