/**
 * Reunification: the Task Force's first four families as four squares, then its counts by status as
 * one stacked bar per report, then the settlement's estimate as a band. The status bars and the
 * band share one count axis from zero, so the three states can be compared by eye.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { format } from 'd3';
import { formatCount, formatDate, formatFigure, formatShare } from '../content/format.ts';
import type { Figure } from '../data/schema.ts';
import { getFigure } from '../data/tables.ts';
import type { TaskForceStatusRow } from '../data/tables.ts';
import { CHART_WIDTH, dataLabel, type ChartCopy, type ChartData, type DataTable } from './types.ts';

/** Which Task Force count is shown. */
export interface ReunifyState {
  view: 'first_families' | 'status_2021' | 'status_2023' | 'settlement';
}

/** Status colours: the subject of each report in accent, the rest grey. */
const STATUS_CLASS = {
  tf2021_reunified_earlier: 'mark-context',
  tf2021_reunified_by_tf: 'mark-second',
  tf2021_no_record: 'mark-accent',
  tf2023_reunified: 'mark-context',
  tf2023_not_reunified: 'mark-accent',
} as const;
type Status = keyof typeof STATUS_CLASS;

/** Copy keys: the single counts, each Task Force status (by figure id) and the separate 2023 note. */
export const LABELS = [
  'first_families',
  ...(Object.keys(STATUS_CLASS) as Status[]),
  'settlement',
  'tf2023_in_process',
] as const;
export const COLUMNS = ['status', 'count', 'share', 'asOf'] as const;
export const EMBED_HEIGHT = 480;
type Copy = ChartCopy<(typeof LABELS)[number], (typeof COLUMNS)[number]>;

const HEIGHT = 300;
const MARGIN = { top: 0, right: 26, bottom: 30, left: 18 };
/** One count axis for the status bars and the settlement band. */
const X_DOMAIN: [number, number] = [0, 5000];
const BAR_TOP = 128;
const BAR_BOTTOM = 176;
/** A share too small for whole percents keeps one decimal, so 7 of 3,913 never reads "0%". */
const fineShare = format('.1%');
const share = (s: number) => (formatShare(s) === '0%' ? fineShare(s) : formatShare(s));

interface Segment extends TaskForceStatusRow {
  x1: number;
  x2: number;
}

function segments(rows: TaskForceStatusRow[]): Segment[] {
  let x = 0;
  return rows.map((r) => {
    const s = { ...r, x1: x, x2: x + r.count };
    x += r.count;
    return s;
  });
}

const statusRows = (data: ChartData, view: ReunifyState['view']) =>
  view === 'status_2021' ? data.taskForce2021 : view === 'status_2023' ? data.taskForce2023 : [];

/** Where a segment's label goes: above the bar, or below it with a leader when the segment is a sliver. */
interface Placed extends Segment {
  text: string;
  value: string;
  below: boolean;
  anchor: 'start' | 'end';
  at: number;
}

function place(segs: Segment[], copy: Copy): Placed[] {
  const total = segs.reduce((sum, s) => sum + s.count, 0);
  return segs.map((s, i) => {
    const sliver = s.count / X_DOMAIN[1] < 0.05;
    const last = i === segs.length - 1;
    return {
      ...s,
      text: dataLabel(copy, LABELS, s.status),
      value: `${formatCount(s.count)} · ${share(s.count / total)}`,
      below: sliver,
      anchor: last && !sliver ? 'end' : 'start',
      at: last && !sliver ? s.x2 : s.x1,
    };
  });
}

