/**
 * The policy's timeline, July 2017 to July 2018: one row per entry, spans as bars, events as dots,
 * each labelled above its mark. A date the record gives only to the month is drawn as an outlined
 * month-long segment, so it never looks like a known day.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { utcMonth } from 'd3';
import type { Format } from '../content/format.ts';
import type { TimelineRow } from '../data/tables.ts';
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

/** Copy keys: a label per entry drawn, and the key to the outlined months. */
export const LABELS = [...POLICY_IDS, 'monthOnly'] as const;
export const COLUMNS = ['event', 'start', 'end'] as const;
export const EMBED_HEIGHT = 560;
type Copy = ChartCopy<(typeof LABELS)[number], (typeof COLUMNS)[number]>;

const DOMAIN: [Date, Date] = [new Date(Date.UTC(2017, 6, 1)), new Date(Date.UTC(2018, 7, 1))];
/** Labels of marks after this date are set to the left of the mark so they stay inside the frame. */
const FLIP = new Date(Date.UTC(2018, 0, 1));
const ROW = 32;
const MARGIN_TOP = 6;
const MARGIN_BOTTOM = 58;

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
function uncertainMonths(e: Entry): { id: string; highlight: boolean; from: Date; to: Date }[] {
  const out = [];
  if (e.dateIsMonth)
    out.push({ id: e.id, highlight: e.highlight, from: e.start, to: utcMonth.offset(e.start, 1) });
  if (e.endIsMonth && e.end)
    out.push({ id: e.id, highlight: e.highlight, from: e.end, to: utcMonth.offset(e.end, 1) });
  return out;
}

/** Where a row's label sits: at the start of early marks, at the end of late ones. */
const labelX = (e: Entry) => (labelFlipped(e) ? (e.end ?? e.start) : e.start);
const labelFlipped = (e: Entry) => (e.end ?? e.start) >= FLIP && e.start >= FLIP;

/** Draws one state of the chart. */
export function spec(data: ChartData, state: TimelineState, copy: Copy, fmt: Format): PlotOptions {
  const rows = entries(data, state, copy.labels);
  const spans = rows.filter((e) => e.kind === 'span');
  const events = rows.filter((e) => e.kind === 'event');
  const months = rows.flatMap(uncertainMonths);
  const byHighlight = <T extends { highlight: boolean }>(list: T[], hl: boolean) =>
    list.filter((e) => e.highlight === hl);
  const marks: Plot.Markish[] = [];
  for (const hl of [false, true]) {
    const fill = hl ? 'mark-accent' : 'mark-context';
    const stroke = hl ? 'line-accent' : 'line-context';
    marks.push(
      Plot.barX(byHighlight(spans, hl), {
        y: 'id',
        x1: 'solidStart',
        x2: 'solidEnd',
        insetTop: 19,
        insetBottom: 2,
        className: fill,
      }),
      // Month-only edges: outlined, dashed, unfilled.
      Plot.barX(byHighlight(months, hl), {
        y: 'id',
        x1: 'from',
        x2: 'to',
        insetTop: 19.75,
        insetBottom: 2.75,
        fill: 'none',
        stroke: 'currentColor',
        strokeWidth: 1.5,
        strokeDasharray: '3,2',
        className: `${stroke} timeline-month`,
      }),
      Plot.dot(byHighlight(events, hl), {
        y: 'id',
        x: 'start',
        dy: 9,
        r: 5.5,
        stroke: 'white',
        strokeWidth: 1.5,
        className: `${fill} mark-halo`,
      }),
    );
  }
  for (const hl of [false, true]) {
    for (const flipped of [false, true]) {
      marks.push(
        Plot.text(
          rows.filter((e) => e.highlight === hl && labelFlipped(e) === flipped),
          {
            y: 'id',
            x: labelX,
            text: 'label',
            dy: -2,
            lineAnchor: 'bottom',
            textAnchor: flipped ? 'end' : 'start',
            dx: flipped ? 4 : -2,
            fontWeight: hl ? 700 : 400,
            className: hl ? 'text-accent' : 'text-muted',
          },
        ),
      );
    }
  }
  // The key to the outlined months, under the axis.
  marks.push(
    Plot.text([copy.labels.monthOnly], {
      frameAnchor: 'bottom-left',
      dy: 48,
      className: 'text-muted',
      textAnchor: 'start',
    }),
  );
  return {
    height: MARGIN_TOP + ROW * rows.length + MARGIN_BOTTOM,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    marginLeft: 32,
    marginRight: 30,
    x: {
      type: 'utc',
      domain: DOMAIN,
      ticks: utcMonth.every(3)?.range(DOMAIN[0], DOMAIN[1]) ?? [],
      tickFormat: fmt.month,
      grid: true,
      label: null,
    },
    y: { type: 'band', domain: rows.map((e) => e.id), axis: null, padding: 0 },
    marks,
  };
}

/** The numbers of one state, for the "show the data" table. */
export function table(data: ChartData, state: TimelineState, copy: Copy, fmt: Format): DataTable {
  return {
    caption: copy.title,
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
