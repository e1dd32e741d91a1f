/**
 * A single-chart embed's drawing at the frame widths newsrooms use: its text at the story's size in
 * CSS px (not scaled up with a wide frame, where it once reached 26 px under a 16 px title), and every
 * annotation the story shows for the same state at the same width.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/lib/story/steps.ts';
import { browserAndSite, openPage, scrollStepTo } from './harness.ts';
import { keyGaps, waitForState } from './measure.ts';
import { mayShowPrerendered, stepperAt } from './stepper-states.ts';

const { browser, site } = browserAndSite();

/** The labels a drawing on screen carries, by key, less the axis ticks (their number follows the width). */
function annotations(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const svg = [...document.querySelectorAll<SVGSVGElement>(sel)].find(
      (s) => s.getBoundingClientRect().width > 0,
    );
    if (!svg) throw new Error(`No drawing on screen at ${sel}`);
    const keys = [...svg.querySelectorAll<SVGTextElement>('text[data-key]')].map((t) => t.dataset.key!);
    return [...new Set(keys.filter((k) => !/^[xy]tick:/.test(k)))].sort();
  }, selector);
}

describe('single-chart embeds at 375, 680 and 1000 px', () => {
  it.each([375, 680, 1000])(
    'at %i px: chart text 12–18 px, under the title, and the story’s annotations',
    async (width) => {
      const { page, errors, requests, close } = await openPage(browser(), {
        viewport: { width, height: 900 },
      });
      // The story's annotations for every state, at the same width, as its live chart draws them.
      await page.goto(site().url);
      const story = new Map<string, string[]>();
      for (const step of STEPS) {
        await scrollStepTo(page, step.id);
        await waitForState(page, step.id, step.chart);
        story.set(
          step.id,
          await annotations(page, `[data-chart="${step.chart}"] .chart-body > svg[data-fit]`),
        );
      }
      const problems: string[] = [];
      for (const step of STEPS) {
        await page.goto(`${site().url}embed/${step.chart}/?step=${step.id}`);
        await page.waitForFunction(
          (id) => document.querySelector('figure')?.getAttribute('data-state') === id,
          step.id,
        );
        const text = await page.evaluate(() => {
          const title = document.querySelector('.chart-frame.current .chart-title')!;
          const sizes: number[] = [];
          for (const svg of document.querySelectorAll<SVGSVGElement>('.chart-body > svg')) {
            const box = svg.getBoundingClientRect();
            if (!box.width) continue;
            // The size on screen: the set size, times the drawing's scale into its box.
            const scale = box.width / svg.viewBox.baseVal.width;
            for (const t of svg.querySelectorAll('text')) {
              if (t.getBoundingClientRect().height)
                sizes.push(parseFloat(getComputedStyle(t).fontSize) * scale);
            }
          }
          return { sizes, title: parseFloat(getComputedStyle(title).fontSize) };
        });
        // The drawing's own text size (most of its text); display figures may be larger, as in the story.
        const body = Math.min(...text.sizes);
        if (!(body >= 12 && body <= 18)) problems.push(`${step.id}: text at ${body.toFixed(1)} px`);
        if (!(body < text.title))
          problems.push(`${step.id}: text at ${body.toFixed(1)} px, title at ${text.title} px`);
        const largest = Math.max(...text.sizes);
        if (largest > body * 1.6) problems.push(`${step.id}: a figure at ${largest.toFixed(1)} px`);
        const shown = await annotations(page, '.chart-body > svg');
        // An emailed count's note that finds no room in the embed's drawing is said in its key
        // instead (search.ts): the diamond is still explained, in the key's short words.
        const said = (key: string) =>
          shown.includes(key) ||
          (/^note:notFiling:/.test(key) && shown.some((k) => k.startsWith('emailKey:')));
        const missing = story.get(step.id)!.filter((key) => !said(key));
        if (missing.length) problems.push(`${step.id}: missing ${missing.join(', ')}`);
      }
      expect(problems).toEqual([]);
      // Drawn without chart code.
      expect(requests.filter((u) => /\/embed\/assets\/charts-/.test(u))).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    },
  );
});

