/**
 * The copy as a newsroom would publish it: AP style where a machine can check it, no dataset
 * language on the page, the news in the first paragraph, short sentences and short step cards.
 *
 * Every rule runs on the prose as the reader gets it (tokens resolved, small counts in words), and
 * each is a pure function so the tests below can feed it a broken sentence and watch it object.
 */
import { describe, expect, it } from 'vitest';
import { edition } from '../../../src/content/index.ts';
import type { Copy } from '../../../src/lib/content/copy.ts';
import type { Format } from '../../../src/lib/content/format.ts';
import { paragraphs, plainText } from '../../../src/lib/content/tokens.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';
import type { Dataset } from '../../../src/lib/data/schema.ts';
import { STEPS } from '../../../src/lib/story/steps.ts';

const { copy: en, format, prose: proseFormat } = edition('en');

/** Every piece of prose a reader sees, resolved as the page resolves it, with where it sits. */
function prose(copy: Copy, ds: Dataset, fmt: Format): { path: string; text: string }[] {
  const read = (path: string, text: string) => ({ path, text: plainText(ds, text, fmt) });
  return [
    read('dek', copy.dek),
    read('dateline', copy.dateline),
    read('description', copy.description),
    ...paragraphs(copy.intro).map((p, i) => read(`intro[${i}]`, p)),
    ...STEPS.flatMap((s) => [
      read(`steps.${s.id}.text`, copy.steps[s.id]?.text ?? ''),
      read(`steps.${s.id}.alt`, copy.steps[s.id]?.alt ?? ''),
    ]),
    ...paragraphs(copy.methods.text).map((p, i) => read(`methods.text[${i}]`, p)),
    read('methods.corrections', copy.methods.corrections),
  ];
}

/** Words on the page that are not prose but must not talk like a database either. */
function pageNotes(ds: Dataset): { path: string; text: string }[] {
  return [
    ...ds.meta.gaps.map((text, i) => ({ path: `meta.gaps[${i}]`, text })),
    ...ds.sources.flatMap((s) =>
      [s.title, s.locator, s.urlNote].flatMap((text) => (text ? [{ path: `sources ${s.id}`, text }] : [])),
    ),
    // Caveats reach the page in the charts' data tables.
    ...[...ds.figures, ...ds.unreached, ...ds.timeline].flatMap((r) =>
      r.caveat ? [{ path: `caveat ${r.id}`, text: r.caveat }] : [],
    ),
  ];
}

/** A date as AP style writes it, which may hold a lone digit ("May 4, 2021"). */
const AP_DATE = /\b(?:Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2}, \d{4}/g;

/** Counts under 10 written as figures, outside dates (AP: spell out one through nine). */
export function smallFigures(text: string): string[] {
  return text.replace(AP_DATE, '').match(/(?<![\d,.\-–])\b\d\b(?![\d,.%–-])/g) ?? [];
}

/** Phrases that describe our files rather than the world. */
const DATASET_WORDS =
  /stored record|this story's record|headline not recorded|\bdata ?set\b|the record (?:holds|gives|does not)|\bon record\b|\bnot recorded\b/i;

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATION = /\b(?:U\.S|Ms|Mr|Mrs|Dr|St|v|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No)\.$/;

/** A paragraph's sentences: split after . ? ! before a capital or a quote, not after an abbreviation. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const piece of text.split(/(?<=[.?!])\s+(?=[A-Z"“])/)) {
    current = current ? `${current} ${piece}` : piece;
    if (!ABBREVIATION.test(current)) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

const words = (sentence: string) => sentence.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w));

/** Vowel groups, a rough syllable count that is good enough for a grade level. */
function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const groups = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/** Flesch-Kincaid grade level of a body of sentences. */
export function gradeLevel(body: string[]): number {
  const all = body.flatMap(sentences);
  const w = all.flatMap(words);
  const s = w.reduce((n, word) => n + syllables(word), 0);
  return 0.39 * (w.length / all.length) + 11.8 * (s / w.length) - 15.59;
}

/** Sentences over 30 words: a handful is allowed on the page, none over 40. */
const LONG = 30;
const TOO_LONG = 40;
const LONG_BUDGET = 3;

