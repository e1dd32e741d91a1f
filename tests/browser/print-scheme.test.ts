/**
 * Paper is light whatever the screen's scheme (review r18a F5: a teacher whose device was in dark
 * mode printed the handout as 34 black pages). The story, the handout, both editions and the embeds
 * print the light theme's colours, charts included, from a dark system, from a dark theme a page or
 * reader chose (`data-theme="dark"`, `?theme=dark`), and with background graphics on or off; only the
 * charts keep their exact colours on paper.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAndSite, openPage } from './harness.ts';

const { browser, site } = browserAndSite();

/** The pages a reader prints, and the embeds a newsroom's reader might print with its host page. */
const PAGES = [
  { name: 'the story', path: '' },
  { name: 'the Spanish story', path: 'es/' },
  { name: 'the handout', path: 'handout/' },
  { name: 'the Spanish handout', path: 'es/handout/' },
  { name: 'a chart embed in the dark theme', path: 'embed/scale/?theme=dark' },
  { name: 'the story embed following the reader’s system', path: 'embed/?theme=auto' },
] as const;

/** What the printed page paints: the colours the browser computes for every element it lays out. */
function paint(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const s = getComputedStyle(el);
        const name = `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`;
        return `${name} color ${s.color} bg ${s.backgroundColor} fill ${s.fill} stroke ${s.stroke} border ${s.borderTopColor}`;
      }),
  );
}

/** Prints (emulated) under `scheme`, with the root's `data-theme` set to `theme` (null: none). */
async function printAs(page: Page, scheme: 'light' | 'dark', theme: string | null): Promise<void> {
  await page.evaluate((t) => {
    if (t === null) document.documentElement.removeAttribute('data-theme');
    else document.documentElement.setAttribute('data-theme', t);
  }, theme);
  await page.emulateMedia({ media: 'print', colorScheme: scheme });
}

/** The mean grey (0 black – 255 white) of each page of a PDF, rasterised small by poppler's pdftoppm. */
function pageGreys(pdf: Buffer): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'print-scheme-'));
  try {
    writeFileSync(join(dir, 'print.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '12', '-gray', join(dir, 'print.pdf'), join(dir, 'page')]);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort()
      .map((f) => {
        // A binary PGM: "P5", width, height, maxval, each followed by whitespace, then one byte a pixel.
        const data = readFileSync(join(dir, f));
        let at = 0;
        for (let fields = 0; fields < 4; fields++) {
          while (/\s/.test(String.fromCharCode(data[at]!))) at++;
          while (!/\s/.test(String.fromCharCode(data[at]!))) at++;
        }
        const pixels = data.subarray(at + 1);
        return pixels.reduce((sum, v) => sum + v, 0) / pixels.length;
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.each(PAGES)('$name printed from a dark screen', ({ path }) => {
  it('prints the light theme’s colours, charts included, whatever the scheme or chosen theme', async () => {
    const { page, errors, close } = await openPage(browser(), {
      viewport: { width: 720, height: 1000 },
      colorScheme: 'dark',
    });
    await page.goto(site().url + path);
    await page.waitForLoadState('load');
    const own = await page.evaluate(() => document.documentElement.getAttribute('data-theme'));

    // The light theme on paper: a white page, black text. (Printing puts each step's drawing,
    // held as text while scripts run, into the page: they are all in before anything is read.)
    await printAs(page, 'light', null);
    await page.waitForFunction(
      () => !document.querySelector('noscript[data-slot^="static:"]:not([data-expanded])'),
    );
    const light = await paint(page);
    const body = await page.evaluate(() => {
      const s = getComputedStyle(document.body);
      return { bg: s.backgroundColor, text: s.color };
    });
    expect(body.bg).toBe('rgb(255, 255, 255)');
    expect(body.text).toBe('rgb(0, 0, 0)');

    // The same colours, element by element, from a dark system, a dark theme, and the page's own.
    for (const [scheme, theme] of [
      ['dark', null],
      ['dark', 'dark'],
      ['light', 'dark'],
      ['dark', own],
    ] as const) {
      await printAs(page, scheme, theme);
      const printed = await paint(page);
      const differ = printed.filter((line, i) => line !== light[i]).slice(0, 3);
      expect(differ, `${scheme} system, data-theme ${theme}`).toEqual([]);
      expect(printed.length).toBe(light.length);
    }

    // The PDF itself: no page dark, background graphics on or off.
    await printAs(page, 'dark', own);
    for (const printBackground of [false, true]) {
      const greys = pageGreys(await page.pdf({ format: 'Letter', printBackground }));
      expect(greys.length).toBeGreaterThan(0);
      const darkest = Math.min(...greys);
      expect(darkest, `background graphics ${printBackground ? 'on' : 'off'}`).toBeGreaterThan(200);
    }
    // Background graphics off leaves the page's own grounds off paper; the charts' colours are kept.
    expect(await page.evaluate(() => getComputedStyle(document.body).printColorAdjust)).toBe('economy');
    const charts = await page.evaluate(() =>
      [...document.querySelectorAll('svg')]
        .filter((svg) => svg.getClientRects().length > 0 && svg.getBoundingClientRect().width > 100)
        .map((svg) => getComputedStyle(svg).printColorAdjust),
    );
    expect(charts.length).toBeGreaterThan(0);
    expect(new Set(charts)).toEqual(new Set(['exact']));
    expect(errors).toEqual([]);
    await close();
  });
});
