/**
 * What a reader sees of the drawings drawn ahead of time: the open cap of the scale chart in dark
 * mode, and the story without JavaScript at desktop sizes (a drawing laid out for the figure, not a
 * phone's drawing scaled up).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { edition, LANGS } from '../../src/content/index.ts';
import { pageView } from '../../src/lib/content/page-view.ts';
import { dataset } from '../../src/lib/data/dataset.ts';
import { PASSAGE_STARTS, STEPS, stepsOf } from '../../src/lib/story/steps.ts';
import { EDITION_DIRS } from '../../src/pages.ts';
import { openPage, scrollStepTo, useSite } from './harness.ts';
import { inkOf } from './measure.ts';

/** The most room, px on screen, over or under a drawing's marks on a page without scripts. */
const INK_ROOM = 10;

const running = useSite();

/**
 * For each row of the scale chart's open cap under `selector` that is on screen: its contrast with
 * the page's background (its fill blended over the ground at its opacity, WCAG's ratio), and the
 * solid squares' of the same column kind.
 */
function openCapContrast(selector: string): { faded: number; solid: number; opacity: number }[] {
  const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const channel = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const luminance = ([r, g, b]: number[]) =>
    0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
  const ratio = (a: number[], b: number[]) => {
    const [x, y] = [luminance(a), luminance(b)];
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  };
  const ground = rgb(getComputedStyle(document.body).backgroundColor);
  const seen = (shape: Element) => shape.getBoundingClientRect().width > 0;
  const rows: { faded: number; solid: number; opacity: number }[] = [];
  for (const svg of document.querySelectorAll(selector)) {
    for (const cap of svg.querySelectorAll('.scale-open')) {
      // A waffle is a shape filled with a pattern of squares: both opacities count.
      const shape = [...cap.querySelectorAll('path')].find(seen);
      const square = cap.querySelector('pattern rect');
      if (!shape || !square) continue;
      const fill = rgb(getComputedStyle(square).fill);
      const opacity =
        Number(getComputedStyle(square).fillOpacity) *
        Number(getComputedStyle(shape).fillOpacity) *
        Number(getComputedStyle(cap).opacity);
      const blended = fill.map((c, i) => c * opacity + ground[i]! * (1 - opacity));
      // A solid square of the same kind: the cap's colour class, without the cap's.
      const kind = [...cap.classList].find((c) => c.startsWith('mark-'));
      const solid = svg.querySelector(`.${kind}:not(.scale-open) pattern rect`);
      const solidFill = solid ? rgb(getComputedStyle(solid).fill) : fill;
      rows.push({ faded: ratio(blended, ground), solid: ratio(solidFill, ground), opacity });
    }
  }
  return rows;
}

describe('the scale chart’s open cap in dark mode', () => {
  it('keeps its faded rows ≥ 3:1 against the ground and fainter than the solid squares', async () => {
    const { page, close } = await openPage(running.browser, {
      colorScheme: 'dark',
      viewport: { width: 320, height: 640 },
    });
    await page.goto(running.site.url);
    // The live chart at its last state (the families' open column), and every static drawing.
    const last = stepsOf('scale').at(-1)!.id;
    await scrollStepTo(page, last);
    await page.waitForFunction(
      (id) => document.querySelector('[data-chart="scale"]')?.getAttribute('data-state') === id,
      last,
    );
    await page.waitForFunction(() =>
      document.querySelector('[data-chart="scale"] svg[data-fit] .scale-open'),
    );
    const live = await page.evaluate(openCapContrast, '[data-chart="scale"] svg');
    await close();
    const still = await openPage(running.browser, {
      colorScheme: 'dark',
      javaScriptEnabled: false,
      viewport: { width: 320, height: 640 },
    });
    await still.page.goto(running.site.url);
    const drawn = await still.page.evaluate(openCapContrast, '.static-chart svg');
    await still.close();
    expect(live.length).toBe(2);
    expect(drawn.length).toBeGreaterThanOrEqual(2);
    for (const row of [...live, ...drawn]) {
      expect(row.faded).toBeGreaterThanOrEqual(3);
      expect(row.opacity).toBeLessThan(1);
      expect(row.solid - row.faded).toBeGreaterThan(0.5);
    }
    // The two rows still fade as they rise.
    expect(live[0]!.faded).toBeGreaterThan(live[1]!.faded);
  });
});

/** The story in `lang` without JavaScript, `width` px wide. */
async function storyWithoutScripts(lang: (typeof LANGS)[number], width: number) {
  const opened = await openPage(running.browser, {
    javaScriptEnabled: false,
    viewport: { width, height: 800 },
  });
  await opened.page.goto(running.site.url + EDITION_DIRS[lang]);
  return opened;
}

