/**
 * The dataset's own words in another edition's language. The dataset (`data/`) is written in
 * English; the few of its text fields that reach a page (the known gaps, where in each source a
 * figure is, why a source has no address, the caveats of the search chart's table, the documents the
 * copy quotes, and a source title in square brackets, which is our own description of a source and
 * not its published headline) are translated in a content file beside the edition's copy
 * (`src/content/<lang>.dataset.aml`), keyed by record id and field. Only words change: the check
 * below refuses a translation that misses a field, names a record the dataset lacks, or carries
 * other numbers than the record (dates included), so an edition never shows a figure of its own.
 */
import type { Dataset } from '../data/schema.ts';
import { CopyError } from './copy.ts';

/** The language the dataset's text is written in: an edition in it reads the dataset as it is. */
export const DATASET_LANG = 'en';

/** The text fields of each table that a page shows, and so that another edition translates. */
export const SHOWN_FIELDS = {
  sources: ['title', 'locator', 'urlNote'],
  unreached: ['caveat'],
  timeline: ['document'],
} as const satisfies { [T in keyof Dataset]?: readonly string[] };

type Table = keyof typeof SHOWN_FIELDS;
type Row = { id: string } & Partial<Record<string, unknown>>;

/**
 * Whether a source title is ours: a description in square brackets of a source whose headline we
 * could not confirm. Such a title is newsroom copy, written in the edition's language; any other is
 * a published headline, cited as published in its own language.
 */
export const isOwnTitle = (title: string): boolean => /^\[[^\]]+\]$/.test(title.trim());

/**
 * Whether an edition translates `field` of `row`: a shown text the record gives, except a source's
 * published headline.
 */
function translates(table: Table, field: string, row: Row): boolean {
  const value = row[field];
  if (typeof value !== 'string') return false;
  return table !== 'sources' || field !== 'title' || isOwnTitle(value);
}

/** A dataset translation as its content file holds it. */
export interface DatasetCopy {
  /** The dataset's title (`meta.title`), the headline of the downloads' README. */
  title: string;
  /** `meta.gaps`, in order. */
  gaps: string[];
  /**
   * `<table>.<record id>.<field>`: one entry per shown field that is not `null` in the record (of a
   * source's title, only one in square brackets).
   */
  sources: Record<string, Partial<Record<(typeof SHOWN_FIELDS)['sources'][number], string>>>;
  unreached: Record<string, Partial<Record<(typeof SHOWN_FIELDS)['unreached'][number], string>>>;
  timeline: Record<string, Partial<Record<(typeof SHOWN_FIELDS)['timeline'][number], string>>>;
}

/**
 * The numbers a text holds, as values ("1,030" and "1.030" are not told apart: both read 1030), in
 * order of size: two texts that say the same thing in two languages hold the same ones.
 */
export function numbersIn(text: string): number[] {
  return (text.match(/\d(?:[\d,.]*\d)?/g) ?? [])
    .map((n) => Number(n.replace(/[,.](?=\d{3}(?!\d))/g, '')))
    .sort((a, b) => a - b);
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const show = (v: unknown) => JSON.stringify(v);

/** Everything wrong with a translation of `ds`, one `file › key: problem` line each. */
export function datasetCopyProblems(raw: unknown, ds: Dataset, file: string): string[] {
  const problems: string[] = [];
  const at = (key: string, problem: string) => problems.push(`${file} › ${key}: ${problem}`);
  const same = (key: string, text: string, original: string, where: string) => {
    const [ours, theirs] = [numbersIn(text), numbersIn(original)];
    if (ours.join() !== theirs.join())
      at(key, `holds the numbers [${ours.join(', ')}], but ${where} holds [${theirs.join(', ')}]`);
  };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    at('(top level)', `must be a block of keys, got ${show(raw)}`);
    return problems;
  }
  const copy = raw as Record<string, unknown>;
  const expected = ['title', 'gaps', ...Object.keys(SHOWN_FIELDS)];
  for (const key of Object.keys(copy))
    if (!expected.includes(key)) at(key, `not a key the story reads (expected: ${expected.join(', ')})`);

  if (!isText(copy.title)) at('title', copy.title === undefined ? 'missing' : 'must be non-empty text');
  else same('title', copy.title, ds.meta.title, 'data/meta.json › title');

  const gaps = copy.gaps;
  if (!Array.isArray(gaps) || gaps.length !== ds.meta.gaps.length || !gaps.every(isText))
    at('gaps', `must list ${ds.meta.gaps.length} gaps, one for each in data/meta.json, got ${show(gaps)}`);
  else gaps.forEach((g, i) => same(`gaps[${i}]`, g, ds.meta.gaps[i] ?? '', `data/meta.json › gaps[${i}]`));

  for (const table of Object.keys(SHOWN_FIELDS) as Table[]) {
    const fields: readonly string[] = SHOWN_FIELDS[table];
    const block = copy[table];
    if (!block || typeof block !== 'object' || Array.isArray(block)) {
      at(table, block === undefined ? 'missing' : `must be a block of records, got ${show(block)}`);
      continue;
    }
    const rows = ds[table] as unknown as Row[];
    const entries = block as Record<string, unknown>;
    for (const id of Object.keys(entries))
      if (!rows.some((r) => r.id === id)) at(`${table}.${id}`, `no such record in data/${table}.json`);
    for (const row of rows) {
      const entry = (entries[row.id] ?? {}) as Record<string, unknown>;
      for (const key of Object.keys(entry)) {
        if (fields.includes(key) && translates(table, key, row)) continue;
        at(
          `${table}.${row.id}.${key}`,
          key === 'title' && typeof row.title === 'string'
            ? 'a published headline is cited as published; only a title in square brackets is translated'
            : `not a text the page shows (translate: ${fields.join(', ')})`,
        );
      }
      for (const field of fields) {
        if (!translates(table, field, row)) continue;
        const original = row[field] as string;
        const key = `${table}.${row.id}.${field}`;
        const text = entry[field];
        if (!isText(text)) at(key, text === undefined ? 'missing' : 'must be non-empty text');
        else if (field === 'title' && !isOwnTitle(text))
          at(key, `must stay in square brackets, as our own description, got ${show(text)}`);
        else same(key, text, original, `data/${table}.json › "${row.id}" › ${field}`);
      }
    }
  }
  return problems;
}

/**
 * `ds` with its shown text in the translation's language: every number, date and source stays the
 * record's. Throws a `CopyError` naming every problem of the translation.
 */
export function localizeDataset(ds: Dataset, raw: unknown, file: string): Dataset {
  const problems = datasetCopyProblems(raw, ds, file);
  if (problems.length) throw new CopyError(problems);
  const copy = raw as DatasetCopy;
  const translate = <T extends { id: string }>(rows: T[], table: Table): T[] =>
    rows.map((row) => ({ ...row, ...copy[table][row.id] }));
  return {
    ...ds,
    meta: { ...ds.meta, title: copy.title, gaps: [...copy.gaps] },
    sources: translate(ds.sources, 'sources'),
    unreached: translate(ds.unreached, 'unreached'),
    timeline: translate(ds.timeline, 'timeline'),
  };
}
