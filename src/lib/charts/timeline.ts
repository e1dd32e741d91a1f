/**
 * The policy's timeline, July 2017 to July 2018: one row per entry, spans as bars, events as dots,
 * each labelled beside its mark, in its row (over it only where a bar leaves no room on either side).
 * A date the record gives only to the month is drawn as an outlined month-long segment, so it never
 * looks like a known day.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { scaleUtc, utcMonth } from 'd3';
import type { Format } from '../content/format.ts';
import type { TimelineRow } from '../data/tables.ts';
import {
  lineHeight,
  placeLabels,
  widest,
  wholeHeight,
  wrap,
  type Box,
  type Fit,
  type LabelRequest,
  type Spot,
} from './fit.ts';
import { fittingMonthTicks, labelText, monthTicks, PIXELS } from './marks.ts';
import { keyed } from './motion.ts';
import type { ChartCopy, ChartData, DataTable } from './types.ts';

/** Which events or spans the timeline highlights; `zoom` narrows the axis to 2017–2018. */
export interface TimelineState {
  highlight: string[];
  zoom: 'policy' | 'aftermath';
}

/** The entries of the policy chapter, in the order the rows are drawn (by date). */
const POLICY_IDS = [
  'el_paso_pilot',
  'oig_window',
  'ms_l_filed',
  'zero_tolerance_memo',
  'zero_tolerance_period',
  'eo_13841',
  'preliminary_injunction',
  'reunification_deadline_under_5',
  'oig_window_end',
  'reunification_deadline_all',
] as const;

/**
 * The states with a title and subtitle of their own (`charts.timeline.states.<key>`), each named by
 * the entry it puts forward: the first its highlight lists.
 */
const STATE_LEADS = {
  pilot: 'el_paso_pilot',
  ms_l: 'ms_l_filed',
  zero_tolerance: 'zero_tolerance_memo',
  order: 'eo_13841',
  injunction: 'preliminary_injunction',
  oig_window: 'oig_window',
} as const satisfies Record<string, (typeof POLICY_IDS)[number]>;
export const STATES = Object.keys(STATE_LEADS) as (keyof typeof STATE_LEADS)[];
export function stateKey(state: TimelineState): (typeof STATES)[number] | null {
  return STATES.find((k) => STATE_LEADS[k] === state.highlight[0]) ?? null;
}

/** Copy keys: a label per entry drawn, and the key to the outlined months. */
export const LABELS = [...POLICY_IDS, 'monthOnly'] as const;
export const COLUMNS = ['event', 'start', 'end'] as const;
export const EMBED_HEIGHT = 560;
type Copy = ChartCopy<(typeof LABELS)[number], (typeof COLUMNS)[number]>;

const DOMAIN: [Date, Date] = [new Date(Date.UTC(2017, 6, 1)), new Date(Date.UTC(2018, 7, 1))];

interface Entry extends TimelineRow {
  highlight: boolean;
  /** Where the solid part of the mark starts and ends (a month-only edge is left to the outline). */
  solidStart: Date;
  solidEnd: Date;
  label: string;
}

function entries(data: ChartData, state: TimelineState, labels: Copy['labels']): Entry[] {
  const byId = new Map(data.timeline.map((r) => [r.id, r]));
  return POLICY_IDS.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const end = row.end ?? row.start;
    return [
      {
        ...row,
        highlight: state.highlight.includes(id),
        solidStart: row.dateIsMonth ? utcMonth.offset(row.start, 1) : row.start,
        solidEnd: end,
        label: labels[id],
      },
    ];
  });
}

/** The months the record leaves open: the first month of a month-only start, the whole month of a month-only end. */
interface Month {
  id: string;
  highlight: boolean;
  from: Date;
  to: Date;
}

function uncertainMonths(e: Entry): Month[] {
  const out: Month[] = [];
  if (e.dateIsMonth)
    out.push({ id: e.id, highlight: e.highlight, from: e.start, to: utcMonth.offset(e.start, 1) });
  if (e.endIsMonth && e.end)
    out.push({ id: e.id, highlight: e.highlight, from: e.end, to: utcMonth.offset(e.end, 1) });
  return out;
}

