/**
 * What is read by screen readers and not shown (global.css `screen-reader-only`): a chart's caption
 * everywhere, and the story embed's title on a phone with scripts, which is shown again without
 * scripts and in a wider frame (embed.css). Hidden means a box of at most a pixel, clipped; read
 * means the page's level-one heading still has the title as its name.
 */
import { describe, expect, it } from 'vitest';
import { openPage, useSite } from './harness.ts';

const running = useSite();

/** The title heading's box and name, and the widest visible chart caption box, px. */
function seen() {
  const title = document.querySelector<HTMLElement>('.embed-story .embed-title')!;
  const box = title.getBoundingClientRect();
  const style = getComputedStyle(title);
  const captions = [...document.querySelectorAll<HTMLElement>('.chart-caption')].map((c) => {
    const r = c.getBoundingClientRect();
    return { width: r.width, height: r.height, clip: getComputedStyle(c).clipPath };
  });
  return {
    title: { width: box.width, height: box.height, clip: style.clipPath, text: title.textContent ?? '' },
    captions,
  };
}

describe('text for screen readers only', () => {
  it.each([
    [320, true, true],
    [503, true, true],
    [320, false, false],
    [680, true, false],
  ])(
    'at %i px with scripts %s: the story embed’s title hidden %s, every chart caption hidden',
    async (width, js, hidden) => {
      const { page, close } = await openPage(running.browser, {
        javaScriptEnabled: js,
        viewport: { width, height: 800 },
      });
      await page.goto(`${running.site.url}embed/`);
      if (js) await page.waitForSelector('.stepper-nav');
      const { title, captions } = await page.evaluate(seen);
      // Read: the frame's one level-one heading is named by the title.
      const heading = page.getByRole('heading', { level: 1 });
      expect(await heading.count()).toBe(1);
      expect(await heading.textContent()).toBe(title.text);
      expect(title.text.length).toBeGreaterThan(10);
      if (hidden) {
        expect(title.width).toBeLessThanOrEqual(1);
        expect(title.height).toBeLessThanOrEqual(1);
        expect(title.clip).toBe('inset(50%)');
      } else {
        expect(title.width).toBeGreaterThan(200);
        expect(title.height).toBeGreaterThan(20);
        expect(title.clip).toBe('none');
      }
      expect(captions.length).toBeGreaterThan(0);
      for (const c of captions) {
        expect(c.width).toBeLessThanOrEqual(1);
        expect(c.height).toBeLessThanOrEqual(1);
        expect(c.clip).toBe('inset(50%)');
      }
      await close();
    },
  );
});