function statusSpec(data: ChartData, view: ReunifyState['view'], copy: Copy): Plot.Markish[] {
  const placed = place(segments(statusRows(data, view)), copy);
  const marks: Plot.Markish[] = [];
  for (const p of placed) {
    marks.push(
      Plot.rectX([p], {
        x1: 'x1',
        x2: 'x2',
        y1: BAR_TOP,
        y2: BAR_BOTTOM,
        // A sliver still gets a hairline of width, so it can be seen.
        ...(p.below ? { insetLeft: -1, insetRight: -1 } : {}),
        className: (STATUS_CLASS as Record<string, string>)[p.status] ?? 'mark-context',
      }),
    );
  }
  const below = placed.filter((p) => p.below);
  // Each label wraps to the width of its own segment, so neighbouring labels never meet.
  const pxPerChild = (CHART_WIDTH - MARGIN.left - MARGIN.right) / X_DOMAIN[1];
  for (const p of placed.filter((q) => !q.below)) {
    const widthEm = Math.max(6, ((p.x2 - p.x1) * pxPerChild) / 14 - 1);
    marks.push(
      Plot.text([p], {
        x: 'at',
        y: BAR_TOP - 26,
        text: 'text',
        textAnchor: p.anchor,
        lineAnchor: 'bottom',
        lineWidth: widthEm,
        lineHeight: 1.15,
      }),
      Plot.text([p], {
        x: 'at',
        y: BAR_TOP - 6,
        text: 'value',
        textAnchor: p.anchor,
        lineAnchor: 'bottom',
        fontWeight: 700,
      }),
    );
  }
  marks.push(
    Plot.ruleX(below, {
      x: (p: Placed) => (p.x1 + p.x2) / 2,
      y1: BAR_BOTTOM,
      y2: BAR_BOTTOM + 14,
      className: 'line-context',
    }),
    Plot.text(below, {
      x: 'at',
      y: BAR_BOTTOM + 18,
      text: 'text',
      textAnchor: 'start',
      lineAnchor: 'top',
      dx: -4,
    }),
    Plot.text(below, {
      x: 'at',
      y: BAR_BOTTOM + 36,
      text: 'value',
      textAnchor: 'start',
      lineAnchor: 'top',
      dx: -4,
      fontWeight: 700,
    }),
  );
  return marks;
}

/** The 2023 count of children in process is reported on its own, so it is a note, not a segment. */
function inProcessNote(data: ChartData, view: ReunifyState['view']): Figure | null {
  return view === 'status_2023' ? getFigure(data.dataset, 'tf2023_in_process') : null;
}

