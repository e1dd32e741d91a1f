/**
 * The editions side by side. Each content file is checked against the story on its own as it loads;
 * these tests compare the languages with each other: the same keys (steps, chapters, chart titles,
 * labels and columns, the page chrome) and, key by key, the same figures quoted through the same
 * tokens, so no edition can drop a step, a label or a number that another shows.
 */
import { describe, expect, it } from 'vitest';
import { COPY, COPY_FILES, edition, LANGS, type Lang } from '../../../src/content/index.ts';
import { checkCopy, copyStrings, provenanceProblems, type Copy } from '../../../src/lib/content/copy.ts';
import { tokensOf } from '../../../src/lib/content/tokens.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';
import { STEPS } from '../../../src/lib/story/steps.ts';

/** The tokens a text quotes, as a sorted list without repeats (`id:kind`). */
const quoted = (text: string) => [...new Set(tokensOf(text).map((t) => `${t.id}:${t.kind}`))].sort();

/**
 * How two editions' copies differ where they must agree: a key that one has and the other lacks,
 * and a key that quotes other figures (tokens) in one than in the other. Empty when they agree.
 */
export function editionDifferences(a: { lang: string; copy: unknown }, b: { lang: string; copy: unknown }) {
  const strings = (copy: unknown) => new Map(copyStrings(copy).map((s) => [s.path, s.text]));
  const [left, right] = [strings(a.copy), strings(b.copy)];
  const problems: string[] = [];
  for (const [path, text] of left) {
    const other = right.get(path);
    if (other === undefined) {
      problems.push(`${path}: in ${a.lang}, not in ${b.lang}`);
      continue;
    }
    const [ours, theirs] = [quoted(text), quoted(other)];
    if (ours.join() !== theirs.join())
      problems.push(`${path}: quotes [${ours.join(', ')}] in ${a.lang}, [${theirs.join(', ')}] in ${b.lang}`);
  }
  for (const path of right.keys())
    if (!left.has(path)) problems.push(`${path}: in ${b.lang}, not in ${a.lang}`);
  return problems;
}

const [first, ...others] = LANGS as [Lang, ...Lang[]];

describe.each(LANGS)('the %s edition', (lang) => {
  const { copy, format } = edition(lang);

  it('covers every step, chapter and chart, and quotes every figure from the dataset', () => {
    expect(checkCopy(copy, COPY_FILES[lang])).toEqual([]);
    expect(provenanceProblems(copy, dataset, format)).toEqual([]);
    expect(Object.keys(copy.steps)).toEqual(STEPS.map((s) => s.id));
  });

  it('declares its own language', () => expect(copy.lang).toBe(lang));
});

describe.each(others)(`the %s edition beside the ${first} one`, (lang) => {
  const a = { lang: first, copy: COPY[first] };
  const b = { lang, copy: COPY[lang] };

  it('has the same steps, copy keys and chart labels, each quoting the same figures', () => {
    expect(editionDifferences(a, b)).toEqual([]);
  });

  it('translates every string (none is left as it is in the other)', () => {
    const theirs = new Map(copyStrings(a.copy).map((s) => [s.path, s.text]));
    const same = copyStrings(b.copy).filter((s) => theirs.get(s.path) === s.text);
    expect(same.map((s) => s.path)).toEqual([]);
  });
});

describe('editions that drift apart', () => {
  const es = () => structuredClone(COPY.es) as Copy;
  const en = { lang: 'en', copy: COPY.en };
  const cases: { name: string; change: (c: Copy) => void; problems: string[] }[] = [
    {
      name: 'a step missing from one language',
      change: (c) => delete c.steps['search-breakdown'],
      problems: [
        'steps.search-breakdown.text: in en, not in es',
        'steps.search-breakdown.alt: in en, not in es',
        'steps.search-breakdown.altTogether: in en, not in es',
      ],
    },
    {
      name: 'a step only one language has',
      change: (c) => (c.steps['search-extra'] = { text: 'x', alt: 'y' }),
      problems: ['steps.search-extra.text: in es, not in en', 'steps.search-extra.alt: in es, not in en'],
    },
    {
      name: 'a chart label missing from one language',
      change: (c) => delete (c.charts.finding.labels as Partial<Record<string, string>>).open,
      problems: ['charts.finding.labels.open: in en, not in es'],
    },
    {
      name: 'a chart label only one language has',
      change: (c) => ((c.charts.search.labels as Record<string, string>).extra = 'Nota'),
      problems: ['charts.search.labels.extra: in es, not in en'],
    },
    {
      name: 'a figure dropped from a step',
      change: (c) => (c.steps['scale-families']!.text = 'Los abogados calcularon un total mayor.'),
      problems: [
        'steps.scale-families.text: quotes [families_separated:date, families_separated:figure] in en, [] in es',
      ],
    },
    {
      name: 'another figure quoted in a chart title',
      change: (c) =>
        (c.charts.finding.title = c.charts.finding.title.replace(
          '{{oig_removed_without_record:n}}',
          '{{oig_removed_without_record}}',
        )),
      problems: [
        'charts.finding.title: quotes [oig_removed_without_record:n] in en, [oig_removed_without_record:figure] in es',
      ],
    },
    {
      name: 'a page-chrome key missing',
      change: (c) => delete (c.ui as Partial<Copy['ui']>).languageLink,
      problems: ['ui.languageLink: in en, not in es'],
    },
  ];
  it.each(cases)('$name', ({ change, problems }) => {
    const broken = es();
    change(broken);
    expect(editionDifferences(en, { lang: 'es', copy: broken })).toEqual(problems);
  });
});
