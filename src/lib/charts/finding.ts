/**
 * The inspector general's finding as a unit chart: one dot per parent, laid out on a grid shaped
 * for the room the chart's notes leave it, one grid for every state about the parents. The grid is only a layout of the count. The count is a lower bound, so the grid runs
 * on into a row of faint, hollow places that stay empty: the end is left open, not closed.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import type { Format } from '../content/format.ts';
import { getFigure } from '../data/tables.ts';
import { lineHeight, wholeHeight, wrap, type Fit } from './fit.ts';
import { blockText, type TextBlock } from './marks.ts';
import { keyed } from './motion.ts';
import type { ChartCopy, ChartData, DataTable } from './types.ts';

/**
 * The 348 dots: plain; under the officials' claim and what the inspector general found (the
 * state's title and subtitle); under a finding the OIG could not count (flawed records, with a
 * note; parents known to want their children); or beside the recommendations. The grid and its
 * open end's caption are the same in the first two states: only the title and subtitle change.
 */
export interface FindingState {
  focus: 'parents' | 'claim' | 'flawed_records' | 'known_wish' | 'recommendations';
}

export const LABELS = [
  'parents',
  'open',
  'claim_said',
  'claim_found',
  'flawed_records',
  'known_wish',
  'recommendations',
  'rec_document',
  'rec_share',
] as const;
/** The states that are not about the parents counted have their own title and subtitle. */
export const STATES = ['claim', 'flawed_records', 'known_wish', 'recommendations'] as const;
export function stateKey(state: FindingState): (typeof STATES)[number] | null {
  return state.focus === 'parents' ? null : state.focus;
}
/** Every state's focus: the drawing is as tall in each. */
const FOCI: FindingState['focus'][] = ['parents', ...STATES];
/** The states about the parents, which keep one grid (the recommendations make room for their list). */
const KEPT = FOCI.filter((focus) => focus !== 'recommendations');
export const COLUMNS = ['finding', 'count'] as const;
export const EMBED_HEIGHT = 560;
type Copy = ChartCopy<(typeof LABELS)[number], (typeof COLUMNS)[number]>;

/**
 * The grid's pitch, px: under `min` the dots no longer read as dots nor the open end as rings (the
 * grid then runs taller than its room); over `max` a dot stops reading as one of many.
 */
const PITCH = { min: 5, max: 24 };
const PAD = 2;
/** The space between the grid and what stands over and under it, px. */
const GAP = 8;

interface Unit {
  i: number;
  x: number;
  y: number;
}

/**
 * The grid for `count` parents plus the open end (one row more), as large as fits `width` ×
 * `height`: the columns are chosen for the box's shape, so a wide, short room gets many short
 * columns and a narrow, tall one few long ones. Of equal pitches, the most columns: where the
 * pitch is at its largest the grid runs across the room and is no taller than it needs to be;
 * or, to `fill` a height all states share, the fewest: the grid runs down the room.
 */
function grid(count: number, width: number, height: number, fill = false) {
  let best = { pitch: 0, perRow: 1 };
  for (let perRow = 1; perRow <= count; perRow++) {
    const rows = Math.ceil(count / perRow) + 1;
    const pitch = Math.floor(Math.min(PITCH.max, width / perRow, height / rows) * 4) / 4;
    if (pitch > best.pitch || (pitch === best.pitch && !fill)) best = { pitch, perRow };
  }
  if (best.pitch < PITCH.min) best = { pitch: PITCH.min, perRow: Math.max(1, Math.floor(width / PITCH.min)) };
  const rows = Math.ceil(count / best.perRow) + 1;
  return { ...best, rows, height: rows * best.pitch };
}

function figures(data: ChartData) {
  return {
    parents: getFigure(data.dataset, 'oig_removed_without_record'),
    recommendations: getFigure(data.dataset, 'oig_recommendations'),
  };
}

const blockHeight = (b: Pick<TextBlock, 'lines' | 'size'>) => b.lines.length * lineHeight(b.size);

