import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { edition } from '../../../src/content/index.ts';
import { pageView } from '../../../src/lib/content/page-view.ts';
import { serializeView, VIEW_SCRIPT_ID } from '../../../src/lib/content/view.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';

const { copy, locale, format } = edition('en');

describe('the page data script', () => {
  const hostile = ['</script><script>alert(1)</script>', '</SCRIPT >', '<!--<script>', ']]>'];

  it.each(hostile)('stays one script, its JSON intact, when the copy holds %s', (text) => {
    const view = { ...pageView(copy, dataset, locale, format), dek: text };
    const html = `<!doctype html><head><script type="application/json" id="${VIEW_SCRIPT_ID}">${serializeView(view)}</script></head><body><p id="after">after</p></body>`;
    const { document } = new JSDOM(html).window;
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(document.getElementById('after')?.textContent).toBe('after');
    expect(JSON.parse(document.getElementById(VIEW_SCRIPT_ID)?.textContent ?? '')).toEqual(view);
  });
});

describe('chart titles', () => {
  // AP style spells out one to nine in a title as in any sentence; the chart's labels keep figures.
  const cases = [
    { lang: 'en', finding: 'made two recommendations', reunify: 'its first four families' },
    { lang: 'es', finding: 'dos recomendaciones', reunify: 'cuatro familias' },
  ] as const;
  it.each(cases)('write small counts as words in $lang', ({ lang, finding, reunify }) => {
    const e = edition(lang);
    const view = pageView(e.copy, e.localize(dataset), e.locale, e.format);
    // Days aside ("1 de febrero de 2023"): no count under ten written as a figure.
    const titles = Object.values(view.frames).map((f) =>
      f.title.replace(/\b\d{1,2} de \p{L}+ de \d{4}/gu, ''),
    );
    expect(view.charts.finding.states?.recommendations?.title).toContain(finding);
    expect(view.charts.reunify.states?.first_families?.title).toContain(reunify);
    expect(titles.filter((t) => /(^|\s)[1-9](\s|$)/.test(t))).toEqual([]);
  });
});
