/**
 * Runtime check of the hand-built JSON in `data/` against the schema (`schema.ts`), plus the rules
 * that span fields and records.
 *
 * The files are typed by hand from the public record, so the mistakes to catch are human ones: a typo
 * in a field name, a count that lost a digit, a breakdown that no longer adds up, a source id that
 * points nowhere. The validator collects every problem before throwing, so one run lists them all,
 * and each line names the file, the record and the field so it can be fixed without a debugger.
 *
 * No dependencies: it runs in the Vite build, in vitest and in the browser alike.
 */
import { isCountCheck, OutOfRange, show, type Shape } from './checks.ts';
import { isMonthOnly, parseIsoDate } from './dates.ts';
import { DATA_FILES, isRange, SCHEMA, type Dataset, type Qualifier } from './schema.ts';

/** One thing wrong with the dataset; `message` is the full, human-readable line. */
export interface DatasetProblem {
  /** Path of the file, e.g. `data/figures.json`. */
  file: string;
  /** The record as shown in messages, e.g. `"tf2021_identified" (#12)`; `null` for file-level problems. */
  record: string | null;
  /** Field name; `null` when the problem is with the file or the record as a whole. */
  field: string | null;
  message: string;
}

/** Thrown when the dataset does not match the schema; lists every problem, not just the first. */
export class DatasetError extends Error {
  readonly problems: DatasetProblem[];

