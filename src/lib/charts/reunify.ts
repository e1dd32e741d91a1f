/**
 * Reunification: the Task Force's first four families as four squares (one of them singled out by
 * an ink ring, in the state about that family), then its counts by status as one stacked bar per
 * report, then the settlement's estimate as a light band beside the last count's solid bar, then that count
 * again with the lawyers' later count of children whose parents were still not found. The bars and
 * the band share one count axis from zero, so the states can be compared by eye.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { scaleLinear } from 'd3';
import type { Format } from '../content/format.ts';
import type { Figure } from '../data/schema.ts';
import { getEvent, getFigure, getUnreached } from '../data/tables.ts';
import type { TaskForceStatusRow } from '../data/tables.ts';
import { chartFontSize, lineHeight, overlaps, widest, wrap, type Box, type Fit } from './fit.ts';
import { blockText, type TextBlock } from './marks.ts';
import { keyed } from './motion.ts';
import { dataLabel, type ChartCopy, type ChartData, type DataTable } from './types.ts';

/** Which Task Force count is shown. */
export interface ReunifyState {
  view:
    | 'first_families'
    | 'one_family'
    | 'identified_2021'
    | 'status_2021'
    | 'status_2023'
    | 'status_2023_ap'
    | 'settlement'
    | 'unresolved';
}

/** The Task Force's statuses, by figure id. */
const STATUSES = [
  'tf2021_reunified_earlier',
  'tf2021_reunified_by_tf',
  'tf2021_no_record',
  'tf2023_reunified',
  'tf2023_not_reunified',
] as const;
type Status = (typeof STATUSES)[number];

/**
 * Copy keys: the single counts, each Task Force status (by figure id), the separate 2023 note, the
 * count the settlement is compared with, the one family and the lawyers' count of parents not found.
 */
export const LABELS = [
  'first_families',
  ...STATUSES,
  'settlement',
  'tf2023_in_process',
  'tf2023_identified',
  'one_family',
  'unresolved',
  'tf2021_identified',
  'identified_row',
  'tf2021_under_review',
  'tf2023_identified_ap',
  'tf2023_identified_total',
  'tf2023_identified_ap_reported',
  'settlement_announced',
  'settlement_approved',
  'shares_sum',
] as const;
export const COLUMNS = ['status', 'count', 'share', 'asOf'] as const;
/**
 * Every state says in its own title and subtitle what it shows; the first count by status has the
 * chart's own.
 */
export const STATES = [
  'first_families',
  'one_family',
  'identified_2021',
  'status_2023',
  'status_2023_ap',
  'settlement',
  'unresolved',
] as const;
export function stateKey(state: ReunifyState): (typeof STATES)[number] | null {
  return state.view === 'status_2021' ? null : state.view;
}
/** The lawyers' count, told to the court, of children whose parents were still not found. */
const UNRESOLVED = 'unreached_2023_12_08';
/** The reunion the state about one family tells of. */
const ONE_FAMILY = 'first_reunion_san_ysidro';
export const EMBED_HEIGHT = 480;
type Copy = ChartCopy<(typeof LABELS)[number], (typeof COLUMNS)[number]>;

/**
 * What each status means, whatever the report calls it: the same meaning keeps its colour in every
 * state (the second hue: reunified, by whomever, as the first families were; the accent: not, or not
 * known to be, reunified) and its mark, which moves from one report's bar to the next. A total not
 * split by status is a solid dark grey bar; an estimate's range is a light band within two ink edges.
 */
const STATUS_MEANING: Record<Status, { key: string; className: string }> = {
  tf2021_reunified_earlier: { key: 'reunified', className: 'mark-second' },
  tf2021_reunified_by_tf: { key: 'reunified-tf', className: 'mark-second' },
  tf2021_no_record: { key: 'apart', className: 'mark-accent' },
  tf2023_reunified: { key: 'reunified', className: 'mark-second' },
  tf2023_not_reunified: { key: 'apart', className: 'mark-accent' },
};

/** Under this width, px, the drawing fills the height it is given (see `spec`). */
const PHONE_WIDTH = 600;
/**
 * The thickest a bar grows, px, to fill a phone's frame: thicker, it reads as a block, not a bar
 * (review 9e: 155 px at 390 × 844, where it grew to half the width to fill the frame). What a bar
 * this thick leaves of the frame is shared above the drawing and under its axis (`spec`).
 */
const BAR_MOST = 72;
/**
 * The thickest a bar grows in presenter mode, in text sizes: 99 px at its 22 px type, a tenth of
 * its drawing's width at 1920 × 1080 (a phone's BAR_MOST is five of its 14 px type, a fifth of its width).
 */
const STAGE_BAR = 4.5;
/**
 * In presenter mode (`present/`: type set larger than the story sets at this width) the chart is
 * the screen's subject: like a phone's, the drawing fills the height its box gives it (review r15
 * N4: 319 of 738 px at 1920 × 1080), its bar thickening and its squares growing into it.
 */
const onStage = (fit: Fit) => fit.width >= PHONE_WIDTH && fit.fontSize > chartFontSize(fit.width);
/** The most blank, px, a phone's frame leaves under a state's axis where it can be given above. */
const FOOT_MOST = 24;

/**
 * One count axis for every state on it, at every width: the status bars, the totals and the
 * settlement band (4,500–5,000, the one state that reaches its end), so that a mark moving from state
 * to state moves along the same scale and the states compare by eye. A state short of 5,000 leaves the
 * axis's end empty, on purpose.
 */