/** The notes under the grid in one state, laid out from `top`. */
function notesOf(
  state: FindingState,
  copy: Copy,
  fit: Fit,
  recommendations: string,
  top: number,
): { blocks: TextBlock[]; bullets: { key: string; x: number; y: number }[]; bottom: number } {
  const fs = fit.fontSize;
  const width = Math.min(fit.width - 2 * PAD, fs * 34);
  // The open end's caption, wherever no other note takes its row: the rings stay in every state.
  // The claim's title and subtitle say what officials said and what the inspector general found,
  // and the known wish's subtitle that no count singles a dot out; they are drawn with the chart
  // wherever it appears, so no note repeats them (review r12 SF1), and the caption keeps the row the
  // grid leaves for notes from standing empty under it (review r17 E3).
  if (state.focus === 'parents' || state.focus === 'claim' || state.focus === 'known_wish') {
    const lines = wrap(fit, copy.labels.open, width);
    return {
      blocks: [{ key: 'open', lines, size: fs, weight: 400, left: PAD, top, className: 'text-muted' }],
      bullets: [],
      bottom: top + blockHeight({ lines, size: fs }),
    };
  }
  if (state.focus === 'flawed_records') {
    // In ink, in the subtitle's weight: the accent is the parents' colour, and this note counts
    // none of them; the title says the finding, the note what the chart can and cannot show.
    const lines = wrap(fit, copy.labels.flawed_records, width);
    return {
      blocks: [{ key: 'flawed_records', lines, size: fs, weight: 400, left: PAD, top }],
      bullets: [],
      bottom: top + blockHeight({ lines, size: fs }),
    };
  }
  // The count of recommendations, its heading beside it, then each recommendation as a bullet.
  const big = Math.round(fs * 1.45);
  const figureWidth = fit.measure(recommendations, big, 700);
  const headingLeft = PAD + figureWidth + 6;
  const heading = wrap(fit, copy.labels.recommendations, width - headingLeft, fs, 700);
  const headingTop = top + (lineHeight(big) - lineHeight(fs)) / 2;
  const blocks: TextBlock[] = [
    {
      key: 'rec_count',
      lines: [recommendations],
      size: big,
      weight: 700,
      left: PAD,
      top,
    },
    { key: 'recommendations', lines: heading, size: fs, weight: 700, left: headingLeft, top: headingTop },
  ];
  const bullets: { key: string; x: number; y: number }[] = [];
  let y = Math.max(top + lineHeight(big), headingTop + blockHeight({ lines: heading, size: fs })) + 4;
  const indent = PAD + 14;
  for (const key of ['rec_document', 'rec_share'] as const) {
    const lines = wrap(fit, copy.labels[key], width - indent);
    blocks.push({ key, lines, size: fs, weight: 400, left: indent, top: y });
    bullets.push({ key, x: PAD + 4, y: y + lineHeight(fs) / 2 });
    y += blockHeight({ lines, size: fs }) + 4;
  }
  return { blocks, bullets, bottom: y };
}

