/**
 * Presenter mode (`present/`): one step per screen for a classroom projector. A keyboard and a
 * clicker (PageUp/PageDown) move through every step and back, the address follows the step, F
 * toggles full screen, Esc leaves for the story at the same step; projection type at 1920×1080 and
 * 1280×720 with the chart laid out for its box (not shrunk into it), whole on screen in every step;
 * without scripts, the plain list of steps with their drawings.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { COPY, edition, LANGS } from '../../src/content/index.ts';
import { pageView } from '../../src/lib/content/page-view.ts';
import { dataset } from '../../src/lib/data/dataset.ts';
import { PRESENT_KEYS } from '../../src/lib/present/keys.ts';
import { STEPS } from '../../src/lib/story/steps.ts';
import { EDITION_DIRS } from '../../src/pages.ts';
import { browserAndSite, openPage } from './harness.ts';
import { chartProblems, waitForState } from './measure.ts';

const { browser, site } = browserAndSite();

/**
 * A page for presenter mode. Headless Chromium renders no frame for a page that asks for none, and
 * then grants it no idle period either, so the charts (drawn for their box in idle periods) would
 * wait for the next input; a projected screen keeps rendering. A frame every quarter second stands
 * in for that, leaving long idle periods between frames.
 */
async function presenter(viewport: { width: number; height: number }, javaScriptEnabled = true) {
  const watched = await openPage(browser(), { viewport, javaScriptEnabled });
  await watched.page.addInitScript(() => {
    setInterval(() => requestAnimationFrame(() => {}), 250);
  });
  return watched;
}

/** What presenter mode shows now: the current step, the address, the counter and the progress bar. */
const shown = (page: Page) =>
  page.evaluate(() => {
    const current = document.querySelectorAll('[aria-current="step"]');
    const step = current[0] as HTMLElement | undefined;
    const figure = document.querySelector('.chapter.current figure[data-chart]');
    return {
      current: current.length === 1 ? step?.dataset.step : `${current.length} current steps`,
      visible: step ? step.getBoundingClientRect().height > 0 : false,
      hash: decodeURIComponent(location.hash.slice(1)),
      chart: figure?.getAttribute('data-chart'),
      progress: (document.querySelector('progress') as HTMLProgressElement | null)?.value,
      counter: document.querySelector('.stepper-count')?.textContent?.trim(),
    };
  });

async function expectStep(page: Page, index: number) {
  const step = STEPS[index]!;
  await waitForState(page, step.id, step.chart);
  expect(await shown(page)).toEqual({
    current: step.id,
    visible: true,
    hash: step.id,
    chart: step.chart,
    progress: index + 1,
    counter: `Step ${index + 1} of ${STEPS.length}`,
  });
}