describe('the search embed’s key at a phone’s width', () => {
  // Review r7: "○Day not given" touched its dot at 320–375 px, where the embed shows a drawing made
  // ahead of time, its text widths estimated.
  it.each([320, 375])(
    'at %i px, every key symbol stands apart from its name, in both editions',
    async (width) => {
      const { page, errors, close } = await openPage(browser(), { viewport: { width, height: 700 } });
      const problems: string[] = [];
      for (const edition of ['', 'es/'])
        for (const id of ['search-breakdown', 'search-last-count']) {
          await page.goto(`${site().url}${edition}embed/search/?step=${id}`);
          await page.waitForFunction(
            (s) => document.querySelector('figure')?.getAttribute('data-state') === s,
            id,
          );
          const gaps = await page.evaluate(keyGaps, ['search', 'figure svg'] as const);
          if (gaps.length === 0) problems.push(`${edition}${id}: no key`);
          for (const { key, gap } of gaps)
            if (!(gap >= 2)) problems.push(`${edition}${id}: ${key} is ${gap.toFixed(1)} px from its name`);
        }
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    },
  );
});

describe('the story embed before its reader steps', () => {
  it.each([320, 375, 414, 680, 1000])(
    'at %i px: every chapter’s prerendered chart text 12–18 px, above the controls, no chart code fetched',
    async (width) => {
      const { page, errors, requests, close } = await openPage(browser(), {
        viewport: { width, height: 900 },
      });
      const problems: string[] = [];
      // Each chapter's chart as the story embed opens on it (a linked step), drawn as prerendered.
      for (const step of STEPS.filter((s, i) => STEPS[i - 1]?.chart !== s.chart)) {
        // A new load each time (from one address to the same with another fragment is no load).
        await page.goto('about:blank');
        await page.goto(`${site().url}embed/#${step.id}`);
        await page.waitForSelector(`.chapter.current figure[data-state="${step.id}"]`);
        const shown = await page.evaluate(() => {
          // The drawing shown (the story has one per band of phone widths, and one from 504 px).
          const svg = [
            ...document.querySelectorAll<SVGSVGElement>('.chapter.current .chart-body > svg'),
          ].find((s) => s.getBoundingClientRect().width > 0)!;
          const box = svg.getBoundingClientRect();
          const view = svg.viewBox.baseVal;
          // The drawing keeps its proportions in its box: its scale is the lesser of the two.
          const scale = Math.min(box.width / view.width, box.height / view.height);
          const texts = [...svg.querySelectorAll('text')].filter((t) => t.getBoundingClientRect().height);
          return {
            text: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)),
            bottom: Math.max(...texts.map((t) => t.getBoundingClientRect().bottom)),
            controls: document.querySelector('.stepper-nav')!.getBoundingClientRect().top,
          };
        });
        if (!(shown.text >= 12 && shown.text <= 18.01))
          problems.push(`${step.chart}: text at ${shown.text.toFixed(1)} px`);
        if (shown.bottom > shown.controls)
          problems.push(
            `${step.chart}: text ${Math.round(shown.bottom - shown.controls)} px under the controls`,
          );
      }
      expect(problems, `at ${width} px`).toEqual([]);
      expect(requests.filter((u) => /\/embed\/assets\/charts-/.test(u))).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    },
  );
});

/**
 * Where the story embed's parts are on a phone: the drawing on screen (its bottom, and its smallest
 * text as set times its scale into its box), the source line, the controls (and the lines each
 * button's label takes: a wrapped one, 'Previou / s', takes two) and the page's height.
 */
