import { from } from 'arquero';
import { describe, expect, it } from 'vitest';
import { COPY, edition } from '../../../src/content/index.ts';
import { plainText } from '../../../src/lib/content/tokens.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';
import {
  downloadFiles,
  figureIndex,
  getFigure,
  taskForceStatus,
  timelineSpans,
  toCsv,
  unreachedBreakdownLong,
  unreachedRows,
} from '../../../src/lib/data/tables.ts';

const utc = (text: string): Date => new Date(`${text}T00:00:00Z`);

describe('figures by id', () => {
  const cases = [
    { id: 'oig_removed_without_record', value: 348, qualifier: 'at least' },
    { id: 'families_separated', value: 5500, qualifier: 'more than' },
    { id: 'settlement_children', value: 4500, qualifier: 'range' },
    { id: 'oig_recommendations', value: 2, qualifier: 'exact' },
  ];
  it.each(cases)('$id is $qualifier $value', ({ id, value, qualifier }) => {
    expect(getFigure(dataset, id)).toMatchObject({ value, qualifier });
    expect(figureIndex(dataset).get(id)?.value).toBe(value);
  });

  it('throws naming an unknown id', () => {
    expect(() => getFigure(dataset, 'families_seperated')).toThrow(/"families_seperated"/);
  });
});

describe('unreachedTable', () => {
  const rows = unreachedRows(dataset);
  // Hand-computed from FACTS.md section B: each court filing minus the filing before it, on the
  // same list. The email (666) and the filing after the list grew (628 of 1,198, after 545 of
  // 1,030) get no change. The changes that remain match the outlets' "parents of N more children
  // found" (105, 61, 54, 23, 31, 34).
  const cases = [
    {
      id: 'unreached_2020_10_20',
      date: '2020-10-20',
      value: 545,
      change: null,
      changeFrom: null,
      baseChanged: false,
      dateUncertain: false,
    },
    {
      id: 'unreached_2020_11_09',
      date: '2020-11-09',
      value: 666,
      change: null,
      changeFrom: null,
      baseChanged: false,
      dateUncertain: false,
    },
    {
      id: 'unreached_2020_12_02',
      date: '2020-12-02',
      value: 628,
      change: null,
      changeFrom: null,
      baseChanged: true,
      dateUncertain: false,
    },
    {
      id: 'unreached_2021_01_14',
      date: '2021-01-14',
      value: 611,
      change: -17,
      changeFrom: 'unreached_2020_12_02',
      baseChanged: false,
      dateUncertain: false,
    },
    {
      id: 'unreached_2021_02',
      date: '2021-02-01',
      value: 506,
      change: -105,
      changeFrom: 'unreached_2021_01_14',
      baseChanged: false,
      dateUncertain: true,
    },
    {
      id: 'unreached_2021_04_07',
      date: '2021-04-07',
      value: 445,
      change: -61,
      changeFrom: 'unreached_2021_02',
      baseChanged: false,
      dateUncertain: false,
    },
    {
      id: 'unreached_2021_05_19',
      date: '2021-05-19',
      value: 391,
      change: -54,
      changeFrom: 'unreached_2021_04_07',
      baseChanged: false,
      dateUncertain: false,
    },
    {
      id: 'unreached_2021_06_30',
      date: '2021-06-30',
      value: 368,
      change: -23,
      changeFrom: 'unreached_2021_05_19',
      baseChanged: false,
      dateUncertain: false,
    },
    {
      id: 'unreached_2021_08_11',
      date: '2021-08-11',
      value: 337,
      change: -31,
      changeFrom: 'unreached_2021_06_30',
      baseChanged: false,
      dateUncertain: false,
    },
    {
      id: 'unreached_2021_09',
      date: '2021-09-01',
      value: 303,
      change: -34,
      changeFrom: 'unreached_2021_08_11',
      baseChanged: false,
      dateUncertain: true,
    },
    {
      id: 'unreached_2022_01',
      date: '2022-01-06',
      value: 237,
      change: -66,
      changeFrom: 'unreached_2021_09',
      baseChanged: false,
      dateUncertain: true,
    },
    // Given in court, not in a filing: no change is measured against the filings.
    {
      id: 'unreached_2023_12_08',
      date: '2023-12-08',
      value: 68,
      change: null,
      changeFrom: null,
      baseChanged: false,
      dateUncertain: false,
    },
  ];

  it('keeps every point, in date order', () => {
    expect(rows.map((r) => r.id)).toEqual(cases.map((c) => c.id));
  });

  it.each(cases.map((c, i) => ({ ...c, i })))(
    '$id: $value, change $change',
    ({ i, date, value, change, changeFrom, baseChanged, dateUncertain }) => {
      expect(rows[i]).toMatchObject({
        date: utc(date),
        value,
        change,
        changeFrom,
        baseChanged,
        dateUncertain,
      });
    },
  );

  it('marks the emailed count and the count given in court as not from a court filing', () => {
    expect(rows.filter((r) => !r.courtFiling).map((r) => r.id)).toEqual([
      'unreached_2020_11_09',
      'unreached_2023_12_08',
    ]);
  });

  it('keeps unreported breakdowns as null', () => {
    expect(rows[2]).toMatchObject({ of: 1198, removed: 295, inUS: 333, noPhone: null });
    expect(rows[3]).toMatchObject({ of: null, removed: null, inUS: null, noPhone: null });
  });
});