describe('the copy, as a newsroom publishes it', () => {
  const all = prose(en, dataset, proseFormat);

  it('leads with the headline figure in the first paragraph and the headline', () => {
    const headline = format.figure(dataset.figures.find((f) => f.id === 'oig_removed_without_record')!);
    expect(plainText(dataset, paragraphs(en.intro)[0] ?? '', proseFormat)).toContain(headline);
    expect(plainText(dataset, en.title, format)).toContain(headline);
  });

  it('spells out counts under 10 in prose', () => {
    const found = all.flatMap(({ path, text }) => smallFigures(text).map((n) => `${path}: "${n}"`));
    expect(found).toEqual([]);
  });

  it('writes ranges with "to", not a dash, in prose', () => {
    const found = all.filter(({ text }) => /\d\s*[–-]\s*\d/.test(text.replace(/OIG-\d+-\d+/g, '')));
    expect(found.map((p) => p.path)).toEqual([]);
  });

  it('uses no dataset language on the page', () => {
    const found = [...all, ...pageNotes(dataset)].filter(({ text }) => DATASET_WORDS.test(text));
    expect(found.map((p) => `${p.path}: ${p.text}`)).toEqual([]);
  });

  it('explains "removed" once and then uses it, not "deported"', () => {
    const deported = all.filter(({ text }) => /deport/i.test(text)).map((p) => p.path);
    expect(deported).toEqual(['intro[2]']);
    // A word used as a word takes quotation marks (AP).
    expect(paragraphs(en.intro)[2]).toMatch(/"removed" is the legal term for deported/i);
  });

  it('writes AP spellings and full first references', () => {
    const text = all.map((p) => p.text).join('\n');
    expect(text).not.toMatch(/labelled|\bMemo\b|Judge Sabraw(?! approved)/);
    for (const full of [
      'President Donald Trump',
      'Attorney General Jeff Sessions',
      'U.S. District Judge Dana Sabraw',
    ])
      expect(text).toContain(full);
    // The first mention of Sabraw is the full one.
    expect(text.indexOf('U.S. District Judge Dana Sabraw')).toBeLessThan(text.indexOf('Sabraw approved'));
  });

  it(`keeps sentences short: at most ${LONG_BUDGET} over ${LONG} words, none over ${TOO_LONG}`, () => {
    const lengths = all.flatMap(({ path, text }) =>
      sentences(text).map((s) => ({ path, n: words(s).length, s })),
    );
    const long = lengths.filter((l) => l.n > LONG);
    expect(long.length, long.map((l) => `${l.path} (${l.n}): ${l.s}`).join('\n')).toBeLessThanOrEqual(
      LONG_BUDGET,
    );
    expect(lengths.filter((l) => l.n > TOO_LONG)).toEqual([]);
  });

  it('keeps each step card to one to three sentences, short enough for a phone', () => {
    for (const s of STEPS) {
      const text = plainText(dataset, en.steps[s.id]?.text ?? '', proseFormat);
      const n = paragraphs(text).flatMap(sentences).length;
      expect(n, s.id).toBeGreaterThanOrEqual(1);
      expect(n, s.id).toBeLessThanOrEqual(3);
    }
  });

  it('reads at a high-school level (Flesch-Kincaid grade 12 or lower)', () => {
    const body = [en.intro, ...STEPS.map((s) => en.steps[s.id]?.text ?? '')].flatMap((t) =>
      paragraphs(plainText(dataset, t, proseFormat)),
    );
    expect(gradeLevel(body)).toBeLessThanOrEqual(12);
  });
});

describe('the style rules object to broken copy', () => {
  const cases: { name: string; check: () => unknown; expected: unknown }[] = [
    {
      name: 'a lone figure under 10',
      check: () => smallFigures('ICE agreed with 2 of them.'),
      expected: ['2'],
    },
    {
      name: 'a figure of 10 or more',
      check: () => smallFigures('The parents of 14 children.'),
      expected: [],
    },
    { name: 'a day in an AP date', check: () => smallFigures('On May 4, 2021, they met.'), expected: [] },
    { name: 'a figure in a count', check: () => smallFigures('About 1,556 more.'), expected: [] },
    {
      name: 'sentences, not abbreviations',
      check: () => sentences('U.S. District Judge Dana Sabraw ruled. On Oct. 20, 2020, they said so.').length,
      expected: 2,
    },
    {
      name: 'dataset language',
      check: () => DATASET_WORDS.test('The stored record holds no count.'),
      expected: true,
    },
    {
      name: 'plain language',
      check: () => DATASET_WORDS.test('The sources we found give no count.'),
      expected: false,
    },
  ];
  it.each(cases)('$name', ({ check, expected }) => expect(check()).toEqual(expected));

  it('a deliberately dense sentence reads above grade 12', () => {
    expect(
      gradeLevel([
        'Notwithstanding institutional documentation deficiencies, administrative determinations regarding parental reunification preferences remained systematically unverifiable.',
      ]),
    ).toBeGreaterThan(12);
  });
});
