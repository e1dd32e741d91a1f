/**
 * A phone on its side (review r18a F3): in a short landscape window the chart stands beside the
 * cards, as on a wide screen, in a column as tall as the window, and its drawing is laid out for that
 * box. Before, the phone's stack put the chart in a 185–224 px strip over the cards: the drawing ran
 * over its own source line and under the card (the timeline's date axis hidden, the search plot
 * 15 px tall, the scale key over "2,654"). At each passage's first card (every chart, every state),
 * scrolled to where it is read: the chart shows that step's state; its title, drawing and source are
 * inside the chart's box and the window; no chart text covers another or is below 12 px; and the
 * card's text is not under the chart.
 */
import { describe, expect, it } from 'vitest';
import { PASSAGE_STARTS } from '../../src/lib/story/steps.ts';
import { openEdition, useSite } from './harness.ts';
import { chartProblems, readStep, waitForState } from './measure.ts';

const env = useSite();

/**
 * Phones on their side: a common one (Spanish too), the smallest common Android, the largest iPhone,
 * an iPhone 8; and two short laptop windows, in the wide layout, which must not get worse.
 */
const SIZES = [
  { width: 844, height: 390, lang: 'en' },
  { width: 844, height: 390, lang: 'es' },
  { width: 740, height: 360, lang: 'en' },
  { width: 932, height: 430, lang: 'en' },
  { width: 667, height: 375, lang: 'en' },
  { width: 1024, height: 500, lang: 'en' },
  { width: 1280, height: 600, lang: 'en' },
] as const;

/** The least size of chart text on screen, px (DESIGN.md's floor). */
const TEXT_FLOOR = 12;

/** Where the chart's parts and the step's text stand on screen. */
function boxes(stepId: string) {
  const step = document.getElementById(stepId)!;
  const graphic = step.closest('.chapter')!.querySelector<HTMLElement>('.graphic')!;
  const figure = graphic.querySelector<HTMLElement>('.chart')!;
  const box = (el: Element | null) => {
    const r = el?.getBoundingClientRect();
    return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
  };
  return {
    window: { left: 0, top: 0, right: innerWidth, bottom: innerHeight },
    graphic: box(graphic),
    figure: box(figure),
    title: box(figure.querySelector('.chart-frame.current .chart-title')),
    svg: box(figure.querySelector('.chart-body > svg')),
    source: box(figure.querySelector('.chart-source')),
    text: box(step.querySelector('.prose')),
  };
}

type Box = { left: number; top: number; right: number; bottom: number };
const inside = (a: Box, b: Box) =>
  a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
const meet = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const fmt = (b: Box) =>
  `${Math.round(b.left)},${Math.round(b.top)}–${Math.round(b.right)},${Math.round(b.bottom)}`;

describe.each(SIZES)('a short landscape window, $width × $height ($lang)', ({ lang, ...viewport }) => {
  it('reads each card beside its whole chart, nothing clipped or overprinted', async () => {
    const { page, errors, close } = await openEdition(env, lang, viewport);
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    const problems: string[] = [];
    for (const step of PASSAGE_STARTS) {
      await readStep(page, step.id);
      try {
        await waitForState(page, step.id, step.chart);
      } catch (e) {
        problems.push((e as Error).message);
        continue;
      }
      const at = await page.evaluate(boxes, step.id);
      for (const part of ['title', 'svg', 'source'] as const) {
        const b = at[part];
        if (!b) problems.push(`${step.id}: no ${part}`);
        else {
          if (!inside(b, at.figure!))
            problems.push(
              `${step.id}: the ${part} (${fmt(b)}) is outside the chart's box (${fmt(at.figure!)})`,
            );
          if (!inside(b, at.window))
            problems.push(`${step.id}: the ${part} (${fmt(b)}) is outside the window`);
        }
      }
      if (!inside(at.figure!, at.graphic!))
        problems.push(
          `${step.id}: the chart (${fmt(at.figure!)}) spills out of its frame (${fmt(at.graphic!)})`,
        );
      if (at.text && meet(at.text, at.graphic!))
        problems.push(
          `${step.id}: the card's text (${fmt(at.text)}) is under the chart (${fmt(at.graphic!)})`,
        );
      const found = await page.evaluate(chartProblems, [step.chart, TEXT_FLOOR] as const);
      problems.push(...found.map((p) => `${step.id}: ${p}`));
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  }, 300_000);
});

/**
 * A phone on its side under 40 rem wide (568 × 320): beside the cards the chart's column leaves its
 * drawing 135–157 px of height, too little for any chart at 12 px, so each card shows its own drawing
 * instead (reading.svelte.ts `STATIC_QUERY`): no live chart; the card's drawing is there, no taller
 * than the window, inside its card, its text at least 12 px and no two of its texts on each other.
 */
describe('the smallest phone on its side, 568 × 320', () => {
  it('shows each card with its own drawing instead of the live chart', async () => {
    const { page, errors, close } = await openEdition(env, 'en', { width: 568, height: 320 });
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    const problems: string[] = [];
    for (const step of PASSAGE_STARTS) {
      const found = await page.evaluate(
        ([id, floor]) => {
          const out: string[] = [];
          const step = document.getElementById(id)!;
          const graphic = step.closest('.chapter')!.querySelector('.graphic')!;
          if (getComputedStyle(graphic).display !== 'none') out.push('the live chart shows');
          const svg = step.querySelector<SVGSVGElement>('.step-figure .static-chart svg');
          if (!svg || !svg.getBoundingClientRect().height) return [...out, 'no drawing in the card'];
          svg.scrollIntoView({ block: 'center' });
          const box = svg.getBoundingClientRect();
          const card = step.querySelector('.card')!.getBoundingClientRect();
          if (box.height > innerHeight) out.push(`the drawing is ${Math.round(box.height)} px tall`);
          if (box.left < card.left || box.right > card.right) out.push('the drawing is wider than its card');
          const scale = box.width / svg.viewBox.baseVal.width;
          const texts = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim());
          for (const t of texts) {
            const px = parseFloat(getComputedStyle(t).fontSize) * scale;
            if (px < floor - 0.05) out.push(`"${t.textContent}" is ${px.toFixed(1)} px`);
          }
          const lines = texts.flatMap((t) => {
            const spans = [...t.querySelectorAll('tspan')];
            return (spans.length ? spans : [t]).map((l) => ({ t, r: l.getBoundingClientRect() }));
          });
          for (let i = 0; i < lines.length; i++)
            for (let j = i + 1; j < lines.length; j++) {
              const [a, b] = [lines[i]!, lines[j]!];
              if (a.t === b.t) continue;
              const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
              const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
              if (w > 1 && h > 1) out.push(`"${a.t.textContent}" overlaps "${b.t.textContent}"`);
            }
          return out;
        },
        [step.id, TEXT_FLOOR] as const,
      );
      problems.push(...found.map((p) => `${step.id}: ${p}`));
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  }, 120_000);
});
