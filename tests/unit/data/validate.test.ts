import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  DATA_FILES,
  type Dataset,
  type Figure,
  type Source,
  type TimelineEvent,
  type UnreachedPoint,
} from '../../../src/lib/data/schema.ts';
import { DatasetError, parseDataFile, validateDataset } from '../../../src/lib/data/validate.ts';
import { parseIsoDate } from '../../../src/lib/data/dates.ts';
import { findRecord, loadRawFiles, readText, type RawFiles, type RawRecord } from './load.ts';

/** Runs the validator and returns its error, failing the test if it did not throw one. */
function validationError(files: RawFiles): DatasetError {
  try {
    validateDataset(files);
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected validateDataset to throw a DatasetError');
}

describe('the real dataset', () => {
  it('validates', () => {
    const files = loadRawFiles();
    const ds = validateDataset(files);
    expect(ds.figures.length).toBeGreaterThan(0);
    expect(ds.unreached).toHaveLength(12);
  });

  it('gives every uncertain figure and point a caveat', () => {
    const ds = validateDataset(loadRawFiles());
    const uncertain = [
      ...ds.figures.filter((f) => f.confidence === 'U'),
      ...ds.unreached.filter((p) => p.confidence === 'U' || p.dateConfidence === 'U'),
      ...ds.timeline.filter((e) => e.confidence === 'U'),
    ];
    expect(uncertain.map((r) => r.id)).toEqual(
      expect.arrayContaining(['unreached_2021_02', 'unreached_2021_09', 'unreached_2022_01']),
    );
    for (const record of uncertain) expect(record.caveat, record.id).toEqual(expect.any(String));
  });

  it('gives every figure with confidence U a caveat', () => {
    const { figures } = validateDataset(loadRawFiles());
    const missing = figures.filter(
      (f) => f.confidence === 'U' && (f.caveat === null || f.caveat.trim() === ''),
    );
    expect(missing.map((f) => f.id)).toEqual([]);
  });
});

interface BrokenCase {
  name: string;
  /** Table file the mistake is in. */
  file: string;
  /** Id of the broken record (the expected message names it with its position). */
  id: string | null;
  field: string;
  /** Breaks a clone of the real files. */
  mutate: (files: RawFiles, record: RawRecord) => void;
  /** What the message must say after `field "…": `. */
  detail: string;
}

const cases: BrokenCase[] = [
  {
    name: 'wrong type',
    file: DATA_FILES.figures,
    id: 'oig_recommendations',
    field: 'value',
    mutate: (_, r) => (r.value = '2'),
    detail: 'must be a non-negative integer, got "2"',
  },
  {
    name: 'negative count',
    file: DATA_FILES.figures,
    id: 'tf2021_identified',
    field: 'value',
    mutate: (_, r) => (r.value = -3),
    detail: 'must be a non-negative integer, got -3',
  },
  {
    name: 'fractional count',
    file: DATA_FILES.unreached,
    id: 'unreached_2021_01_14',
    field: 'value',
    mutate: (_, r) => (r.value = 611.5),
    detail: 'must be a non-negative integer, got 611.5',
  },
  {
    name: 'unknown source id',
    file: DATA_FILES.figures,
    id: 'families_separated',
    field: 'source',
    mutate: (_, r) => (r.source = 'S99'),
    detail: 'refers to source "S99", which is not in data/sources.json',
  },
  {
    name: 'unknown source id on a timeline event',
    file: DATA_FILES.timeline,
    id: 'eo_13841',
    field: 'source',
    mutate: (_, r) => (r.source = 'S2'),
    detail: 'refers to source "S2"',
  },
  {
    name: 'breakdown that does not add up (the misprinted 227)',
    file: DATA_FILES.unreached,
    id: 'unreached_2021_05_19',
    field: 'removed',
    mutate: (_, r) => (r.removed = 227),
    detail: 'removed + inUS + noPhone must equal value (391); 227 + 100 + 14 = 341',
  },
  {
    name: 'breakdown without a phone count that does not add up',
    file: DATA_FILES.unreached,
    id: 'unreached_2020_12_02',
    field: 'removed',
    mutate: (_, r) => (r.inUS = 330),
    detail: 'removed + inUS + noPhone must equal value (628); 295 + 330 = 625',
  },
  {
    name: 'count larger than the list it was taken from',
    file: DATA_FILES.unreached,
    id: 'unreached_2020_10_20',
    field: 'value',
    mutate: (_, r) => (r.of = 500),
    detail: 'cannot exceed its base, field "of" (500), got 545',
  },
  {
    name: 'unreached children more than all the children separated',
    file: DATA_FILES.unreached,
    id: 'unreached_2021_04_07',
    field: 'value',
    mutate: (_, r) => Object.assign(r, { value: 5790, removed: 5647 }),
    detail: 'cannot exceed its base, separated_total_2019 (5500), got 5790',
  },
  {
    name: 'a breakdown group larger than the count it breaks down',
    file: DATA_FILES.unreached,
    id: 'unreached_2021_04_07',
    field: 'inUS',
    mutate: (_, r) => (r.inUS = 1290),
    detail: 'cannot exceed its base, field "value" (445), got 1290',
  },
  {
    name: 'a subcount larger than its total (the 1,442 reunited of the 1,820 discharged)',
    file: DATA_FILES.figures,
    id: 'deadline_2018_reunited',
    field: 'value',
    mutate: (_, r) => (r.value = 1920),
    detail: 'cannot exceed its base, deadline_2018_discharged (1820), got 1920',
  },
  {
    name: "a date outside the story's period",
    file: DATA_FILES.timeline,
    id: 'eo_13841',
    field: 'date',
    mutate: (_, r) => (r.date = '2081-06-20'),
    detail: 'must fall inside the story\'s period, 2017-01-01 to 2026-12-31, got "2081-06-20"',
  },
  {
    name: 'parts that do not sum',
    file: DATA_FILES.figures,
    id: 'tf2021_identified',
    field: 'parts',
    mutate: (files) => (findRecord(files, DATA_FILES.figures, 'tf2021_reunified_by_tf').record.value = 8),
    detail:
      'must add up to value (3913); tf2021_reunified_earlier + tf2021_reunified_by_tf + tf2021_no_record = 3914',
  },
  {
    name: 'part that is not a figure',
    file: DATA_FILES.figures,
    id: 'tf2023_identified',
    field: 'parts',
    mutate: (_, r) => (r.parts = ['tf2023_reunified', 'tf2023_unreunified']),
    detail: 'refers to "tf2023_unreunified", not another figure in this file',
  },
  {
    name: 'impossible calendar date',
    file: DATA_FILES.timeline,
    id: 'eo_13841',
    field: 'date',
    mutate: (_, r) => (r.date = '2018-02-30'),
    detail: 'must be a real date as YYYY-MM-DD or YYYY-MM, got "2018-02-30"',
  },
  {
    name: 'date in the wrong format',
    file: DATA_FILES.sources,
    id: 'S5',
    field: 'date',
    mutate: (_, r) => (r.date = '10/20/2020'),
    detail: 'must be a real date as YYYY-MM-DD or YYYY-MM, got "10/20/2020"',
  },
  {
    name: 'span that ends before it starts',
    file: DATA_FILES.timeline,
    id: 'zero_tolerance_period',
    field: 'end',
    mutate: (_, r) => (r.end = '2018-05-01'),
    detail: 'must be after the start date "2018-05-05", got "2018-05-01"',
  },
  {
    name: 'series out of date order',
    file: DATA_FILES.unreached,
    id: 'unreached_2021_04_07',
    field: 'asOf',
    mutate: (_, r) => (r.asOf = '2021-01-01'),
    detail: 'must be later than the previous point',
  },
  {
    name: 'duplicate id',
    file: DATA_FILES.figures,
    id: 'oig_recommendations',
    field: 'id',
    mutate: (_, r) => (r.id = 'oig_removed_without_record'),
    detail: 'duplicates the id of record #1',
  },
  {
    name: 'id that is not snake_case',
    file: DATA_FILES.timeline,
    id: 'eo_14011',
    field: 'id',
    mutate: (_, r) => (r.id = 'EO-14011'),
    detail: 'must match /^[a-z0-9_]+$/, got "EO-14011"',
  },
  {
    name: 'unknown field',
    file: DATA_FILES.unreached,
    id: 'unreached_2021_06_30',
    field: 'nophone',
    mutate: (_, r) => (r.nophone = 13),
    detail: 'is not a field of this table',
  },
  {
    name: 'missing field',
    file: DATA_FILES.figures,
    id: 'court_list_2018',
    field: 'caveat',
    mutate: (_, r) => delete r.caveat,
    detail: 'is missing',
  },
  {
    name: 'qualifier outside the enum',
    file: DATA_FILES.figures,
    id: 'families_separated',
    field: 'qualifier',
    mutate: (_, r) => (r.qualifier = 'over'),
    detail:
      'must be one of "exact", "at least", "more than", "about", "range", "approximate range", got "over"',
  },
  {
    name: 'confidence outside the enum',
    file: DATA_FILES.unreached,
    id: 'unreached_2021_08_11',
    field: 'dateConfidence',
    mutate: (_, r) => (r.dateConfidence = 'X'),
    detail: 'must be one of "P", "N", "U", got "X"',
  },
  {
    name: 'high without a range',
    file: DATA_FILES.figures,
    id: 'families_separated',
    field: 'high',
    mutate: (_, r) => (r.high = 6000),
    detail: 'must be null unless qualifier is "range" or "approximate range", got 6000',
  },
  {
    name: 'range whose high end is not above its low end',
    file: DATA_FILES.figures,
    id: 'settlement_children',
    field: 'high',
    mutate: (_, r) => (r.high = 4500),
    detail: 'must be greater than value (4500), got 4500',
  },
  {
    name: 'range without a high end',
    file: DATA_FILES.figures,
    id: 'settlement_children',
    field: 'high',
    mutate: (_, r) => (r.high = null),
    detail: 'must be set when qualifier is "range"',
  },
  {
    // Fact-check fc15 N-h: a range the sources give only roughly has two ends as well.
    name: 'approximate range without a high end',
    file: DATA_FILES.figures,
    id: 'separated_total_2019',
    field: 'high',
    mutate: (_, r) => (r.high = null),
    detail: 'must be set when qualifier is "approximate range"',
  },
  {
    name: 'address that is not https',
    file: DATA_FILES.sources,
    id: 'S3',
    field: 'url',
    mutate: (_, r) => (r.url = 'http://www.nbcnews.com/'),
    detail: 'must be an https address or null, got "http://www.nbcnews.com/"',
  },
  {
    name: 'uncertain date without a caveat',
    file: DATA_FILES.unreached,
    id: 'unreached_2021_09',
    field: 'caveat',
    mutate: (_, r) => (r.caveat = null),
    detail: 'is required when dateConfidence is "U"',
  },
  {
    name: 'uncertain figure without a caveat',
    file: DATA_FILES.figures,
    id: 'ms_l_original_class',
    field: 'caveat',
    mutate: (_, r) => {
      r.confidence = 'U';
      r.caveat = null;
    },
    detail: 'is required when confidence is "U"',
  },
  {
    name: 'source without an address and without a reason',
    file: DATA_FILES.sources,
    id: 'S10',
    field: 'urlNote',
    mutate: (_, r) => (r.url = null),
    detail: 'must say why the source has no address when url is null',
  },
  {
    name: "source linked to a site's home page",
    file: DATA_FILES.sources,
    id: 'S1',
    field: 'url',
    mutate: (_, r) => (r.url = 'https://www.oig.dhs.gov/'),
    detail: "must link to the document, not a site's home page",
  },
  {
    name: 'a reason for a missing address on a source that has one',
    file: DATA_FILES.sources,
    id: 'S5',
    field: 'urlNote',
    mutate: (_, r) => (r.urlNote = 'no address'),
    detail: 'must be null when url is set',
  },
  {
    name: 'meta without a publication date',
    file: DATA_FILES.meta,
    id: null,
    field: 'published',
    mutate: (files) => delete (files[DATA_FILES.meta] as RawRecord).published,
    detail: 'is missing',
  },
  {
    name: 'meta field of the wrong type',
    file: DATA_FILES.meta,
    id: null,
    field: 'gaps',
    mutate: (files) => ((files[DATA_FILES.meta] as RawRecord).gaps = 'none'),
    detail: 'must be a non-empty array, got "none"',
  },
];

describe('validateDataset rejects broken data, naming file, record and field', () => {
  it.each(cases)('$name', ({ file, id, field, mutate, detail }) => {
    const files = structuredClone(loadRawFiles());
    const target = id === null ? null : findRecord(files, file, id);
    mutate(files, target?.record ?? {});
    const error = validationError(files);
    // Messages name a record by its id as it stands in the file, so read it after the mutation.
    const record = target === null ? null : target.label.replace(`"${id}"`, `"${String(target.record.id)}"`);
    const prefix = [`data/${file}`, record === null ? null : `record ${record}`, `field "${field}"`]
      .filter((p) => p !== null)
      .join(' › ');
    const match = error.problems.find(
      (p) => p.message.startsWith(`${prefix}: `) && p.message.includes(detail),
    );
    expect(match, `no problem "${prefix}: …${detail}…" in:\n${error.message}`).toBeDefined();
    expect(match).toMatchObject({ file: `data/${file}`, record, field });
    expect(error.message).toContain(match?.message);
  });

  it('lists every problem, not just the first', () => {
    const files = structuredClone(loadRawFiles());
    findRecord(files, DATA_FILES.figures, 'oig_recommendations').record.value = -1;
    findRecord(files, DATA_FILES.sources, 'S9').record.url = 'ftp://example.org';
    findRecord(files, DATA_FILES.timeline, 'eo_14011').record.date = '2021-13-01';
    const fields = validationError(files).problems.map((p) => `${p.file} ${p.field}`);
    expect(fields).toEqual(['data/sources.json url', 'data/figures.json value', 'data/timeline.json date']);
  });

  it('rejects a count dated by its report without the day of that report, naming the field', () => {
    const files = structuredClone(loadRawFiles());
    const { record, label } = findRecord(files, DATA_FILES.unreached, 'unreached_2022_01');
    record.asOf = '2022-01';
    const messages = validationError(files).problems.map((p) => p.message);
    expect(messages).toContain(
      `data/unreached.json › record ${label} › field "datedByReport": a count dated by its report needs that report's day in asOf and dateConfidence "U" (the filing's own date is unknown); got asOf "2022-01", dateConfidence "U"`,
    );
  });

  it('reports a missing file and an unexpected one', () => {
    const files = structuredClone(loadRawFiles());
    delete files[DATA_FILES.timeline];
    files['timelines.json'] = [];
    const messages = validationError(files).problems.map((p) => p.message);
    expect(messages).toEqual([
      'data/timelines.json: is not a data file (expected one of meta.json, sources.json, figures.json, unreached.json, timeline.json)',
      'data/timeline.json: is missing',
    ]);
  });

  it('formats the message as file › record › field: detail', () => {
    const files = structuredClone(loadRawFiles());
    const { record, label } = findRecord(files, DATA_FILES.figures, 'tf2021_identified');
    record.value = -3;
    const messages = validationError(files).problems.map((p) => p.message);
    expect(messages).toContain(
      `data/figures.json › record ${label} › field "value": must be a non-negative integer, got -3`,
    );
  });
});

describe('broken fixture files', () => {
  const fixtures = [
    {
      name: 'an unknown (misspelt) field',
      fixture: 'figures.unknown-field.json',
      replaces: DATA_FILES.figures,
      expected:
        'data/figures.json › record "oig_recommendations" (#1) › field "captoin": is not a field of this table',
    },
    {
      name: 'a breakdown that does not add up',
      fixture: 'unreached.breakdown-off.json',
      replaces: DATA_FILES.unreached,
      expected:
        'data/unreached.json › record "unreached_2021_04_07" (#1) › field "removed": removed + inUS + noPhone must equal value (445); 301 + 129 + 14 = 444',
    },
  ];

  it.each(fixtures)('rejects $name', ({ fixture, replaces, expected }) => {
    const files = loadRawFiles();
    files[replaces] = parseDataFile(replaces, readText(`tests/fixtures/broken/${fixture}`));
    const error = validationError(files);
    expect(error.problems.map((p) => p.message).filter((m) => m.startsWith(expected))).toHaveLength(1);
  });

  it('rejects bad JSON, naming the file, line and column', () => {
    const text = readText('tests/fixtures/broken/sources.trailing-comma.json');
    let error: unknown;
    try {
      parseDataFile(DATA_FILES.sources, text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const [problem] = (error as DatasetError).problems;
    expect(problem).toMatchObject({ file: 'data/sources.json', record: null, field: null });
    expect(problem?.message).toMatch(/^data\/sources\.json: not valid JSON at line 5, column 3 /);
  });

  it('locates a truncated file at its end', () => {
    expect(() => parseDataFile('figures.json', '[\n  {')).toThrow(
      /data\/figures\.json: not valid JSON at line 2, column 4/,
    );
  });
});

describe('parseIsoDate', () => {
  const cases = [
    { input: '2021-05-18', expected: '2021-05-18T00:00:00.000Z' },
    { input: '2021-02', expected: '2021-02-01T00:00:00.000Z' },
    { input: '2020-02-29', expected: '2020-02-29T00:00:00.000Z' },
    { input: '2021-02-29', expected: null },
    { input: '2021-00', expected: null },
    { input: '2021-5-18', expected: null },
    { input: '2021-05-18T00:00Z', expected: null },
    { input: '', expected: null },
  ];
  it.each(cases)('$input → $expected', ({ input, expected }) => {
    expect(parseIsoDate(input)?.toISOString() ?? null).toBe(expected);
  });
});

describe('the types derived from the schema', () => {
  it('are the types the validator lets through', () => {
    expectTypeOf<Figure['value']>().toEqualTypeOf<number>();
    expectTypeOf<Figure['high']>().toEqualTypeOf<number | null>();
    expectTypeOf<Figure['qualifier']>().toEqualTypeOf<
      'exact' | 'at least' | 'more than' | 'about' | 'range' | 'approximate range'
    >();
    expectTypeOf<Figure['parts']>().toEqualTypeOf<string[] | null>();
    expectTypeOf<UnreachedPoint['courtFiling']>().toEqualTypeOf<boolean>();
    expectTypeOf<Source['url']>().toEqualTypeOf<string | null>();
    expectTypeOf<TimelineEvent['source']>().toEqualTypeOf<string | null>();
    expectTypeOf<Dataset['meta']['gaps']>().toEqualTypeOf<string[]>();
    // Every field of every table is checked: the validator rejects a record missing any of them.
    const broken = loadRawFiles();
    delete (broken[DATA_FILES.figures] as RawRecord[])[0]!.unit;
    expect(() => validateDataset(broken)).toThrow(/field "unit": is missing/);
  });
});

describe('numbers beyond what a count can be', () => {
  /** The message for figures.json with the 348 written as `literal`, parsed as the build reads it. */
  function messageFor(literal: string): string {
    const text = readText(`data/${DATA_FILES.figures}`).replace('"value": 348,', `"value": ${literal},`);
    const files = { ...loadRawFiles(), [DATA_FILES.figures]: parseDataFile(DATA_FILES.figures, text) };
    return validationError(files).message;
  }

  it('reports 1e400 as written, not as null', () => {
    expect(messageFor('1e400')).toMatch(
      /record "oig_removed_without_record" \(#\d+\) › field "value": must be a non-negative integer, got 1e400 \(beyond the range of a number\)/,
    );
  });

  it('refuses 1e21, naming file, record, field and the ceiling', () => {
    expect(messageFor('1e21')).toMatch(
      /data\/figures\.json › record "oig_removed_without_record" \(#\d+\) › field "value": must be a non-negative integer below the ceiling of 10000, got 1e\+21/,
    );
  });

  it('refuses 348 typed as 3480: more than the parents it can be part of', () => {
    const message = messageFor('3480');
    expect(message).toMatch(
      /data\/figures\.json › record "oig_removed_without_record" \(#\d+\) › field "value": cannot exceed its base, removed_parents_2019 \+ expanded_class_2019 = 471 \+ 1556 = 2027, got 3480/,
    );
    expect(message).toMatch(/^The dataset has 1 problem:/);
  });

  it('refuses a count at the ceiling, whatever its base', () => {
    expect(messageFor('10000')).toMatch(/below the ceiling of 10000, got 10000/);
  });

  it('still reads the true count, and a count at its base', () => {
    expect(() => messageFor('348')).toThrow(/expected validateDataset to throw/);
    expect(() => messageFor('2027')).toThrow(/expected validateDataset to throw/);
  });
});
