import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import archieml from 'archieml';
import { describe, expect, it } from 'vitest';
import { COPY_FILES, edition, LANGS } from '../../../src/content/index.ts';
import {
  checkCopy,
  copyStrings,
  parseCopy,
  provenanceProblems,
  type Copy,
} from '../../../src/lib/content/copy.ts';
import { plainText, resolveTokens, tokensOf } from '../../../src/lib/content/tokens.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';
import { STEPS } from '../../../src/lib/story/steps.ts';

const { copy: en, format } = edition('en');

describe('the English copy', () => {
  it('covers every step, chapter and chart and sources every figure', () => {
    expect(checkCopy(en, COPY_FILES.en)).toEqual([]);
    expect(provenanceProblems(en, dataset, format)).toEqual([]);
  });

  it('keys its steps by exactly the ids of the step list', () => {
    expect(Object.keys(en.steps).sort()).toEqual(STEPS.map((s) => s.id).sort());
  });

  it('quotes the story’s key figures through tokens, with their qualifiers', () => {
    const intro = plainText(dataset, en.intro, format);
    expect(intro).toContain('at least 348');
    const families = plainText(dataset, en.steps['scale-families']!.text, format);
    expect(families).toContain('more than 5,500');
    const spring = plainText(dataset, en.steps['search-spring-2021']!.text, format);
    expect(spring).toMatch(/445.*April 7, 2021.*391.*May 19, 2021/s);
  });

  it('links every count in the prose to a source', () => {
    const counts = new Set([...dataset.figures, ...dataset.unreached].map((r) => r.id));
    let linked = 0;
    for (const { path, text } of copyStrings(en)) {
      for (const segment of resolveTokens(dataset, text, format)) {
        if (segment.kind !== 'ref' || !counts.has(segment.recordId)) continue;
        expect(segment.source, `${path} ${segment.recordId}`).not.toBeNull();
        linked++;
      }
    }
    expect(linked).toBeGreaterThan(40);
  });
});

/**
 * Fact-check fc14: the inspector general's own conclusion is stated, dated by the end of its review
 * window (S1), and the dek counts what the filings counted, children whose parents were sought, not
 * parents (S2: siblings share parents, so no count of parents is known).
 */
describe.each([
  {
    lang: 'en' as const,
    conclusion: /did not consistently get the chance to be reunited/,
    childrensParents: /the parents of hundreds of children/,
    parentsCounted: /hundreds of parents/,
  },
  {
    lang: 'es' as const,
    conclusion: /no siempre tuvieron la oportunidad de reunirse/,
    childrensParents: /los padres de cientos de niños/,
    parentsCounted: /cientos de padres/,
  },
])('the $lang copy, as the record states it', ({ lang, conclusion, childrensParents, parentsCounted }) => {
  const { copy, format: fmt } = edition(lang);
  const cutoff = dataset.timeline.find((e) => e.id === 'oig_window_end')!;

  it('states the inspector general’s conclusion in the intro, dated by the end of its review', () => {
    const sentences = plainText(dataset, copy.intro, fmt).split(/(?<=\.)\s+(?=\p{Lu})/u);
    const stated = sentences.filter((s) => conclusion.test(s));
    expect(stated, 'the conclusion, stated once').toHaveLength(1);
    expect(stated[0]).toContain(fmt.date(cutoff.date));
  });

  it('speaks in the dek of the parents of children, the unit the filings counted', () => {
    const dek = plainText(dataset, copy.dek, fmt);
    expect(dek).toMatch(childrensParents);
    expect(dek).not.toMatch(parentsCounted);
  });
});

