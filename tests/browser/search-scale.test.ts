/**
 * The search chart keeps one value scale across its states, on screen (review r18a F1): at
 * 1280 × 800 the "600" tick stood 84 px under the drawing's top in the line states and 117 px in
 * the breakdown (131 in Spanish), so the line and its points slid down and back between cards.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/content/index.ts';
import { openEdition, useSite } from './harness.ts';
import { readStep, waitForState } from './measure.ts';

const env = useSite();

/** The top count tick's name and its height under the top of the drawing, px, and the drawing's box. */
const topTick = () => {
  const svg = document.querySelector('[data-chart="search"] .chart-body > svg[data-fit]')!;
  const box = svg.getBoundingClientRect();
  const ticks = [...svg.querySelectorAll('[data-key^="ytick:"]')];
  const top = ticks.reduce((a, b) =>
    Number(b.getAttribute('data-key')!.slice(6)) > Number(a.getAttribute('data-key')!.slice(6)) ? b : a,
  );
  return {
    tick: top.getAttribute('data-key'),
    y: Math.round((top.getBoundingClientRect().top - box.top) * 10) / 10,
    size: `${Math.round(box.width)}×${Math.round(box.height)}`,
  };
};

describe('the search chart’s count axis holds still', () => {
  for (const lang of LANGS)
    it(`${lang}, 1280 × 800: the top tick at one height from the line to the breakdown and back`, async () => {
      const { page, errors, close } = await openEdition(env, lang, { width: 1280, height: 800 });
      const seen: string[] = [];
      for (const id of [
        'search-spring-2021',
        'search-breakdown',
        'search-breakdown-3',
        'search-last-count',
      ]) {
        await readStep(page, id);
        await waitForState(page, id, 'search');
        const { tick, y, size } = await page.evaluate(topTick);
        seen.push(`${tick} at ${y} px in ${size}`);
      }
      expect(new Set(seen).size, seen.join('; ')).toBe(1);
      expect(errors).toEqual([]);
      await close();
    }, 120_000);
});
