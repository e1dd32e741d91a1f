/**
 * Phones, the story page: the chart stuck at the top and the card being read share the screen without
 * covering each other (issue 8, review r14 B1). With a card's centre at the middle of the screen (where
 * the card may already run up under the stuck frame), the chart shows that step's state and every text
 * of it (labels, title, subtitle, source) is on top, not under the card; with the card's top just under
 * the frame, where it is read, every line of the card is on screen and on top. One page per width and
 * edition; every problem is collected, so a failure lists them all.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/lib/story/steps.ts';
import { editions, openEdition, poll, useSite } from './harness.ts';
import { waitForState } from './measure.ts';

const env = useSite();

const SIZES = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
];

/** Scrolls the step's card so that its centre stands at the middle of the screen. */
const centreCard = (page: Page, id: string) =>
  page.evaluate((stepId) => {
    const c = document.querySelector(`#${stepId} .card`)!.getBoundingClientRect();
    window.scrollTo(0, Math.round(c.top + c.height / 2 + window.scrollY - window.innerHeight / 2));
  }, id);

/** Scrolls the step's card so that its top stands just under the bottom of its chapter's stuck frame. */
const cardUnderFrame = (page: Page, id: string) =>
  page.evaluate((stepId) => {
    const card = document.querySelector(`#${stepId} .card`)!;
    const frame = card.closest('.chapter')!.querySelector('.graphic')!;
    const y = card.getBoundingClientRect().top + window.scrollY - frame.getBoundingClientRect().bottom;
    window.scrollTo(0, Math.ceil(y));
  }, id);

/** The chart's texts whose centre is not the chart's own on screen: what covers each one. */
function chartCovered(stepId: string): string[] {
  const graphic = document.getElementById(stepId)!.closest('.chapter')!.querySelector('.graphic')!;
  const figure = graphic.querySelector('[data-chart]')!;
  const boxes: { name: string; box: DOMRect }[] = [];
  const name = (el: Element) => JSON.stringify((el.textContent ?? '').trim().slice(0, 30));
  for (const text of figure.querySelectorAll('.chart-body > svg text')) {
    if (!(text.textContent ?? '').trim() || getComputedStyle(text).visibility === 'hidden') continue;
    const lines = text.querySelectorAll('tspan');
    for (const line of lines.length ? [...lines] : [text])
      if ((line.textContent ?? '').trim())
        boxes.push({ name: name(line), box: line.getBoundingClientRect() });
  }
  for (const el of figure.querySelectorAll('.chart-title, .chart-subtitle, .chart-source')) {
    const range = document.createRange();
    range.selectNodeContents(el);
    for (const box of range.getClientRects()) boxes.push({ name: `${el.className} ${name(el)}`, box });
  }
  if (!boxes.some((b) => b.name.startsWith('chart-source'))) return ['no source line'];
  return boxes
    .filter(({ box }) => box.width > 0 && box.height > 0)
    .flatMap(({ name: n, box }) => {
      const y = box.top + box.height / 2;
      const hit = document.elementFromPoint(box.left + box.width / 2, y);
      return hit && graphic.contains(hit)
        ? []
        : [
            `${n} at y ${y.toFixed(0)} is under ${hit ? `${hit.tagName.toLowerCase()}.${hit.getAttribute('class') ?? ''}` : 'nothing'}${hit?.closest('.card') ? ' (a card)' : ''}`,
          ];
    });
}

/** The card's lines whose centre is off screen or not the card's own on screen. */
function cardHidden(stepId: string): string[] {
  const card = document.querySelector(`#${stepId} .card`)!;
  const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
  const problems: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node.textContent ?? '').trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const box of range.getClientRects()) {
      // Screen-reader-only text is clipped to a pixel: no line a reader sees.
      if (box.width <= 1 || box.height <= 1) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const text = JSON.stringify((node.textContent ?? '').trim().slice(0, 30));
      if (y < 0 || y > window.innerHeight) {
        problems.push(`the line of ${text} at y ${y.toFixed(0)} is off screen`);
        continue;
      }
      const hit = document.elementFromPoint(x, y);
      if (!hit || !card.contains(hit))
        problems.push(
          `the line of ${text} at y ${y.toFixed(0)} is under ${hit ? `${hit.tagName.toLowerCase()}.${hit.getAttribute('class') ?? ''}` : 'nothing'}`,
        );
    }
  }
  return problems;
}

describe.each(editions(SIZES))('on a phone at $width × $height, in $lang', ({ lang, ...viewport }) => {
  it('keeps the stuck chart uncovered by the card read under it, and the card read whole', async () => {
    const { page, errors, close } = await openEdition(env, lang, viewport);
    const problems: string[] = [];
    for (const step of STEPS) {
      // The card's centre at the middle of the screen: the chart shows its state, all of it on top.
      await centreCard(page, step.id);
      await waitForState(page, step.id, step.chart).catch((e: Error) =>
        problems.push(`card at the middle: ${e.message}`),
      );
      for (const p of await page.evaluate(chartCovered, step.id)) problems.push(`${step.id}: ${p}`);
      // The card's top just under the frame: every line of it is read, none under the chart.
      await cardUnderFrame(page, step.id);
      await waitForState(page, step.id, step.chart).catch((e: Error) =>
        problems.push(`card under the frame: ${e.message}`),
      );
      // Polled until it finds nothing (a fading pill may still be leaving), up to 5 s.
      const hidden = await poll(page, () => page.evaluate(cardHidden, step.id), 5_000);
      for (const p of hidden) problems.push(`${step.id}: ${p}`);
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  }, 300_000);
});
