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
