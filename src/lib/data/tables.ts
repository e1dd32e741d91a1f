/**
 * Pure transforms from the validated dataset to the tidy rows the charts and downloads read.
 *
 * Dataset in, rows out: no DOM, no Svelte, no module state, so every function can be tested with
 * hand-computed expectations. The charts and the CSV downloads are built from the same Arquero
 * tables, so what a reader downloads is what the page drew.
 */
import { escape, from, toCSV, type ColumnTable } from 'arquero';
import { fill } from '../content/fill.ts';
import type { Confidence, Dataset, Figure, IsoDate, Qualifier, Source } from './schema.ts';
import { isMonthOnly, parseIsoDate } from './dates.ts';

/** Looks figures up by id; built once per dataset because the copy quotes dozens of them. */
export function figureIndex(ds: Dataset): Map<string, Figure> {
  return new Map(ds.figures.map((figure) => [figure.id, figure]));
}

/**
 * The figure with this id. Throws rather than returning `undefined` because a copy key that names
 * a missing figure is a bug the build should stop on, not a blank in the text.
 */
export function getFigure(ds: Dataset, id: string): Figure {
  const figure = ds.figures.find((f) => f.id === id);
  if (!figure) throw new Error(`Unknown figure id "${id}": it is not in data/figures.json`);
  return figure;
}

/** A point of the unreached-parents series by id; throws naming the file when there is none. */
export function getUnreached(ds: Dataset, id: string): Dataset['unreached'][number] {
  const row = ds.unreached.find((r) => r.id === id);
  if (!row) throw new Error(`Unknown count id "${id}": it is not in data/unreached.json`);
  return row;
}

/** A timeline event by id; throws naming the file when there is none. */
export function getEvent(ds: Dataset, id: string): Dataset['timeline'][number] {
  const event = ds.timeline.find((e) => e.id === id);
  if (!event) throw new Error(`Unknown event id "${id}": it is not in data/timeline.json`);
  return event;
}

/** A dataset date as a UTC `Date`; `YYYY-MM` becomes the first of the month (callers flag it). */
export function toUtcDate(text: IsoDate): Date {
  const date = parseIsoDate(text);
  if (!date) throw new Error(`Not a YYYY-MM-DD or YYYY-MM date: "${text}"`);
  return date;
}

export { isMonthOnly };

/** One point of the unreached-parents series, ready to chart and to download. */
export interface UnreachedRow {
  id: string;
  /** Filing date, UTC midnight; the first of the month when only the month is known. */
  date: Date;
  /** The date exactly as the record gives it (`YYYY-MM` where the day is unknown). */
  asOf: IsoDate;
  /** How firmly the date is established (`U`: the day is not known). */
  dateConfidence: Confidence;
  value: number;
  qualifier: Qualifier;
  /** How firmly the count is established (P: official text; N: news coverage of it). */
  confidence: Confidence;
  /** `false` for the emailed count, which a chart should mark apart from the filings. */
  courtFiling: boolean;
  of: number | null;
  /** The source of `of` where another report than `source` prints it. */
  ofSource: string | null;
  removed: number | null;
  inUS: number | null;
  noPhone: number | null;
  /** The day is not confirmed: draw the point without a precise day, and show the caveat. */
  dateUncertain: boolean;
  /** The filing's date is not given: `date` is the day of the report that carried the count. */
  datedByReport: boolean;
  /**
   * Change from the previous court filing, on the same list: `null` for the first filing, for a
   * count that is not a court filing, and where the list searched grew in between (counts on
   * different bases are not subtracted).
   */
  change: number | null;
  /** Id of the filing `change` is measured from; `null` when `change` is. */
  changeFrom: string | null;
  /** The list searched (`of`) differs from the last known one: counts before and after are not one series. */
  baseChanged: boolean;
  caveat: string | null;
  source: string;
}

/** The columns of the series, in the order the download lists them. */
const UNREACHED_COLUMNS = [
  'id',
  'date',
  'asOf',
  'dateConfidence',
  'value',
  'qualifier',
  'confidence',
  'courtFiling',
  'of',
  'ofSource',
  'removed',
  'inUS',
  'noPhone',
  'dateUncertain',
  'datedByReport',
  'change',
  'changeFrom',
  'baseChanged',
  'caveat',
  'source',
] as const satisfies readonly (keyof UnreachedRow)[];