/** Draws one state of the chart. */
export function spec(data: ChartData, state: ReunifyState, copy: Copy): PlotOptions {
  const base = {
    height: HEIGHT,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    y: { type: 'identity' as const, axis: null },
  };

  if (state.view === 'first_families') {
    const figure = getFigure(data.dataset, 'tf_first_families');
    const size = 64;
    const gap = 14;
    const left = (CHART_WIDTH - figure.value * size - (figure.value - 1) * gap) / 2;
    const squares = Array.from({ length: figure.value }, (_, i) => ({
      x1: left + i * (size + gap),
      x2: left + i * (size + gap) + size,
    }));
    return {
      ...base,
      x: { type: 'identity', axis: null },
      marks: [
        Plot.rectY(squares, {
          x1: 'x1',
          x2: 'x2',
          y1: BAR_TOP - 24,
          y2: BAR_TOP - 24 + size,
          className: 'mark-accent',
        }),
        Plot.text([formatFigure(figure)], {
          x: left,
          y: BAR_TOP - 36,
          textAnchor: 'start',
          lineAnchor: 'bottom',
          fontSize: 22,
          fontWeight: 700,
          className: 'text-accent',
        }),
        Plot.text([copy.labels.first_families], {
          x: left + 22,
          y: BAR_TOP - 38,
          textAnchor: 'start',
          lineAnchor: 'bottom',
          lineWidth: 20,
        }),
        Plot.text([formatDate(figure.asOf, 'short')], {
          x: left,
          y: BAR_TOP - 24 + size + 10,
          textAnchor: 'start',
          lineAnchor: 'top',
          className: 'text-muted',
        }),
      ],
    };
  }

  const count = { domain: X_DOMAIN, ticks: 5, tickFormat: formatCount, label: null, grid: true } as const;

  if (state.view === 'settlement') {
    const figure = getFigure(data.dataset, 'settlement_children');
    const band = { x1: figure.value, x2: figure.high ?? figure.value };
    return {
      ...base,
      x: count,
      marks: [
        // A band for the range, with both of its edges drawn: no single end is claimed.
        Plot.rectX([band], {
          x1: 'x1',
          x2: 'x2',
          y1: BAR_TOP,
          y2: BAR_BOTTOM,
          fillOpacity: 0.35,
          className: 'mark-accent',
        }),
        Plot.ruleX([band.x1, band.x2], {
          y1: BAR_TOP - 8,
          y2: BAR_BOTTOM + 8,
          strokeWidth: 2,
          className: 'line-accent',
        }),
        Plot.text([copy.labels.settlement], {
          x: band.x2,
          y: BAR_TOP - 34,
          textAnchor: 'end',
          lineAnchor: 'bottom',
          lineWidth: 16,
          lineHeight: 1.15,
        }),
        Plot.text([formatFigure(figure)], {
          x: band.x2,
          y: BAR_TOP - 14,
          textAnchor: 'end',
          lineAnchor: 'bottom',
          fontWeight: 700,
          className: 'text-accent',
        }),
        Plot.text([formatDate(figure.asOf, 'short')], {
          x: band.x2,
          y: BAR_BOTTOM + 14,
          textAnchor: 'end',
          lineAnchor: 'top',
          className: 'text-muted',
        }),
        Plot.ruleX([0], { y1: BAR_TOP - 8, y2: BAR_BOTTOM + 8, className: 'line-context' }),
      ],
    };
  }

  const note = inProcessNote(data, state.view);
  const rows = statusRows(data, state.view);
  const notX = rows.reduce((sum, r) => sum + r.count, 0);
  const asOf = rows[0] ? getFigure(data.dataset, rows[0].status).asOf : null;
  return {
    ...base,
    x: count,
    marks: [
      ...statusSpec(data, state.view, copy),
      Plot.ruleX([0], { y1: BAR_TOP - 8, y2: BAR_BOTTOM + 8, className: 'line-context' }),
      ...(asOf
        ? [
            Plot.text([formatDate(asOf, 'short')], {
              x: 0,
              y: 8,
              textAnchor: 'start',
              lineAnchor: 'top',
              className: 'text-muted',
            }),
          ]
        : []),
      ...(note
        ? [
            Plot.text([`${copy.labels.tf2023_in_process}: ${formatCount(note.value)}`], {
              x: notX,
              y: BAR_BOTTOM + 12,
              textAnchor: 'end',
              lineAnchor: 'top',
              lineWidth: 15,
              lineHeight: 1.15,
              className: 'text-muted',
            }),
          ]
        : []),
    ],
  };
}

/** The numbers of one state, for the "show the data" table. */
export function table(data: ChartData, state: ReunifyState, copy: Copy): DataTable {
  const columns = [
    { key: 'status', label: copy.columns.status },
    { key: 'count', label: copy.columns.count, numeric: true },
    { key: 'share', label: copy.columns.share, numeric: true },
    { key: 'asOf', label: copy.columns.asOf },
  ];
  const single = (label: string, figure: Figure) => ({
    status: label,
    count: formatFigure(figure),
    share: '—',
    asOf: formatDate(figure.asOf, 'short'),
  });
  if (state.view === 'first_families') {
    return {
      caption: copy.title,
      columns,
      rows: [single(copy.labels.first_families, getFigure(data.dataset, 'tf_first_families'))],
    };
  }
  if (state.view === 'settlement') {
    return {
      caption: copy.title,
      columns,
      rows: [single(copy.labels.settlement, getFigure(data.dataset, 'settlement_children'))],
    };
  }
  const rows = statusRows(data, state.view).map((r) => ({
    status: dataLabel(copy, LABELS, r.status),
    count: formatCount(r.count),
    share: share(r.share),
    asOf: formatDate(getFigure(data.dataset, r.status).asOf, 'short'),
  }));
  const note = inProcessNote(data, state.view);
  if (note) rows.push(single(copy.labels.tf2023_in_process, note));
  return { caption: copy.title, columns, rows };
}