describe('unreachedBreakdownLong', () => {
  const rows = unreachedBreakdownLong(dataset);
  const cases = [
    { id: 'unreached_2020_12_02', expected: { removed: 295, inUS: 333 } },
    { id: 'unreached_2021_02', expected: { removed: 322, inUS: 168, noPhone: 16 } },
    { id: 'unreached_2021_04_07', expected: { removed: 302, inUS: 129, noPhone: 14 } },
    { id: 'unreached_2021_05_19', expected: { removed: 277, inUS: 100, noPhone: 14 } },
    { id: 'unreached_2021_06_30', expected: { removed: 275, inUS: 80, noPhone: 13 } },
    { id: 'unreached_2021_08_11', expected: { removed: 250, inUS: 75, noPhone: 12 } },
  ];

  it('has rows only for points with a reported breakdown', () => {
    expect([...new Set(rows.map((r) => r.id))]).toEqual(cases.map((c) => c.id));
    expect(rows).toHaveLength(17);
  });

  it.each(cases)('$id splits as reported', ({ id, expected }) => {
    const groups = Object.fromEntries(rows.filter((r) => r.id === id).map((r) => [r.group, r.count]));
    expect(groups).toEqual(expected);
  });

  it('carries the date and total with each group', () => {
    expect(rows.find((r) => r.id === 'unreached_2021_04_07' && r.group === 'inUS')).toEqual({
      id: 'unreached_2021_04_07',
      date: utc('2021-04-07'),
      value: 445,
      group: 'inUS',
      count: 129,
    });
  });
});

describe('taskForceStatus', () => {
  const cases = [
    {
      year: 2021 as const,
      expected: [
        { status: 'tf2021_reunified_earlier', count: 1779, share: 1779 / 3913 },
        { status: 'tf2021_reunified_by_tf', count: 7, share: 7 / 3913 },
        { status: 'tf2021_no_record', count: 2127, share: 2127 / 3913 },
      ],
    },
    {
      year: 2023 as const,
      expected: [
        { status: 'tf2023_reunified', count: 2926, share: 2926 / 3924 },
        { status: 'tf2023_not_reunified', count: 998, share: 998 / 3924 },
      ],
    },
  ];
  it.each(cases)('$year', ({ year, expected }) => {
    const rows = taskForceStatus(dataset, year);
    expect(rows.map(({ status, count }) => ({ status, count }))).toEqual(
      expected.map(({ status, count }) => ({ status, count })),
    );
    rows.forEach((row, i) => expect(row.share).toBeCloseTo(expected[i]?.share ?? NaN, 12));
    expect(rows.reduce((sum, r) => sum + r.share, 0)).toBeCloseTo(1, 12);
    for (const row of rows) expect(row.label).toEqual(expect.any(String));
  });
});

