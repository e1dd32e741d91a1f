/**
 * The timeline's single-chart embed on a phone: each date's label on its dot's row, beside it, as
 * the live chart sets it (review: without scripts at 375 px, "Zero-tolerance policy announced" and
 * "Order aims to end most separations" stood a line over their dots, each reading as the label of
 * the row above). Without scripts, the page's own state; with them, every state a `?step=` link
 * shows (the same prerendered drawings, swapped in).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/content/index.ts';
import { stepsOf } from '../../src/lib/story/steps.ts';
import { EDITION_DIRS } from '../../src/pages.ts';
import { openPage, useSite } from './harness.ts';

const running = useSite();

/** How far a dot's centre may stand outside its label's lines and still be on its row, px. */
const ROW_SLACK = 2;

/**
 * Each date of the drawing on screen whose dot's centre is off its label's lines: the dot's
 * centre and the label's top and bottom, px.
 */
function offRow(page: Page) {
  return page.evaluate((slack) => {
    const svg = [...document.querySelectorAll('.chart-body > svg')].find(
      (s) => s.getBoundingClientRect().width > 0,
    );
    if (!svg) return { dots: 0, off: ['no drawing on screen'] };
    const dots = [...svg.querySelectorAll('circle[data-key^="event:"]')];
    const off = dots.flatMap((dot) => {
      const id = dot.getAttribute('data-key')!.slice('event:'.length);
      const label = svg.querySelector(`text[data-key="label:${id}"]`);
      if (!label) return [`${id}: no label`];
      const d = dot.getBoundingClientRect();
      const l = label.getBoundingClientRect();
      const cy = d.top + d.height / 2;
      return cy >= l.top - slack && cy <= l.bottom + slack
        ? []
        : [
            `${label.textContent}: dot at ${Math.round(cy)}, label ${Math.round(l.top)}–${Math.round(l.bottom)}`,
          ];
    });
    return { dots: dots.length, off };
  }, ROW_SLACK);
}

describe('the timeline embed on a phone', () => {
  it.each(LANGS.flatMap((lang) => [375, 320].map((width) => [lang, width] as const)))(
    'without scripts (%s, %i px): each date’s label on its dot’s row',
    async (lang, width) => {
      const { page, close } = await openPage(running.browser, {
        javaScriptEnabled: false,
        viewport: { width, height: 800 },
      });
      await page.goto(`${running.site.url}${EDITION_DIRS[lang]}embed/timeline/`);
      const { dots, off } = await offRow(page);
      expect(dots).toBeGreaterThan(3);
      expect(off).toEqual([]);
      await close();
    },
  );

  it.each(LANGS)('with scripts (%s, 375 px): so in every state a link asks for', async (lang) => {
    const { page, errors, close } = await openPage(running.browser, {
      viewport: { width: 375, height: 800 },
    });
    const seen: Record<string, string[]> = {};
    for (const step of stepsOf('timeline')) {
      await page.goto(`${running.site.url}${EDITION_DIRS[lang]}embed/timeline/?step=${step.id}`);
      await page.waitForFunction(
        (id) =>
          document.querySelector('.chart-body')?.closest('[data-state]')?.getAttribute('data-state') === id,
        step.id,
      );
      const { off } = await offRow(page);
      if (off.length) seen[step.id] = off;
    }
    expect(seen).toEqual({});
    expect(errors).toEqual([]);
    await close();
  });
});
