/**
 * The inspector general's finding as a unit chart: one dot per parent, laid out on a grid of
 * `PER_ROW`. The grid is only a layout of the count. The count is a lower bound, so the grid runs
 * on into a row of faint, hollow places that stay empty: the end is left open, not closed.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import type { Format } from '../content/format.ts';
import { getFigure } from '../data/tables.ts';
import { CHART_WIDTH, type ChartCopy, type ChartData, type DataTable } from './types.ts';

/** The 348 dots: plain, annotated with the finding the OIG could not count, or with the recommendations. */
export interface FindingState {
  focus: 'parents' | 'known_wish' | 'recommendations';
}

export const LABELS = [
  'parents',
  'open',
  'known_wish',
  'recommendations',
  'rec_document',
  'rec_share',
] as const;
export const COLUMNS = ['finding', 'count'] as const;
export const EMBED_HEIGHT = 560;
type Copy = ChartCopy<(typeof LABELS)[number], (typeof COLUMNS)[number]>;

const PER_ROW = 25;
const STEP = 14.6;
const RADIUS = 5.2;
const GRID_LEFT = (CHART_WIDTH - PER_ROW * STEP) / 2 + STEP / 2;
/** Below the figure and its label, which may wrap to two lines. */
const GRID_TOP = 78;
const HEIGHT = 380;
/** Left edge of the text blocks, aligned with the grid's first dot. */
const TEXT_LEFT = GRID_LEFT - RADIUS;
const TEXT_WIDTH_EM = 24;

interface Unit {
  i: number;
  x: number;
  y: number;
}

const place = (i: number): Unit => ({
  i,
  x: GRID_LEFT + (i % PER_ROW) * STEP,
  y: GRID_TOP + Math.floor(i / PER_ROW) * STEP,
});

/** One place per parent counted. */
function units(count: number): Unit[] {
  return Array.from({ length: count }, (_, i) => place(i));
}

/** The open end: the rest of the last row and one more row, fading out. */
function openPlaces(count: number): (Unit & { opacity: number })[] {
  const end = (Math.floor(count / PER_ROW) + 2) * PER_ROW;
  return Array.from({ length: end - count }, (_, k) => ({
    ...place(count + k),
    opacity: 0.75 * (1 - k / (end - count)),
  }));
}

function figures(data: ChartData) {
  return {
    parents: getFigure(data.dataset, 'oig_removed_without_record'),
    recommendations: getFigure(data.dataset, 'oig_recommendations'),
  };
}

/** Draws one state of the chart. */
export function spec(data: ChartData, state: FindingState, copy: Copy, fmt: Format): PlotOptions {
  const { parents, recommendations } = figures(data);
  const focus = state.focus === 'parents';
  const gridBottom = GRID_TOP + (Math.floor(parents.value / PER_ROW) + 1) * STEP;
  const below = gridBottom + 14;
  const text = (lines: string[], options: Plot.TextOptions) =>
    Plot.text(lines, {
      x: TEXT_LEFT,
      textAnchor: 'start',
      lineAnchor: 'top',
      lineWidth: TEXT_WIDTH_EM,
      ...options,
    });
  const notes: Plot.Markish[] = [];
  if (state.focus === 'parents') {
    notes.push(text([copy.labels.open], { y: below, className: 'text-muted' }));
  } else if (state.focus === 'known_wish') {
    notes.push(
      text([copy.labels.known_wish], {
        y: below,
        fontWeight: 700,
        lineWidth: 21,
        className: 'text-accent',
      }),
    );
  } else {
    notes.push(
      text([fmt.figure(recommendations)], {
        y: below - 2,
        fontSize: 20,
        fontWeight: 700,
        className: 'text-accent',
      }),
      text([copy.labels.recommendations], {
        y: below,
        x: TEXT_LEFT + 22,
        fontWeight: 700,
        lineWidth: 24,
      }),
      Plot.dot(
        [0, 1].map((k) => ({ x: TEXT_LEFT + 26, y: below + 32 + k * 22 })),
        { x: 'x', y: 'y', symbol: 'square', r: 4, className: 'mark-accent' },
      ),
      text([copy.labels.rec_document], { y: below + 23, x: TEXT_LEFT + 36, lineWidth: 23.5 }),
      text([copy.labels.rec_share], {
        y: below + 45,
        x: TEXT_LEFT + 36,
        lineWidth: 23.5,
        lineHeight: 1.15,
      }),
    );
  }
  return {
    height: HEIGHT,
    margin: 0,
    // Pixel layout: the grid and the notes are placed, not scaled.
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      text([fmt.figure(parents)], {
        y: 4,
        fontSize: 22,
        fontWeight: 700,
        ...(focus ? { className: 'text-accent' } : {}),
      }),
      text([copy.labels.parents], { y: 32, className: focus ? undefined : 'text-muted' }),
      Plot.dot(units(parents.value), {
        x: 'x',
        y: 'y',
        r: RADIUS,
        className: `${focus ? 'mark-accent' : 'mark-context'} finding-unit`,
      }),
      Plot.dot(openPlaces(parents.value), {
        x: 'x',
        y: 'y',
        r: RADIUS - 0.75,
        fill: 'none',
        stroke: 'currentColor',
        strokeWidth: 1.25,
        strokeDasharray: '2,1.6',
        strokeOpacity: 'opacity',
        className: `${focus ? 'line-accent' : 'line-context'} finding-open`,
      }),
      ...notes,
    ],
  };
}

/** The numbers of one state, for the "show the data" table. */
export function table(data: ChartData, state: FindingState, copy: Copy, fmt: Format): DataTable {
  const { parents, recommendations } = figures(data);
  const rows = [{ finding: copy.labels.parents, count: fmt.figure(parents) }];
  // The report gives no count of parents known to have wanted their children: not a zero.
  if (state.focus === 'known_wish') rows.push({ finding: copy.labels.known_wish, count: '—' });
  if (state.focus === 'recommendations') {
    rows.push({
      finding: `${copy.labels.recommendations}: ${copy.labels.rec_document}; ${copy.labels.rec_share}`,
      count: fmt.figure(recommendations),
    });
  }
  return {
    caption: copy.title,
    columns: [
      { key: 'finding', label: copy.columns.finding },
      { key: 'count', label: copy.columns.count, numeric: true },
    ],
    rows,
  };
}
