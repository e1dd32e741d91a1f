/**
 * Chart titles, subtitles and alts as the page renders them: resolved with the prose formatter,
 * which spells out small counts and joins a range with the edition's `rangeWord`. In Spanish that
 * word is "y", and "cubre a 4,500 y 5,000 niños" reads as two numbers: a range must read
 * "entre 4,500 y 5,000". The snapshots draw English only, so this checks both editions' words.
 */
import { describe, expect, it } from 'vitest';
import { edition, LANGS, type Lang } from '../../../src/content/index.ts';
import { pageView } from '../../../src/lib/content/page-view.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';

/** The word a range joined with `rangeWord` needs before it to read as a range, by edition. */
const RANGE_LEAD: Record<Lang, RegExp> = { en: /(?:^|\s)$/, es: /\bentre $/ };

/** Every title, subtitle and alt of an edition's page, with where it is. */
function pageTexts(lang: Lang): { path: string; text: string }[] {
  const ed = edition(lang);
  const ds = ed.localize(dataset);
  const view = pageView(ed.copy, ds, ed.locale, ed.format);
  const texts: { path: string; text: string }[] = [];
  for (const [chart, c] of Object.entries(view.charts)) {
    texts.push({ path: `${chart}.title`, text: c.title }, { path: `${chart}.subtitle`, text: c.subtitle });
    for (const [state, s] of Object.entries(c.states ?? {}))
      texts.push(
        { path: `${chart}.states.${state}.title`, text: s.title },
        { path: `${chart}.states.${state}.subtitle`, text: s.subtitle },
      );
  }
  for (const [step, alt] of Object.entries(view.alts)) texts.push({ path: `steps.${step}.alt`, text: alt });
  return texts;
}

describe.each(LANGS)('ranges in the %s page', (lang) => {
  const ed = edition(lang);
  const ranges = dataset.figures
    .filter((f) => f.high !== null && f.high !== undefined)
    .map((f) => `${ed.format.count(f.value)} ${ed.copy.rangeWord} ${ed.format.count(f.high ?? f.value)}`);
  const texts = pageTexts(lang);

  it('quotes the settlement estimate as a range in its title', () => {
    const title = texts.find((t) => t.path === 'reunify.states.settlement.title')?.text ?? '';
    expect(
      ranges.some((r) => title.includes(r)),
      title,
    ).toBe(true);
  });

  it('reads every range joined with a word as a range', () => {
    const wrong: string[] = [];
    for (const { path, text } of texts)
      for (const range of ranges) {
        let at = text.indexOf(range);
        while (at >= 0) {
          if (!RANGE_LEAD[lang].test(text.slice(0, at))) wrong.push(`${path}: "${text}"`);
          at = text.indexOf(range, at + 1);
        }
      }
    expect(wrong).toEqual([]);
  });
});
