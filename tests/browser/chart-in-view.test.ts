/**
 * A chart is whole on screen while its text is read: from the moment a step's card makes the step
 * current (the trigger, `enterFraction`: the earliest a reader reads it there), the chart beside or
 * above it shows its title, drawing and source line inside the window. Review r10 SF1: at a chapter's
 * first step on wide screens the chart had not yet stuck, and its source hung 130–310 px below the
 * fold (the scale chart's `.chart-body` spanned 221–832 px of an 800 px window).
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/content/index.ts';
import { enterFraction, WIDE_EM } from '../../src/lib/story/reading.svelte.ts';
import { STEPS } from '../../src/lib/story/steps.ts';
import { openEdition, useSite } from './harness.ts';

const env = useSite();

const SIZES = [
  { width: 1280, height: 800, lang: 'en' },
  { width: 1440, height: 900, lang: 'es' },
  { width: 1920, height: 1080, lang: 'en' },
  { width: 390, height: 844, lang: 'en' },
] as const;

describe.each(SIZES)('at $width × $height, in $lang', ({ lang, ...viewport }) => {
  it('shows each step’s chart whole, title to source, as soon as its card makes the step current', async () => {
    expect(LANGS).toContain(lang);
    const { page, errors, close } = await openEdition(env, lang, viewport);
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    const enter = enterFraction(viewport.width >= WIDE_EM * 16);
    const problems: string[] = [];
    for (const step of STEPS) {
      // The step's reach point (`enter` of the screen into it, or its bottom) one px over the trigger
      // line, the bottom of the screen: the first scroll at which the step is current.
      await page.evaluate(
        ([id, fraction]) => {
          const box = document.getElementById(id as string)!.getBoundingClientRect();
          const reach = Math.min(box.height, (fraction as number) * innerHeight);
          scrollTo(0, Math.ceil(box.top + scrollY - innerHeight + reach) + 1);
        },
        [step.id, enter] as const,
      );
      await page.waitForFunction(
        (id) => document.getElementById(id)?.getAttribute('aria-current') === 'step',
        step.id,
      );
      const at = await page.evaluate((id) => {
        const figure = document.getElementById(id)!.closest('.chapter')!.querySelector('.chart')!;
        const part = (selector: string) => figure.querySelector(selector)!.getBoundingClientRect();
        return {
          title: part('.chart-frame.current .chart-title').top,
          drawing: part('.chart-body').bottom,
          source: part('.chart-source').bottom,
          height: innerHeight,
        };
      }, step.id);
      if (at.title < -0.5)
        problems.push(`${step.id}: the chart's title is ${Math.round(-at.title)} px above the window`);
      for (const part of ['drawing', 'source'] as const)
        if (at[part] > at.height + 0.5)
          problems.push(
            `${step.id}: the chart's ${part} ends at ${Math.round(at[part])} px, under the ${at.height} px window`,
          );
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  }, 300_000);
});
