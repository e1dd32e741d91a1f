/**
 * How many children were known to have been separated, count by count, in the order the counts
 * were reported: one waffle column per count, one square per fifty children (per more where the
 * chart is small: the key says how many). A later disclosure
 * that added children to the case is drawn stacked on the list it added to, so the column grows
 * rather than standing beside it as a shorter one. The lawyers' estimate counts families, a
 * different unit: it stands apart on the right, past a divider, left open at the top because it
 * is a lower bound.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import type { Format } from '../content/format.ts';
import { getFigure } from '../data/tables.ts';
import type { Figure } from '../data/schema.ts';
import { lineHeight, widest, wrap, type Fit } from './fit.ts';
import { keyed } from './motion.ts';
import { dataLabel, type ChartCopy, type ChartData, type DataTable } from './types.ts';

/**
 * The columns, in the order the counts were reported, and the figures stacked in each (bottom
 * first). The families estimate comes last and is set `apart`: it is not a count of children.
 */
export const MEASURES = [
  { measure: 'court_list', segments: ['court_list_2018'] },
  { measure: 'revised_list', segments: ['court_list_2018_revised'] },
  { measure: 'expanded_class', segments: ['court_list_2018_revised', 'expanded_class_2019'] },
  { measure: 'families', segments: ['families_separated'], apart: true },
] as const satisfies readonly { measure: string; segments: readonly string[]; apart?: true }[];

/** A column of the waffle: one count as it was reported. */
export type ScaleMeasure = (typeof MEASURES)[number]['measure'];

/** Which counts the waffle shows, in reporting order, and the one it highlights. */
export interface ScaleState {
  show: ScaleMeasure[];
  highlight: ScaleMeasure;
}

/**
 * Copy keys: each column's name, the square's key, the unit of each count (`unit_<figure unit>`) and
 * what the fading cap over an open count means (`open`, set beside the cap on a leader).
 */
export const LABELS = [
  ...MEASURES.map((m) => m.measure),
  'square',
  'unit_families',
  'unit_children',
  'open',
] as const;
export const COLUMNS = ['measure', 'count', 'unit', 'asOf'] as const;
/**
 * The states before the last have a title and subtitle of their own: the chart's own say what the
 * whole waffle shows (the growth, the lawyers' estimate), which those states do not draw yet
 * (review r15 N5). Which one a state is: the column it highlights, the newest it shows.
 */
export const STATES = ['court_list', 'revised_list', 'expanded_class'] as const;
/**
 * Their source lines too: the lists draw the HHS inspector general's figures alone, the 2019
 * disclosure adds the ACLU's (via The Hill); the chart's line, which also credits the lawyers'
 * estimate (via NBC News), stands under the state that draws it (review fc17 S2).
 */
export const SOURCED_STATES = STATES;
export function stateKey(state: ScaleState): (typeof STATES)[number] | null {
  return STATES.find((k) => k === state.highlight) ?? null;
}
export const EMBED_HEIGHT = 560;
type Copy = ChartCopy<(typeof LABELS)[number], (typeof COLUMNS)[number]>;

/**
 * What one square may stand for, the smallest first: a chart too small for squares of `MIN_SQUARE`
 * px at one count takes the next (a phone's), and its key says so.
 */
const UNITS = [50, 100, 250, 500] as const;
/** The smallest square worth drawing, px (its side, less the gap). */
const MIN_SQUARE = 6;
/** The fading cap drawn above a lower bound: two bands of one row each, fainter as they rise. */
const OPEN_CAP = [
  { rows: 1, opacity: 0.5 },
  { rows: 1, opacity: 0.25 },
] as const;
/** Top of the count scale: the families column and its cap fit under it (its figure goes above). */
const Y_MAX = 6200;
const MARGIN_X = 4;
/** Band padding, inner and outer, as a share of a band's step. */
const PADDING = 0.1;
/** One band's step in pixels for a drawing `width` wide: the divider sits half a step left of the families column. */
const stepOf = (width: number) => (width - 2 * MARGIN_X) / (MEASURES.length - PADDING + 2 * PADDING);