/**
 * The unreached-parents series in date order, with changes and base-change flags. The base (`of`)
 * is carried forward from the last point that reported it; a change is only computed between two
 * court filings on the same known base, so an email or a grown list never reads as progress.
 */
export function unreachedTable(ds: Dataset): ColumnTable {
  const points = [...ds.unreached].sort((a, b) => toUtcDate(a.asOf).getTime() - toUtcDate(b.asOf).getTime());
  let knownOf: number | null = null;
  let lastFiling: { id: string; value: number; of: number | null } | null = null;
  const rows: UnreachedRow[] = points.map((p) => {
    const baseChanged = p.of !== null && knownOf !== null && p.of !== knownOf;
    if (p.of !== null) knownOf = p.of;
    const comparable = p.courtFiling && lastFiling !== null && lastFiling.of === knownOf;
    const row: UnreachedRow = {
      id: p.id,
      date: toUtcDate(p.asOf),
      asOf: p.asOf,
      dateConfidence: p.dateConfidence,
      value: p.value,
      qualifier: p.qualifier,
      confidence: p.confidence,
      courtFiling: p.courtFiling,
      of: p.of,
      ofSource: p.ofSource,
      removed: p.removed,
      inUS: p.inUS,
      noPhone: p.noPhone,
      dateUncertain: p.dateConfidence === 'U' || isMonthOnly(p.asOf),
      datedByReport: p.datedByReport,
      change: comparable && lastFiling ? p.value - lastFiling.value : null,
      changeFrom: comparable && lastFiling ? lastFiling.id : null,
      baseChanged,
      caveat: p.caveat,
      source: p.source,
    };
    if (p.courtFiling) lastFiling = { id: p.id, value: p.value, of: knownOf };
    return row;
  });
  return from(rows).select(...UNREACHED_COLUMNS);
}

/** `unreachedTable` as typed rows. */
export const unreachedRows = (ds: Dataset): UnreachedRow[] => unreachedTable(ds).objects() as UnreachedRow[];

/** The groups a breakdown splits a count into, in the order the filings list them. */
export type BreakdownGroup = 'removed' | 'inUS' | 'noPhone';

/** One group of one point's breakdown (long form, one row per point × group). */
export interface BreakdownRow {
  id: string;
  date: Date;
  /** The point's total, for shares and labels. */
  value: number;
  group: BreakdownGroup;
  count: number;
}

/**
 * Breakdowns in long form, for stacked charts. Points without a reported breakdown are left out
 * and unreported groups are dropped, so a gap never shows up as a zero.
 */
export function unreachedBreakdownLong(ds: Dataset): BreakdownRow[] {
  const groups: BreakdownGroup[] = ['removed', 'inUS', 'noPhone'];
  return unreachedTable(ds)
    .filter('d => d.removed != null || d.inUS != null || d.noPhone != null')
    .select('id', 'date', 'value', ...groups)
    .fold(groups, { as: ['group', 'count'] })
    .filter('d => d.count != null')
    .objects() as BreakdownRow[];
}

/** One status in a Task Force report, with its share of the children identified. */
export interface TaskForceStatusRow {
  /** Id of the figure, e.g. `tf2021_no_record`. */
  status: string;
  label: string;
  count: number;
  /** Count ÷ children identified in the same report, 0–1. */
  share: number;
}

/**
 * The statuses the Task Force reported, as the parts of its "identified" figure; reading them from
 * `parts` means the shares add to one exactly when the validator has checked the sum.
 */
export function taskForceStatus(ds: Dataset, year: 2021 | 2023): TaskForceStatusRow[] {
  const identified = getFigure(ds, `tf${year}_identified`);
  const total = identified.value;
  const rows = (identified.parts ?? []).map((id) => {
    const part = getFigure(ds, id);
    return { status: part.id, label: part.label, count: part.value };
  });
  return from(rows)
    .derive({ share: escape((d: { count: number }) => d.count / total) })
    .objects() as TaskForceStatusRow[];
}

