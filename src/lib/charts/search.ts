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
import { utcMonth } from 'd3';
import type { Format } from '../content/format.ts';
import type { BreakdownGroup, BreakdownRow, UnreachedRow } from '../data/tables.ts';
import { toUtcDate } from '../data/tables.ts';
import type { ChartCopy, ChartData, DataTable } from './types.ts';

/** How much of the unreached series is drawn, and whether the breakdown is stacked. */
export interface SearchState {
  until: string;
  highlight: string[];
  breakdown: boolean;
}

/** Copy keys: the breakdown's groups, and the notes on points that differ. */
export const LABELS = ['removed', 'inUS', 'noPhone', 'notFiling', 'dateUncertain', 'baseChanged'] as const;
export const COLUMNS = ['date', 'children', 'base', 'removed', 'inUS', 'noPhone', 'note'] as const;
export const EMBED_HEIGHT = 560;
type Copy = ChartCopy<(typeof LABELS)[number], (typeof COLUMNS)[number]>;

const DOMAIN: [Date, Date] = [new Date(Date.UTC(2020, 9, 1)), new Date(Date.UTC(2022, 1, 1))];
const Y_MAX = 800;
const HEIGHT = 360;
const GROUPS: readonly { group: BreakdownGroup; className: string }[] = [
  { group: 'removed', className: 'mark-accent' },
  { group: 'inUS', className: 'mark-second' },
  { group: 'noPhone', className: 'mark-context-soft' },
];
/** Half the width of a breakdown bar, in days. */
const BAR_HALF_DAYS = 6;
const DAY = 86_400_000;
/** Reports closer than this to the one before get their value label below, not above. */
const CROWDED_DAYS = 30;