const X_DOMAIN: [number, number] = [0, 5000];
/** The most, px, a state's axis drops below its lowest label into room the drawing leaves. */
const AXIS_SLACK = 20;
const PAD = 2;
/** The room, px, between the first families' squares and the one family's text beside them. */
const ONE_LEADER = 14;
const VIEWS: ReunifyState['view'][] = [
  'first_families',
  'one_family',
  'identified_2021',
  'status_2021',
  'status_2023',
  'status_2023_ap',
  'settlement',
  'unresolved',
];
/** The states drawn as squares, not on the count axis. */
const SQUARES = new Set<ReunifyState['view']>(['first_families', 'one_family']);

interface Segment extends TaskForceStatusRow {
  x1: number;
  x2: number;
  share: number;
}

/**
 * Shares of the whole, each rounded on its own (so that each can be checked against its count, even
 * if together they make 99.9 or 100.1), all to one precision: whole percents, or tenths when a share
 * would round to nothing.
 */
export function roundShares(counts: number[]): { shares: number[]; digits: 0 | 1 } {
  const total = counts.reduce((a, b) => a + b, 0);
  if (!total) return { shares: counts.map(() => 0), digits: 0 };
  const digits = counts.some((c) => c > 0 && (c / total) * 100 < 0.5) ? 1 : 0;
  const unit = 10 ** digits;
  return { shares: counts.map((c) => Math.round((c / total) * 100 * unit) / unit / 100), digits };
}

/**
 * What a report's shares, as printed, add up to when that is not the whole (each is rounded on its
 * own, so 45.5 + 54.4 + 0.2 make 100.1): the drawing and the table then say so. `null` when they
 * make 100.
 */
export function sharesSum(counts: number[]): number | null {
  if (!counts.some((c) => c > 0)) return null;
  const { shares, digits } = roundShares(counts);
  const whole = 100 * 10 ** digits;
  const sum = Math.round(shares.reduce((a, b) => a + b, 0) * whole);
  return sum === whole ? null : sum / whole;
}

/** The note on a report whose shares do not add up to 100, or `null`. */
function sumNote(rows: TaskForceStatusRow[], copy: Copy, fmt: Format): string | null {
  const counts = rows.map((r) => r.count);
  const sum = sharesSum(counts);
  return sum === null ? null : `${copy.labels.shares_sum} ${fmt.share(sum, roundShares(counts).digits)}`;
}

function segments(rows: TaskForceStatusRow[]): Segment[] {
  const { shares } = roundShares(rows.map((r) => r.count));
  let x = 0;
  return rows.map((r, i) => {
    const s = { ...r, x1: x, x2: x + r.count, share: shares[i] ?? 0 };
    x += r.count;
    return s;
  });
}

const statusRows = (data: ChartData, view: ReunifyState['view']) =>
  view === 'status_2021'
    ? data.taskForce2021
    : view === 'status_2023' || view === 'status_2023_ap' || view === 'unresolved'
      ? data.taskForce2023
      : [];

/** The lawyers' count of children whose parents were still not found (a row of the search's series). */
function unresolvedRow(data: ChartData) {
  return getUnreached(data.dataset, UNRESOLVED);
}

/** The day the one family the story follows met again. */
function oneFamilyDate(data: ChartData): string {
  return getEvent(data.dataset, ONE_FAMILY).date;
}

/** A share as the table and the labels print it, in the precision its report needs. */
function shareText(rows: TaskForceStatusRow[], fmt: Format): (s: number) => string {
  const { digits } = roundShares(rows.map((r) => r.count));
  return (s) => fmt.share(s, digits);
}

/** The 2023 count of children in process is reported on its own, so it is a note, not a segment. */
function inProcessNote(data: ChartData, view: ReunifyState['view']): Figure | null {
  // Not under the lawyers' count: the table keeps it there.
  // Nor beside the two totals, which take the room under the bar (the table keeps it there too).
  return view === 'status_2023' ? getFigure(data.dataset, 'tf2023_in_process') : null;
}

interface Rect {
  key: string;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  className: string;
}

/**
 * A point on the count scale marked by a symbol: the other report's total, in its own shape, set
 * near the bar (its `y` is from the bar's top, as the texts' are) so it is read against the bar's end.
 */
interface Marker {
  key: string;
  x: number;
  y: number;
  className: string;
}

interface Layout {
  texts: TextBlock[];
  rects: Rect[];
  markers: Marker[];
  /** Rules up and down at `x`; across, from `x` to `x2`, where it is given (`y1` = `y2`). */
  rules: { key: string; x: number; x2?: number; y1: number; y2: number; className: string }[];
  /** Space the state needs above the bar's top and below its bottom, px. */
  above: number;
  below: number;
  axis: boolean;
}

/** The geometry shared by every state, for the room `fit` gives. */
function frame(fit: Fit, fmt: Format, thinner = 0) {
  const fs = fit.fontSize;
  const lh = lineHeight(fs);
  const right = fit.width - PAD - Math.ceil(fit.measure(fmt.count(X_DOMAIN[1]), fs) / 2);
  const left = PAD + Math.ceil(fit.measure(fmt.count(0), fs) / 2);
  const x = scaleLinear(X_DOMAIN, [left, right]);
  // Thicker on a wide chart, so a long bar does not read as a line.
  const wanted = Math.round(Math.max(28, Math.min(72, Math.max(fs * 2.8, fit.width * 0.06))));
  // Thinner, down to a floor, when the states' labels leave the drawing too little height; thicker
  // (`thinner` below 0) when a phone's frame leaves it room to fill.
  const bar = Math.max(fs, wanted - thinner);
  return { fs, lh, x, left, right, bar };
}

