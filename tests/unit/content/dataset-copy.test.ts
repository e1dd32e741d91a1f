/**
 * The dataset's shown text in another language: complete, keyed by records that exist, and holding
 * the record's own numbers, so that a translation changes words and never a figure or a date.
 */
import archieml from 'archieml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_COPY, edition } from '../../../src/content/index.ts';
import {
  datasetCopyProblems,
  isOwnTitle,
  localizeDataset,
  numbersIn,
  SHOWN_FIELDS,
} from '../../../src/lib/content/dataset-copy.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';
import type { Dataset } from '../../../src/lib/data/schema.ts';

const { file, raw } = DATASET_COPY.es;

describe('numbersIn', () => {
  const cases = [
    { text: '1,030 children', numbers: [1030] },
    { text: '1.030 niños', numbers: [1030] },
    { text: 'Oct. 20, 2020, filing', numbers: [20, 2020] },
    { text: 'escrito del 20 de octubre de 2020', numbers: [20, 2020] },
    { text: 'report OIG-21-36', numbers: [21, 36] },
    { text: '7 of 3,913 is 0.2%', numbers: [0.2, 7, 3913] },
    { text: 'no figures here', numbers: [] },
  ];
  it.each(cases)('"$text"', ({ text, numbers }) => expect(numbersIn(text)).toEqual(numbers));
});

describe('the Spanish translation of the dataset', () => {
  const es = edition('es').localize(dataset);

  it('covers every shown text of every record, with the record’s numbers', () => {
    expect(datasetCopyProblems(raw, dataset, file)).toEqual([]);
  });

  it('changes the shown text and nothing else', () => {
    /** The dataset without the fields a translation may change. */
    const figuresOnly = (ds: Dataset) => ({
      ...ds,
      meta: { ...ds.meta, title: '', gaps: [] },
      sources: ds.sources.map((s) => ({
        ...s,
        title: isOwnTitle(s.title) ? '' : s.title,
        locator: null,
        urlNote: null,
      })),
      unreached: ds.unreached.map((p) => ({ ...p, caveat: null })),
      timeline: ds.timeline.map((e) => ({ ...e, document: null })),
    });
    expect(figuresOnly(es)).toEqual(figuresOnly(dataset));
    expect(es.meta.gaps).toHaveLength(dataset.meta.gaps.length);
    expect(es.meta.gaps[1]).not.toBe(dataset.meta.gaps[1]);
    expect(es.timeline.find((e) => e.id === 'eo_13841')?.document).toBe('Orden Ejecutiva 13841');
    expect(es.unreached.find((p) => p.id === 'unreached_2021_02')?.caveat).toMatch(/febrero de 2021/);
  });

  it('writes our own (bracketed) source descriptions in Spanish and keeps published headlines', () => {
    const own = dataset.sources.filter((s) => isOwnTitle(s.title));
    expect(own.length).toBeGreaterThan(0);
    for (const s of own) {
      const title = es.sources.find((t) => t.id === s.id)!.title;
      expect(isOwnTitle(title)).toBe(true);
      expect(title).not.toBe(s.title);
    }
    expect(es.sources.find((s) => s.id === 'S9')?.title).toBe(
      '[Nota: los abogados encuentran a los padres de 61 niños separados]',
    );
    const published = dataset.sources.filter((s) => !isOwnTitle(s.title));
    expect(published.map((s) => es.sources.find((t) => t.id === s.id)!.title)).toEqual(
      published.map((s) => s.title),
    );
  });

  it('leaves a field the record leaves empty empty', () => {
    for (const table of Object.keys(SHOWN_FIELDS) as (keyof typeof SHOWN_FIELDS)[]) {
      const fields: readonly string[] = SHOWN_FIELDS[table];
      dataset[table].forEach((row, i) => {
        for (const field of fields) {
          const value = (row as unknown as Record<string, unknown>)[field];
          if (value === null) expect((es[table][i] as unknown as Record<string, unknown>)[field]).toBeNull();
        }
      });
    }
  });

  it('does not change the dataset it translates', () => {
    const before = structuredClone(dataset);
    localizeDataset(dataset, raw, file);
    expect(dataset).toEqual(before);
  });
});

describe('a translation that drifts from the dataset', () => {
  const source = readFileSync(join(import.meta.dirname, '../../..', file), 'utf8');
  const parsed = () => archieml.load(source) as Record<string, Record<string, Record<string, string>>>;
  /** A source whose record gives no locator. */
  const bare = dataset.sources.find((s) => s.locator === null)!.id;
  const cases: { name: string; change: (t: ReturnType<typeof parsed>) => void; problem: string }[] = [
    {
      name: 'a locator left out',
      change: (t) => delete t.sources!.S4!.locator,
      problem: `${file} › sources.S4.locator: missing`,
    },
    {
      name: 'a record the dataset lacks',
      change: (t) => (t.unreached!.unreached_2031 = { caveat: 'Nada.' }),
      problem: `${file} › unreached.unreached_2031: no such record in data/unreached.json`,
    },
    {
      name: 'a field the record leaves empty',
      change: (t) => (t.sources![bare] = { locator: 'Informa de un escrito.' }),
      problem: `${file} › sources.${bare}.locator: not a text the page shows (translate: title, locator, urlNote)`,
    },
    {
      name: 'a published headline translated',
      change: (t) => (t.sources!.S3 = { ...t.sources!.S3, title: 'Un titular traducido' }),
      problem: `${file} › sources.S3.title: a published headline is cited as published`,
    },
    {
      name: 'our own description left out',
      change: (t) => delete t.sources!.S9!.title,
      problem: `${file} › sources.S9.title: missing`,
    },
    {
      name: 'our own description out of its brackets',
      change: (t) => (t.sources!.S9!.title = t.sources!.S9!.title!.replace(/^\[|\]$/g, '')),
      problem: `${file} › sources.S9.title: must stay in square brackets`,
    },
    {
      name: 'a number of its own',
      change: (t) => (t.sources!.S3!.locator = t.sources!.S3!.locator!.replace('5,500', '5,000')),
      problem: `${file} › sources.S3.locator: holds the numbers [227, 277, 391, 5000], but data/sources.json › "S3" › locator holds [227, 277, 391, 5500]`,
    },
    {
      name: 'a date changed',
      change: (t) => (t.unreached!.unreached_2021_09!.caveat = 'Presentado en octubre de 2022.'),
      problem: `${file} › unreached.unreached_2021_09.caveat: holds the numbers [2022], but data/unreached.json › "unreached_2021_09" › caveat holds [2021]`,
    },
    {
      name: 'a gap missing',
      change: (t) => (t as unknown as { gaps: string[] }).gaps.pop(),
      problem: `${file} › gaps: must list 6 gaps, one for each in data/meta.json, got`,
    },
  ];
  it.each(cases)('$name', ({ change, problem }) => {
    const broken = parsed();
    change(broken);
    const problems = datasetCopyProblems(broken, dataset, file);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(problem);
    expect(() => localizeDataset(dataset, broken, file)).toThrow(problem.slice(0, 40));
  });
});
