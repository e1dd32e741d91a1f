/**
 * Reflow (WCAG 1.4.10): at every width from 320 CSS px (a 1280 px screen at 400% zoom) to 2560 px,
 * no page scrolls sideways, with every "show the data" table and "embed this" panel open.
 */
import { describe, expect, it } from 'vitest';
import { browserAndSite, openPage } from './harness.ts';

const { browser, site } = browserAndSite();

const WIDTHS = [320, 375, 480, 768, 1024, 1280, 1920, 2560];
const PAGES = ['', 'embed/', 'embed/search/', 'embed/timeline/'];

describe('reflow from 320 to 2560 CSS px', () => {
  it.each(PAGES)('page "/%s" never scrolls sideways', async (path) => {
    const { page, errors, close } = await openPage(browser(), { viewport: { width: 320, height: 800 } });
    await page.goto(site().url + path);
    const wider: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      for (const open of [false, true]) {
        if (open)
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const { scroll, client } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        if (scroll > client) wider.push(`${width} px${open ? ', details open' : ''}: ${scroll} > ${client}`);
      }
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = false)));
    }
    expect(wider).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