/**
 * The first families' squares: one row of squares a bar thick at most, with gaps of a third of one,
 * across `across`; or, where the drawing gives them `room` (px, tall, under their head) and
 * squares in two rows would be nearly as large there (four fifths), two rows with gaps of a sixth
 * of one, as large as the width, that height and `most` allow (review r9 S1: a row of squares left
 * 241 px blank under it at 390 × 844; issue 8, 9e: and 160 px at 1280 × 800).
 */
function squareGrid(n: number, across: number, bar: number, room: number, most = Infinity) {
  /** The length of `count` squares of side 1 and the gaps between them, `gap` each. */
  const span = (count: number, gap: number) => count + (count - 1) * gap;
  const row = Math.min(bar, Math.floor(across / span(n, 1 / 3)));
  const columns = Math.ceil(n / 2);
  const grid = Math.floor(Math.min(across / span(columns, 1 / 6), room / span(2, 1 / 6), most));
  // Two rows where their squares are nearly as large as one row's: they fill the height the row leaves.
  return n > 1 && grid >= row * 0.8
    ? { size: grid, columns, gap: Math.round(grid / 6) }
    : { size: row, columns: n, gap: Math.round(row / 3) };
}

/**
 * One state laid out around a bar whose top is at 0: labels above get negative y. Each status gets
 * its name and count over its segment (wrapped to the segment's width), or, for a sliver, under the
 * bar on a leader line.
 */