function stepperLayout(page: Page, chart: string) {
  return page.evaluate((id) => {
    const figure = document.querySelector(`[data-chart="${id}"]`)!;
    const svg = [...figure.querySelectorAll<SVGSVGElement>('.chart-body > svg')].find(
      (s) => s.getBoundingClientRect().width > 0,
    )!;
    const box = svg.getBoundingClientRect();
    const view = svg.viewBox.baseVal;
    const scale = Math.min(box.width / view.width, box.height / view.height);
    const texts = [...svg.querySelectorAll('text')].filter((t) => t.getBoundingClientRect().height);
    const source = figure.querySelector('.chart-source')!.getBoundingClientRect();
    const nav = document.querySelector('.stepper-nav')!.getBoundingClientRect();
    // The first line of the current step's text: its first word's line box.
    const prose = document.querySelector('.step[aria-current="step"] .prose')!;
    const words = document
      .createTreeWalker(prose, NodeFilter.SHOW_TEXT, (n) =>
        n.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
      )
      .nextNode()!;
    const range = document.createRange();
    range.selectNodeContents(words);
    const cardLine = range.getClientRects()[0]!;
    // The text's lines, each by its top, and how many of them end on screen.
    const all = document.createRange();
    all.selectNodeContents(prose);
    const lines = new Map<number, number>();
    for (const r of all.getClientRects())
      if (r.width > 0) lines.set(Math.round(r.top), Math.max(lines.get(Math.round(r.top)) ?? 0, r.bottom));
    const onScreen = [...lines.values()].filter((bottom) => bottom <= window.innerHeight + 0.5).length;
    return {
      live: svg.hasAttribute('data-fit'),
      drawing: box.bottom,
      text: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)),
      source: { top: source.top, bottom: source.bottom },
      controls: { top: nav.top, end: nav.bottom + window.scrollY },
      card: cardLine.bottom + window.scrollY,
      lines: { onScreen, all: lines.size },
      page: document.documentElement.getBoundingClientRect().height,
    };
  }, chart);
}

/** The lines each stepper button's label takes on screen. */
function buttonLines(page: Page): Promise<{ label: string; lines: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.stepper-nav button')].map((b) => {
      const range = document.createRange();
      range.selectNodeContents(b);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      return { label: b.textContent!.trim(), lines: tops.size };
    }),
  );
}