describe('provenance check', () => {
  const cases: { name: string; text: string; problem: RegExp | null }[] = [
    { name: 'a token', text: 'ICE removed {{oig_removed_without_record}} parents', problem: null },
    { name: 'a year the dataset dates mention', text: 'in 2018', problem: null },
    { name: 'a hand-typed figure', text: 'ICE removed 348 parents', problem: /number "348" is typed/ },
    { name: 'a hand-typed count with a comma', text: 'more than 5,500 families', problem: /"5,500"/ },
    { name: 'a year the dataset never mentions', text: 'in 2031', problem: /"2031"/ },
    { name: 'a token naming nothing', text: '{{no_such_figure}} parents', problem: /no_such_figure/ },
    {
      name: 'a kind the record lacks',
      text: '{{families_separated:doc}}',
      problem: /families_separated:doc/,
    },
    {
      name: 'a kind that does not exist',
      text: '{{families_separated:value}} families',
      problem: /"\{\{families_separated:value\}\}" is not a token/,
    },
    {
      name: 'single braces',
      text: '{families_separated} families',
      problem: /"\{families_separated\}" is not a token/,
    },
    {
      name: 'spaces inside',
      text: '{{ families_separated }} families',
      problem: /"\{\{ families_separated \}\}" is not a token/,
    },
    { name: 'an unclosed token', text: '{{families_separated families', problem: /"\{\{" is not a token/ },
    {
      name: 'a placeholder where none is filled',
      text: 'Step {n} of the story',
      problem: /"\{n\}" is not a token/,
    },
    {
      name: 'a year as a count',
      text: 'ICE removed 2021 parents',
      problem: /"2021" is typed into the copy \(a year may stand only as a date/,
    },
    {
      name: 'a year as a date',
      text: 'in 2021, from July 2017 to June 2018, the court’s 2018 order, between 2017 and 2018',
      problem: null,
    },
    { name: 'a year after a day-month', text: 'Sept. 2019 and Oct. 2020', problem: null },
    {
      name: 'a count spelled out',
      text: 'ICE removed three hundred forty-eight parents',
      problem: /"three hundred forty-eight" is spelled out/,
    },
    { name: 'a tens word alone', text: 'some forty parents', problem: /"forty" is spelled out/ },
    { name: 'small words and vague plurals', text: 'two courts and hundreds of parents', problem: null },
  ];
  it.each(cases)('$name', ({ text, problem }) => {
    const broken = structuredClone(en) as Copy;
    broken.steps['scale-families']!.text = text;
    const problems = provenanceProblems(broken, dataset, format);
    if (problem === null) expect(problems).toEqual([]);
    else expect(problems.join('\n')).toMatch(problem);
  });

  it('names the copy path of a problem', () => {
    const broken = structuredClone(en) as Copy;
    broken.charts.search.title = 'Parents of 391 children';
    expect(provenanceProblems(broken, dataset, format)).toEqual([
      'charts.search.title: the number "391" is typed into the copy; quote it from the dataset with a {{token}}',
    ]);
  });

  it('lets the lesson plan give its minutes, and nothing else typed in', () => {
    const plan = structuredClone(en) as Copy;
    plan.lesson.planSearch = '28–38 min. The search.';
    plan.lesson.planClose = '45 min. Close.';
    expect(provenanceProblems(plan, dataset, format)).toEqual([]);
    plan.lesson.planSearch = '28–38 min. The parents of 391 children.';
    plan.lesson.goals = 'Read 45 min of charts.';
    expect(provenanceProblems(plan, dataset, format)).toEqual([
      'lesson.goals: the number "45" is typed into the copy; quote it from the dataset with a {{token}}',
      'lesson.planSearch: the number "391" is typed into the copy; quote it from the dataset with a {{token}}',
    ]);
  });
});

describe('a placeholder where the page fills one in', () => {
  it('is allowed only in its key', () => {
    expect(provenanceProblems(en, dataset, format)).toEqual([]);
    expect(en.ui.stepOf).toContain('{n}');
    const broken = structuredClone(en) as Copy;
    broken.ui.next = 'Next {n}';
    expect(provenanceProblems(broken, dataset, format)).toEqual([
      expect.stringMatching(/^ui\.next: "\{n\}" is not a token/),
    ]);
  });
});

describe('copy that drifts from the step list', () => {
  it('names file and key of a missing chart title, not a TypeError', () => {
    const broken = structuredClone(en) as unknown as { charts: Record<string, Record<string, unknown>> };
    delete broken.charts.finding!.title;
    expect(() => parseCopy(broken, COPY_FILES.en)).toThrow(/en\.aml › charts\.finding\.title: missing/);
  });

  const file = COPY_FILES.en;

  it('reports a step without copy and copy without a step, naming file and key', () => {
    const broken = structuredClone(en) as Copy;
    broken.steps['scale-gone'] = broken.steps['scale-families']!;
    delete broken.steps['scale-families'];
    expect(checkCopy(broken, file)).toEqual([
      `${file} › steps.scale-families: missing`,
      expect.stringMatching(/^src\/content\/en\.aml › steps\.scale-gone: not a key the story reads/),
    ]);
  });

  it('refuses a label that is empty or not text, and one the chart does not read', () => {
    const broken = structuredClone(en) as unknown as { charts: Record<string, { labels: object }> };
    broken.charts.finding!.labels = { ...broken.charts.finding!.labels, open: '', parent: 'Parent' };
    expect(checkCopy(broken, file)).toEqual([
      `${file} › charts.finding.labels.open: must be non-empty text, got ""`,
      expect.stringMatching(
        /charts\.finding\.labels\.parent: not a key the story reads \(expected: parents, /,
      ),
    ]);
  });

  it('wants a teacher note for each passage’s first step only, and reports one for a later card', () => {
    const later = STEPS.find((s) => s.continues !== undefined)!;
    const first = later.continues!;
    const broken = structuredClone(en) as Copy;
    broken.notes[later.id] = broken.notes[first]!;
    delete broken.notes[first];
    expect(checkCopy(broken, file)).toEqual([
      `${file} › notes.${first}: missing`,
      expect.stringMatching(
        new RegExp(`^src/content/en\\.aml › notes\\.${later.id}: not a key the story reads`),
      ),
    ]);
  });

  it('throws every problem at once when loading a broken file', () => {
    const broken = structuredClone(en) as Partial<Copy>;
    delete broken.ui;
    delete broken.methods;
    expect(() => parseCopy(broken, file)).toThrow(/en\.aml › ui: missing\n.*en\.aml › methods: missing/);
  });
});

// Each content file as an editor changes it: each line that starts a key, deleted in turn.
describe.each(LANGS)('the %s content file, a key deleted', (lang) => {
  const file = COPY_FILES[lang];
  const source = readFileSync(join(import.meta.dirname, '../../..', file), 'utf8');
  const lines = source.split('\n');
  const leaves = (parsed: unknown) => new Set(copyStrings(parsed).map((s) => s.path));
  const all = leaves(archieml.load(source));
  const keyLines = lines.flatMap((line, i) => (/^[A-Za-z0-9_-]+:/.test(line) ? [i] : []));

  it('has a key on most of its lines', () => expect(keyLines.length).toBeGreaterThan(100));

  it.each(keyLines.map((i) => [lines[i]!.slice(0, 40), i] as const))(
    'fails naming the key when "%s…" is deleted',
    (_, i) => {
      const parsed = archieml.load(lines.filter((_, j) => j !== i).join('\n'));
      const left = leaves(parsed);
      const gone = [...all].filter((path) => !left.has(path));
      expect(gone).toHaveLength(1);
      expect(checkCopy(parsed, file)).toContain(`${file} › ${gone[0]}: missing`);
    },
  );
});

describe('tokens', () => {
  const cases = [
    { token: '{{oig_removed_without_record}}', text: 'at least 348' },
    { token: '{{oig_removed_without_record:n}}', text: '348' },
    { token: '{{families_separated}}', text: 'more than 5,500' },
    { token: '{{settlement_children}}', text: '4,500–5,000' },
    { token: '{{unreached_2021_05_19:date}}', text: 'May 19, 2021' },
    { token: '{{unreached_2021_02:date}}', text: 'February 2021' },
    { token: '{{unreached_2021_05_19:removed}}', text: '277' },
    { token: '{{unreached_2020_12_02:of}}', text: '1,198' },
    { token: '{{eo_13841:doc}}', text: 'Executive Order 13841' },
    { token: '{{zero_tolerance_period:end}}', text: 'June 20, 2018' },
  ];
  it.each(cases)('$token reads "$text"', ({ token, text }) => {
    expect(plainText(dataset, token, format)).toBe(text);
  });

  it('finds the tokens of a text in order', () => {
    expect(tokensOf('{{a_b}} and {{c:date}}')).toEqual([
      { id: 'a_b', kind: 'figure' },
      { id: 'c', kind: 'date' },
    ]);
  });

  it('refuses a breakdown the record does not report instead of printing a zero', () => {
    expect(() => plainText(dataset, '{{unreached_2021_01_14:removed}}', format)).toThrow(
      /unreached_2021_01_14:removed/,
    );
  });
});