function layout(
  data: ChartData,
  view: ReunifyState['view'],
  copy: Copy,
  fmt: Format,
  fit: Fit,
  thinner = 0,
  room = 0,
): Layout {
  const { fs, lh, x, left, right, bar } = frame(fit, fmt, thinner);
  const texts: TextBlock[] = [];
  const rects: Rect[] = [];
  const markers: Marker[] = [];
  const rules: Layout['rules'] = [];
  // Labels name a day in full, as the copy does (AP "Feb. 1, 2023"; "1 de febrero de 2023").
  const dateOf = (iso: string) => fmt.date(iso);
  /** A name over a value, as one block standing on `bottom`, aligned at `at`. */
  const stack = (
    key: string,
    name: string[],
    value: string[],
    at: number,
    align: 'start' | 'end',
    bottom: number,
    className?: string,
  ) => {
    const top = bottom - (name.length + value.length) * lh;
    texts.push(
      { key: `name:${key}`, lines: name, size: fs, weight: 400, left: at, top, align },
      {
        key: `value:${key}`,
        lines: value,
        size: fs,
        weight: 700,
        left: at,
        top: top + name.length * lh,
        align,
        className,
      },
    );
    const w = Math.max(widest(fit, name), widest(fit, value, fs, 700));
    return { left: align === 'start' ? at : at - w, right: align === 'start' ? at + w : at, top };
  };
  /** A count and its share on one line, or on two when the room is narrower than that. */
  const valueLines = (count: number, share: string, room: number) => {
    const one = `${fmt.count(count)} · ${share}`;
    return fit.measure(one, fs, 700) <= room ? [one] : [fmt.count(count), share];
  };

  /**
   * A count apart from the bar: a thin bar on the same axis whose top is at `top`, its count in bold
   * and then what it counts, wrapped beside it. Returns the bottom of its label.
   */
  const sideBar = (key: string, value: number, label: string, top: number, className: string) => {
    // Not thicker than a line of its label, however thick a phone's frame makes the bar.
    const thick = Math.max(6, Math.min(Math.round(bar / 4), Math.round(lh)));
    const end = Math.max(x(value), x(0) + 3);
    rects.push({ key, x1: x(0), x2: end, y1: top, y2: top + thick, className });
    const at = end + 6;
    const count = fmt.count(value);
    const nameAt = at + fit.measure(count, fs, 700) + 5;
    const name = wrap(fit, label, Math.min(right - nameAt, fs * 24));
    const labelTop = top + thick / 2 - lh / 2;
    texts.push(
      { key: `value:${key}`, lines: [count], size: fs, weight: 700, left: at, top: labelTop },
      { key: `name:${key}`, lines: name, size: fs, weight: 400, left: nameAt, top: labelTop },
    );
    return labelTop + name.length * lh;
  };

  /** A total's name and count, ending at `end`: on one line where it fits. Returns its height. */
  const totalLabel = (
    key: string,
    label: string,
    figure: Figure,
    end: number,
    top: number,
    into: TextBlock[],
  ) => {
    const value = fmt.figure(figure);
    const valueWidth = widest(fit, [value], fs, 700);
    const gap = fit.measure(' ', fs);
    const oneLine = fit.measure(label, fs) + gap + valueWidth <= end - left;
    const name = oneLine ? [label] : wrap(fit, label, end - left);
    const valueTop = top + (oneLine ? 0 : name.length) * lh;
    into.push(
      {
        key: `name:${key}`,
        lines: name,
        size: fs,
        weight: 400,
        left: oneLine ? end - valueWidth - gap : end,
        top,
        align: 'end',
      },
      {
        key: `value:${key}`,
        lines: [value],
        size: fs,
        weight: 700,
        left: end,
        top: valueTop,
        align: 'end',
      },
    );
    return valueTop + lh - top;
  };
  /**
   * The AP's total for the same update as the task force's 2023 count: a hollow triangle on the same
   * scale, on the line at `apTop` under the bar's labels, right under the bar's end (review r8 S2: on
   * the count axis it split the comparison and read as an axis marker); its name and count end
   * beside it, the triangle centred on their last line. Returns the height they take.
   */
  const apMark = (apTop: number) => {
    const ap = getFigure(data.dataset, 'tf2023_identified_ap');
    const at = x(ap.value);
    const size = Math.round(fs * 0.9);
    const apHeight = totalLabel('ap', copy.labels.tf2023_identified_ap, ap, at - size, apTop, texts);
    markers.push({ key: 'ap', x: at, y: apTop + apHeight - lh / 2, className: 'reunify-ap' });
    return apHeight;
  };

  if (view === 'identified_2021') {
    // The first report's total, before its split by status, in a grey no status has; under it, the
    // files still under review (not children, and not in the total) as a dotted outline labelled as files.
    const identified = getFigure(data.dataset, 'tf2021_identified');
    const review = getFigure(data.dataset, 'tf2021_under_review');
    const end = x(identified.value);
    // Keyed as the settlement state's total is: one kind of mark, the task force's total, unsplit.
    rects.push({
      key: 'identified',
      x1: x(0),
      x2: end,
      y1: 0,
      y2: bar,
      className: 'mark-context-strong',
    });
    const width = Math.max(fs * 6, end - x(0) - 6);
    const box = stack(
      'identified-2021',
      wrap(fit, copy.labels.tf2021_identified, width),
      [fmt.figure(identified)],
      x(0),
      'start',
      -6,
    );
    const top = box.top - lh - 4;
    texts.push({
      key: 'date',
      lines: [dateOf(identified.asOf)],
      size: fs,
      weight: 400,
      left,
      top,
      className: 'text-muted',
    });
    const under = sideBar(
      'under-review',
      review.value,
      copy.labels.tf2021_under_review,
      bar + 10,
      'mark-pending',
    );
    rules.push({ key: 'zero', x: left, y1: -6, y2: bar + 6, className: 'line-context' });
    return { texts, rects, markers, rules, above: -top, below: under, axis: true };
  }

  if (SQUARES.has(view)) {
    const figure = getFigure(data.dataset, 'tf_first_families');
    const big = Math.round(fs * 1.45);
    const count = fmt.figure(figure);
    const countWidth = fit.measure(count, big, 700);
    // The name with its week, in one block over the squares.
    const name = wrap(
      fit,
      `${copy.labels.first_families} ${dateOf(figure.asOf)}`,
      right - left - countWidth - 6,
    );
    const nameHeight = name.length * lh;
    const top = -6 - Math.max(lineHeight(big), nameHeight);
    texts.push({
      key: 'figure',
      lines: [count],
      size: big,
      weight: 700,
      left,
      top,
      className: 'text-second',
    });
    texts.push({
      key: 'name:first',
      lines: name,
      size: fs,
      weight: 400,
      left: left + countWidth + 6,
      top: top + (lineHeight(big) - lh) / 2,
    });
    // The one family's state adds who met again, and when, beside the squares where the width
    // leaves it a column as tall as they are, else under them. Both states are laid out for it, so
    // the squares and their label keep one size and place from one to the other (review r15 N3:
    // they shrank 86 → 59 px at 1280 to make room for it, and the label rose 4 px).
    const oneText = `${copy.labels.one_family} ${dateOf(oneFamilyDate(data))}`;
    // On a wide drawing no larger than two bars of its width, so they stay squares to count, not
    // blocks; a phone's are as large as its frame allows.
    const most = fit.width < PHONE_WIDTH ? Infinity : 2 * (onStage(fit) ? bar : frame(fit, fmt).bar);
    const across = right - left;
    const grid = (width: number, under: number) => {
      const g = squareGrid(figure.value, width, bar, room ? room + top - under : 0, most);
      const rows = Math.ceil(figure.value / g.columns);
      return { ...g, block: rows * g.size + (rows - 1) * g.gap };
    };
    const underLines = wrap(fit, oneText, Math.min(across, fs * 22));
    const under = { lines: underLines, at: 'under' as const, ...grid(across, 12 + underLines.length * lh) };
    let beside: (ReturnType<typeof grid> & { lines: string[]; at: 'beside' }) | null = null;
    // The text as wide as leaves the squares their largest (the widest of equals: fewest lines).
    for (let k = 22; k >= 8; k--) {
      const lines = wrap(fit, oneText, fs * k);
      const g = grid(across - widest(fit, lines) - ONE_LEADER, 0);
      if (g.size > 0 && lines.length * lh <= g.block && (!beside || g.size > beside.size))
        beside = { lines, at: 'beside', ...g };
    }
    // Beside, unless that leaves the squares much smaller than under would: under, the state of the
    // four families leaves the text's room as a band of blank under them (on a phone, 63 px at 390).
    const one = beside && beside.size >= under.size * 0.6 ? beside : under;
    const { size, columns, gap, block } = one;
    for (let i = 0; i < figure.value; i++) {
      const x1 = left + (i % columns) * (size + gap);
      const y1 = Math.floor(i / columns) * (size + gap);
      rects.push({ key: `family:${i}`, x1, x2: x1 + size, y1, y2: y1 + size, className: 'mark-second' });
    }
    if (view === 'one_family') {
      if (one.at === 'beside') {
        // The last square, ringed in ink, its leader across to the text, centred on it.
        const i = figure.value - 1;
        const x1 = left + (i % columns) * (size + gap);
        const y1 = Math.floor(i / columns) * (size + gap);
        const mid = y1 + size / 2;
        const height = one.lines.length * lh;
        const textTop = Math.max(0, Math.min(block - height, mid - height / 2));
        rects.push({ key: 'one', x1, x2: x1 + size, y1, y2: y1 + size, className: 'reunify-one' });
        rules.push({
          key: 'leader:one',
          x: x1 + size + 3,
          x2: x1 + size + ONE_LEADER - 3,
          y1: mid,
          y2: mid,
          className: 'line-text',
        });
        texts.push({
          key: 'one',
          lines: one.lines,
          size: fs,
          weight: 400,
          left: x1 + size + ONE_LEADER,
          top: textTop,
        });
      } else {
        // The first square of the last row, ringed in ink, over its leader and text.
        rects.push({
          key: 'one',
          x1: left,
          x2: left + size,
          y1: block - size,
          y2: block,
          className: 'reunify-one',
        });
        rules.push({
          key: 'leader:one',
          x: left + size / 2,
          y1: block + 3,
          y2: block + 10,
          className: 'line-text',
        });
        texts.push({ key: 'one', lines: one.lines, size: fs, weight: 400, left, top: block + 12 });
      }
    }
    const below = block + (one.at === 'under' ? 12 + one.lines.length * lh : 0);
    return { texts, rects, markers, rules, above: -top, below, axis: false };
  }

  if (view === 'settlement') {
    const figure = getFigure(data.dataset, 'settlement_children');
    const x1 = x(figure.value);
    const x2 = x(figure.high ?? figure.value);
    // The task force's last count, for scale (the subtitle compares the two): a count, so a solid
    // bar, in the grey of the first report's total (a total not split by status).
    const identified = getFigure(data.dataset, 'tf2023_identified');
    rects.push({
      key: 'identified',
      x1: x(0),
      x2: x(identified.value),
      y1: 0,
      y2: bar,
      className: 'mark-context-strong',
    });
    // Its name, date and count under it, across the width: the settlement's date is above the band.
    // The count ends the name's last line where it fits there, leaving a line for the AP's total.
    const ghostName = wrap(fit, `${copy.labels.tf2023_identified} ${dateOf(identified.asOf)}`, right - left);
    const ghostValue = fmt.figure(identified);
    const lastWidth = widest(fit, ghostName.slice(-1)) + fit.measure(' ', fs);
    const inline = lastWidth + widest(fit, [ghostValue], fs, 700) <= right - left;
    const valueLine = inline ? ghostName.length - 1 : ghostName.length;
    texts.push(
      {
        key: 'name:identified',
        lines: ghostName,
        size: fs,
        weight: 400,
        left,
        top: bar + 8,
        className: 'text-muted',
      },
      {
        key: 'value:identified',
        lines: [ghostValue],
        size: fs,
        weight: 700,
        left: inline ? left + lastWidth : left,
        top: bar + 8 + valueLine * lh,
        className: 'text-muted',
      },
    );
    rects.push({ key: 'settlement', x1, x2, y1: 0, y2: bar, className: 'settlement-band' });
    rules.push(
      { key: 'edge:low', x: x1, y1: -6, y2: bar + 6, className: 'line-text' },
      { key: 'edge:high', x: x2, y1: -6, y2: bar + 6, className: 'line-text' },
    );
    const name = wrap(fit, copy.labels.settlement, Math.min(right - left, fs * 16));
    const box = stack('settlement', name, [fmt.figure(figure)], x2, 'end', -8);
    // Its dates over its name, where the other states date their bar: the day the settlement was
    // announced and the day it was approved, as the cards of this state tell them.
    const dates = [copy.labels.settlement_announced, copy.labels.settlement_approved].flatMap((d) =>
      wrap(fit, d, Math.min(right - left, fs * 24)),
    );
    const dateTop = box.top - dates.length * lh;
    texts.push({
      key: 'date',
      lines: dates,
      size: fs,
      weight: 400,
      left: x2,
      top: dateTop,
      align: 'end',
      className: 'text-muted',
    });
    const ghostBottom = bar + 8 + (valueLine + 1) * lh;
    // The AP's total for the same update, marked as in the state that brings it in (one mark, one
    // meaning): the figure this state compares with is in doubt, and the drawing says so.
    const below = ghostBottom + 4 + apMark(ghostBottom + 4);
    return { texts, rects, markers, rules, above: -dateTop, below, axis: true };
  }

  const rows = statusRows(data, view);
  const segs = segments(rows);
  const share = shareText(rows, fmt);
  const total = segs.reduce((sum, s) => sum + s.count, 0);
  const asOf = rows[0] ? getFigure(data.dataset, rows[0].status).asOf : null;
  for (const s of segs) {
    const meaning = STATUS_MEANING[s.status as Status];
    const sliver = x(s.x2) - x(s.x1) < fs * 2;
    rects.push({
      key: meaning.key,
      // A sliver still gets a hairline of width, so it can be seen.
      x1: sliver ? x(s.x1) - 1 : x(s.x1),
      x2: sliver ? x(s.x2) + 1 : x(s.x2),
      y1: 0,
      y2: bar,
      // A sliver is outlined in ink, so it shows against a neighbour of its own colour.
      className: sliver ? `${meaning.className} reunify-sliver` : `${meaning.className} reunify-segment`,
    });
  }
  // Labels over the wide segments: the first from its start, the last back from its end.
  const wide = segs.filter((s) => x(s.x2) - x(s.x1) >= fs * 2);
  let top = 0;
  wide.forEach((s, i) => {
    const meaning = STATUS_MEANING[s.status as Status];
    const last = i === wide.length - 1 && wide.length > 1;
    const width = Math.max(fs * 6, x(s.x2) - x(s.x1) - 6);
    const name = wrap(fit, dataLabel(copy, LABELS, s.status), width);
    const value = valueLines(s.count, share(s.share), width);
    const box = stack(meaning.key, name, value, last ? x(s.x2) : x(s.x1), last ? 'end' : 'start', -6);
    top = Math.min(top, box.top);
  });
  // Slivers: under the bar, on a leader, starting at the sliver (or ending there near the right).
  let under = bar + 6;
  /** Where the slivers' labels leave the room under the bar free, from its left. */
  let free = right;
  for (const s of segs.filter((q) => !wide.includes(q))) {
    const meaning = STATUS_MEANING[s.status as Status];
    const mid = (x(s.x1) + x(s.x2)) / 2;
    // On the side of the sliver with more room, wrapped to that room.
    const align = right - mid >= mid - left ? 'start' : 'end';
    const room = Math.min(fs * 18, align === 'start' ? right - mid + 3 : mid + 3 - left);
    const name = wrap(fit, dataLabel(copy, LABELS, s.status), room);
    const value = valueLines(s.count, share(s.share), room);
    const at = align === 'start' ? mid - 3 : mid + 3;
    const leaderEnd = under + 8;
    rules.push({ key: `leader:${meaning.key}`, x: mid, y1: bar, y2: leaderEnd, className: 'line-context' });
    const height = (name.length + value.length) * lh;
    const box = stack(meaning.key, name, value, at, align, leaderEnd + 4 + height);
    free = Math.min(free, box.left, mid);
    under = Math.max(under, leaderEnd + 4 + height);
  }
  if (view === 'status_2023_ap') {
    // Two totals for the same update, neither drawn as right. The bar's end is the task force's:
    // a tick through it and its name and count under it. The AP's is a hollow triangle on the same
    // scale, on the next line, right under that tick (`apMark`): it says where 3,881 is against the
    // bar's end, not in which status the difference lies (no source says). Each name is set on its
    // count's line where it fits, so the two take little more height than the one did.
    const identified = getFigure(data.dataset, 'tf2023_identified');
    const end = x(identified.value);
    const totalBottom =
      under + totalLabel('total', copy.labels.tf2023_identified_total, identified, end - 4, under, texts);
    rules.push({ key: 'edge:total', x: end, y1: -6, y2: totalBottom, className: 'line-text' });
    under = totalBottom + 4 + apMark(totalBottom + 4);
  }
  const note = inProcessNote(data, view);
  if (note) {
    const text = `${copy.labels.tf2023_in_process}: ${fmt.count(note.value)}`;
    const lines = wrap(fit, text, Math.min(right - left, fs * 16));
    const end = x(total);
    texts.push({
      key: 'note',
      lines,
      size: fs,
      weight: 400,
      left: end,
      top: under,
      align: 'end',
      className: 'text-muted',
    });
    under += lines.length * lh;
  }
  if (view === 'unresolved') {
    // The lawyers' count: a thin bar in ink on the same axis, under the rest, its label beside it.
    const row = unresolvedRow(data);
    under = sideBar(
      'unresolved',
      row.value,
      `${copy.labels.unresolved} ${dateOf(row.asOf)}`,
      under + 8,
      'mark-ink',
    );
  }
  if (asOf) {
    const date = dateOf(asOf);
    top -= lh + 4;
    texts.push({ key: 'date', lines: [date], size: fs, weight: 400, left, top, className: 'text-muted' });
  }
  const sum = sumNote(rows, copy, fmt);
  if (sum) {
    // Said once, in the muted type of the date, where it takes no height the drawing does not
    // already have: on the date's line, set to the right (onto the next lines if they are clear
    // there); else beside the slivers' labels under the bar; else under everything.
    const boxOf = (t: TextBlock): Box => {
      const w = widest(fit, t.lines, t.size, t.weight);
      const at = t.align === 'end' ? t.left - w : t.left;
      return { left: at, right: at + w, top: t.top, bottom: t.top + t.lines.length * lh };
    };
    /** Clear of every other label, and within the height above the bar (`floor` -6) or under it. */
    const clear = (t: TextBlock, floor: number) => {
      const own = boxOf(t);
      // Half a text size clear of a label beside it; lines above and below keep their own spacing.
      const box = { ...own, left: own.left - fs / 2, right: own.right + fs / 2 };
      return own.bottom <= floor && !texts.some((o) => overlaps(box, boxOf(o), 1));
    };
    const dateWidth = asOf ? fit.measure(dateOf(asOf), fs) : -fs;
    const candidates: TextBlock[] = [
      {
        key: 'sum',
        // To the drawing's edge, as the axis's last label reaches.
        lines: wrap(fit, sum, fit.width - PAD - left - dateWidth - fs),
        size: fs,
        weight: 400,
        left: fit.width - PAD,
        top,
        align: 'end',
        className: 'text-muted',
      },
      {
        key: 'sum',
        lines: wrap(fit, sum, Math.min(free - left - fs, fs * 20)),
        size: fs,
        weight: 400,
        left,
        top: bar + 8,
        className: 'text-muted',
      },
    ];
    const placed = candidates.find((t, i) => clear(t, i === 0 ? -6 : under)) ?? {
      key: 'sum',
      lines: wrap(fit, sum, Math.min(right - left, fs * 20)),
      size: fs,
      weight: 400,
      left,
      top: under + 4,
      className: 'text-muted',
    };
    texts.push(placed);
    under = Math.max(under, placed.top + placed.lines.length * lh);
  }
  rules.push({ key: 'zero', x: left, y1: -6, y2: bar + 6, className: 'line-context' });
  return { texts, rects, markers, rules, above: -top, below: under, axis: true };
}