  constructor(problems: DatasetProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The dataset has ${count}:\n${problems.map((p) => `  - ${p.message}`).join('\n')}`);
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

/** Where a file lives, as shown to whoever has to fix it. */
const filePath = (fileName: string): string => `data/${fileName}`;

/**
 * Parses one data file, turning a bare `SyntaxError` into a `DatasetError` that says which file is
 * broken and, where the engine reports a position, the line and column.
 */
export function parseDataFile(fileName: string, text: string): unknown {
  try {
    // Numbers JSON.parse reads as ±Infinity, in the order they appear, kept as written.
    const outOfRange = numberLiterals(text).filter((n) => !Number.isFinite(Number(n)));
    return JSON.parse(text, (_key, value: unknown) =>
      typeof value === 'number' && !Number.isFinite(value)
        ? new OutOfRange(outOfRange.shift() ?? String(value))
        : value,
    ) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const where = jsonErrorLocation(reason, text);
    const file = filePath(fileName);
    const at = where ? ` at line ${where.line}, column ${where.column}` : '';
    throw new DatasetError([
      { file, record: null, field: null, message: `${file}: not valid JSON${at} (${reason})` },
    ]);
  }
}

/** The number literals of a JSON text, in order (strings skipped). */
function numberLiterals(text: string): string[] {
  const literals: string[] = [];
  for (const [token] of text.matchAll(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g)) {
    if (!token.startsWith('"')) literals.push(token);
  }
  return literals;
}

/** Engines word JSON errors differently: V8 gives a character position, Firefox a line and column. */
function jsonErrorLocation(reason: string, text: string): { line: number; column: number } | null {
  const lineCol = /line (\d+) column (\d+)/i.exec(reason);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const position = /position (\d+)/i.exec(reason);
  const offset = position ? Number(position[1]) : /end of JSON input/i.test(reason) ? text.length : null;
  if (offset === null) return null;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

type Row = Record<string, unknown>;

/** Collects problems with the file/record/field prefix every message shares. */
class Report {
  readonly problems: DatasetProblem[] = [];

  add(fileName: string, record: string | null, field: string | null, detail: string): void {
    const file = filePath(fileName);
    const parts = [
      file,
      record === null ? null : `record ${record}`,
      field === null ? null : `field "${field}"`,
    ];
    const message = `${parts.filter((p) => p !== null).join(' › ')}: ${detail}`;
    this.problems.push({ file, record, field, message });
  }
}

/** How a record is named in messages: its id where it has a usable one, always its 1-based position. */
function recordName(row: unknown, index: number): string {
  const id = isRow(row) ? row.id : undefined;
  return typeof id === 'string' && id !== '' ? `"${id}" (#${index + 1})` : `#${index + 1}`;
}

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks presence, type and unknown fields of one record; returns whether its shape is sound. */
function checkShape(
  report: Report,
  fileName: string,
  record: string | null,
  row: unknown,
  shape: Shape,
): row is Row {
  if (!isRow(row)) {
    report.add(fileName, record, null, `must be an object, got ${show(row)}`);
    return false;
  }
  let sound = true;
  for (const [field, check] of Object.entries(shape)) {
    const problem = field in row ? check(row[field]) : 'is missing';
    if (problem !== null) {
      report.add(fileName, record, field, problem);
      sound = false;
    }
  }
  for (const field of Object.keys(row)) {
    if (!(field in shape)) {
      report.add(
        fileName,
        record,
        field,
        `is not a field of this table (allowed: ${Object.keys(shape).join(', ')})`,
      );
      sound = false;
    }
  }
  return sound;
}

interface Checked {
  row: Row;
  record: string;
}

/** Shape-checks every record of a table file, plus id uniqueness; returns the records that passed. */
function checkTable(report: Report, table: Exclude<keyof Dataset, 'meta'>, data: unknown): Checked[] {
  const fileName = DATA_FILES[table];
  if (!Array.isArray(data)) {
    report.add(fileName, null, null, `must be an array of records, got ${show(data)}`);
    return [];
  }
  const seen = new Map<string, number>();
  const sound: Checked[] = [];
  data.forEach((row: unknown, index) => {
    const record = recordName(row, index);
    if (isRow(row) && typeof row.id === 'string') {
      const first = seen.get(row.id);
      if (first !== undefined)
        report.add(fileName, record, 'id', `duplicates the id of record #${first + 1}`);
      else seen.set(row.id, index);
    }
    if (checkShape(report, fileName, record, row, SCHEMA[table])) sound.push({ row, record });
  });
  return sound;
}

const dateOf = (row: Row, field: string): Date => parseIsoDate(row[field] as string) as Date;

/**
 * Checks the parsed data files and returns them as a typed `Dataset`.
 *
 * @param files parsed JSON keyed by file name (`figures.json` …), as listed in `DATA_FILES`
 * @throws DatasetError listing every problem found
 */
export function validateDataset(files: Record<string, unknown>): Dataset {
  const report = new Report();
  const known = new Set<string>(Object.values(DATA_FILES));
  for (const name of Object.keys(files)) {
    if (!known.has(name))
      report.add(name, null, null, `is not a data file (expected one of ${[...known].join(', ')})`);
  }
  for (const name of known) {
    if (!(name in files)) report.add(name, null, null, 'is missing');
  }

  if (DATA_FILES.meta in files)
    checkShape(report, DATA_FILES.meta, null, files[DATA_FILES.meta], SCHEMA.meta);
  const sources = checkTable(report, 'sources', files[DATA_FILES.sources] ?? []);
  for (const item of sources) checkSourceAddress(report, item);
  const figures = checkTable(report, 'figures', files[DATA_FILES.figures] ?? []);
  const unreached = checkTable(report, 'unreached', files[DATA_FILES.unreached] ?? []);
  const timeline = checkTable(report, 'timeline', files[DATA_FILES.timeline] ?? []);

  // Ids from the raw arrays, not only sound records, so one bad field does not cascade into
  // "unknown id" complaints elsewhere.
  const idsIn = (name: string): Set<string> => {
    const data = files[name];
    return new Set(
      Array.isArray(data)
        ? data
            .filter(isRow)
            .map((r) => r.id)
            .filter((id) => typeof id === 'string')
        : [],
    );
  };
  const sourceIds = idsIn(DATA_FILES.sources);
  const checkSource = (fileName: string, { row, record }: Checked, field = 'source'): void => {
    const source = row[field];
    if (typeof source === 'string' && !sourceIds.has(source)) {
      report.add(
        fileName,
        record,
        field,
        `refers to source "${source}", which is not in ${filePath(DATA_FILES.sources)}`,
      );
    }
  };

  const checkCaveat = (
    fileName: string,
    { row, record }: Checked,
    flag: 'confidence' | 'dateConfidence',
  ): void => {
    if (row[flag] === 'U' && row.caveat === null) {
      report.add(
        fileName,
        record,
        'caveat',
        `is required when ${flag} is "U", so the reader sees the uncertainty`,
      );
    }
  };

  checkFigures(report, figures, idsIn(DATA_FILES.figures), checkSource, checkCaveat);
  checkBases(report, 'figures', figures, figures);
  checkBases(report, 'unreached', unreached, figures);
  checkUnreached(report, unreached, checkSource, checkCaveat);

  for (const item of timeline) {
    const { row, record } = item;
    if (row.source !== null) checkSource(DATA_FILES.timeline, item);
    checkCaveat(DATA_FILES.timeline, item, 'confidence');
    if (row.end !== null && dateOf(row, 'end') <= dateOf(row, 'date')) {
      report.add(
        DATA_FILES.timeline,
        record,
        'end',
        `must be after the start date ${show(row.date)}, got ${show(row.end)}`,
      );
    }
  }

  if (report.problems.length > 0) throw new DatasetError(report.problems);
  const dataset = Object.fromEntries(
    Object.entries(DATA_FILES).map(([key, fileName]) => [key, files[fileName]]),
  );
  return dataset as unknown as Dataset;
}

/**
 * A source links to the document itself or says why it cannot: an address that is only a site's
 * home page sends the reader nowhere near the figure.
 */
function checkSourceAddress(report: Report, { row, record }: Checked): void {
  const file = DATA_FILES.sources;
  if (row.url === null) {
    if (row.urlNote === null)
      report.add(file, record, 'urlNote', 'must say why the source has no address when url is null');
    return;
  }
  if (row.urlNote !== null)
    report.add(file, record, 'urlNote', `must be null when url is set, got ${show(row.urlNote)}`);
  const url = new URL(row.url as string);
  if ((url.pathname === '/' || url.pathname === '') && url.search === '')
    report.add(
      file,
      record,
      'url',
      `must link to the document, not a site's home page, got ${show(row.url)}`,
    );
}

type SourceCheck = (fileName: string, item: Checked, field?: string) => void;
type CaveatCheck = (fileName: string, item: Checked, flag: 'confidence' | 'dateConfidence') => void;

/** Ranges, parts that must add up, and sources of the headline figures. */
function checkFigures(
  report: Report,
  figures: Checked[],
  figureIds: Set<string>,
  checkSource: SourceCheck,
  checkCaveat: CaveatCheck,
): void {
  const file = DATA_FILES.figures;
  const byId = new Map(figures.map((f) => [f.row.id as string, f.row]));
  for (const item of figures) {
    const { row, record } = item;
    checkSource(file, item);
    checkCaveat(file, item, 'confidence');
    const value = row.value as number;
    if (isRange(row.qualifier as Qualifier)) {
      if (row.high === null)
        report.add(file, record, 'high', `must be set when qualifier is "${row.qualifier}"`);
      else if ((row.high as number) <= value) {
        report.add(file, record, 'high', `must be greater than value (${value}), got ${show(row.high)}`);
      }
    } else if (row.high !== null) {
      report.add(
        file,
        record,
        'high',
        `must be null unless qualifier is "range" or "approximate range", got ${show(row.high)}`,
      );
    }
    if (row.parts === null) continue;
    const parts = row.parts as string[];
    const missing = parts.filter((id) => id === row.id || !figureIds.has(id));
    if (missing.length > 0) {
      report.add(
        file,
        record,
        'parts',
        `refers to ${missing.map((m) => `"${m}"`).join(', ')}, not another figure in this file`,
      );
      continue;
    }
    // A part with its own problem is already reported; summing it would only add noise.
    if (!parts.every((id) => byId.has(id))) continue;
    const sum = parts.reduce((total, id) => total + (byId.get(id)?.value as number), 0);
    if (sum !== value) {
      report.add(file, record, 'parts', `must add up to value (${value}); ${parts.join(' + ')} = ${sum}`);
    }
  }
}

/** Breakdowns that must add up, bases that must cover the count, and date order of the series. */
function checkUnreached(
  report: Report,
  points: Checked[],
  checkSource: SourceCheck,
  checkCaveat: CaveatCheck,
): void {
  const file = DATA_FILES.unreached;
  let previous: Checked | null = null;
  for (const item of points) {
    const { row, record } = item;
    checkSource(file, item);
    checkSource(file, item, 'ofSource');
    checkCaveat(file, item, 'confidence');
    checkCaveat(file, item, 'dateConfidence');
    const value = row.value as number;
    const removed = row.removed as number | null;
    const inUS = row.inUS as number | null;
    const noPhone = row.noPhone as number | null;
    if (removed !== null && inUS !== null) {
      const sum = removed + inUS + (noPhone ?? 0);
      if (sum !== value) {
        const terms = noPhone === null ? `${removed} + ${inUS}` : `${removed} + ${inUS} + ${noPhone}`;
        report.add(
          file,
          record,
          'removed',
          `removed + inUS + noPhone must equal value (${value}); ${terms} = ${sum}`,
        );
      }
    }
    if (row.datedByReport === true && (row.dateConfidence !== 'U' || isMonthOnly(row.asOf as string))) {
      report.add(
        file,
        record,
        'datedByReport',
        `a count dated by its report needs that report's day in asOf and dateConfidence "U" (the filing's own date is unknown); got asOf ${show(row.asOf)}, dateConfidence ${show(row.dateConfidence)}`,
      );
    }
    if (previous && dateOf(row, 'asOf') <= dateOf(previous.row, 'asOf')) {
      report.add(
        file,
        record,
        'asOf',
        `must be later than the previous point ${previous.record} (${show(previous.row.asOf)}); keep the series in date order, got ${show(row.asOf)}`,
      );
    }
    previous = item;
  }
}

/**
 * The plausible range of every count, as the schema states it: a count cannot exceed the counts it is
 * part of (fields of its record, or figures), so a slipped digit fails even below the ceiling.
 */
function checkBases(
  report: Report,
  table: 'figures' | 'unreached',
  items: Checked[],
  figures: Checked[],
): void {
  const file = DATA_FILES[table];
  // A range's base is its high end: the part must fit under the most the base can be.
  const baseOf = new Map(figures.map(({ row }) => [row.id as string, (row.high ?? row.value) as number]));
  for (const { row, record } of items) {
    for (const [field, fieldCheck] of Object.entries(SCHEMA[table])) {
      const value = row[field];
      if (!isCountCheck(fieldCheck) || typeof value !== 'number') continue;
      const { within } = fieldCheck;
      for (const other of within.fields ?? []) {
        const base = row[other];
        if (typeof base === 'number' && value > base)
          report.add(file, record, field, `cannot exceed its base, field "${other}" (${base}), got ${value}`);
      }
      const groups = [...(within.figures ?? []), ...(within.byRecord?.[row.id as string] ?? [])];
      if (groups.length === 0) continue;
      const unknown = groups.filter((id) => !baseOf.has(id));
      if (unknown.length > 0) {
        report.add(
          file,
          record,
          field,
          `has a base in the schema that is not a sound figure in ${filePath(DATA_FILES.figures)}: ${unknown.join(', ')}`,
        );
        continue;
      }
      const sizes = groups.map((id) => baseOf.get(id) as number);
      const total = sizes.reduce((sum, size) => sum + size, 0);
      if (value > total) {
        const sum = groups.length > 1 ? ` = ${sizes.join(' + ')} = ${total}` : ` (${total})`;
        report.add(file, record, field, `cannot exceed its base, ${groups.join(' + ')}${sum}, got ${value}`);
      }
    }
  }
}