/** One figure's part of a column, from `y1` to `y2` on the count scale. */
export interface Segment {
  measure: ScaleMeasure;
  figure: Figure;
  y1: number;
  y2: number;
  /** Stacked on an earlier count: an addition to it, not a count of its own. */
  added: boolean;
  highlight: boolean;
  /** Lower bounds ("more than", "at least") are drawn open. */
  open: boolean;
}

/** A column: its segments, the date it was reported and whether it stands apart. */
export interface Column {
  measure: ScaleMeasure;
  segments: Segment[];
  /** When the column's newest figure was reported. */
  asOf: string;
  apart: boolean;
  highlight: boolean;
}

/** The columns a state shows, in reporting order, with each segment placed on the one below it. */
export function columns(data: ChartData, state: ScaleState): Column[] {
  return MEASURES.filter((m) => state.show.includes(m.measure)).map((m) => {
    const highlight = m.measure === state.highlight;
    let y = 0;
    const segments = m.segments.map((id, i) => {
      const figure = getFigure(data.dataset, id);
      const segment: Segment = {
        measure: m.measure,
        figure,
        y1: y,
        y2: y + figure.value,
        added: i > 0,
        // In a stacked column the addition is the subject; the list under it was shown before.
        highlight: highlight && (m.segments.length === 1 || i > 0),
        open: figure.qualifier === 'more than' || figure.qualifier === 'at least',
      };
      y = segment.y2;
      return segment;
    });
    const newest = segments[segments.length - 1]!.figure;
    return { measure: m.measure, segments, asOf: newest.asOf, apart: 'apart' in m, highlight };
  });
}

/** How the squares are counted and laid: what one stands for, and how many make a row of a column. */
export interface Grid {
  unit: number;
  perRow: number;
}

const capHeight = (g: Grid) => OPEN_CAP.reduce((sum, band) => sum + band.rows * g.perRow * g.unit, 0);

/** The top of the row of squares a count ends in: a part-filled row is drawn at full height. */
const rowTop = (g: Grid, y: number) => Math.ceil(Math.round(y / g.unit) / g.perRow) * g.perRow * g.unit;

/** Where a column's drawing ends: above the open cap when its top segment is a lower bound. */
function top(g: Grid, c: Column): number {
  const last = c.segments[c.segments.length - 1]!;
  return rowTop(g, last.y2 + (last.open ? capHeight(g) : 0));
}

/** The top of the count scale: every column of the chart fits under it, shown or not, so it never changes with the state. */
const domainTop = (g: Grid, all: Column[]) => Math.max(Y_MAX, ...all.map((c) => top(g, c)));

/**
 * The grid with the largest squares for a column `band` px wide and a plot `plotHeight` px tall,
 * counting `unit` per square: a row is as many squares as keep them square (a row's height on the
 * count scale is `unit × perRow`, its width `band / perRow`), and the side of a cell with its gap.
 */
export function gridFor(
  band: number,
  plotHeight: number,
  unit: number,
  all: Column[],
): Grid & { cell: number } {
  const rowsFor = (top: number) =>
    Math.max(1, Math.floor(Math.sqrt((band * top) / (unit * Math.max(1, plotHeight)))));
  // The open cap is a number of rows, so the scale's top depends on the row: a second pass sizes
  // the row for the top the first found (never lower than Y_MAX, so the cells stay square).
  const first = rowsFor(domainTop({ unit, perRow: rowsFor(Y_MAX) }, all));
  const grid = { unit, perRow: first };
  const cell = Math.max(0, plotHeight) * ((unit * first) / domainTop(grid, all));
  return { ...grid, cell: Math.min(cell, band / first) };
}