describe('timelineSpans', () => {
  const rows = timelineSpans(dataset);
  const cases = [
    // The start of prosecutions is a month, not a span: the inspector general gives no end to it.
    { id: 'el_paso_pilot', start: '2017-07-01', end: null, kind: 'event', days: null, dateIsMonth: true },
    // 2017-07-01 to 2018-07-01 is 365 days, plus 10.
    { id: 'oig_window', start: '2017-07-01', end: '2018-07-11', kind: 'span', days: 375, dateIsMonth: true },
    // 26 days to 31 May, plus 20.
    {
      id: 'zero_tolerance_period',
      start: '2018-05-05',
      end: '2018-06-20',
      kind: 'span',
      days: 46,
      dateIsMonth: false,
    },
    { id: 'eo_13841', start: '2018-06-20', end: null, kind: 'event', days: null, dateIsMonth: false },
    { id: 'oig_report', start: '2021-05-18', end: null, kind: 'event', days: null, dateIsMonth: false },
  ];
  it.each(cases)('$id', ({ id, start, end, kind, days, dateIsMonth }) => {
    expect(rows.find((r) => r.id === id)).toMatchObject({
      start: utc(start),
      end: end === null ? null : utc(end),
      kind,
      days,
      dateIsMonth,
    });
  });

  it('is in date order and keeps every entry', () => {
    expect(rows).toHaveLength(dataset.timeline.length);
    const times = rows.map((r) => r.start.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe('toCsv', () => {
  const cases = [
    {
      name: 'dates as YYYY-MM-DD, nulls empty, arrays joined, commas quoted',
      rows: [{ date: utc('2021-02-01'), n: null, parts: ['a', 'b'], label: 'x, y', flag: true }],
      expected: 'date,n,parts,label,flag\n2021-02-01,,a;b,"x, y",true\n',
    },
    {
      name: 'quotes doubled',
      rows: [{ label: 'the "zero tolerance" memo' }],
      expected: 'label\n"the ""zero tolerance"" memo"\n',
    },
  ];
  it.each(cases)('$name', ({ rows, expected }) => {
    expect(toCsv(from(rows))).toBe(expected);
  });
});

describe('downloadFiles', () => {
  const readme = COPY.en.downloads.readme;
  const files = downloadFiles(dataset, readme);
  const byPath = new Map(files.map((f) => [f.path, f.contents]));

  it('writes one CSV per table, the whole dataset and a README', () => {
    expect(files.map((f) => f.path)).toEqual([
      'data/figures.csv',
      'data/unreached.csv',
      'data/timeline.csv',
      'data/sources.csv',
      'data/dataset.json',
      'data/README.txt',
    ]);
  });

  const lines = [
    {
      path: 'data/unreached.csv',
      line: 'unreached_2021_04_07,2021-04-07,2021-04-07,N,445,exact,N,true,,,302,129,14,false,false,-61,unreached_2021_02,false,,S9',
    },
    {
      path: 'data/figures.csv',
      line: 'tf2021_identified,3913,,children,',
    },
    { path: 'data/figures.csv', line: 'tf2021_reunified_earlier;tf2021_reunified_by_tf;tf2021_no_record' },
    { path: 'data/timeline.csv', line: 'oig_window,' },
    {
      path: 'data/sources.csv',
      line: 'S8,Lawyers have found the parents of 105 separated migrant children in past month,NBC News,2021-02,,',
    },
  ];
  it.each(lines)('$path contains $line', ({ path, line }) => {
    expect(byPath.get(path)).toContain(line);
  });

  it('has one CSV row per record', () => {
    const rowCount = (path: string): number => (byPath.get(path) ?? '').trimEnd().split('\n').length - 1;
    expect(rowCount('data/unreached.csv')).toBe(dataset.unreached.length);
    expect(rowCount('data/timeline.csv')).toBe(dataset.timeline.length);
    expect(rowCount('data/sources.csv')).toBe(dataset.sources.length);
  });

  it('writes the README in the edition’s words, between the dataset’s title and its known gaps', () => {
    const text = byPath.get('data/README.txt') ?? '';
    expect(text.startsWith(`${dataset.meta.title}\n`)).toBe(true);
    expect(text).toContain(
      readme.replace('{published}', dataset.meta.published).replace('{updated}', dataset.meta.updated),
    );
    expect(text.endsWith(`\n- ${dataset.meta.gaps.at(-1)}\n`)).toBe(true);
    expect(text).not.toMatch(/\{(updated|published)\}/);
  });

  it('round-trips the dataset as JSON', () => {
    expect(JSON.parse(byPath.get('data/dataset.json') ?? '')).toEqual(dataset);
  });

  /** The header row of a CSV download. */
  const header = (path: string): string[] => (byPath.get(path) ?? '').split('\n')[0]!.split(',');

  it('keeps every field of the JSON records as a CSV column (the confidence columns too)', () => {
    const tables = [
      { path: 'data/figures.csv', records: dataset.figures, renamed: {} },
      { path: 'data/unreached.csv', records: dataset.unreached, renamed: {} },
      { path: 'data/sources.csv', records: dataset.sources, renamed: {} },
      // The timeline names its start date for what it is.
      { path: 'data/timeline.csv', records: dataset.timeline, renamed: { date: 'start' } },
    ];
    for (const { path, records, renamed } of tables) {
      const fields = Object.keys(records[0] ?? {}).map((k) => (renamed as Record<string, string>)[k] ?? k);
      expect(header(path), path).toEqual(expect.arrayContaining(fields));
    }
    expect(header('data/unreached.csv')).toEqual(
      expect.arrayContaining(['dateConfidence', 'qualifier', 'confidence', 'change', 'changeFrom']),
    );
  });

  it('gives a change only between two court filings on the same list', () => {
    const rows = unreachedRows(dataset);
    const compared = rows.filter((r) => r.change !== null);
    expect(compared.length).toBeGreaterThan(0);
    for (const r of compared) {
      const from = rows.find((x) => x.id === r.changeFrom);
      expect(from, r.id).toBeDefined();
      expect(r.courtFiling && from!.courtFiling, r.id).toBe(true);
      // No list size reported between the two, or the same one.
      const between = rows.slice(rows.indexOf(from!) + 1, rows.indexOf(r) + 1);
      expect(
        between.some((x) => x.baseChanged),
        r.id,
      ).toBe(false);
      expect(r.change).toBe(r.value - from!.value);
    }
    // The email and the first filing on a grown list get none.
    const none = rows.filter((r) => r.change === null).map((r) => r.id);
    expect(none).toEqual([
      'unreached_2020_10_20',
      'unreached_2020_11_09',
      'unreached_2020_12_02',
      'unreached_2023_12_08',
    ]);
  });

  it('states the deadline-day accounting as the source gives it, and it adds up', () => {
    const n = (id: string) => getFigure(dataset, id).value;
    const [total, discharged, reunited, inCustody, outside] = [
      n('deadline_2018_total'),
      n('deadline_2018_discharged'),
      n('deadline_2018_reunited'),
      n('deadline_2018_separated'),
      n('deadline_2018_parents_outside'),
    ];
    expect(reunited).toBeLessThanOrEqual(discharged);
    expect(outside).toBeLessThanOrEqual(inCustody);
    const caveat = getFigure(dataset, 'deadline_2018_total').caveat ?? '';
    const count = (v: number) => v.toLocaleString('en-US');
    const says = (v: number) => new RegExp(`(?<![\\d,])${count(v)}(?![\\d,])`).test(caveat);
    for (const v of [discharged, reunited, inCustody, discharged + inCustody, total - discharged - inCustody])
      expect(says(v), `the caveat gives ${count(v)}`).toBe(true);
  });

  it('opens the README with the page’s headline and the story’s dates', () => {
    const title = plainText(dataset, COPY.en.title, edition('en').format);
    expect(dataset.meta.title).toBe(title);
    const readme = (byPath.get('data/README.txt') ?? '').split('\n');
    expect(readme[0]).toBe(title);
    expect(readme[1]).toContain(dataset.meta.published);
    expect(readme[1]).toContain(dataset.meta.updated);
  });
});

describe('counts that are part of another count', () => {
  // A sub-count must say which count it belongs to; a caveat calling it separate, or its overlap
  // unknown, would tell a reader it could be added to the whole.
  const cases = [
    { part: 'tf2023_in_process', whole: 'tf2023_not_reunified' },
    { part: 'deadline_2018_parents_outside', whole: 'deadline_2018_separated' },
    { part: 'deadline_2018_reunited', whole: 'deadline_2018_discharged' },
  ];
  it.each(cases)('$part is part of $whole, and says so', ({ part, whole }) => {
    const p = getFigure(dataset, part);
    const w = getFigure(dataset, whole);
    expect(p.value).toBeLessThanOrEqual(w.value);
    expect(p.unit).toBe(w.unit);
    expect(p.caveat ?? '').toMatch(/\b(part|subset) of\b/i);
    expect(p.caveat ?? '').toContain(w.value.toLocaleString('en-US'));
    expect(p.caveat ?? '').not.toMatch(/overlap|separately|on its own/i);
  });

  it('the 2023 in-process count reads as part of the not-yet-reunified, in the chart and the alt text', () => {
    const label = COPY.en.charts.reunify.labels.tf2023_in_process;
    const alt = COPY.en.steps['reunify-2023']?.alt ?? '';
    expect(label).toMatch(/not yet reunified/i);
    for (const text of [label, alt]) expect(text).not.toMatch(/separately|on its own/i);
    expect(alt).toMatch(/\{\{tf2023_in_process\}\} of them/);
  });
});

describe('transforms do not mutate their input', () => {
  const transforms = [
    { name: 'figureIndex', run: () => figureIndex(dataset) },
    { name: 'unreachedRows', run: () => unreachedRows(dataset) },
    { name: 'unreachedBreakdownLong', run: () => unreachedBreakdownLong(dataset) },
    { name: 'taskForceStatus 2021', run: () => taskForceStatus(dataset, 2021) },
    { name: 'taskForceStatus 2023', run: () => taskForceStatus(dataset, 2023) },
    { name: 'timelineSpans', run: () => timelineSpans(dataset) },
    { name: 'downloadFiles', run: () => downloadFiles(dataset, 'README {updated}') },
  ];
  it.each(transforms)('$name', ({ run }) => {
    const before = structuredClone(dataset);
    run();
    expect(dataset).toEqual(before);
  });
});