/** Each step figure on screen: its width, its drawing's, and the most lines of any of its labels. */
function figuresOnScreen(): { step: string; figure: number; drawing: number; lines: number; text: number }[] {
  return [...document.querySelectorAll<HTMLElement>('.step-figure')]
    .filter((figure) => figure.getClientRects().length > 0)
    .map((figure) => {
      const svg = [...figure.querySelectorAll<SVGSVGElement>('svg.chart-drawing')].find(
        (s) => s.getClientRects().length > 0,
      );
      const width = svg?.getBoundingClientRect().width ?? 0;
      const scale = svg ? width / svg.viewBox.baseVal.width : 0;
      const texts = [...(svg?.querySelectorAll('text') ?? [])];
      return {
        step: figure.closest('.step')?.id ?? '',
        figure: figure.getBoundingClientRect().width,
        drawing: width,
        // A label's lines are its tspans (SVG text never wraps on its own). Column names and keys
        // only: the scale chart's note on its fading cap is set in the room beside the cap, in as
        // many lines as that takes.
        lines: Math.max(
          0,
          ...texts
            .filter((t) => !t.closest('.scale-open-label'))
            .map((t) => Math.max(1, t.querySelectorAll('tspan').length)),
        ),
        text: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)),
      };
    });
}

describe('the story without JavaScript on a wide screen', () => {
  it.each([
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ])('gives each figure a drawing laid out for it at $width px', async (viewport) => {
    const { page, close } = await openPage(running.browser, { javaScriptEnabled: false, viewport });
    await page.goto(running.site.url);
    const figures = await page.evaluate(figuresOnScreen);
    const fonts = await page.evaluate(() => ({
      title: getComputedStyle(document.querySelector('.step-figure-title')!).fontFamily,
      heading: getComputedStyle(document.querySelector('h2')!).fontFamily,
    }));
    await close();
    // One figure per passage, each step's state drawn for the figure, not a phone's drawing scaled.
    expect(figures.length).toBe(STEPS.filter((s) => s.continues === undefined).length);
    for (const f of figures) {
      expect(f.drawing / f.figure, f.step).toBeGreaterThanOrEqual(0.8);
      expect(f.text, f.step).toBeGreaterThanOrEqual(12);
      // The scale chart's column names and keys: two lines at most under columns this wide.
      if (f.step.startsWith('scale-')) expect(f.lines, f.step).toBeLessThanOrEqual(2);
    }
    // Titles in the story's headline face, as the live chart's.
    expect(fonts.title).toBe(fonts.heading);
  });
});

describe('the handout without JavaScript', () => {
  it('shows each drawing cut to its marks at build time, with no room kept for other states', async () => {
    const { page, close } = await openPage(running.browser, {
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 800 },
    });
    await page.goto(`${running.site.url}handout/`);
    const problems: string[] = [];
    for (const start of PASSAGE_STARTS) {
      const item = page.locator(`.handout-step#${start.id}`);
      const ink = await item.locator('.static-chart svg').evaluate(inkOf);
      // The build's estimate of the ink is generous by a pixel or two, past the margin kept.
      if (ink.below > INK_ROOM || ink.above > INK_ROOM)
        problems.push(
          `${start.id}: ${ink.above.toFixed(1)} px over the marks, ${ink.below.toFixed(1)} under`,
        );
      if (ink.smallest < 12) problems.push(`${start.id}: text at ${ink.smallest.toFixed(1)} px`);
    }
    await close();
    expect(problems).toEqual([]);
  });
});

/**
 * The search breakdown's three cards each put their own point forward in the live story; where the
 * passage has one drawing (no scripts, print, the handout) it carries all three: the removed segments
 * and the May bar's parts summed ("277 + 100 + 14", over its 391), which says its 14 children with no
 * phone number once (review r13: a lone "14" beside the sum said it twice).
 */