/** The figure over a column: the count, or "+N" for an addition. */
function topLabel(c: Column, fmt: Format): string {
  const last = c.segments[c.segments.length - 1]!;
  return `${last.added ? '+' : ''}${fmt.figureShort(last.figure)}`;
}

/** The ratio of a square symbol's side to the radius Plot is given. */
const SQUARE_R = Math.sqrt(Math.PI);

/**
 * Each kind of square keeps its colour in every state, so a colour means one thing across the
 * chart: grey for the children on the list, the accent for those disclosed later (the chart's
 * subject: the count grew), the second hue for the families, a different unit. The column in focus
 * is marked by its bold labels and a bar under it, not by a colour.
 */
const KIND_CLASS = { list: 'mark-context', added: 'mark-accent', families: 'mark-second' } as const;
const kindOf = (s: Segment): keyof typeof KIND_CLASS =>
  s.figure.unit === 'families' ? 'families' : s.added ? 'added' : 'list';
const markClass = (s: Segment) => KIND_CLASS[kindOf(s)];

/** A box on the drawing, px. */
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const meets = (a: Box, b: Box, pad = 2) =>
  a.left < b.right + pad && b.left < a.right + pad && a.top < b.bottom + pad && b.top < a.bottom + pad;

/**
 * Where the words saying what the fading cap means go: right-aligned in the room left of the open
 * column, a text size short of it, on a leader to the cap; at the cap's height, or as near it as
 * keeps them clear of the other columns, their figures and a key on top. `null` when no column is
 * open or no place is clear. Positions are px from the drawing's top left; `y` is the leader's.
 */
function capLabel(
  cols: Column[],
  layout: {
    grid: Grid & { cell: number };
    height: number;
    marginBottom: number;
    keyOnTop: boolean;
    keyBlock: (lines: string[]) => number;
    keyText: string[];
    familiesKey: string[];
    gap: number;
  },
  text: string,
  fit: Fit,
  o: { marginTop: number; step: number; band: number; all: Column[]; fmt: Format; big: number },
) {
  const open = cols.find((c) => c.segments[c.segments.length - 1]!.open);
  if (!open) return null;
  const fs = fit.fontSize;
  const lh = lineHeight(fs);
  const plotHeight = layout.height - o.marginTop - layout.marginBottom;
  const domain = domainTop(layout.grid, o.all);
  const y = (v: number) => o.marginTop + plotHeight * (1 - v / domain);
  const left = (c: Column) =>
    MARGIN_X + o.step * PADDING + MEASURES.findIndex((m) => m.measure === c.measure) * o.step;
  const last = open.segments[open.segments.length - 1]!;
  const capTop = y(top(layout.grid, open));
  const capBottom = y(rowTop(layout.grid, last.y2));
  const capLeft = left(open);
  // What the label must keep clear of: the other columns shown, with their figures, and the keys on top.
  const keyWidth = (l: string[]) => Math.max(fs, layout.grid.cell - layout.gap) + 5 + widest(fit, l);
  const blocked: Box[] = cols.flatMap((c) => {
    const t = y(top(layout.grid, c));
    const half = fit.measure(topLabel(c, o.fmt), o.big, 700) / 2;
    const mid = left(c) + o.band / 2;
    const figure = { left: mid - half, right: mid + half, top: t - 6 - lineHeight(o.big), bottom: t - 6 };
    return c === open ? [figure] : [{ left: left(c), right: left(c) + o.band, top: t, bottom: y(0) }, figure];
  });
  if (layout.keyOnTop)
    blocked.push({
      left: MARGIN_X + o.step * PADDING,
      right: MARGIN_X + o.step * PADDING + Math.max(keyWidth(layout.keyText), keyWidth(layout.familiesKey)),
      top: o.marginTop,
      bottom: o.marginTop + layout.keyBlock(layout.keyText) + layout.keyBlock(layout.familiesKey),
    });
  const mid = (capTop + capBottom) / 2;
  // The squares fill their column's band centred, a whole number of cells across.
  const squaresLeft = capLeft + (o.band - layout.grid.perRow * layout.grid.cell) / 2;
  const to = { x: squaresLeft - 2, y: Math.round(mid) };
  /** Whether a leader from `from` to the cap crosses a box (sampled along it). */
  const crosses = (from: { x: number; y: number }, b: Box) =>
    Array.from({ length: 21 }, (_, i) => i / 20).some((t) => {
      const px = from.x + (to.x - from.x) * t;
      const py = from.y + (to.y - from.y) * t;
      return px > b.left - 1 && px < b.right + 1 && py > b.top - 1 && py < b.bottom + 1;
    });
  // Beside the cap at its height first (a short level leader); else the clear place nearest it, in
  // the room left of the open column, on a leader that crosses nothing.
  const found: {
    lines: string[];
    right: number;
    top: number;
    from: { x: number; y: number };
    cost: number;
  }[] = [];
  for (const wide of [14, 11, 9]) {
    for (let right = capLeft - 2 - 1.5 * fs; right - fs * 6 >= MARGIN_X; right -= fs) {
      const lines = wrap(fit, text, Math.min(fs * wide, right - MARGIN_X));
      const width = widest(fit, lines);
      const height = lines.length * lh;
      if (right - width < MARGIN_X - 0.5) continue;
      for (let t = 0; t + height <= y(0) - 2; t += Math.round(lh / 2)) {
        const box = { left: right - width, right, top: t, bottom: t + height };
        if (blocked.some((q) => meets(box, q))) continue;
        // The leader leaves the middle of the line nearest the cap's middle.
        const line = Math.min(lines.length - 1, Math.max(0, Math.floor((mid - t) / lh)));
        const from = { x: right + fs / 2, y: Math.round(t + line * lh + lh / 2) };
        if (blocked.some((q) => crosses(from, q))) continue;
        found.push({
          lines,
          right,
          top: t,
          from,
          cost: Math.hypot(to.x - from.x, to.y - from.y) + lines.length * lh,
        });
      }
    }
  }
  const best = found.reduce<(typeof found)[number] | null>((a, c) => (!a || c.cost < a.cost ? c : a), null);
  if (!best) return null;
  return { measure: open.measure, centre: capLeft + o.band / 2, ...best, to };
}

