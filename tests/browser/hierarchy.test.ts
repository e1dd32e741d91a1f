/**
 * Rank and order (review r15 N6, N8): a chart's title is set clearly larger than the text of the card
 * read with it (≥ 1.2×, DESIGN.md's type scale) on a phone, a large phone and a laptop, with and
 * without scripts, and on paper; and without scripts a passage's drawing comes before its text in
 * the card, so that a reader meets the chart with the words about it.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { LANGS } from '../../src/content/index.ts';
import { EDITION_DIRS } from '../../src/pages.ts';
import { openPage, useSite } from './harness.ts';

const env = useSite();

/** The least a chart's title may be, as a multiple of its card's body text size. */
const TITLE_RANK = 1.2;

const SIZES = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

/**
 * Opens `path` on a page set up by `options` (`print`: in print media) and checks that the first
 * `title` is set at least `TITLE_RANK` times the size of the first `body` text.
 */
async function expectRank(
  path: string,
  options: BrowserContextOptions & { print?: boolean },
  title: string,
  body: string,
) {
  const { print, ...context } = options;
  const { page, close } = await openPage(env.browser, context);
  await page.goto(`${env.site.url}${path}`);
  if (print) await page.emulateMedia({ media: 'print' });
  const sizes = await page.evaluate(
    (selectors) =>
      selectors.map((s) => {
        const el = document.querySelector(s);
        return el ? parseFloat(getComputedStyle(el).fontSize) : 0;
      }),
    [title, body],
  );
  const [titlePx, bodyPx] = sizes as [number, number];
  expect(bodyPx).toBeGreaterThan(0);
  expect(titlePx, `title ${titlePx} px, body ${bodyPx} px`).toBeGreaterThanOrEqual(TITLE_RANK * bodyPx);
  await close();
}

describe('chart titles rank above body text', () => {
  it.each(SIZES)('with scripts at $width px: the stuck chart’s title ≥ 1.2 × the card text', (viewport) =>
    expectRank('', { viewport }, '.story .chart-frame.current .chart-title', '.card .prose p'),
  );

  it.each(SIZES)('without scripts at $width px: each drawing’s title ≥ 1.2 × the card text', (viewport) =>
    expectRank(
      '',
      { viewport, javaScriptEnabled: false },
      '.step[data-passage-drawing] .step-figure-title',
      '.card .prose p',
    ),
  );

  it.each([
    { which: 'story', path: '', body: '.card .prose p' },
    { which: 'handout', path: 'handout/', body: '.handout-step .prose p' },
  ])('on paper (the $which): each drawing’s title ≥ 1.2 × the text', ({ path, body }) =>
    expectRank(path, { viewport: { width: 800, height: 1000 }, print: true }, '.step-figure-title', body),
  );
});

describe('without JavaScript, the drawing before its text', () => {
  it.each(LANGS.flatMap((lang) => [390, 1280].map((width) => ({ lang, width }))))(
    'opens the card carrying each passage’s drawing with it, then the text, at $width px ($lang)',
    async ({ lang, width }) => {
      const { page, close } = await openPage(env.browser, {
        viewport: { width, height: 900 },
        javaScriptEnabled: false,
      });
      await page.goto(`${env.site.url}${EDITION_DIRS[lang]}`);
      const cards = await page.evaluate(() =>
        [...document.querySelectorAll('.story .step[data-passage-drawing] .card')].map((card) => {
          const figure = card.querySelector('figure.step-figure')!;
          const prose = card.querySelector('div.prose')!;
          const drawn = figure.getBoundingClientRect();
          const text = prose.getBoundingClientRect();
          return {
            step: card.closest('.step')!.id,
            shown: drawn.height > 0,
            // In the order read (by screen readers too) and the order seen.
            first: Boolean(figure.compareDocumentPosition(prose) & Node.DOCUMENT_POSITION_FOLLOWING),
            above: drawn.bottom <= text.top,
          };
        }),
      );
      expect(cards.length).toBeGreaterThan(10);
      const wrong = cards.filter((c) => !(c.shown && c.first && c.above)).map((c) => c.step);
      expect(wrong).toEqual([]);
      await close();
    },
  );
});

describe('the stuck chart’s foot on a phone', () => {
  it.each([
    { width: 320, height: 640 },
    { width: 390, height: 844 },
  ])('keeps each source line ≥ 8 px above the hairline under the chart at $width px', async (viewport) => {
    const { page, close } = await openPage(env.browser, { viewport });
    await page.goto(env.site.url);
    await page.waitForFunction(() => document.querySelectorAll('.story .graphic .chart-source').length >= 5);
    const gaps = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.story .graphic')].map((graphic) => {
        const figure = graphic.querySelector('figure.chart')!.getBoundingClientRect();
        // The hairline is the frame's last px (an inset shadow): the room is what lies above it.
        return {
          chart: graphic.querySelector('figure.chart')!.getAttribute('data-chart'),
          gap: Math.round((graphic.getBoundingClientRect().bottom - figure.bottom) * 10) / 10,
        };
      }),
    );
    expect(gaps.length).toBe(5);
    expect(gaps.filter((g) => g.gap < 8)).toEqual([]);
    await close();
  });
});
