/**
 * Who says what, named so a reader can tell (fact-check fc15, nits N-b to N-d, N-g, N-h):
 * - the English edition spells out Homeland Security and never uses "DHS" without introducing it;
 * - where a chapter's sources name more than one inspector general, every mention of one in its
 *   cards, descriptions and teacher notes says which;
 * - the zero-tolerance period's dates are credited to the Homeland Security inspector general in
 *   the charts' descriptions too, not only in the head;
 * - a Spanish chart label cannot read "no escrito" ("unwritten") for "not a court filing";
 * - the downloads readme says from when the list searched is no longer reported, so a change in
 *   unreached.csv is not read as parents found;
 * - a figure the prose calls approximate ("about", "unos") is not flagged exact in the downloads.
 */
import { describe, expect, it } from 'vitest';
import { COPY, edition, LANGS, type Lang } from '../../../src/content/index.ts';
import { copyStrings } from '../../../src/lib/content/copy.ts';
import { plainText } from '../../../src/lib/content/tokens.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';
import { toUtcDate } from '../../../src/lib/data/tables.ts';
import { STEPS } from '../../../src/lib/story/steps.ts';

/** A department's abbreviation used before the copy ever writes it out with its name. */
export function unexplainedAbbreviations(texts: string[], abbreviations: string[]): string[] {
  const all = texts.join('\n');
  return abbreviations.filter((a) => new RegExp(`\\b${a}\\b`).test(all) && !all.includes(`(${a})`));
}

describe('the English edition’s department names', () => {
  const texts = copyStrings(COPY.en).map((s) => s.text);

  it('never uses "DHS" without introducing it', () => {
    expect(unexplainedAbbreviations(texts, ['DHS'])).toEqual([]);
  });

  it('the rule objects to a bare "DHS" and accepts an introduced one', () => {
    expect(unexplainedAbbreviations(['Dated by the DHS inspector general'], ['DHS'])).toEqual(['DHS']);
    expect(
      unexplainedAbbreviations(['The Department of Homeland Security (DHS) said.', 'DHS agreed.'], ['DHS']),
    ).toEqual([]);
  });
});

/** An inspector general named by the department it serves, by edition. */
const NAMED_IG: Record<Lang, { mention: RegExp; named: RegExp; several: RegExp }> = {
  en: {
    mention: /inspector general/gi,
    named:
      /(?:Homeland Security|Health and Human Services|Justice Department|\bits) inspector general|inspector general of (?:Homeland Security|Health and Human Services|the Justice Department)/gi,
    several: /inspectors general/i,
  },
  es: {
    mention: /inspector general/gi,
    named:
      /\bsu inspector general|inspector general (?:del DHS|de Seguridad Nacional|de Salud y Servicios Humanos|de Justicia)/gi,
    several: /inspectores generales/i,
  },
};

/** The mentions of an inspector general in `text` that do not say which. */
export function unnamedInspectorsGeneral(text: string, lang: Lang): number {
  const { mention, named } = NAMED_IG[lang];
  return (text.match(mention) ?? []).length - (text.match(named) ?? []).length;
}

describe.each(LANGS)('the %s chapters that cite more than one inspector general', (lang) => {
  const { copy, format } = edition(lang);
  const charts = Object.entries(copy.charts)
    .filter(([, c]) => NAMED_IG[lang].several.test(c.source))
    .map(([id]) => id);

  it('include the timeline', () => expect(charts).toContain('timeline'));

  it('say which inspector general in every card, description and teacher note', () => {
    const texts = STEPS.filter((s) => charts.includes(s.chart)).flatMap((s) => {
      const note = copy.notes[s.id];
      return [
        [`steps.${s.id}.text`, copy.steps[s.id]!.text],
        [`steps.${s.id}.alt`, copy.steps[s.id]!.alt],
        ...(note ? [[`notes.${s.id}`, `${note.question} ${note.answer}`]] : []),
      ];
    });
    expect(texts.length).toBeGreaterThan(10);
    const unnamed = texts
      .map(([path, text]) => [path, plainText(dataset, text!, format)])
      .filter(([, text]) => unnamedInspectorsGeneral(text!, lang) > 0)
      .map(([path, text]) => `${path}: ${text}`);
    expect(unnamed).toEqual([]);
  });

  it('the rule counts a mention that does not say which', () => {
    const [bare, named] =
      lang === 'en'
        ? ['The inspector general describes it.', 'The Homeland Security inspector general describes it.']
        : ['El inspector general la describe.', 'El inspector general del DHS la describe.'];
    expect(unnamedInspectorsGeneral(bare, lang)).toBe(1);
    expect(unnamedInspectorsGeneral(named, lang)).toBe(0);
  });
});

describe.each(LANGS)('the %s zero-tolerance descriptions', (lang) => {
  const { copy, format } = edition(lang);
  const period = dataset.timeline.find((e) => e.id === 'zero_tolerance_period')!;
  const credit = lang === 'en' ? /Homeland Security inspector general/ : /inspector general del DHS/;
  const steps = STEPS.filter((s) => s.id.startsWith('timeline-zero-tolerance'));

  it.each(steps.map((s) => s.id))('%s credits the period’s dates to the inspector general', (id) => {
    const alt = plainText(dataset, copy.steps[id]!.alt, format);
    expect(alt).toContain(format.date(period.end!));
    expect(alt).toMatch(credit);
  });
});

describe('the Spanish chart labels', () => {
  it('never say "no escrito", which reads as "unwritten"', () => {
    const labels = Object.entries(COPY.es.charts).flatMap(([id, c]) =>
      copyStrings(c.labels).map((l) => `charts.${id}.labels.${l.path}: ${l.text}`),
    );
    expect(labels.length).toBeGreaterThan(20);
    expect(labels.filter((l) => /\bno escrito\b/i.test(l))).toEqual([]);
  });
});

describe.each(LANGS)('the %s downloads readme on unreached.csv’s change', (lang) => {
  const { copy, format } = edition(lang);
  const lastOf = dataset.unreached
    .filter((p) => p.of !== null)
    .sort((a, b) => toUtcDate(a.asOf).getTime() - toUtcDate(b.asOf).getTime())
    .at(-1)!;
  const notFound = lang === 'en' ? /not necessarily parents found/ : /no necesariamente padres localizados/;

  it('says from when the list’s size is not reported, and what a change is then', () => {
    const readme = copy.downloads.readme.replace(/\s+/g, ' ');
    expect(readme).toContain(format.month(toUtcDate(lastOf.asOf)));
    expect(readme).toMatch(notFound);
  });
});

describe.each(LANGS)('the %s prose’s approximate figures', (lang) => {
  const before = lang === 'en' ? /\babout \{\{([a-z0-9_]+)\}\}/g : /\bunos \{\{([a-z0-9_]+)\}\}/g;
  const quoted = copyStrings(COPY[lang]).flatMap(({ path, text }) =>
    [...text.matchAll(before)].map((m) => ({ path, id: m[1]! })),
  );

  it('are found', () => expect(quoted.map((q) => q.id)).toContain('separated_total_2019'));

  it('carry a qualifier that says so in the downloads', () => {
    const wrong = quoted
      .map(({ path, id }) => ({ path, id, qualifier: dataset.figures.find((f) => f.id === id)?.qualifier }))
      .filter((q) => q.qualifier !== 'approximate range');
    expect(wrong).toEqual([]);
  });
});
