/**
 * The scale of the separations as a waffle: one column per count, one square per fifty families or
 * children. The families count is a lower bound, so its column is left open at the top (two rows
 * of fading squares and a "+" on the figure) instead of ending in a closed edge.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { formatDate, formatFigure, formatFigureShort } from '../content/format.ts';
import { getFigure } from '../data/tables.ts';
import type { Figure } from '../data/schema.ts';
import { lineHeight, wrap, type Fit } from './fit.ts';
import { dataLabel, type ChartCopy, type ChartData, type DataTable } from './types.ts';

/** Column order and the figure behind each column; fixed so columns keep their place between steps. */
const MEASURES = [
  { measure: 'families', figure: 'families_separated' },
  { measure: 'court_list', figure: 'court_list_2018' },
  { measure: 'expanded_class', figure: 'expanded_class_2019' },
  { measure: 'task_force', figure: 'tf2021_identified' },
] as const;
type Measure = (typeof MEASURES)[number]['measure'];

/** Which of the separation counts the waffle shows, and which one it highlights. */
export interface ScaleState {
  show: Measure[];
  highlight: Measure;
}

/** Copy keys: each measure's name, and the unit of each count (`unit_<figure unit>`). */
export const LABELS = [...MEASURES.map((m) => m.measure), 'unit_families', 'unit_children'] as const;
export const COLUMNS = ['measure', 'count', 'unit', 'asOf'] as const;
export const EMBED_HEIGHT = 560;
type Copy = ChartCopy<(typeof LABELS)[number], (typeof COLUMNS)[number]>;

/** What one square stands for. */
const UNIT = 50;
/** Squares per row of a column. */
const PER_ROW = 6;
/** The fading cap drawn above a lower bound: two bands of one row each, fainter as they rise. */
const OPEN_CAP = [
  { rows: 1, opacity: 0.5 },
  { rows: 1, opacity: 0.25 },
] as const;
/** Top of the count scale: the families column, its cap and its figure label fit under it. */
const Y_MAX = 6800;

interface Column {
  measure: Measure;
  figure: Figure;
  /** Lower bounds ("more than", "at least") are drawn open. */
  open: boolean;
  highlight: boolean;
}

function columns(data: ChartData, state: ScaleState): Column[] {
  return MEASURES.filter((m) => state.show.includes(m.measure)).map((m) => {
    const figure = getFigure(data.dataset, m.figure);
    return {
      measure: m.measure,
      figure,
      open: figure.qualifier === 'more than' || figure.qualifier === 'at least',
      highlight: m.measure === state.highlight,
    };
  });
}

/** Where a column's drawing ends: the cap's top for an open column, the count otherwise. */
function top(c: Column): number {
  return c.open
    ? c.figure.value + OPEN_CAP.reduce((sum, band) => sum + band.rows * PER_ROW * UNIT, 0)
    : c.figure.value;
}

const markClass = (c: Column) => (c.highlight ? 'mark-accent' : 'mark-context');

/** Draws one state of the chart. */
export function spec(data: ChartData, state: ScaleState, copy: Copy, fit: Fit): PlotOptions {
  const cols = columns(data, state);
  const fs = fit.fontSize;
  const lh = lineHeight(fs);
  // Each column's label wraps to the column's width; the tallest of them sets the bottom margin.
  const band = ((fit.width - 8) / MEASURES.length) * 0.88;
  const lines = (m: Measure) => wrap(fit, copy.labels[m], band - 2);
  const labelLines = Math.max(...MEASURES.map((m) => lines(m.measure).length));
  const dateLines = Math.max(
    ...MEASURES.map(
      (m) => wrap(fit, formatDate(getFigure(data.dataset, m.figure).asOf, 'short'), band - 2).length,
    ),
  );
  const marginBottom = 8 + dateLines * lh + 6 + labelLines * lh + 4;
  // Squares stay squares with a gap, however small the chart.
  const gap = fit.height < 300 ? 1 : 2;
  const height = Math.round(Math.min(fit.height, Math.max(240, fit.width * 0.95)));
  const waffle = (subset: Column[], className: string) =>
    Plot.waffleY(subset, {
      x: 'measure',
      y1: 0,
      y2: (c: Column) => c.figure.value,
      unit: UNIT,
      multiple: PER_ROW,
      gap,
      // Whole squares only: a sliver of a square would read as a tick mark.
      round: true,
      className,
    });
  // The open cap: squares past the figure, fading out. They stand for "the true number may be
  // higher", not for counted families, so they are faint and never solid.
  const caps = cols
    .filter((c) => c.open)
    .flatMap((c) => {
      let from = c.figure.value;
      return OPEN_CAP.map((band) => {
        const to = from + band.rows * PER_ROW * UNIT;
        const mark = Plot.waffleY([c], {
          x: 'measure',
          y1: from,
          y2: to,
          unit: UNIT,
          multiple: PER_ROW,
          gap,
          round: true,
          fillOpacity: band.opacity,
          className: `${markClass(c)} scale-open`,
        });
        from = to;
        return mark;
      });
    });
  return {
    width: fit.width,
    height,
    marginTop: Math.round(fs * 1.2 * 1.2) + 10,
    marginRight: 4,
    marginLeft: 4,
    marginBottom,
    x: { type: 'band', domain: MEASURES.map((m) => m.measure), padding: 0.12, axis: null },
    y: { domain: [0, Y_MAX], axis: null },
    marks: [
      waffle(
        cols.filter((c) => !c.highlight),
        'mark-context',
      ),
      waffle(
        cols.filter((c) => c.highlight),
        'mark-accent',
      ),
      ...caps,
      Plot.ruleY([0], { className: 'line-context' }),
      // The figure on top of each column ("5,500+" for the open one), in accent for the subject.
      ...[false, true].map((hl) =>
        Plot.text(
          cols.filter((c) => c.highlight === hl),
          {
            x: 'measure',
            y: top,
            text: (c: Column) => formatFigureShort(c.figure),
            lineAnchor: 'bottom',
            dy: -6,
            fontSize: Math.round(fs * 1.2),
            fontWeight: 700,
            ...(hl ? { className: 'text-accent' } : {}),
          },
        ),
      ),
      // Under each column: its date ("as of", per the subtitle), then what it counts.
      Plot.text(cols, {
        x: 'measure',
        y: 0,
        text: (c: Column) => wrap(fit, formatDate(c.figure.asOf, 'short'), band - 2).join('\n'),
        lineAnchor: 'top',
        dy: 8,
        className: 'text-muted',
      }),
      ...[false, true].map((hl) =>
        Plot.text(
          cols.filter((c) => c.highlight === hl),
          {
            x: 'measure',
            y: 0,
            text: (c: Column) => lines(c.measure).join('\n'),
            lineAnchor: 'top',
            dy: 8 + dateLines * lh + 6,
            lineHeight: lh / fs,
            fontWeight: hl ? 700 : 400,
          },
        ),
      ),
    ],
  };
}

/** The numbers of one state, for the "show the data" table. */
export function table(data: ChartData, state: ScaleState, copy: Copy): DataTable {
  return {
    caption: copy.title,
    columns: [
      { key: 'measure', label: copy.columns.measure },
      { key: 'count', label: copy.columns.count, numeric: true },
      { key: 'unit', label: copy.columns.unit },
      { key: 'asOf', label: copy.columns.asOf },
    ],
    rows: columns(data, state).map((c) => ({
      measure: copy.labels[c.measure],
      count: formatFigure(c.figure),
      unit: dataLabel(copy, LABELS, `unit_${c.figure.unit}`),
      asOf: formatDate(c.figure.asOf, 'short'),
    })),
  };
}
