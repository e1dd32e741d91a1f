/**
 * Hostile addresses: every page, with every query parameter it reads (and those pym.js hosts add)
 * and the fragment set to markup, script URLs, malformed percent escapes, a 1,500-character string,
 * control characters and right-to-left marks. No script of the attacker's runs, nothing throws, and
 * the page still shows its story or chart.
 */
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/lib/charts/index.ts';
import { browserAndSite, openPage } from './harness.ts';

const { browser, site } = browserAndSite();

const PAGES = ['', 'embed/', ...CHART_IDS.map((c) => `embed/${c}/`)];
/** Every parameter the pages read, and those a pym.js host adds to the frame's address. */
const PARAMS = ['step', 'theme', 'transparent', 'childId', 'initialWidth', 'parentTitle', 'parentUrl', 'id'];

/** Each marks itself by setting `window.pwned` if it ever runs. */
const HOSTILE = [
  '<script>window.pwned=1</script>',
  '"><img src=x onerror="window.pwned=1">',
  "'><svg onload='window.pwned=1'>",
  'javascript:window.pwned=1',
  'data:text/html,<script>window.pwned=1</script>',
  '%E0%A4%A',
  '%',
  '%%',
  '%u0041%zz',
  'x'.repeat(1500),
  '\u0000\u0001\u0008\u001b[31m\u007f',
  '\u202e\u2066evil\u2069\u200f\u061c',
  '../../../../etc/passwd',
  'search-breakdown\u0000',
  '__proto__',
  'constructor',
];

/** A query string and fragment that give `value` to every parameter, without encoding what a URL may carry raw. */
function hostileUrl(base: string, value: string, raw: boolean): string {
  const encode = raw ? (v: string) => v.replace(/[#&\s]/g, encodeURIComponent) : encodeURIComponent;
  const query = PARAMS.map((p) => `${p}=${encode(value)}`).join('&');
  return `${base}?${query}#${raw ? value.replace(/\s/g, encodeURIComponent) : encodeURIComponent(value)}`;
}

describe('hostile query parameters and fragments', () => {
  it.each(PAGES)('page "/%s": no script runs, no error, the page renders', async (path) => {
    const { page, errors, close } = await openPage(browser(), { viewport: { width: 600, height: 800 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const failures: string[] = [];
    for (const value of HOSTILE) {
      for (const raw of [false, true]) {
        const url = hostileUrl(site().url + path, value, raw);
        await page.goto(url);
        // The page is whole: its charts are drawn, in a state of the story.
        // (A single-chart embed holds a drawing per band of widths, and shows the one for its width.)
        await page.waitForFunction(() =>
          [...document.querySelectorAll('[data-chart][data-state] svg')].some(
            (svg) => svg.getBoundingClientRect().width > 0,
          ),
        );
        const state = await page.evaluate(() => ({
          pwned: (window as unknown as { pwned?: number }).pwned,
          charts: document.querySelectorAll('[data-chart] svg').length,
          theme: document.documentElement.dataset.theme ?? 'auto',
          title: document.title,
        }));
        if (state.pwned !== undefined) failures.push(`${JSON.stringify(value)}: a script ran`);
        if (state.charts < 1) failures.push(`${JSON.stringify(value)}: no chart`);
        if (!['auto', 'light', 'dark'].includes(state.theme))
          failures.push(`${JSON.stringify(value)}: theme ${state.theme}`);
        if (!state.title) failures.push(`${JSON.stringify(value)}: no title`);
      }
    }
    expect(failures).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