interface Point extends UnreachedRow {
  /** Where the point is drawn: its day, or the middle of its month when only the month is known. */
  at: Date;
  monthStart: Date;
  monthEnd: Date;
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
        at: r.dateUncertain ? new Date((monthStart.getTime() + monthEnd.getTime()) / 2) : r.date,
        monthStart,
        monthEnd,
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

const RIGHT_EDGE = new Date(Date.UTC(2021, 6, 15));

/** Draws one state of the chart. */
export function spec(data: ChartData, state: SearchState, copy: Copy, fmt: Format): PlotOptions {
  const points = visible(data, state);
  const atById = new Map(points.map((p) => [p.id, p.at]));
  const bars = state.breakdown ? stacked(data.breakdown, atById) : [];
  const filings = points.filter((p) => p.courtFiling);
  const marks: Plot.Markish[] = [];

  if (state.breakdown) {
    for (const { group, className } of GROUPS) {
      marks.push(
        Plot.rectY(
          bars.filter((b) => b.group === group),
          { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', className: `${className} search-bar` },
        ),
      );
    }
  }

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
    }),
    Plot.text(changes, {
      x: 'at',
      y: 40,
      text: (c: Point & { before: number }) =>
        `${copy.labels.baseChanged}: ${fmt.count(c.before)} → ${fmt.count(c.of ?? 0)}`,
      textAnchor: 'start',
      dx: 5,
      className: 'text-muted',
    }),
    Plot.ruleY([0], { className: 'line-context' }),
    Plot.line(filings, { x: 'at', y: 'value', strokeWidth: 2, className: 'line-context' }),
    // Month-only reports: a rule across the month the record gives.
    Plot.ruleY(
      points.filter((p) => p.dateUncertain),
      {
        y: 'value',
        x1: 'monthStart',
        x2: 'monthEnd',
        strokeWidth: 2,
        className: 'line-context',
      },
    ),
  );

  for (const hl of [false, true]) {
    const fill = hl ? 'mark-accent' : 'mark-context';
    const stroke = hl ? 'line-accent' : 'line-context';
    marks.push(
      Plot.dot(
        points.filter((p) => p.highlight === hl && !p.hollow),
        {
          x: 'at',
          y: 'value',
          r: hl ? 5.5 : 4.5,
          stroke: 'white',
          strokeWidth: 1.5,
          className: `${fill} mark-halo`,
        },
      ),
      Plot.dot(
        points.filter((p) => p.highlight === hl && p.hollow),
        {
          x: 'at',
          y: 'value',
          r: hl ? 5.5 : 4.5,
          fill: 'white',
          stroke: 'currentColor',
          strokeWidth: 2,
          className: `${stroke} mark-hollow search-hollow`,
        },
      ),
    );
  }

  // Value labels for the highlighted reports: above the point, or below and to the right where
  // a higher report sits close before it (its mark and label take the space above).
  const crowded = (p: Point) => {
    const i = points.indexOf(p);
    const before = points[i - 1];
    return (
      before !== undefined &&
      before.value > p.value &&
      p.at.getTime() - before.at.getTime() < CROWDED_DAYS * DAY
    );
  };
  for (const below of [false, true]) {
    marks.push(
      Plot.text(
        points.filter((p) => p.highlight && crowded(p) === below),
        {
          x: 'at',
          y: 'value',
          text: (p: Point) => fmt.count(p.value),
          dy: below ? 17 : -15,
          dx: below ? 6 : 0,
          textAnchor: below ? 'start' : 'middle',
          fontWeight: 700,
          className: 'text-accent text-halo',
        },
      ),
    );
  }

  // Notes on how a point differs: an email, or a day the record does not give.
  const notFiling = points.filter((p) => !p.courtFiling);
  for (const hl of [false, true]) {
    marks.push(
      Plot.text(
        notFiling.filter((p) => p.highlight === hl),
        {
          x: 'at',
          y: 'value',
          text: () => copy.labels.notFiling,
          // Above the value label when the point has one.
          dy: hl ? -30 : -12,
          dx: -6,
          lineAnchor: 'bottom',
          lineWidth: 7,
          lineHeight: 1.1,
          textAnchor: 'start',
          className: 'text-muted text-halo',
        },
      ),
    );
  }
  const uncertain = points.filter((p) => p.dateUncertain);
  for (const late of [false, true]) {
    marks.push(
      Plot.text(
        uncertain.filter((p) => p.at > RIGHT_EDGE === late),
        {
          x: 'at',
          y: 'value',
          text: () => copy.labels.dateUncertain,
          dy: late ? 18 : -15,
          dx: late ? -8 : 8,
          textAnchor: late ? 'end' : 'start',
          className: 'text-muted text-halo',
        },
      ),
    );
  }

  if (state.breakdown) {
    // Labels for the stacked groups, each beside a swatch of its colour and stacked as the bars
    // are (top group on top). There is no room for the numbers at 400 px: the table has them.
    const keyed = [...GROUPS].reverse().map(({ group, className }, k) => ({
      group,
      className,
      k,
      text: copy.labels[group],
    }));
    // Right-aligned in the empty top right, clear of the early reports on the left.
    const keyTop = 780;
    const keyStep = 42;
    for (const { className, k, text } of keyed) {
      marks.push(
        Plot.dot([k], {
          x: () => DOMAIN[1],
          y: () => keyTop - k * keyStep,
          symbol: 'square',
          r: 5,
          dx: -4,
          className,
        }),
        Plot.text([k], {
          x: () => DOMAIN[1],
          y: () => keyTop - k * keyStep,
          text: () => text,
          textAnchor: 'end',
          dx: -14,
          className: 'text-halo',
        }),
      );
    }
  }

  return {
    height: HEIGHT,
    marginTop: 12,
    marginLeft: 40,
    marginRight: 32,
    marginBottom: 28,
    x: {
      type: 'utc',
      domain: DOMAIN,
      // Every four months: at every three, the 16-month axis runs its labels together at 400 px.
      ticks: utcMonth.every(4)?.range(DOMAIN[0], utcMonth.offset(DOMAIN[1], 1)) ?? [],
      tickFormat: fmt.month,
      label: null,
    },
    y: { domain: [0, Y_MAX], ticks: [0, 200, 400, 600], tickFormat: fmt.count, grid: true, label: null },
    marks,
  };
}

/** The numbers of one state, for the "show the data" table. */
export function table(data: ChartData, state: SearchState, copy: Copy, fmt: Format): DataTable {
  const points = visible(data, state);
  const reported = (n: number | null) => (n === null ? '—' : fmt.count(n));
  return {
    caption: copy.title,
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
      note: [
        p.courtFiling ? null : copy.labels.notFiling,
        p.dateUncertain ? copy.labels.dateUncertain : null,
        p.baseChanged ? copy.labels.baseChanged : null,
        p.caveat,
      ]
        .filter((s): s is string => Boolean(s))
        .join('; '),
    })),
  };
}