const PAD = 2;
/** Blank between the last row's mark and the axis line where there is room, px: a dot at a row's foot would sit on it. */
const AXIS_GAP = 8;
/** The key's month box, px. */
const KEY_BOX = { width: 16, height: 10 };

/** The most lines a label beside its dot wraps to. */
const BESIDE_LINES = 3;
/** Blank between a mark and a label beside it, px (the spots' offset and the dot's largest radius). */
const BESIDE_GAP = 8;

/**
 * A label's lines beside its mark, on the side with more room (bold, as when highlighted), or
 * `null` where it has no room there: a span with no room for one line on either side, or a label
 * that would take more than `BESIDE_LINES` lines (or a word wider than the room).
 */
function besideLines(fit: Fit, x: (d: Date) => number, e: Entry): string[] | null {
  const fs = fit.fontSize;
  const from = x(e.start);
  const to = e.end ? x(e.endIsMonth ? utcMonth.offset(e.end, 1) : e.end) : from;
  const roomSide = Math.max(fit.width - PAD - to, from - PAD) - BESIDE_GAP;
  if (fit.measure(e.label, fs, 700) <= roomSide) return [e.label];
  if (e.kind !== 'event') return null;
  const lines = wrap(fit, e.label, roomSide, fs, 700);
  return lines.length <= BESIDE_LINES && widest(fit, lines, fs, 700) <= roomSide ? lines : null;
}