/** Draws one state of the chart, laid out for `fit`. */
export function spec(data: ChartData, state: ScaleState, copy: Copy, fmt: Format, fit: Fit): PlotOptions {
  const cols = columns(data, state);
  const segments = cols.flatMap((c) => c.segments);
  const fs = fit.fontSize;
  const lh = lineHeight(fs);
  const step = stepOf(fit.width);
  const band = step * (1 - PADDING);
  // Under each column its date, then what it counts, wrapped to the column; every column of the
  // chart is measured, shown or not, so the columns keep their height from state to state.
  const all = columns(data, { show: MEASURES.map((m) => m.measure), highlight: state.highlight });
  const dateOf = (c: Column) => wrap(fit, fmt.date(c.asOf.slice(0, 7), 'short'), band);
  // On a small phone, names under the columns would leave the squares no room: only the column in
  // focus is named, across the chart under the dates; the others were named in the steps before,
  // and the table names all.
  const plotWidth = fit.width - 2 * MARGIN_X;
  const dateLines = Math.max(...all.map((c) => dateOf(c).length));
  const big = Math.round(fs * 1.2);
  const marginTop = lineHeight(big) + 8;
  const keyWidth = (lines: string[]) => fs + 5 + widest(fit, lines);
  /**
   * The most lines a column's name may take under it before the names go across the chart instead:
   * two on a phone, where a third and fourth would take the squares' room; three on a wide chart.
   */
  const nameLinesMax = fit.width >= 600 ? 3 : 2;
  /**
   * The layout for names under each column or (`compact`) the focus's name alone across the chart,
   * with one square standing for `unit`, and what a square stands for either in the empty top left,
   * over the first `keySpan` columns of children (the counts stay under half the scale there), or,
   * with no span, under the names. The room is kept in every state, so the columns keep their height.
   */
  const layoutFor = (compact: boolean, unit: number, keySpan: 0 | 2 | 3) => {
    const keyOnTop = keySpan > 0;
    const keyRoom = (keySpan - 1) * step + band;
    const under = compact ? plotWidth : band;
    const nameLines = Math.max(...all.map((c) => wrap(fit, copy.labels[c.measure], under, fs, 700).length));
    const keyOf = (kind: 'children' | 'families', width: number, short = false) =>
      wrap(
        fit,
        `${short ? '' : `${copy.labels.square}: `}${fmt.count(unit)} ${copy.labels[`unit_${kind}`]}`,
        width - fs - 5,
      );
    // On top, the keys stand one over the other across their columns; under the names, the
    // children's may run on under the second column, where nothing else is set.
    const keyText = keyOf('children', keyOnTop ? keyRoom : compact ? under : step + band);
    // The families' key is the children's, for families: where it would take more lines than the
    // children's (or stands under it), its count and unit say enough beside its square.
    const familiesFull = keyOf('families', under);
    const familiesKey =
      keyOnTop || compact || familiesFull.length > keyText.length
        ? keyOf('families', keyOnTop ? keyRoom : under, true)
        : familiesFull;
    const oneLine =
      !keyOnTop &&
      compact &&
      keyText.length === 1 &&
      familiesKey.length === 1 &&
      keyWidth(keyText) + 16 + keyWidth(familiesKey) <= plotWidth;
    const keyLines = keyOnTop
      ? 0
      : oneLine
        ? 1
        : compact
          ? keyText.length + familiesKey.length
          : Math.max(keyText.length, familiesKey.length);
    const underNames = 8 + dateLines * lh + 4 + nameLines * lh + 4;
    const marginBottom = underNames + keyLines * lh + 2;
    const height = Math.round(Math.min(fit.height, Math.max(marginTop + marginBottom + 120, fit.width)));
    const plotHeight = height - marginTop - marginBottom;
    // Squares stay squares with a gap, however small the chart.
    const gap = plotHeight < 200 ? 1 : 2;
    const grid = gridFor(band, plotHeight, unit, all);
    // On top the keys stand one over the other, each as tall as its lines or its square (a wide
    // chart's square is taller than a line), and must clear the figures over the columns they reach,
    // with a few px to spare.
    const keyLeft = MARGIN_X + step * PADDING;
    const keyBlock = (lines: string[]) => Math.max(lines.length * lh, grid.cell - gap + 4);
    const blocks = [
      { lines: keyText, bottom: keyBlock(keyText) },
      { lines: familiesKey, bottom: keyBlock(keyText) + keyBlock(familiesKey) },
    ];
    const clear =
      !keyOnTop ||
      all.every((c) => {
        const i = MEASURES.findIndex((m) => m.measure === c.measure);
        const mid = keyLeft + i * step + band / 2;
        const half = fit.measure(topLabel(c, fmt), big, 700) / 2;
        const labelTop =
          marginTop + plotHeight * (1 - top(grid, c) / domainTop(grid, all)) - 6 - lineHeight(big);
        return blocks.every(
          (b) =>
            keyLeft + Math.max(fs, grid.cell - gap) + 5 + widest(fit, b.lines) < mid - half ||
            marginTop + b.bottom + 4 <= labelTop,
        );
      });
    return {
      compact,
      keyOnTop,
      keyBlock,
      keyText,
      familiesKey,
      oneLine,
      underNames,
      marginBottom,
      height,
      gap,
      grid,
      fits: clear && (compact || nameLines <= nameLinesMax),
    };
  };
  // One square per fifty children where the squares are big enough to see; per more where not (a
  // small phone's), rather than specks. Names under the columns come first, where each takes at most
  // two lines; the focus's alone across the chart next; the key on top where it clears the columns.
  const layouts = UNITS.flatMap((unit) =>
    [false, true].flatMap((compact) => ([3, 2, 0] as const).map((span) => layoutFor(compact, unit, span))),
  );
  const square = (l: (typeof layouts)[number]) => l.grid.cell - l.gap;
  // And where the words on the fading cap find a clear place beside it, with every column shown (so
  // every state keeps the layout the open count's state needs).
  const capFits = (l: (typeof layouts)[number]) =>
    !all.some((c) => c.segments.some((g) => g.open)) ||
    capLabel(all, l, copy.labels.open, fit, { marginTop, step, band, all, fmt, big }) !== null;
  // The unit first: the finest whose squares are big enough to see in a layout that fits. The words
  // on the fading cap are then placed where that unit's layouts leave them room; they never make
  // the squares count more (review r17 §3: at 320 px the unit went from 100 to 500 a square, 3 px
  // of longer Spanish copy short of the room where the cap's words found a place at 100).
  const legible = (l: (typeof layouts)[number]) => l.fits && square(l) >= MIN_SQUARE;
  const unit = (layouts.find(legible) ?? layouts.find((l) => square(l) >= MIN_SQUARE))?.grid.unit;
  const ofUnit = layouts.filter((l) => l.grid.unit === unit);
  const layout =
    ofUnit.find((l) => legible(l) && capFits(l)) ??
    ofUnit.find(legible) ??
    ofUnit.find((l) => square(l) >= MIN_SQUARE) ??
    layouts.reduce((best, l) => (square(l) > square(best) ? l : best));
  const nameOf = (c: Column) => wrap(fit, copy.labels[c.measure], layout.compact ? plotWidth : band, fs, 700);
  const apart = cols.some((c) => c.apart);
  /** Where a column's centre is, px from the left, and how far a centred label must shift to stay in. */
  const centre = (c: Column) =>
    MARGIN_X + step * PADDING + MEASURES.findIndex((m) => m.measure === c.measure) * step + band / 2;
  const inside = (c: Column, width: number) => {
    const x = centre(c);
    return Math.min(Math.max(x - width / 2, MARGIN_X), fit.width - MARGIN_X - width) + width / 2 - x;
  };
  // The key's square is a square of the columns, as drawn: a cell less its gap.
  const keySquare = Math.max(1, Math.round((layout.grid.cell - layout.gap) * 100) / 100);
  const waffle = (subset: Segment[], className: string, extra: Plot.WaffleYOptions = {}) =>
    Plot.waffleY(subset, {
      x: 'measure',
      y1: 'y1',
      y2: 'y2',
      unit: layout.grid.unit,
      multiple: layout.grid.perRow,
      gap: layout.gap,
      // Whole squares only: a sliver of a square would read as a tick mark.
      round: true,
      className,
      render: keyed('squares', (s: Segment) => `${s.measure}:${s.figure.id}:${s.y1}`),
      ...extra,
    });
  // The open cap: squares past the figure, fading out. They stand for "the true number may be
  // higher", not for counted families, so they are faint and never solid.
  const caps = segments
    .filter((s) => s.open)
    .flatMap((s) => {
      let from = s.y2;
      return OPEN_CAP.map((band) => {
        const to = from + band.rows * layout.grid.perRow * layout.grid.unit;
        const mark = waffle([{ ...s, y1: from, y2: to }], `${markClass(s)} scale-open`, {
          fillOpacity: band.opacity,
        });
        from = to;
        return mark;
      });
    });
  const openLabel = capLabel(cols, layout, copy.labels.open, fit, { marginTop, step, band, all, fmt, big });
  // On top, the keys hang from the top of the plot; under the names, from the baseline.
  const keyTop = layout.keyOnTop ? 0 : layout.underNames;
  const keyY = layout.keyOnTop ? domainTop(layout.grid, all) : 0;
  const familiesTop = layout.keyOnTop
    ? layout.keyBlock(layout.keyText)
    : layout.compact && !layout.oneLine
      ? keyTop + layout.keyText.length * lh
      : keyTop;
  const familiesShift = layout.oneLine ? keyWidth(layout.keyText) + 16 : 0;
  /** A key: a square as the columns draw it, then what it stands for, its lines' top `top` px below `keyY`. */
  const keyMarks = (
    key: string,
    lines: string[],
    column: ScaleMeasure,
    top: number,
    className: string,
    shift = 0,
  ) => [
    Plot.dot([key], {
      x: () => column,
      y: keyY,
      symbol: 'square',
      r: keySquare / SQUARE_R,
      dx: shift - band / 2 + keySquare / 2,
      // Centred on the first line's x-height, about half an em below the line's top.
      dy: top + (lh - fs) / 2 + fs * 0.55,
      className,
      render: keyed('key-square', () => key),
    }),
    Plot.text([key], {
      x: () => column,
      y: keyY,
      text: () => lines.join('\n'),
      textAnchor: 'start',
      lineAnchor: 'top',
      lineHeight: lh / fs,
      dx: shift - band / 2 + keySquare + 5,
      dy: top,
      className: 'text-muted',
      render: keyed('key', () => key),
    }),
  ];
  return {
    width: fit.width,
    height: layout.height,
    marginTop,
    marginRight: MARGIN_X,
    marginLeft: MARGIN_X,
    marginBottom: layout.marginBottom,
    x: { type: 'band', domain: MEASURES.map((m) => m.measure), padding: PADDING, axis: null },
    // Room for the tallest drawing of any state (the open cap over the families may pass Y_MAX), its figure above.
    y: { domain: [0, domainTop(layout.grid, all)], axis: null },
    marks: [
      ...(['list', 'added', 'families'] as const).map((kind) =>
        waffle(
          segments.filter((s) => kindOf(s) === kind),
          KIND_CLASS[kind],
        ),
      ),
      ...caps,
      // What the fading cap means, beside it on a leader (issue 8, 9e: the key did not say).
      ...(openLabel
        ? [
            // The leader, in px: drawn as it is, not through the scales.
            (
              _index: number[],
              _scales: unknown,
              _values: unknown,
              _dims: unknown,
              context: { document: Document },
            ) => {
              const ns = 'http://www.w3.org/2000/svg';
              const g = context.document.createElementNS(ns, 'g');
              g.setAttribute('class', 'line-text');
              g.setAttribute('stroke', 'currentColor');
              const line = context.document.createElementNS(ns, 'line');
              const at = {
                x1: openLabel.from.x,
                y1: openLabel.from.y,
                x2: openLabel.to.x,
                y2: openLabel.to.y,
              };
              for (const [k, v] of Object.entries(at)) line.setAttribute(k, String(Math.round(v * 10) / 10));
              line.setAttribute('data-key', 'leader:open');
              g.append(line);
              return g;
            },
            Plot.text([openLabel], {
              x: () => openLabel.measure,
              y: () => domainTop(layout.grid, all),
              dx: openLabel.right - openLabel.centre,
              dy: openLabel.top - marginTop,
              text: () => openLabel.lines.join('\n'),
              textAnchor: 'end',
              lineAnchor: 'top',
              lineHeight: lh / fs,
              className: 'text-muted scale-open-label',
              render: keyed('open', () => 'open'),
            }),
          ]
        : []),
      Plot.ruleY([0], { className: 'line-context' }),
      // The column in focus: a bar in ink under it.
      Plot.tickY(
        cols.filter((c) => c.highlight),
        {
          x: 'measure',
          y: 0,
          strokeWidth: 4,
          className: 'line-text',
          render: keyed('focus', () => 'focus'),
        },
      ),
      // The families estimate is a different unit: a divider keeps it from reading as a fourth count.
      ...(apart
        ? [
            Plot.ruleX(['families'], {
              x: (d: string) => d,
              dx: -step / 2,
              y1: 0,
              y2: Y_MAX - 400,
              strokeDasharray: '3,3',
              className: 'line-context scale-divider',
            }),
          ]
        : []),
      // What one square stands for, in the empty top left (or under the names where the columns
      // leave it no room), after a square drawn as the columns' are.
      ...keyMarks('square', layout.keyText, MEASURES[0]!.measure, keyTop, KIND_CLASS.list),
      // The families' key: under the children's on top or when compact, else under the estimate's name.
      ...(apart
        ? keyMarks(
            'families',
            layout.familiesKey,
            layout.keyOnTop || layout.compact ? MEASURES[0]!.measure : 'families',
            familiesTop,
            KIND_CLASS.families,
            familiesShift,
          )
        : []),
      // The figure on top of each column ("+1,556" on an addition, "5,500+" on the open one).
      ...[false, true].map((hl) =>
        Plot.text(
          cols.filter((c) => c.highlight === hl),
          {
            x: 'measure',
            y: (c: Column) => top(layout.grid, c),
            text: (c: Column) => topLabel(c, fmt),
            lineAnchor: 'bottom',
            dy: -6,
            fontSize: big,
            fontWeight: hl ? 700 : 400,
            ...(hl ? {} : { className: 'text-muted' }),
            render: keyed('count', (c: Column) => c.measure),
          },
        ),
      ),
      // Under each column: when it was reported, then what it counts.
      // The month is enough under a column (the table gives the day); a day would crowd its neighbor.
      Plot.text(cols, {
        x: 'measure',
        y: 0,
        text: (c: Column) => dateOf(c).join('\n'),
        lineAnchor: 'top',
        lineHeight: lh / fs,
        dy: 8,
        className: 'text-muted',
        render: keyed('date', (c: Column) => c.measure),
      }),
      ...(layout.compact
        ? cols
            .filter((c) => c.highlight)
            .map((c) =>
              Plot.text([c], {
                x: 'measure',
                y: 0,
                text: () => nameOf(c).join('\n'),
                lineAnchor: 'top',
                dy: 8 + dateLines * lh + 4,
                dx: inside(c, widest(fit, nameOf(c), fs, 700)),
                lineHeight: lh / fs,
                fontWeight: 700,
                render: keyed('name', () => c.measure),
              }),
            )
        : [false, true].map((hl) =>
            Plot.text(
              cols.filter((c) => c.highlight === hl),
              {
                x: 'measure',
                y: 0,
                text: (c: Column) => nameOf(c).join('\n'),
                lineAnchor: 'top',
                dy: 8 + dateLines * lh + 4,
                lineHeight: lh / fs,
                fontWeight: hl ? 700 : 400,
                render: keyed('name', (c: Column) => c.measure),
              },
            ),
          )),
    ],
  };
}

/** The numbers of one state, for the "show the data" table: one row per figure drawn. */
export function table(data: ChartData, state: ScaleState, copy: Copy, fmt: Format): DataTable {
  // A stacked column repeats the list under it; its row is the addition alone.
  const rows = columns(data, state).map((c) => c.segments[c.segments.length - 1]!);
  return {
    caption: copy.title,
    columns: [
      { key: 'measure', label: copy.columns.measure },
      { key: 'count', label: copy.columns.count, numeric: true },
      { key: 'unit', label: copy.columns.unit },
      { key: 'asOf', label: copy.columns.asOf },
    ],
    rows: rows.map((s) => ({
      measure: copy.labels[s.measure],
      count: `${s.added ? '+' : ''}${fmt.figure(s.figure)}`,
      unit: dataLabel(copy, LABELS, `unit_${s.figure.unit}`),
      asOf: fmt.date(s.figure.asOf, 'short'),
    })),
  };
}
