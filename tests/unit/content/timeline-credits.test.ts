/**
 * Who the timeline's zero-tolerance head credits, as the page renders it. The period's dates (May 5
 * to June 20, 2018) are the Homeland Security inspector general's (OIG-20-06), not the department's:
 * fact-check fc13 E1 found the Spanish title saying "Según el DHS". The head gives both ends of the
 * period and names who announced the policy, in every edition.
 */
import { describe, expect, it } from 'vitest';
import { edition, LANGS, type Lang } from '../../../src/content/index.ts';
import { pageView } from '../../../src/lib/content/page-view.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';

/** The inspector general, named as the one who dates the period, by edition. */
const CREDIT: Record<Lang, RegExp> = { en: /\binspector general\b/i, es: /\binspector general\b/i };
/** The department credited on its own (without its inspector general), by edition. */
const DEPARTMENT_ALONE: Record<Lang, RegExp> = {
  en: /\b(?:according to|per) (?:the )?(?:DHS|Homeland Security)\b(?! inspector general)/i,
  es: /\bseg[uú]n (?:el )?(?:DHS|Seguridad Nacional)\b/i,
};

describe.each(LANGS)('the %s timeline’s zero-tolerance head', (lang) => {
  const ed = edition(lang);
  const view = pageView(ed.copy, ed.localize(dataset), ed.locale, ed.format);
  const state = view.charts.timeline?.states?.zero_tolerance;
  const head = `${state?.title ?? ''} ${state?.subtitle ?? ''}`;
  const period = dataset.timeline.find((e) => e.id === 'zero_tolerance_period')!;

  it('credits the inspector general with the period’s dates, not the department', () => {
    expect(head, head).toMatch(CREDIT[lang]);
    expect(head, head).not.toMatch(DEPARTMENT_ALONE[lang]);
  });

  it('gives the period’s start and end, and who announced the policy', () => {
    expect(head).toContain(ed.format.date(period.date));
    expect(head).toContain(ed.format.date(period.end!));
    expect(head).toContain('Jeff Sessions');
  });
});
