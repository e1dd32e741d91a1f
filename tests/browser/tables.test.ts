/**
 * The "show the data" tables cost nothing until a reader opens them: they are not elements of the
 * page at load, they appear whole when their details open, and readers without scripts get them too.
 * Open, each fits its card's column at every width, with and without scripts, in both editions, and
 * no word in it is broken (review r10 SF3: "Note" set a letter per line beside its value; without
 * scripts at 1280 px the search tables were 899 px wide in a 662 px column, their dates a character
 * per line).
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/content/index.ts';
import { STEPS } from '../../src/lib/story/steps.ts';
import { EDITION_DIRS } from '../../src/pages.ts';
import { browserAndSite, openPage } from './harness.ts';

const { browser, site } = browserAndSite();

const STEP = 'search-spring-2021';

describe('data tables', () => {
  it('are not in the page until their details open, then show every row', async () => {
    const { page, errors, close } = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    await page.goto(site().url);
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    expect(await page.locator('.step-data table').count()).toBe(0);
    const all = await page.evaluate(() => document.querySelectorAll('*').length);
    await page.locator(`#${STEP} details summary`).click();
    const table = page.locator(`#${STEP} .step-data table`);
    await table.waitFor();
    expect(await table.locator('caption').textContent()).toBeTruthy();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(3);
    // Closing and opening again keeps one table.
    await page.locator(`#${STEP} details summary`).click();
    await page.locator(`#${STEP} details summary`).click();
    expect(await page.locator(`#${STEP} .step-data table`).count()).toBe(1);
    // The tables were a large share of the page's elements.
    const opened = await page.evaluate(() => document.querySelectorAll('*').length);
    expect(opened).toBeGreaterThan(all);
    expect(errors).toEqual([]);
    await close();
  });

  it('open as HTML for a reader without scripts', async () => {
    const { page, close } = await openPage(browser(), {
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    await page.goto(site().url);
    expect(await page.locator('.step-data table').count()).toBe(STEPS.length);
    await page.locator(`#${STEP} details summary`).click();
    expect(await page.locator(`#${STEP} .step-data table`).isVisible()).toBe(true);
    await close();
  });
});

/**
 * Everything wrong with the open tables' layout as set on screen: a table wider than its column, a
 * cell whose text runs past it, a word broken across lines (in a cell, or in the column name a
 * narrow card sets beside each value), a value of several lines not set from the left.
 */
function tableProblems(): string[] {
  const problems: string[] = [];
  const canvas = document.createElement('canvas').getContext('2d')!;
  for (const table of document.querySelectorAll<HTMLTableElement>('.step-data table')) {
    const where = table.closest('.step')!.id;
    const column = table.parentElement!;
    const width = table.getBoundingClientRect().width;
    if (width > column.clientWidth + 0.5)
      problems.push(
        `${where}: the table is ${Math.round(width)} px wide in a ${column.clientWidth} px column`,
      );
    for (const cell of table.querySelectorAll<HTMLElement>('th, td')) {
      // (A narrow card hides the column names of a table it reads row by row: 1 px, clipped.)
      if (cell.closest('thead') && cell.closest('thead')!.getBoundingClientRect().width <= 1) continue;
      if (!cell.getClientRects().length) continue;
      const text = (cell.textContent ?? '').trim();
      if (cell.scrollWidth > cell.clientWidth + 1)
        problems.push(
          `${where}: "${text.slice(0, 30)}" runs ${cell.scrollWidth - cell.clientWidth} px out of its cell`,
        );
      // Each word on one line: a word broken across two has two boxes.
      for (const node of cell.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        const range = document.createRange();
        // (A line may break after a hyphen or a range's dash: "two-thirds" and "4,500–5,000" are two
        // words here.)
        for (const match of (node.textContent ?? '').matchAll(/[^\s–-]+[–-]?/g)) {
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const boxes = [...range.getClientRects()].filter((b) => b.width > 0);
          if (boxes.length > 1)
            problems.push(`${where}: "${match[0]}" is broken across ${boxes.length} lines`);
        }
        range.selectNodeContents(node);
        // A value of several lines starts each at the same place (set from the left, not ragged there).
        const starts = new Map<number, number>();
        for (const b of range.getClientRects()) {
          const top = Math.round(b.top);
          starts.set(top, Math.min(starts.get(top) ?? Infinity, b.left));
        }
        const lefts = [...starts.values()];
        if (
          !cell.classList.contains('num') &&
          lefts.length > 1 &&
          Math.max(...lefts) - Math.min(...lefts) > 1
        )
          problems.push(`${where}: "${text.slice(0, 30)}" is ragged on the left over ${lefts.length} lines`);
      }
      // The column's name a narrow card sets beside the value: never narrower than its longest word.
      const label = getComputedStyle(cell, '::before');
      if (label.content !== 'none' && label.display !== 'none' && label.width.endsWith('px')) {
        canvas.font = `${label.fontStyle} ${label.fontWeight} ${label.fontSize} ${label.fontFamily}`;
        const name = cell.dataset.label ?? '';
        const longest = Math.max(...name.split(/\s+/).map((word) => canvas.measureText(word).width));
        if (parseFloat(label.width) < longest - 0.5)
          problems.push(
            `${where}: the column name "${name}" is set ${parseFloat(label.width).toFixed(1)} px wide, its longest word ${longest.toFixed(1)} px`,
          );
      }
    }
  }
  return problems;
}

describe('data tables, laid out', () => {
  const cases = [true, false].flatMap((scripts) =>
    [320, 1280].flatMap((width) => LANGS.map((lang) => ({ scripts, width, lang }))),
  );
  it.each(cases)(
    'fit their column and break no word (scripts: $scripts, $width px, $lang)',
    async ({ scripts, width, lang }) => {
      const { page, close } = await openPage(browser(), {
        javaScriptEnabled: scripts,
        viewport: { width, height: 800 },
      });
      await page.goto(site().url + EDITION_DIRS[lang]);
      if (scripts) await page.waitForFunction(() => document.documentElement.classList.contains('js'));
      await page.evaluate(() => {
        for (const details of document.querySelectorAll<HTMLDetailsElement>('details.step-data'))
          details.open = true;
      });
      await page.waitForFunction(
        (n) => document.querySelectorAll('.step-data table').length === n,
        STEPS.length,
      );
      expect(await page.evaluate(tableProblems)).toEqual([]);
      await close();
    },
    120_000,
  );
});