describe('the search breakdown’s one drawing without JavaScript and in print', () => {
  const may = dataset.unreached.find((p) => p.id === 'unreached_2021_05_19')!;
  const sum = [may.removed, may.inUS, may.noPhone].map(String).join(' + ');
  const wanted = [sum, String(may.value)];
  const saidOnce = String(may.noPhone);

  /** The texts of the drawing shown in `#step` (the phone's, or the wide one), and any two that overlap. */
  const shownLabels = (page: Page, scope: string) =>
    page.evaluate((scope) => {
      const svg = [
        ...document.querySelectorAll<SVGSVGElement>(`${scope} :is(.static-chart, .static-chart-wide) svg`),
      ].find((s) => s.getBoundingClientRect().width > 0);
      if (!svg) return { texts: [] as string[], overlaps: ['no drawing shown'], out: [] as string[] };
      const frame = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll('text')]
        .map((t) => ({
          text: (t.textContent ?? '').trim(),
          box: t.getBoundingClientRect(),
          opacity: t.closest('[opacity]')?.getAttribute('opacity'),
        }))
        .filter((t) => t.box.width > 0 && t.text !== '');
      const overlaps: string[] = [];
      texts.forEach((a, i) =>
        texts.slice(i + 1).forEach((b) => {
          const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          if (x > 0.5 && y > 0.5) overlaps.push(`"${a.text}" and "${b.text}"`);
        }),
      );
      const out = texts
        .filter(
          (t) =>
            t.box.left < frame.left - 0.5 ||
            t.box.right > frame.right + 0.5 ||
            t.box.top < frame.top - 0.5 ||
            t.box.bottom > frame.bottom + 0.5,
        )
        .map((t) => t.text);
      const dimmed = [...svg.querySelectorAll('[data-key^="bar:"], [data-key^="point:"]')].filter(
        (m) => Number(m.getAttribute('opacity') ?? 1) < 1,
      ).length;
      return { texts: texts.map((t) => t.text), overlaps, out, dimmed };
    }, scope);

  it.each(LANGS.flatMap((lang) => [320, 390, 1280].map((width) => ({ lang, width }))))(
    'the story ($lang, $width px) shows the sum, its no-phone count said once, clear of the rest',
    async ({ lang, width }) => {
      const { page, close } = await storyWithoutScripts(lang, width);
      const seen = await shownLabels(page, '#search-breakdown');
      await close();
      for (const label of wanted) expect(seen.texts, label).toContain(label);
      expect(seen.texts, saidOnce).not.toContain(saidOnce);
      expect(seen).toMatchObject({ overlaps: [], out: [], dimmed: 0 });
    },
  );

  it.each(LANGS)('prints the same in the story and the handout (%s)', async (lang) => {
    const { page, close } = await openPage(running.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(running.site.url + EDITION_DIRS[lang]);
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    await page.emulateMedia({ media: 'print' });
    await page.locator('#search-breakdown .static-chart svg').waitFor({ state: 'visible', timeout: 10_000 });
    const story = await shownLabels(page, '#search-breakdown');
    await page.goto(`${running.site.url}${EDITION_DIRS[lang]}handout/`);
    const handout = await shownLabels(page, '.handout-step#search-breakdown');
    await close();
    for (const seen of [story, handout]) {
      for (const label of wanted) expect(seen.texts, label).toContain(label);
      expect(seen.texts, saidOnce).not.toContain(saidOnce);
      expect(seen).toMatchObject({ overlaps: [], out: [], dimmed: 0 });
    }
  });
});

/**
 * Without scripts a passage's cards read under one drawing; that drawing must not run ahead of the
 * text (review r17 NJ1: the scale passage's drawing, titled with the 1,556 children disclosed in
 * 2019 and drawing their column, stood in its first card, two cards before the one that reports
 * them; with scripts that state first shows at that card). Each drawing a reader sees stands no
 * earlier than the first card whose own state (as the live chart shows it) has the drawing's title.
 * The search breakdown's one drawing sums what its three cards say, a state none shows alone: it
 * stays with its first card.
 */
describe('the story without JavaScript, drawing by drawing', () => {
  it.each(LANGS.flatMap((lang) => [320, 390, 1280].map((width) => ({ lang, width }))))(
    'shows no drawing before the card that reaches its state ($lang, $width px)',
    async ({ lang, width }) => {
      const { page, close } = await storyWithoutScripts(lang, width);
      const e = edition(lang);
      const { frames } = pageView(e.copy, e.localize(dataset), e.locale, e.format);
      const seen = await page.evaluate(() => {
        const steps = [...document.querySelectorAll<HTMLElement>('.story .step')].map((s) => s.id);
        const shown = [...document.querySelectorAll<HTMLElement>('.story .step-figure')]
          .filter((f) => f.getClientRects().length > 0 && f.querySelector('svg'))
          .map((f) => ({
            step: f.closest('.step')!.id,
            title: f.querySelector('.step-figure-title')!.textContent!.trim(),
            text: [...f.querySelectorAll('svg text')]
              .filter((t) => t.getClientRects().length > 0)
              .map((t) => t.textContent ?? ''),
          }));
        return { steps, shown };
      });
      await close();
      const problems: string[] = [];
      for (const figure of seen.shown) {
        const at = seen.steps.indexOf(figure.step);
        const first = seen.steps.findIndex((id) => frames[id]?.title === figure.title);
        if (first < 0 || first > at)
          problems.push(
            `${figure.step}: "${figure.title}" first stands over ${seen.steps[first] ?? 'no card'}`,
          );
      }
      expect(problems).toEqual([]);
      // The 2019 disclosure, in words: its count over its column and in its drawing's title, first
      // in the card that reports it.
      const added = dataset.figures.find((f) => f.id === 'expanded_class_2019')!;
      const count = e.format.count(added.value);
      const reports = STEPS.findIndex((s) => s.id === 'scale-expanded-class-3');
      const early = seen.shown.filter(
        (f) =>
          STEPS.findIndex((s) => s.id === f.step) < reports &&
          (f.title.includes(count) || f.text.some((t) => t.includes(count))),
      );
      expect(early.map((f) => f.step)).toEqual([]);
      expect(seen.shown.map((f) => f.step)).toContain('scale-expanded-class-3');
    },
  );
});
