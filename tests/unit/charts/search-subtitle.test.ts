/**
 * The search chart's subtitle in Spanish names the lawyers as the story does: appointed by the court
 * ("que nombró el juez"; fact-check fc16 S2: "designados" alone left out by whom; fact-check fc14 N1: "los abogados del caso" read as any lawyers in the case). That
 * it keeps to its lines at 320 and 390 px is checked in the browser (tests/browser/spanish.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { edition } from '../../../src/content/index.ts';
import { pageView } from '../../../src/lib/content/page-view.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';

const subtitle = (lang: 'en' | 'es') => {
  const ed = edition(lang);
  return pageView(ed.copy, ed.localize(dataset), ed.locale, ed.format).charts.search.subtitle;
};

describe('search subtitle in Spanish', () => {
  it('calls the lawyers court-appointed, as the English and the steps do', () => {
    expect(subtitle('en')).toMatch(/court-appointed lawyers/);
    expect(subtitle('es')).toMatch(/abogados que nombró el juez/);
    expect(subtitle('es')).not.toMatch(/abogados del caso/);
  });
});