describe('presenter mode', () => {
  it('moves through every step and back with the keyboard and a clicker', async () => {
    const { page, errors, close } = await presenter({ width: 1920, height: 1080 });
    await page.goto(`${site().url}present/`);
    await expectStep(page, 0);
    // Every "next" key in turn (a clicker sends PageDown), then every "previous" key back.
    for (let i = 1; i < STEPS.length; i++) {
      await page.keyboard.press(PRESENT_KEYS.next[i % PRESENT_KEYS.next.length]!);
      await expectStep(page, i);
    }
    await page.keyboard.press('ArrowRight');
    await expectStep(page, STEPS.length - 1);
    for (let i = STEPS.length - 2; i >= 0; i--) {
      await page.keyboard.press(PRESENT_KEYS.previous[i % PRESENT_KEYS.previous.length]!);
      await expectStep(page, i);
    }
    await page.keyboard.press('End');
    await expectStep(page, STEPS.length - 1);
    await page.keyboard.press('Home');
    await expectStep(page, 0);
    // The on-screen buttons do the same, and Enter on a focused button presses it just once.
    await page.getByRole('button', { name: 'Next' }).click();
    await expectStep(page, 1);
    await page.getByRole('button', { name: 'Next' }).press('Enter');
    await expectStep(page, 2);
    expect(errors).toEqual([]);
    await close();
    // Every step there and back: a wait per step, as long as the story has steps.
  }, 240_000);

  it('opens at a deep link, and Esc leaves for the story at the same step', async () => {
    const { page, errors, close } = await presenter({ width: 1280, height: 720 });
    await page.goto(site().url);
    await page.locator('.classroom-links a[href="present/"]').click();
    await page.waitForURL(/\/present\/#finding-parents$/);
    const target = STEPS.findIndex((s) => s.chapter === 'search');
    await page.goto(`${site().url}present/#${STEPS[target]!.id}`);
    await expectStep(page, target);
    await page.keyboard.press('PageDown');
    await expectStep(page, target + 1);
    const step = STEPS[target + 1]!;
    await page.keyboard.press('Escape');
    await page.waitForURL(new RegExp(`/#${step.id}$`));
    expect(new URL(page.url()).pathname).toMatch(/\/$/);
    await page.waitForFunction((id) => document.querySelector('[aria-current="step"]')?.id === id, step.id);
    expect(errors).toEqual([]);
    await close();
  });

  it('toggles full screen with F, and Esc leaves full screen before the page', async () => {
    const { page, close } = await presenter({ width: 1280, height: 720 });
    await page.goto(`${site().url}present/#${STEPS[3]!.id}`);
    await expectStep(page, 3);
    const isFull = () => page.evaluate(() => document.fullscreenElement !== null);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await expect(
      page.getByRole('button', { name: /Full screen/ }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await page.keyboard.press('F');
    await page.waitForFunction(() => document.fullscreenElement === null);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.fullscreenElement === null);
    expect(await isFull()).toBe(false);
    expect(new URL(page.url()).pathname).toMatch(/\/present\/$/);
    await expectStep(page, 3);
    await close();
  });

  it('shows light slides on a dark system (projectors show dark ones poorly), and D switches', async () => {
    const { page, close } = await presenter({ width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: 'dark' });
    const background = () =>
      page.evaluate(
        () => getComputedStyle(document.querySelector('.present')!.closest('body')!).backgroundColor,
      );
    await page.goto(`${site().url}present/#${STEPS[3]!.id}`);
    await expectStep(page, 3);
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    await expect(background()).resolves.toBe('rgb(255, 255, 255)');
    await page.keyboard.press('d');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await expect(background()).resolves.not.toBe('rgb(255, 255, 255)');
    await page.keyboard.press('D');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    await expectStep(page, 3);
    // Dark from the address too.
    await page.goto(`${site().url}present/?theme=dark#${STEPS[3]!.id}`);
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await close();
  });

  for (const { width, height, body } of [
    { width: 1920, height: 1080, body: 28 },
    { width: 1280, height: 720, body: 22 },
    { width: 1440, height: 1080, body: 28 },
  ]) {
    it(`sets projection type and the whole chart on screen in every step at ${width}×${height}`, async () => {
      const { page, errors, close } = await presenter({ width, height });
      let swatched = 0;
      for (const [i, step] of STEPS.entries()) {
        // Each step by its deep link: every state drawn for its box at once, not moved into.
        if (i === 0) await page.goto(`${site().url}present/#${step.id}`);
        else await page.evaluate((id) => (location.hash = id), step.id);
        await waitForState(page, step.id, step.chart);
        const px = await page
          .locator(`#${step.id} .prose p`)
          .first()
          .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
        expect(px, step.id).toBeGreaterThanOrEqual(body);
        expect(await page.evaluate(chartProblems, [step.chart, 20] as const), step.id).toEqual([]);
        // The frame's type ranks above what it frames: the title over the step's text, the subtitle
        // and source (20 px at least) over the chart's labels, and a counter legible from the back.
        const frame = await page.evaluate(() => {
          const px = (sel: string) => parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize);
          const svg = document.querySelector('.chapter.current .chart-body > svg')!;
          return {
            title: px('.chapter.current .chart-frame.current .chart-title'),
            subtitle: px('.chapter.current .chart-frame.current .chart-subtitle'),
            source: px('.chapter.current .chart-source'),
            labels: parseFloat(svg.getAttribute('font-size') ?? getComputedStyle(svg).fontSize),
            counter: px('.stepper-count'),
          };
        });
        expect(frame.title, step.id).toBeGreaterThan(px);
        expect(frame.subtitle, step.id).toBeGreaterThan(frame.labels);
        expect(frame.source, step.id).toBeGreaterThanOrEqual(Math.max(20, frame.labels));
        expect(frame.counter, step.id).toBeGreaterThanOrEqual(24);
        // A key's colour swatches are as large as its names' letters (at least 0.8 of their size),
        // not the story's 9 px squares beside projection type.
        const swatches = await page.evaluate(() =>
          [...document.querySelectorAll('.chapter.current .chart-body > svg [data-mark="swatch"] > *')].map(
            (el) => {
              const key = el.getAttribute('data-key')!.replace(/^swatch:/, '');
              const svg = el.closest('svg')!;
              const name = svg.querySelector(`[data-mark="key"] > [data-key="key:${CSS.escape(key)}"]`);
              const box = el.getBoundingClientRect();
              return {
                key,
                side: Math.min(box.width, box.height),
                text: name ? parseFloat(getComputedStyle(name).fontSize) : null,
              };
            },
          ),
        );
        for (const s of swatches) {
          expect(s.text, `${step.id} ${s.key}`).not.toBeNull();
          expect(s.side, `${step.id} ${s.key}`).toBeGreaterThanOrEqual(0.8 * s.text!);
        }
        swatched += swatches.length;
        // The whole figure (title to source) and the step's text are on screen, nothing scrolled away.
        const boxes = await page.evaluate((id) => {
          const box = (el: Element | null) => el?.getBoundingClientRect().toJSON() as DOMRect;
          return {
            figure: box(document.querySelector('.chapter.current figure[data-chart]')),
            text: box(document.getElementById(id)),
            scrolled: document.scrollingElement!.scrollHeight > window.innerHeight + 1,
          };
        }, step.id);
        for (const [name, b] of Object.entries({ figure: boxes.figure, text: boxes.text })) {
          expect(b.top, `${step.id} ${name}`).toBeGreaterThanOrEqual(0);
          expect(b.bottom, `${step.id} ${name}`).toBeLessThanOrEqual(height);
          expect(b.right, `${step.id} ${name}`).toBeLessThanOrEqual(width);
        }
        expect(boxes.scrolled, step.id).toBe(false);
      }
      // The swatches were there to measure.
      expect(swatched).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await close();
    });
  }

  for (const [lang, prefix] of [
    ['en', ''],
    ['es', 'es/'],
  ] as const) {
    for (const { width, height, floor } of [
      { width: 1280, height: 720, floor: 22 },
      { width: 1440, height: 1080, floor: 28 },
      { width: 1920, height: 1080, floor: 28 },
    ]) {
      it(`shows every step's text whole, on a one-row bar, at ${width}×${height} (${lang})`, async () => {
        const { page, errors, close } = await presenter({ width, height });
        for (const [i, step] of STEPS.entries()) {
          if (i === 0) await page.goto(`${site().url}${prefix}present/#${step.id}`);
          else await page.evaluate((id) => (location.hash = id), step.id);
          await waitForState(page, step.id, step.chart);
          const text = await page.evaluate((id) => {
            const steps = document.querySelector<HTMLElement>('.chapter.current .steps')!;
            const card = document.querySelector<HTMLElement>(`#${id} .card`)!.getBoundingClientRect();
            const list = steps.getBoundingClientRect();
            const bar = document.querySelector('.present-bar')!;
            // Wrapped: a part of the bar starts below where another ends.
            const parts = [...bar.children].map((c) => c.getBoundingClientRect());
            const wrapped = parts.some((p) => parts.some((q) => p.top >= q.bottom));
            return {
              hidden: Math.max(
                0,
                steps.scrollHeight - steps.clientHeight,
                Math.round(card.bottom - list.bottom),
              ),
              px: parseFloat(getComputedStyle(document.querySelector(`#${id} .prose p`)!).fontSize),
              wrapped,
            };
          }, step.id);
          expect(text.hidden, `${step.id}: px of text cut off`).toBe(0);
          expect(text.px, step.id).toBeGreaterThanOrEqual(floor);
          expect(text.wrapped, `${step.id}: the bar wraps`).toBe(false);
        }
        expect(errors).toEqual([]);
        await close();
      });
    }
  }

  /**
   * The chart as drawn for its box, measured on screen: whether the drawing is laid out for the
   * body it is in (its `data-fit` the body's width, drawn at 1:1, not a smaller drawing stretched),
   * whether it and the source under it stay inside the figure's room, and its text sizes in CSS px.
   */
  const drawnForBox = (page: Page) =>
    page.evaluate(() => {
      const figure = document.querySelector<HTMLElement>('.chapter.current figure[data-chart]')!;
      const graphic = figure.closest<HTMLElement>('.graphic')!.getBoundingClientRect();
      const body = figure.querySelector<HTMLElement>('.chart-body')!;
      const svg = body.querySelector<SVGSVGElement>(':scope > svg')!;
      const box = svg.getBoundingClientRect();
      const source = figure.querySelector('.chart-source')!.getBoundingClientRect();
      const scale = box.width / svg.viewBox.baseVal.width;
      const sizes = [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() && t.getClientRects().length)
        .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      return {
        fit: svg.getAttribute('data-fit')?.split('x')[0],
        width: String(body.clientWidth),
        scale: Math.round(scale * 100) / 100,
        overflow: Math.max(
          0,
          Math.round(box.bottom - source.top),
          Math.round(source.bottom - graphic.bottom),
        ),
        smallest: Math.min(...sizes),
        largest: Math.max(...sizes),
      };
    });

  for (const { width, height, text } of [
    { width: 1920, height: 1080, text: 22 },
    { width: 1280, height: 720, text: 20 },
    { width: 1440, height: 1080, text: 22 },
  ]) {
    it(`draws the chart for its box at every step reached by keys, with and without notes, at ${width}×${height}`, async () => {
      // No frames are asked for here: a presenter's chart must not wait for an idle period.
      const { page, errors, close } = await openPage(browser(), { viewport: { width, height } });
      await page.goto(`${site().url}present/`);
      const check = async (index: number, notes: boolean) => {
        const step = STEPS[index]!;
        await waitForState(page, step.id, step.chart);
        const label = `${step.id}${notes ? ' with notes' : ''}`;
        // A panel opened or closed lays the chart out again: waited for, not timed.
        await expect
          .poll(
            async () => {
              const { fit, width, scale, overflow } = await drawnForBox(page);
              return { fitsWidth: fit === width, scale, overflow };
            },
            { timeout: 15_000, message: label },
          )
          .toEqual({ fitsWidth: true, scale: 1, overflow: 0 });
        const drawn = await drawnForBox(page);
        // Projection type: the chart's text at its size for the screen; emphasised figures (the
        // finding's "at least 348") at most about half as large again.
        expect(drawn.smallest, label).toBeGreaterThanOrEqual(text - 0.05);
        expect(drawn.largest, label).toBeLessThanOrEqual(text * 1.6);
        // The step's text (and its note) whole beside or under the chart.
        const cut = await page.evaluate(() => {
          const steps = document.querySelector<HTMLElement>('.chapter.current .steps')!;
          return Math.max(0, steps.scrollHeight - steps.clientHeight);
        });
        expect(cut, `${label}: px of text cut off`).toBe(0);
      };
      await check(0, false);
      for (let i = 1; i < STEPS.length; i++) {
        await page.keyboard.press('ArrowRight');
        await check(i, false);
      }
      // The notes open and close on the step on screen, then go with the teacher back to the start.
      await page.keyboard.press('n');
      await check(STEPS.length - 1, true);
      for (let i = STEPS.length - 2; i >= 0; i--) {
        await page.keyboard.press('PageUp');
        await check(i, true);
      }
      await page.keyboard.press('n');
      await check(0, false);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('shows the current step’s teacher note with ?notes=1 or N, its answer revealed on demand', async () => {
    const { page, errors, close } = await presenter({ width: 1920, height: 1080 });
    await page.goto(`${site().url}present/?notes=1#${STEPS[2]!.id}`);
    await expectStep(page, 2);
    const note = page.locator('[aria-current="step"] .present-notes');
    const visibleNotes = () =>
      page
        .locator('[data-note]')
        .evaluateAll((els) =>
          els
            .filter((e) => e.checkVisibility({ visibilityProperty: true }))
            .map((e) => e.getAttribute('data-note')),
        );
    expect(await visibleNotes()).toEqual([STEPS[2]!.id]);
    await expect(note.locator('.note-question').innerText()).resolves.toContain(
      COPY.en.notes[STEPS[2]!.id]!.question,
    );
    const answer = note.locator('.note-answer');
    expect(await answer.locator('p').isVisible()).toBe(false);
    await answer.locator('summary').click();
    expect(await answer.locator('p').isVisible()).toBe(true);
    // The next card continues the same passage: its note stays; the passage after it brings its own.
    expect(STEPS[3]!.continues).toBe(STEPS[2]!.id);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 3);
    expect(await visibleNotes()).toEqual([STEPS[2]!.id]);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 4);
    expect(await visibleNotes()).toEqual([STEPS[4]!.id]);
    // The whole chart stays on screen with the notes open.
    expect(await page.evaluate(chartProblems, [STEPS[4]!.chart, 20] as const)).toEqual([]);
    await page.keyboard.press('n');
    expect(await note.isVisible()).toBe(false);
    await page.keyboard.press('N');
    expect(await visibleNotes()).toEqual([STEPS[4]!.id]);
    expect(errors).toEqual([]);
    await close();
  });

  it('is the list of steps, each with its drawing, without JavaScript', async () => {
    const { page, close } = await openPage(browser(), {
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 720 },
    });
    await page.goto(`${site().url}present/`);
    for (const step of STEPS) {
      expect(await page.locator(`#${step.id} .prose`).isVisible(), step.id).toBe(true);
      expect(await page.locator(`#${step.id} .static-chart svg`).isVisible(), step.id).toBe(true);
    }
    expect(await page.getByRole('button').count()).toBe(
      await page.getByRole('button').filter({ visible: false }).count(),
    );
    await close();
  });

  /*
   * Each slide is its own step: its drawing without scripts and its teacher note's "the chart shows"
   * describe the state that slide shows, not its passage's (review fc18 S1, S2: the slides for
   * scale-expanded-class and -2 show the revised list, but slide 31's drawing without scripts was the
   * 2019 disclosure's, titled with its 1,556 children, one slide before the text gives them, and both
   * slides' notes described that third column).
   */
  it.each(LANGS)('gives each slide its own state’s drawing and note ($0)', async (lang) => {
    const { page, close } = await openPage(browser(), {
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 720 },
    });
    await page.goto(`${site().url}${EDITION_DIRS[lang]}present/`);
    const e = edition(lang);
    const view = pageView(e.copy, e.localize(dataset), e.locale, e.format);
    const slides = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.step')].map((s) => {
        const figure = s.querySelector<HTMLElement>('.step-figure')!;
        return {
          step: s.id,
          title: figure.querySelector('.step-figure-title')!.textContent!.trim(),
          source: figure.querySelector('.step-figure-source')!.textContent!.trim(),
          drawn: figure.getClientRects().length > 0 && figure.querySelector('svg') !== null,
          text: [...figure.querySelectorAll('svg text')].map((t) => t.textContent ?? '').join(' '),
          shows: s
            .querySelector('.note-shows')
            ?.textContent?.replace(/^[^:]*:\s*/, '')
            .trim(),
        };
      }),
    );
    await close();
    expect(slides.map((s) => s.step)).toEqual(STEPS.map((s) => s.id));
    const wrong = slides.flatMap((s) => {
      const own = view.frames[s.step]!;
      const problems: string[] = [];
      if (!s.drawn) problems.push(`${s.step}: no drawing`);
      if (s.title !== own.title) problems.push(`${s.step}: drawing titled "${s.title}"`);
      if (s.source !== own.source) problems.push(`${s.step}: source "${s.source}"`);
      if (s.shows !== view.alts[s.step]) problems.push(`${s.step}: note shows "${s.shows}"`);
      return problems;
    });
    expect(wrong).toEqual([]);
    // The 2019 disclosure's count is drawn first on the slide that reports it.
    const count = e.format.count(dataset.figures.find((f) => f.id === 'expanded_class_2019')!.value);
    const first = slides.findIndex((s) => s.text.includes(count) || s.title.includes(count));
    expect(slides[first]?.step).toBe('scale-expanded-class-3');
  });
});
