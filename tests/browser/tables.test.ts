/**
 * The "show the data" tables cost nothing until a reader opens them: they are not elements of the
 * page at load, they appear whole when their details open, and readers without scripts get them too.
 */
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/lib/story/steps.ts';
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
