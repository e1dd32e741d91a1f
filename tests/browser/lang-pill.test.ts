/**
 * The floating "Leer en español / Read in English" link covers nothing a reader reads: no line of
 * the chart's title or subtitle and no line of a card, at every step, on laptops and phones, in both
 * editions (review r18a F4: at 1280 × 600 it sat over the end of 19 steps' titles, up to 133 × 29 px),
 * and it stays at hand: shown somewhere in every chapter.
 */
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/lib/story/steps.ts';
import { editions, openEdition, poll, useSite } from './harness.ts';
import { readStep, waitForState } from './measure.ts';

const env = useSite();

const SIZES = [
  { width: 1280, height: 600 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
  { width: 320, height: 640 },
];

/** What the shown link is over: text lines of a chart's head or of a card ('' when none, or hidden). */
function covered(): string {
  const pill = document.querySelector<HTMLElement>('a.lang-switch')!;
  const style = getComputedStyle(pill);
  if (style.visibility === 'hidden' || style.opacity === '0') return '';
  const p = pill.getBoundingClientRect();
  const lines: { name: string; text: string; box: DOMRect }[] = [];
  const read = (selector: string, name: string) => {
    for (const el of document.querySelectorAll(selector)) {
      const range = document.createRange();
      range.selectNodeContents(el);
      for (const box of range.getClientRects())
        lines.push({ name, text: (el.textContent ?? '').trim().slice(0, 40), box });
    }
  };
  read('.graphic .chart-frame.current :is(.chart-title, .chart-subtitle)', 'chart head');
  read('.card :is(p, a, summary, li, h2, h3, h4)', 'card');
  return lines
    .filter(({ box: b }) => b.left < p.right && p.left < b.right && b.top < p.bottom && p.top < b.bottom)
    .map(({ name, text, box: b }) => {
      const w = Math.min(b.right, p.right) - Math.max(b.left, p.left);
      const h = Math.min(b.bottom, p.bottom) - Math.max(b.top, p.top);
      return `${w.toFixed(0)}×${h.toFixed(0)} px of a ${name} line ("${text}…")`;
    })
    .join('; ');
}

/** The link floats and is shown (not faded out for a card under it), once nothing is fading. */
function shown(): Promise<boolean> {
  return new Promise((resolve) => {
    const look = () => {
      if (document.getAnimations().some((a) => a.playState === 'running')) return requestAnimationFrame(look);
      const style = getComputedStyle(document.querySelector<HTMLElement>('a.lang-switch')!);
      resolve(style.position === 'fixed' && style.visibility === 'visible' && style.opacity === '1');
    };
    // Two frames: the observer that fades it reports after the scroll's frame.
    requestAnimationFrame(() => requestAnimationFrame(look));
  });
}

describe.each(editions(SIZES))('the language link at $width × $height, in $lang', ({ lang, ...viewport }) => {
  it('covers no line of a chart’s title or subtitle or of a card, at every step, and is at hand', async () => {
    const { page, errors, close } = await openEdition(env, lang, viewport);
    const problems: string[] = [];
    for (const step of STEPS) {
      await readStep(page, step.id);
      await waitForState(page, step.id, step.chart);
      // Polled: when a card comes under its corner the link fades out; it must not stay over anything.
      const found = await poll(page, () => page.evaluate(covered), 5_000);
      if (found) problems.push(`${step.id}: the link covers ${found}`);
    }
    expect(problems).toEqual([]);
    // At hand: scrolling through each chapter's cards a quarter of a screen at a time, the reader
    // finds it shown (between cards, where none is under it) somewhere in every chapter.
    const missing: string[] = [];
    for (const chapter of new Set(STEPS.map((s) => s.chapter))) {
      const ids = STEPS.filter((s) => s.chapter === chapter).map((s) => s.id);
      const [from, to] = await page.evaluate(
        ([first, last]) => [
          document.getElementById(first!)!.getBoundingClientRect().top + scrollY - innerHeight / 2,
          document.getElementById(last!)!.getBoundingClientRect().bottom + scrollY - innerHeight / 2,
        ],
        [ids[0], ids.at(-1)] as const,
      );
      let found = false;
      for (let y = from!; y <= to! && !found; y += viewport.height / 4) {
        await page.evaluate((top) => scrollTo(0, Math.round(top)), y);
        found = await page.evaluate(shown);
      }
      if (!found) missing.push(chapter);
    }
    expect(missing, 'chapters where the link is never shown').toEqual([]);
    // On a phone each chapter's chart scrolls in from the foot of the screen, where the link floats,
    // before it sticks at the top: with its title at the link's height, the link covers no line of it
    // (review r18: at 390 × 844 the link sat over the title of each chart as it came in).
    if (viewport.width < 960) {
      const entering: string[] = [];
      for (const chapter of new Set(STEPS.map((s) => s.chapter))) {
        await page.evaluate((id) => {
          const graphic = document.querySelector<HTMLElement>(`#chapter-${id} .graphic`)!;
          // First the chapter just under the screen, so its chart stands where it flows, not stuck.
          scrollTo(0, graphic.getBoundingClientRect().top + scrollY - innerHeight - 10);
          const pill = document.querySelector<HTMLElement>('a.lang-switch')!.getBoundingClientRect();
          const title = graphic.querySelector('.chart-title')!.getBoundingClientRect();
          scrollTo(0, Math.round(scrollY + title.top + title.height / 2 - (pill.top + pill.height / 2)));
        }, chapter);
        const found = await poll(page, () => page.evaluate(covered), 5_000);
        if (found) entering.push(`${chapter}: the link covers ${found}`);
      }
      expect(entering).toEqual([]);
    }
    expect(errors).toEqual([]);
    await close();
  }, 300_000);
});