/** Draws one state of the chart, laid out for `fit`. */
export function spec(data: ChartData, state: FindingState, copy: Copy, fmt: Format, fit: Fit): PlotOptions {
  const { parents, recommendations } = figures(data);
  // The parents are the subject while the step is about them or about what was said of them.
  const focus = state.focus === 'parents' || state.focus === 'claim';
  const fs = fit.fontSize;
  const big = Math.round(fs * 1.55);
  const figure = fmt.figure(parents);
  const recs = fmt.figure(recommendations);

  // The figure and what it counts, beside it when they fit on one line, else under it.
  const labelWidth = fit.width - 2 * PAD - fit.measure(figure, big, 700) - 8;
  const beside = labelWidth >= fs * 12;
  const label = wrap(fit, copy.labels.parents, beside ? labelWidth : fit.width - 2 * PAD);
  const labelTop = beside ? PAD + (lineHeight(big) - lineHeight(fs)) / 2 : PAD + lineHeight(big);
  const headBottom = Math.max(PAD + lineHeight(big), labelTop + blockHeight({ lines: label, size: fs }));
  let gridTop = headBottom + GAP;

  // The states about the parents share one grid, laid out for the room the tallest of their notes
  // leaves (the open end's caption, the flawed records' note): from one to the next only the dots'
  // fills and the notes change, and no dot moves (review r17 E3: the grid, laid out for each state's
  // own notes, re-flowed at every change, a state without notes taking longer columns). The
  // recommendations, the grid muted beside them, take the room their list leaves. Every state's
  // drawing is as tall as the tallest state's, so the chart's title, its drawing and its source
  // stand still from step to step (review r13: at 390 px the source moved 15 px).
  /** The gap under the grid stands between it and its notes; a state without notes ends at its grid. */
  const underOf = (s: FindingState) => {
    const notesHeight = notesOf(s, copy, fit, recs, 0).bottom;
    return notesHeight > 0 ? GAP + notesHeight : 0;
  };
  const reserved = (s: FindingState) =>
    s.focus === 'recommendations' ? underOf(s) : Math.max(...KEPT.map((focus) => underOf({ focus })));
  const natural = (s: FindingState) =>
    wholeHeight(
      gridTop +
        grid(parents.value, fit.width - 2 * PAD, fit.height - gridTop - reserved(s) - PAD).height +
        reserved(s) +
        PAD,
    );
  const drawn = Math.max(...FOCI.map((focus) => natural({ focus })));
  // A box's height that the grid cannot use (its width sets a pitch under the largest, and a row
  // more would not fit) stands over it, up to another gap, rather than all under its notes.
  const kept = grid(
    parents.value,
    fit.width - 2 * PAD,
    fit.height - gridTop - reserved({ focus: 'parents' }) - PAD,
  );
  const spare =
    fit.grows || kept.pitch >= PITCH.max ? 0 : Math.min(GAP, Math.max(0, Math.floor(fit.height - drawn)));
  gridTop += spare;
  const height = drawn + spare;
  const g = grid(parents.value, fit.width - 2 * PAD, height - gridTop - reserved(state) - PAD, true);
  const radius = Math.max(1.8, g.pitch * 0.36);
  const place = (i: number): Unit => ({
    i,
    x: PAD + g.pitch / 2 + (i % g.perRow) * g.pitch,
    y: gridTop + g.pitch / 2 + Math.floor(i / g.perRow) * g.pitch,
  });
  const units = Array.from({ length: parents.value }, (_, i) => place(i));
  // The open end: the rest of the last row and one more row, fading out.
  const end = g.rows * g.perRow;
  const open = Array.from({ length: end - parents.value }, (_, k) => ({
    ...place(parents.value + k),
    opacity: 0.75 * (1 - k / (end - parents.value)),
  }));
  const notes = notesOf(state, copy, fit, recs, gridTop + g.height + GAP);

  const head: TextBlock[] = [
    {
      key: 'figure',
      lines: [figure],
      size: big,
      weight: 700,
      left: PAD,
      top: PAD,
      className: focus ? 'text-accent' : undefined,
    },
    {
      key: 'parents',
      lines: label,
      size: fs,
      weight: 400,
      left: beside ? fit.width - PAD - labelWidth : PAD,
      top: labelTop,
      className: focus ? undefined : 'text-muted',
    },
  ];
  return {
    width: fit.width,
    height,
    margin: 0,
    // Pixel layout: the grid and the notes are placed, not scaled.
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      ...blockText(fit, head, 'text'),
      Plot.dot(units, {
        x: 'x',
        y: 'y',
        r: radius,
        // The parents keep the accent in every state, dimmed where the step is about something else.
        className: `${focus ? 'mark-accent' : 'mark-accent-dim'} finding-unit`,
        // Keyed: a dot keeps its place in the count as the grid's columns change between states.
        render: keyed('unit', (u: Unit) => u.i),
      }),
      Plot.dot(open, {
        x: 'x',
        y: 'y',
        r: Math.max(1.5, radius - 0.75),
        fill: 'none',
        stroke: 'currentColor',
        strokeWidth: 1.25,
        // Dashed where the rings are large enough for dashes to read; a small ring stays whole.
        strokeDasharray: g.pitch >= 8 ? '2,1.6' : undefined,
        strokeOpacity: 'opacity',
        className: 'line-accent finding-open',
        render: keyed('open', (u: Unit) => u.i),
      }),
      ...blockText(fit, notes.blocks, 'text'),
      Plot.dot(notes.bullets, {
        x: 'x',
        y: 'y',
        symbol: 'square',
        r: 4,
        className: 'mark-ink',
        render: keyed('bullet', (b: { key: string }) => b.key),
      }),
    ],
  };
}

/** The numbers of one state, for the "show the data" table. */
export function table(data: ChartData, state: FindingState, copy: Copy, fmt: Format): DataTable {
  const { parents, recommendations } = figures(data);
  const rows = [{ finding: copy.labels.parents, count: fmt.figure(parents) }];
  // The report gives no count of parents known to have wanted their children: not a zero.
  if (state.focus === 'known_wish' || state.focus === 'flawed_records')
    rows.push({ finding: copy.labels[state.focus], count: '—' });
  if (state.focus === 'claim')
    rows.push(
      { finding: copy.labels.claim_said, count: '—' },
      { finding: copy.labels.claim_found, count: '—' },
    );
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