/**
 * The count axis's ticks: its domain in equal steps, so that it ends at its end at every width (review
 * r10: at 375 px d3's two "nice" ticks stopped at 4,000 under an axis running to 5,000), in as many
 * steps as leave each label a text size of room on either side.
 */
export function axisTicks(x: (v: number) => number, fit: Fit, fmt: Format): number[] {
  const [lo, hi] = X_DOMAIN;
  const steps = (n: number) => Array.from({ length: n + 1 }, (_, i) => lo + ((hi - lo) * i) / n);
  const room = (ticks: number[]) =>
    x(ticks[1] ?? hi) - x(ticks[0] ?? lo) >=
    Math.max(...ticks.map((t) => fit.measure(fmt.count(t), fit.fontSize))) + 2 * fit.fontSize;
  return [5, 2].map(steps).find(room) ?? steps(1);
}

/** Draws one state of the chart, laid out for `fit`. */
export function spec(data: ChartData, state: ReunifyState, copy: Copy, fmt: Format, fit: Fit): PlotOptions {
  const { lh, x } = frame(fit, fmt);
  // Every state puts its bar at the same height, so the marks move along it from state to state.
  // The height every state needs with bars `thinner` px thinner than they would be.
  // The squares' states sit apart from the bar's row: they need only their own height.
  const measure = (thinner: number) => {
    const bars = VIEWS.filter((v) => !SQUARES.has(v)).map((v) => layout(data, v, copy, fmt, fit, thinner));
    const squares = [...SQUARES].map((v) => layout(data, v, copy, fmt, fit, thinner));
    const above = Math.max(...bars.map((l) => l.above));
    const below = Math.max(...bars.map((l) => l.below));
    const tallest = Math.max(above + below + 6 + lh + 8, ...squares.map((l) => l.above + l.below));
    // The least height a state takes under its bar: the state that leaves most blank under its axis.
    const least = Math.min(...bars.map((l) => l.below));
    return { above, below, least, height: Math.ceil(PAD + tallest + PAD) };
  };
  const full = measure(0);
  const thinner = Math.max(0, full.height - fit.height);
  // On a phone the frame keeps the height it is given, as the other charts' frames do, so that no
  // band of blank stands between its source line and the card being read (review r7: 145 px at
  // 390 × 844); the bar thickens into that room, up to BAR_MOST px. The rest is not left in one band
  // inside the drawing (review r8 S2: 119–132 px of empty plot between the labels and the axis at
  // 390): each state's axis stands under its own labels (lowered by at most AXIS_SLACK), and what
  // the tallest state leaves is shared above the drawing and under it, as much above as keeps every
  // state's foot within FOOT_MOST (review r9 S1: 79–102 px under the axis at 390 × 844). On a tall
  // phone's frame the squares grow into two rows (r9 S1: 241 px under them).
  const phone = fit.width < PHONE_WIDTH;
  const stage = onStage(fit);
  const spare = (phone || stage) && !thinner ? fit.height - full.height : 0;
  const barMost = stage ? Math.round(fit.fontSize * STAGE_BAR) : BAR_MOST;
  let grow = Math.max(0, Math.min(spare, barMost - frame(fit, fmt).bar));
  let laid = grow ? measure(-grow) : full;
  // A count beside the bar thickens with it (a quarter as much), so the bar gives back what that
  // takes beyond the frame.
  for (let i = 0; i < 3 && grow && laid.height > fit.height; i++) {
    grow = Math.max(0, grow - (laid.height - fit.height));
    laid = measure(-grow);
  }
  const bars = thinner || -grow;
  if (thinner) laid = measure(thinner);
  const height = phone || stage ? Math.max(laid.height, fit.height) : laid.height;
  const leftover = height - laid.height;
  // On a stage, centred in it, as the box centres a drawing shorter than itself.
  const shift = stage
    ? Math.floor(leftover / 2)
    : Math.min(
        leftover,
        Math.max(Math.floor(leftover / 2), leftover + laid.below - laid.least - AXIS_SLACK - FOOT_MOST),
      );
  const barTop = PAD + laid.above + shift;
  // The squares' states fill the drawing's height too, at every width: they are drawn larger
  // (issue 8, 9e: a row of squares a bar thick left 160 px blank under it at 1280 × 800).
  const l = layout(data, state.view, copy, fmt, fit, bars, height - 2 * PAD);
  // A state whose labels take less height than the tallest's lowers its axis into what they leave
  // under it, by at most AXIS_SLACK, so that neither a band of blank under the axis nor one between
  // the labels and the axis opens (issue 8, 9e: 41 px under the first report's axis at 1280, in es).
  const axisLabelBottom = (at: number) => at + 4 + Math.round(fit.fontSize * 0.22) + lh;
  const axisTop =
    barTop +
    l.below +
    6 +
    Math.max(0, Math.min(AXIS_SLACK, height - PAD - axisLabelBottom(barTop + l.below + 6)));
  // The squares are not on the axis and do not become the bar: they sit under the subtitle, the
  // room the bars' labels need left below them rather than above, and what their largest size
  // leaves of that room is shared above and below them, as much above as keeps their foot within
  // FOOT_MOST (where the one family's text beside them leaves them narrower than the frame is tall).
  const squaresLeft = Math.max(0, height - 2 * PAD - l.above - l.below);
  const top = SQUARES.has(state.view)
    ? PAD + l.above + Math.max(Math.floor(squaresLeft / 2), stage ? 0 : squaresLeft - FOOT_MOST)
    : barTop;
  const texts = l.texts.map((t) => ({ ...t, top: t.top + top }));
  const ticks = axisTicks(x, fit, fmt);
  return {
    width: fit.width,
    height,
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      ...(l.axis
        ? [
            // On a stage, from the drawing's highest label, not from the top of the blank above it.
            Plot.ruleX(ticks, {
              x: (t: number) => x(t),
              y1: stage ? barTop - l.above : PAD,
              y2: axisTop,
              strokeOpacity: 0.12,
            }),
            Plot.text(ticks, {
              x: (t: number) => x(t),
              y: axisTop + 4,
              text: (t: number) => fmt.count(t),
              lineAnchor: 'top',
              dy: Math.round(fit.fontSize * 0.22),
              className: 'text-muted',
            }),
          ]
        : []),
      ...l.rects.map((r) =>
        Plot.rect([r], {
          x1: 'x1',
          x2: 'x2',
          y1: r.y1 + top,
          y2: r.y2 + top,
          className: r.className,
          render: keyed('rect', () => r.key),
        }),
      ),
      ...l.markers.map((m) =>
        Plot.dot([m], {
          x: 'x',
          y: m.y + top,
          symbol: 'triangle',
          r: Math.round(fit.fontSize * 0.45),
          strokeWidth: 1.5,
          className: m.className,
          render: keyed('marker', () => m.key),
        }),
      ),
      ...l.rules.map((r) =>
        r.x2 === undefined
          ? Plot.ruleX([r], {
              x: 'x',
              y1: r.y1 + top,
              y2: r.y2 + top,
              strokeWidth: r.className === 'line-text' ? 2 : 1,
              className: r.className,
              render: keyed('rule', () => r.key),
            })
          : Plot.ruleY([r], {
              y: r.y1 + top,
              x1: 'x',
              x2: 'x2',
              strokeWidth: r.className === 'line-text' ? 2 : 1,
              className: r.className,
              render: keyed('rule', () => r.key),
            }),
      ),
      ...blockText(fit, texts, 'text'),
    ],
  };
}