/** One timeline entry, with dates parsed for a time scale. */
export interface TimelineRow {
  id: string;
  label: string;
  start: Date;
  end: Date | null;
  kind: 'span' | 'event';
  /** Length of a span in days (end − start); `null` for events. Approximate when a month-only date is involved. */
  days: number | null;
  /** The start is given to the month only (`YYYY-MM`), parsed as its first day. */
  dateIsMonth: boolean;
  /** The end is given to the month only; `false` for events. */
  endIsMonth: boolean;
  document: string | null;
  confidence: string;
  caveat: string | null;
  source: string | null;
}

const DAY_MS = 86_400_000;

/** Timeline entries in date order, spans and events alike. */
function timelineTable(ds: Dataset): ColumnTable {
  const rows = ds.timeline.map((e) => {
    const start = toUtcDate(e.date);
    const end = e.end === null ? null : toUtcDate(e.end);
    return {
      id: e.id,
      label: e.label,
      start,
      end,
      kind: end === null ? 'event' : 'span',
      days: end === null ? null : Math.round((end.getTime() - start.getTime()) / DAY_MS),
      dateIsMonth: isMonthOnly(e.date),
      endIsMonth: e.end !== null && isMonthOnly(e.end),
      document: e.document,
      confidence: e.confidence,
      caveat: e.caveat,
      source: e.source,
    };
  });
  return from(rows).orderby('start', 'id');
}

/** `timelineTable` as typed rows. */
export const timelineSpans = (ds: Dataset): TimelineRow[] => timelineTable(ds).objects() as TimelineRow[];

/** The headline figures as a table; `parts` is joined with `;` so it survives a CSV round trip. */
function figuresTable(ds: Dataset): ColumnTable {
  const rows = ds.figures.map((f) => ({ ...f, parts: f.parts === null ? null : f.parts.join(';') }));
  return from(rows);
}

/** The sources as a table. */
function sourcesTable(ds: Dataset): ColumnTable {
  return from(ds.sources.map((s: Source) => ({ ...s })));
}

/**
 * Tidy CSV: a header row, dates as `YYYY-MM-DD` (Arquero writes UTC midnight that way), nulls as
 * empty cells, any array joined with `;`.
 */
export function toCsv(table: ColumnTable): string {
  const format = Object.fromEntries(
    table.columnNames().map((name) => [name, (v: unknown) => (Array.isArray(v) ? v.join(';') : v)]),
  );
  return toCSV(table, { format });
}

/** A file the build writes next to the page, for readers who want the numbers. */
export interface DownloadFile {
  /** Path inside the build output, e.g. `data/figures.csv`. */
  path: string;
  contents: string;
}

/** The downloads a reader is offered, by file name under `data/`, each made from the dataset. */
const DOWNLOADS = {
  'figures.csv': (ds: Dataset) => toCsv(figuresTable(ds)),
  'unreached.csv': (ds: Dataset) => toCsv(unreachedTable(ds)),
  'timeline.csv': (ds: Dataset) => toCsv(timelineTable(ds)),
  'sources.csv': (ds: Dataset) => toCsv(sourcesTable(ds)),
  'dataset.json': (ds: Dataset) => `${JSON.stringify(ds, null, 2)}\n`,
};

/** The names of the downloads the page lists, in its order. */
export const DOWNLOAD_NAMES = Object.keys(DOWNLOADS) as (keyof typeof DOWNLOADS)[];

/**
 * The downloads, made from the same tables the charts read, and their README: the dataset's title,
 * `readme` (the edition's words, `{updated}` standing for the date the data was last checked) and
 * the dataset's known gaps, from `about` (the edition's translation of them, when it has one).
 */
export function downloadFiles(ds: Dataset, readme: string, about: Dataset['meta'] = ds.meta): DownloadFile[] {
  return [
    ...DOWNLOAD_NAMES.map((name) => ({ path: `data/${name}`, contents: DOWNLOADS[name](ds) })),
    { path: 'data/README.txt', contents: readmeText(about, readme) },
  ];
}

function readmeText(meta: Dataset['meta'], readme: string): string {
  const lines = [
    meta.title,
    fill(readme, { published: meta.published, updated: meta.updated }),
    ...meta.gaps.map((gap) => `- ${gap}`),
  ];
  return `${lines.join('\n')}\n`;
}