/** Draws one state of the chart, laid out for `fit`. */
export function spec(data: ChartData, state: TimelineState, copy: Copy, fmt: Format, fit: Fit): PlotOptions {
  const fs = fit.fontSize;
  const lh = lineHeight(fs);
  const rows = entries(data, state, copy.labels);
  // Quarters from the axis's first month, or fewer where the month names would not fit.
  const ticks = fittingMonthTicks(
    fit,
    fmt,
    DOMAIN[0],
    DOMAIN[1],
    fit.width - 2 * PAD - fit.measure(fmt.monthName(DOMAIN[0]), fs),
  );
  const lastTick = monthTicks(fmt, ticks)(ticks[ticks.length - 1]!);
  const left = PAD + Math.ceil(fit.measure(monthTicks(fmt, ticks)(ticks[0]!).split('\n')[1] ?? '', fs) / 2);
  const right = fit.width - PAD - Math.ceil(fit.measure(lastTick.split('\n')[0] ?? '', fs) / 2);
  // The key: a dashed month box, as drawn in the rows, then what it means; from the chart's edge, where
  // the first tick's year begins, so that on a phone it takes one line, not two (at 320 px the line
  // it saves is the room the labels beside their dots need: review r15 N2).
  const keyText = PAD + KEY_BOX.width + 6;
  const key = wrap(fit, copy.labels.monthOnly, fit.width - PAD - keyText);
  const axis = 2 * lh + 8;
  const keyHeight = key.length * lh + 4;
  const room = fit.height - axis - keyHeight - 2 * PAD;
  const x = scaleUtc(DOMAIN, [left, right]);
  // Each label beside its mark, in its row, wrapped to two or three lines where one is too wide for
  // the room on either side of a dot, except where a label has no room on either side (a span across
  // the chart): that row keeps it over the mark. Not over a dot where it has room beside it, on any
  // screen: a label over its dot stands between the dot's row and the row above, and reads as either
  // row's (review r15 N2: at 320 px "Zero-tolerance policy announced" 14 px over its dot, the next
  // label 13 px under it; at 1280 every label stood halfway between its dot and the row above's).
  // Decided with bold text, so every state lays the rows out alike. Tall rooms give rows more air
  // and thicker bars.
  const above = room / rows.length >= lh + 16;
  /** The rows laid out with `beside`: each row's lines, whether its label stands over its mark, its height. */
  const rowsWith = (beside: (string[] | null)[]) => {
    const over = rows.map((_e, i) => !beside[i]);
    // A label over its mark wraps where it is wider than the chart (bold, as when highlighted).
    const labelLines = rows.map((e, i) =>
      over[i] ? wrap(fit, e.label, fit.width - 2 * PAD, fs, 700) : beside[i]!,
    );
    const thickAt = (row: number) =>
      above ? Math.max(8, row - lh - 6) : Math.max(6, Math.round(row * 0.55));
    const heightsAt = (row: number) =>
      rows.map((_e, i) =>
        over[i]
          ? Math.max(row, labelLines[i]!.length * lh + thickAt(row) + 4)
          : labelLines[i]!.length > 1
            ? Math.max(row, labelLines[i]!.length * lh + 2)
            : row,
      );
    const sum = (row: number) => heightsAt(row).reduce((a, b) => a + b, 0);
    // The tallest rows up to `most` whose sum fits the room (the least, a line and a px, where none
    // does): found by halving, as a row over its label's lines is as tall as they need.
    const least = lh + 1;
    const most = above ? lh + 22 : lh + 10;
    let row = most;
    if (sum(most) > room) {
      let [lo, hi] = [least, most];
      for (let k = 0; k < 40; k++) {
        const mid = (lo + hi) / 2;
        if (sum(mid) <= room) lo = mid;
        else hi = mid;
      }
      row = lo;
    }
    const heights = heightsAt(row);
    return { over, labelLines, thick: thickAt(row), heights, total: heights.reduce((a, b) => a + b, 0) };
  };
  const beside = rows.map((e) => besideLines(fit, x, e));
  let laid = rowsWith(beside);
  // Where the wrapped labels would make the drawing taller than its room even on the least rows,
  // and one-line labels over the marks would fit it, the wrapped ones go back over their marks, the
  // last first until the drawing fits, each tied to its dot by a leader. Where nothing fits (the
  // story embed's phone bands, each drawn taller than its room in any layout), the shorter drawing,
  // one-line labels over their marks, each tied to its dot by a leader: beside their dots the 276 px
  // band's drawing was 8 px taller, and its stepper's row, fitting it, set its text at 11.7 px. Not in a frame that grows to its drawing (a single-chart
  // embed): there the drawing takes the height, as a label over its dot among labels beside theirs
  // reads as the row above's (the embed's phone drawing, 340 × 300, without scripts at 375 px: two
  // English labels a line over their dots).
  const fits = (l: typeof laid) =>
    fit.grows || wholeHeight(PAD + l.total + axis + keyHeight + PAD) <= fit.height;
  const oneLine = beside.map((b) => (b && b.length > 1 ? null : b));
  const shortest = rowsWith(oneLine);
  if (!fits(laid) && fits(shortest)) {
    for (let i = rows.length - 1; i >= 0 && !fits(laid); i--) {
      if ((beside[i]?.length ?? 0) < 2) continue;
      beside[i] = null;
      laid = rowsWith(beside);
    }
  } else if (!fits(laid) && shortest.total < laid.total) laid = shortest;
  const { over, labelLines, thick } = laid;
  const rowHeight = (i: number) => laid.heights[i]!;
  const top = PAD;
  const rowTop = rows.map((_, i) => top + laid.heights.slice(0, i).reduce((a, b) => a + b, 0));
  const bottom = top + laid.total;
  // A gap over the axis line where the room allows, so the last row's dot stands clear of it (a
  // phone's room, given to the rows, has none to spare).
  const gap = Math.max(0, Math.min(AXIS_GAP, Math.floor(fit.height - (bottom + axis + keyHeight + PAD))));
  const height = wholeHeight(bottom + gap + axis + keyHeight + PAD);
  const baseline = bottom + gap;
  // The mark's band in each row: at its foot when the label stands over it, centred beside it.
  const markTop = (i: number) =>
    rowTop[i]! + (over[i] ? rowHeight(i) - thick - 2 : (rowHeight(i) - thick) / 2);
  const markMid = (i: number) => markTop(i) + thick / 2;
  const y = (e: { id: string }) => rows.findIndex((r) => r.id === e.id);

  const spans = rows.filter((e) => e.kind === 'span');
  const events = rows.filter((e) => e.kind === 'event');
  const months = rows.flatMap(uncertainMonths);
  const radius = Math.max(4, Math.min(6, thick / 2 + 1));
  const byHighlight = <T extends { highlight: boolean }>(list: T[], hl: boolean) =>
    list.filter((e) => e.highlight === hl);
  const marks: Plot.Markish[] = [
    Plot.ruleX(ticks, { x: (d: Date) => x(d), y1: top, y2: baseline, strokeOpacity: 0.12 }),
  ];
  for (const hl of [false, true]) {
    const fill = hl ? 'mark-accent' : 'mark-context';
    const stroke = hl ? 'line-accent' : 'line-context';
    marks.push(
      Plot.rect(byHighlight(spans, hl), {
        x1: (e: Entry) => x(e.solidStart),
        x2: (e: Entry) => x(e.solidEnd),
        y1: (e: Entry) => markTop(y(e)),
        y2: (e: Entry) => markTop(y(e)) + thick,
        className: fill,
        render: keyed('span', (e: Entry) => e.id),
      }),
      // Month-only edges: outlined, dashed, unfilled.
      Plot.rect(byHighlight(months, hl), {
        x1: (m: Month) => x(m.from) + 0.75,
        x2: (m: Month) => x(m.to) - 0.75,
        y1: (m: Month) => markTop(y(m)) + 0.75,
        y2: (m: Month) => markTop(y(m)) + thick - 0.75,
        fill: 'none',
        stroke: 'currentColor',
        strokeWidth: 1.5,
        strokeDasharray: '3,2',
        className: `${stroke} timeline-month`,
        render: keyed('month', (m: Month) => `${m.id}:${m.from.getTime()}`),
      }),
      Plot.dot(byHighlight(events, hl), {
        x: (e: Entry) => x(e.start),
        y: (e: Entry) => markMid(y(e)),
        r: radius,
        strokeWidth: 1.5,
        className: `${fill} mark-halo`,
        render: keyed('event', (e: Entry) => e.id),
      }),
    );
  }

  // Each label at the first place clear of the marks and of the labels before it.
  // A mark's extent: its dot or bar, and the outlined month a month-only date adds.
  const extent = (e: Entry) => {
    const monthEnd = e.endIsMonth && e.end ? utcMonth.offset(e.end, 1) : (e.end ?? e.start);
    const from = x(e.start) - (e.kind === 'event' ? radius : 0);
    let to = e.kind === 'event' ? x(e.start) + radius : x(monthEnd);
    if (e.dateIsMonth) to = Math.max(to, x(utcMonth.offset(e.start, 1)));
    return { from, to };
  };
  const obstacles: Box[] = rows.map((e, i) => ({
    left: extent(e).from,
    right: extent(e).to,
    top: markTop(i),
    bottom: markTop(i) + thick,
  }));
  const frame: Box = { left: PAD, top: 0, right: fit.width - PAD, bottom };
  // A label beside its mark stands clear of it; further beside a dashed month, which with its dot
  // and a bold label at a hair's distance reads as one jumble on a phone.
  const besideGap = (month: boolean | undefined) => (month ? Math.round(fs * 0.75) : 5);
  // Beside a mark: after it, or before it; a wrapped label first on the side it was wrapped for.
  const besideSpots = (i: number, from: number, to: number): Spot[] => {
    const e = rows[i]!;
    const after: Spot = {
      x: to + besideGap(e.kind === 'event' ? e.dateIsMonth : e.endIsMonth),
      y: markMid(i),
      align: 'start',
      valign: 'middle',
    };
    const before: Spot = {
      x: from - besideGap(e.kind === 'span' && e.dateIsMonth),
      y: markMid(i),
      align: 'end',
      valign: 'middle',
    };
    return labelLines[i]!.length > 1 && from - PAD > fit.width - PAD - to ? [before, after] : [after, before];
  };
  const requests: LabelRequest[] = rows.map((e, i) => {
    const { from, to } = extent(e);
    const weight = e.highlight ? 700 : 400;
    const lines = labelLines[i]!;
    const spots: Spot[] = over[i]
      ? [
          { x: from, y: markTop(i) - 2, align: 'start', valign: 'bottom' },
          { x: to, y: markTop(i) - 2, align: 'end', valign: 'bottom' },
          { x: (from + to) / 2, y: markTop(i) - 2, align: 'middle', valign: 'bottom' },
          { x: frame.left, y: markTop(i) - 2, align: 'start', valign: 'bottom' },
        ]
      : besideSpots(i, from, to);
    return { key: e.id, lines, size: fs, weight, spots };
  });
  const labelled = placeLabels(fit, requests, frame, obstacles);
  // A dot's label set over its row (where its room has none for it beside the dot) stands between
  // two dots' rows, off the dot or over it with the dot under no word in particular (reviews r9,
  // r15 N2): a leader ties it to its dot, from the label's end nearest the dot to the dot's edge.
  const leaders = labelled.flatMap((l) => {
    const i = rows.findIndex((e) => e.id === l.key);
    const e = rows[i]!;
    const cx = x(e.start);
    const cy = markMid(i);
    const { left: from, right: to } = l.box;
    if (e.kind !== 'event' || !over[i]) return [];
    // Off the label, from its end by the dot; under it, from its nearer end, at its baseline.
    const under = to >= cx - radius && from <= cx + radius;
    const x1 = (under ? to - cx < cx - from : to < cx) ? to + 2 : from - 2;
    const y1 = under ? l.box.bottom - lh * 0.3 : (l.box.top + l.box.bottom) / 2;
    const d = Math.hypot(x1 - cx, y1 - cy);
    const reach = (radius + 1.5) / d;
    return [{ id: e.id, x1, y1, x2: cx + (x1 - cx) * reach, y2: cy + (y1 - cy) * reach }];
  });
  marks.push(
    Plot.link(leaders, {
      x1: 'x1',
      y1: 'y1',
      x2: 'x2',
      y2: 'y2',
      strokeWidth: 1,
      className: 'line-context',
      render: keyed('leader', (d: { id: string }) => d.id),
    }),
  );
  const keyTop = baseline + axis;
  marks.push(
    Plot.ruleY([baseline], { x1: left, x2: right, className: 'line-context', strokeOpacity: 0.5 }),
    Plot.text(ticks, {
      x: (d: Date) => x(d),
      y: baseline + 4,
      text: monthTicks(fmt, ticks),
      lineAnchor: 'top',
      lineHeight: lh / fs,
      dy: Math.round(fs * 0.22),
      className: 'text-muted',
    }),
    // Each weight in two marks: the labels after their marks set from the left, those before
    // their marks from the right, so a wrapped label's lines end by its mark.
    ...[400, 700].flatMap((weight) =>
      [true, false].map((before) =>
        labelText(
          fit,
          labelled.filter((l) => l.weight === weight && (l.spot.align === 'end') === before),
          PIXELS,
          'label',
          { className: weight === 700 ? 'text-accent text-halo' : 'text-muted text-halo' },
        ),
      ),
    ),
    Plot.rect([KEY_BOX], {
      x1: PAD + 0.75,
      x2: PAD + KEY_BOX.width - 0.75,
      y1: keyTop + (lh - KEY_BOX.height) / 2,
      y2: keyTop + (lh + KEY_BOX.height) / 2,
      fill: 'none',
      stroke: 'currentColor',
      strokeWidth: 1.5,
      strokeDasharray: '3,2',
      className: 'line-context',
      render: keyed('key-box', () => 'monthOnly'),
    }),
    labelText(
      fit,
      [
        {
          key: 'monthOnly',
          lines: key,
          size: fs,
          weight: 400,
          spots: [],
          spot: { x: keyText, y: keyTop, align: 'start', valign: 'top' },
          box: { left: keyText, top: keyTop, right: keyText, bottom: keyTop + key.length * lh },
        },
      ],
      PIXELS,
      'key',
      { className: 'text-muted' },
    ),
  );
  return {
    width: fit.width,
    height,
    margin: 0,
    // Pixel layout: the rows, marks and labels are placed here, with the time scale above.
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks,
  };
}

/**
 * The numbers of one state, for the "show the data" table: every entry, whichever the state puts
 * forward, so its caption is what the rows are (the chart's own subtitle), not the state's title.
 */
export function table(data: ChartData, state: TimelineState, copy: Copy, fmt: Format): DataTable {
  return {
    caption: copy.subtitle,
    columns: [
      { key: 'event', label: copy.columns.event },
      { key: 'start', label: copy.columns.start },
      { key: 'end', label: copy.columns.end },
    ],
    rows: entries(data, state, copy.labels).map((e) => {
      const source = data.dataset.timeline.find((t) => t.id === e.id);
      return {
        event: e.label,
        start: fmt.date(source?.date ?? '', 'short'),
        end: source?.end ? fmt.date(source.end, 'short') : '—',
      };
    }),
  };
}