describe('the story embed as its reader steps on a phone', () => {
  // Review r9: at 320×700 px the story's title took three lines over the chart, and one line of a
  // step's text showed under the controls: there, three lines (or the whole text) show.
  it.each([
    [320, 700, 3],
    [360, 740, 1],
    [390, 664, 1],
    [480, 700, 1],
  ])(
    'at %i×%i px: at every step the drawing fits above the source line, the source above the controls, the controls and %i or more of the text’s first lines on screen, text at least 12 px, the buttons’ labels whole, and one page height',
    async (width, height, lines) => {
      const { page, errors, close } = await openPage(browser(), { viewport: { width, height } });
      await page.goto(`${site().url}embed/`);
      const problems: string[] = [];
      let first: number | null = null;
      for (const [i, step] of STEPS.entries()) {
        // The first step shows its prerendered drawing (no chart code until the reader steps).
        if (i === 0) await page.waitForSelector(`.chapter.current figure[data-state="${step.id}"]`);
        else {
          await page.locator('.stepper-nav button').last().click();
          // Right after the click, as the count changes, the labels are whole.
          for (const b of await buttonLines(page))
            if (b.lines !== 1) problems.push(`${step.id}, at the click: '${b.label}' on ${b.lines} lines`);
          // A chart whose state has not changed since its chapter opened may keep its prerendered
          // drawing; any other step shows the live one.
          if (mayShowPrerendered(i)) await stepperAt(page, step.id);
          else await waitForState(page, step.id, step.chart);
        }
        const shown = await stepperLayout(page, step.chart);
        if (i > 0 && !mayShowPrerendered(i) && !shown.live) problems.push(`${step.id}: no live drawing`);
        if (shown.drawing > shown.source.top + 0.5)
          problems.push(
            `${step.id}: drawing ${Math.round(shown.drawing - shown.source.top)} px under the source`,
          );
        if (shown.source.bottom > shown.controls.top + 0.5)
          problems.push(
            `${step.id}: source ${Math.round(shown.source.bottom - shown.controls.top)} px under the controls`,
          );
        if (shown.text < 11.95) problems.push(`${step.id}: text at ${shown.text.toFixed(1)} px`);
        if (shown.controls.end > height + 0.5)
          problems.push(`${step.id}: controls end at ${Math.round(shown.controls.end)} px`);
        // Review r8 S3: Next changed the chart while the step's text began below the screen.
        if (shown.card > height + 0.5)
          problems.push(`${step.id}: the text's first line ends at ${Math.round(shown.card)} px`);
        if (shown.lines.onScreen < Math.min(lines, shown.lines.all))
          problems.push(
            `${step.id}: ${shown.lines.onScreen} of its text's ${shown.lines.all} lines on screen`,
          );
        first ??= shown.page;
        if (Math.abs(shown.page - first) > 0.5)
          problems.push(
            `${step.id}: page ${Math.round(shown.page)} px tall, ${Math.round(first)} at the first step`,
          );
        for (const b of await buttonLines(page))
          if (b.lines !== 1) problems.push(`${step.id}: '${b.label}' on ${b.lines} lines`);
      }
      expect(problems, `at ${width}×${height} px`).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    },
  );

  // Spanish labels are longer ('Anterior', 'Paso 61 de 61', 'Siguiente'): at 320 px the row once ran
  // 7 px past the screen's right edge, so the page scrolled sideways.
  it.each(['', 'es/'])(
    'at 320×700 px, its controls inside the screen at the first and last step (%s)',
    async (lang) => {
      const { page, errors, close } = await openPage(browser(), { viewport: { width: 320, height: 700 } });
      const last = STEPS[STEPS.length - 1]!;
      for (const step of [STEPS[0]!, last]) {
        await page.goto(`${site().url}${lang}embed/?step=${step.id}`);
        await page.waitForFunction(
          (id) => document.querySelector('[aria-current="step"]')?.id === id,
          step.id,
        );
        const row = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          right: Math.max(
            ...[...document.querySelectorAll('.stepper-nav > *')].map((e) => e.getBoundingClientRect().right),
          ),
        }));
        expect(row.scroll, `${lang}${step.id}: page width`).toBeLessThanOrEqual(320);
        expect(row.right, `${lang}${step.id}: controls' right edge`).toBeLessThanOrEqual(320);
      }
      expect(errors).toEqual([]);
      await close();
    },
  );

  // A step of the state its chapter opens with keeps the drawing the page has for the stepper's room
  // on a phone (the chapter's first step's); a step of another state is drawn for the room.
  it.each(['timeline-pilot-2', 'timeline-ms-l'])(
    'at 360×740 px, opened at %s, in the middle of a chapter, shows a drawing made for its room, at 12 px text or more',
    async (id) => {
      const { page, errors, close } = await openPage(browser(), { viewport: { width: 360, height: 740 } });
      await page.goto(`${site().url}embed/?step=${id}`);
      const kept = mayShowPrerendered(STEPS.findIndex((s) => s.id === id));
      if (kept) await stepperAt(page, id);
      else await waitForState(page, id, 'timeline');
      const shown = await stepperLayout(page, 'timeline');
      if (!kept) expect(shown.live).toBe(true);
      expect(shown.text).toBeGreaterThanOrEqual(11.95);
      expect(shown.drawing).toBeLessThanOrEqual(shown.source.top + 0.5);
      expect(shown.source.bottom).toBeLessThanOrEqual(shown.controls.top + 0.5);
      expect(errors).toEqual([]);
      await close();
    },
  );
});