/** The numbers of one state, for the "show the data" table. */
export function table(data: ChartData, state: ReunifyState, copy: Copy, fmt: Format): DataTable {
  const key = stateKey(state);
  const caption = (key && copy.states?.[key]?.title) || copy.title;
  const columns = [
    { key: 'status', label: copy.columns.status },
    { key: 'count', label: copy.columns.count, numeric: true },
    { key: 'share', label: copy.columns.share, numeric: true },
    { key: 'asOf', label: copy.columns.asOf },
  ];
  const single = (label: string, figure: Figure) => ({
    status: label,
    count: fmt.figure(figure),
    share: '—',
    asOf: fmt.date(figure.asOf, 'short'),
  });
  // The AP's total for the same update as the task force's 2023 count, dated by its report (it gives
  // no date of its own for the count), and the cell says so.
  const apRow = () => ({
    ...single(copy.labels.tf2023_identified_ap, getFigure(data.dataset, 'tf2023_identified_ap')),
    asOf: copy.labels.tf2023_identified_ap_reported,
  });
  // The states of single figures, each row its label and its figure.
  const singles: Partial<Record<ReunifyState['view'], (typeof LABELS)[number][]>> = {
    identified_2021: ['tf2021_identified', 'tf2021_under_review'],
  };
  const ids = singles[state.view];
  // A label that continues its number in the drawing ("1,723 case files…") starts its own cell here.
  const cell = (label: string) => label.charAt(0).toLocaleUpperCase() + label.slice(1);
  if (ids)
    return {
      caption,
      columns,
      rows: ids.map((id) => single(cell(copy.labels[id]), getFigure(data.dataset, id))),
    };
  if (SQUARES.has(state.view)) {
    const figure = getFigure(data.dataset, 'tf_first_families');
    const rows = [single(copy.labels.first_families, figure)];
    if (state.view === 'one_family')
      rows.push({
        status: copy.labels.one_family,
        count: '—',
        share: '—',
        asOf: fmt.date(oneFamilyDate(data), 'short'),
      });
    return { caption, columns, rows };
  }
  if (state.view === 'settlement') {
    return {
      caption,
      columns,
      rows: [
        single(copy.labels.identified_row, getFigure(data.dataset, 'tf2023_identified')),
        apRow(),
        single(copy.labels.settlement, getFigure(data.dataset, 'settlement_children')),
      ],
    };
  }
  const status = statusRows(data, state.view);
  const share = shareText(status, fmt);
  const rows = segments(status).map((r) => ({
    status: dataLabel(copy, LABELS, r.status),
    count: fmt.count(r.count),
    share: share(r.share),
    asOf: fmt.date(getFigure(data.dataset, r.status).asOf, 'short'),
  }));
  const note = inProcessNote(
    data,
    state.view === 'unresolved' || state.view === 'status_2023_ap' ? 'status_2023' : state.view,
  );
  if (note) rows.push(single(copy.labels.tf2023_in_process, note));
  if (state.view === 'status_2023_ap')
    // A row for each total, neither first as if it were right.
    rows.push(
      single(copy.labels.tf2023_identified_total, getFigure(data.dataset, 'tf2023_identified')),
      apRow(),
    );
  const sum = sumNote(status, copy, fmt);
  if (state.view === 'unresolved') {
    const row = unresolvedRow(data);
    rows.push({
      status: copy.labels.unresolved,
      count: fmt.count(row.value),
      share: '—',
      asOf: fmt.date(row.asOf, 'short'),
    });
  }
  return sum ? { caption, columns, rows, note: sum } : { caption, columns, rows };
}
