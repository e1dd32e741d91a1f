/**
 * Embeds in hostile, real conditions: the site on one origin (localhost), the newsroom's host page on
 * another (127.0.0.1), the host using the real pym.js library from npm.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stateKey, STEPS, stepsOf } from '../../src/lib/story/steps.ts';
import { launch, openPage, poll, serve, type StaticServer } from './harness.ts';
import { chartProblems, waitForState } from './measure.ts';
import { mayShowPrerendered, stepperAt } from './stepper-states.ts';

let browser: Browser;
let site: StaticServer;
let host: StaticServer;
let hostUrl: string;

/**
 * A host page: text above and below the embed so the host can scroll past it. The frame starts in
 * view: Chromium pauses rendering (and so ResizeObserver) in cross-origin frames out of view, and
 * reports their height once a reader scrolls to them.
 */
function hostPage(body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Host newsroom</title><link rel="icon" href="data:,">
<style>body{margin:0;font:16px sans-serif} p{margin:0} .above{height:200px} .below{height:1200px}</style></head>
<body><p class="above">Host text above</p>${body}<p class="below">Host text below</p>
<script>window.heights=[];window.addEventListener('message',function(e){if(e.data&&typeof e.data==='object'&&e.data['datawrapper-height'])window.heights.push(e.data['datawrapper-height'])});</script>
</body></html>`;
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'host-'));
  copyFileSync(
    resolve(import.meta.dirname, '../../node_modules/pym.js/dist/pym.v1.js'),
    join(dir, 'pym.v1.js'),
  );
  [browser, site] = await Promise.all([launch(), serve()]);
  const story = `${site.url}embed/`;
  const pages: Record<string, string> = {
    'pym.html': hostPage(`<div id="story"></div><script src="pym.v1.js"></script>
      <script>window.parent_ = new pym.Parent('story', ${JSON.stringify(story)}, {title: 'Story'});</script>`),
    'trackscroll.html': hostPage(`<div id="story"></div><script src="pym.v1.js"></script>
      <script>window.parent_ = new pym.Parent('story', ${JSON.stringify(story)}, {title: 'Story', trackscroll: true});</script>`),
    'chart.html': hostPage(`<div id="chart"></div><script src="pym.v1.js"></script>
      <script>window.parent_ = new pym.Parent('chart', ${JSON.stringify(`${site.url}embed/search/?step=search-spring-2021`)}, {title: 'Chart'});</script>`),
    'sandboxed.html': hostPage(
      `<iframe id="frame" sandbox="allow-scripts" title="Story" style="width:100%;border:none" src="${story}"></iframe>`,
    ),
    // A plain iframe that takes the reported height (Datawrapper-style), on a malformed fragment.
    'fragment.html': hostPage(
      `<iframe id="frame" title="Story" style="width:100%;border:none" src="${story}#%E0%A4%A"></iframe>` +
        `<script>window.addEventListener('message',function(e){var h=e.data&&e.data['datawrapper-height'];` +
        `if(h&&h['separated-story'])document.getElementById('frame').style.height=h['separated-story']+'px'});</script>`,
    ),
    // A light article (no color-scheme of its own) read on a dark system, as most are.
    'dark-os.html': hostPage(
      `<style>body{background:#f3e9d2}</style>` +
        [
          ['plain', ''],
          ['clear', '?transparent=1'],
          ['dark', '?theme=dark'],
          ['auto', '?theme=auto'],
        ]
          .map(
            ([id, query]) =>
              `<iframe id="${id}" title="${id}" style="display:block;width:100%;height:300px;border:none" src="${site.url}embed/finding/${query}"></iframe>`,
          )
          .join(''),
    ),
    // Datawrapper's own responsive-embed listener, as its documentation gives it: heights keyed by
    // chart id, each applied to the frame whose address contains the key. The frames carry the
    // addresses the "Embed this" dialog gives (the key in childId), at Datawrapper's default height.
    'datawrapper.html': hostPage(
      ['search', 'timeline']
        .map(
          (chart) =>
            `<iframe id="dw-${chart}" title="${chart}" scrolling="no" style="width:0;min-width:100%;border:none" height="150" src="${site.url}embed/${chart}/?childId=separated-${chart}"></iframe>`,
        )
        .join('') +
        `<script>window.addEventListener('message', function (event) {
  if (typeof event.data['datawrapper-height'] !== 'undefined') {
    for (var chartId in event.data['datawrapper-height']) {
      var iframe = document.getElementById('datawrapper-chart-' + chartId) ||
        document.querySelector("iframe[src*='" + chartId + "']");
      if (!iframe) continue;
      iframe.style.height = event.data['datawrapper-height'][chartId] + 'px';
    }
  }
});</script>`,
    ),
    // Two frames of the story side by side: a sibling must not steer the other.
    'siblings.html': hostPage(
      `<iframe id="a" title="Story A" style="width:100%;height:600px;border:none" src="${story}"></iframe>` +
        `<iframe id="b" title="Story B" style="width:100%;height:600px;border:none" src="${story}"></iframe>`,
    ),
  };
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, name), html);
  writeFileSync(join(dir, 'index.html'), hostPage(''));
  host = await serve(dir, '/', '127.0.0.1');
  hostUrl = host.origin.replace('localhost', '127.0.0.1') + '/';
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForSelector('[data-chart]');
  return frame;
}

/**
 * Scrolls the host so that step `id` of the story in its frame sits at 40 % of an 844 px host
 * viewport, then lets the host's scroll messages reach the frame.
 */
async function scrollHostToStep(page: Page, frame: Frame, id: string): Promise<void> {
  const top = await frame.evaluate((step) => document.getElementById(step)!.getBoundingClientRect().top, id);
  const frameTop = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().top);
  await page.evaluate((y) => window.scrollBy(0, y), frameTop + top - 844 * 0.4);
  await page.waitForTimeout(250);
}

/** Waits until the host's iframe is as tall as the frame's content (within 2 px). */
async function heightsAgree(page: Page, frame: Frame): Promise<{ iframe: number; content: number }> {
  // First the frame's document takes the frame's new width (until then its old height agrees falsely).
  const width = await page.evaluate(() => document.querySelector('iframe')!.clientWidth);
  await frame.waitForFunction((w) => Math.abs(window.innerWidth - w) <= 1, width);
  let last = { iframe: 0, content: -100 };
  for (let i = 0; i < 50; i++) {
    const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
    const iframe = await page.evaluate(
      () => document.querySelector('iframe')!.getBoundingClientRect().height,
    );
    last = { iframe, content };
    if (Math.abs(iframe - content) <= 2) return last;
    await page.waitForTimeout(100);
  }
  return last;
}

describe('the story embedded with pym.js on another origin', () => {
  it('sizes the frame to its content after load and when the host width changes', async () => {
    const { page, errors, close } = await openPage(browser, { viewport: { width: 1100, height: 800 } });
    await page.goto(`${hostUrl}pym.html`);
    const frame = await embedFrame(page);
    expect(new URL(frame.url()).origin).not.toBe(new URL(page.url()).origin);
    for (const width of [1100, 360, 700]) {
      await page.setViewportSize({ width, height: 800 });
      const { iframe, content } = await heightsAgree(page, frame);
      expect(Math.abs(iframe - content), `at ${width} px`).toBeLessThanOrEqual(2);
      expect(content).toBeGreaterThan(300);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('shrinks the frame as well as growing it', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 390, height: 800 } });
    await page.goto(`${hostUrl}pym.html`);
    const frame = await embedFrame(page);
    const seen: number[] = [(await heightsAgree(page, frame)).iframe];
    // The stepper keeps one height across its steps; a host column of another width changes it, and
    // the frame must follow both ways.
    for (const width of [1000, 390, 1000]) {
      await page.setViewportSize({ width, height: 800 });
      const { iframe, content } = await heightsAgree(page, frame);
      expect(Math.abs(iframe - content), `at ${width} px`).toBeLessThanOrEqual(2);
      seen.push(iframe);
    }
    const steps = seen.slice(1).map((h, i) => h - seen[i]!);
    expect(
      steps.some((d) => d > 2),
      `grew: ${seen.join(', ')}`,
    ).toBe(true);
    expect(
      steps.some((d) => d < -2),
      `shrank: ${seen.join(', ')}`,
    ).toBe(true);
    await close();
  });

  it('sends Datawrapper-style heights too', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 800, height: 800 } });
    await page.goto(`${hostUrl}pym.html`);
    const frame = await embedFrame(page);
    const { content } = await heightsAgree(page, frame);
    const heights = await page.evaluate(
      () => (window as unknown as { heights: Record<string, number>[] }).heights,
    );
    expect(heights.length).toBeGreaterThan(0);
    expect(Math.abs(heights[heights.length - 1]!['separated-story']! - content)).toBeLessThanOrEqual(2);
    await close();
  });

  it('without scroll tracking, is a stepper: previous/next move the step and the chart', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 800, height: 800 } });
    await page.goto(`${hostUrl}pym.html`);
    const frame = await embedFrame(page);
    expect(await frame.getAttribute('.story', 'data-mode')).toBe('stepper');
    const [first, second] = STEPS;
    expect(await frame.getAttribute('[aria-current="step"]', 'id')).toBe(first!.id);
    await frame.getByRole('button', { name: 'Next' }).click();
    await frame.waitForFunction(
      ([chart, id]) => document.querySelector(`[data-chart="${chart}"]`)?.getAttribute('data-state') === id,
      [second!.chart, second!.id] as const,
    );
    expect(await frame.getAttribute('[aria-current="step"]', 'id')).toBe(second!.id);
    // Only the current step is shown, with its chart above it.
    expect(await frame.locator('.step:visible').count()).toBe(1);
    await close();
  });

  it('with trackscroll, steps as the host scrolls and keeps the chart in view', async () => {
    const { page, errors, close } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await page.goto(`${hostUrl}trackscroll.html`);
    const frame = await embedFrame(page);
    await page.mouse.wheel(0, 400);
    await frame.waitForFunction(
      () => document.querySelector('.story')?.getAttribute('data-mode') === 'host-scroll',
    );
    await heightsAgree(page, frame);
    // Scroll the host until the search chapter's second step sits in the upper half of the host viewport.
    const target = 'search-base-changes';
    for (let i = 0; i < 3; i++) await scrollHostToStep(page, frame, target);
    await frame.waitForFunction((id) => document.querySelector('[aria-current="step"]')?.id === id, target);
    await frame.waitForFunction(
      (id) => document.querySelector('[data-chart="search"]')?.getAttribute('data-state') === id,
      target,
    );
    // The chart is within the host's viewport.
    const frameTop = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().top);
    const chart = await frame.evaluate(() => {
      const r = document.querySelector('[data-chart="search"]')!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    expect(frameTop + chart.top).toBeGreaterThanOrEqual(-1);
    expect(frameTop + chart.bottom).toBeLessThanOrEqual(844);
    expect(errors).toEqual([]);
    await close();
  });

  it('with trackscroll at a phone’s width, keeps the chart over the card read under it', async () => {
    // Review r14 B1: at 375 px the card centred on the host's screen covered 1–10 of the chart's texts
    // at every step.
    const height = 667;
    const { page, errors, close } = await openPage(browser, { viewport: { width: 375, height } });
    await page.goto(`${hostUrl}trackscroll.html`);
    const frame = await embedFrame(page);
    await page.mouse.wheel(0, 400);
    await frame.waitForFunction(
      () => document.querySelector('.story')?.getAttribute('data-mode') === 'host-scroll',
    );
    /** The chart's texts whose centre is under the step's card, not its chart's frame. */
    const covered = (id: string) => {
      const graphic = document.getElementById(id)!.closest('.chapter')!.querySelector('.graphic')!;
      return [...graphic.querySelectorAll('svg text, .chart-title, .chart-subtitle, .chart-source')]
        .map((t) => ({ t, b: t.getBoundingClientRect() }))
        .filter(({ b }) => b.width > 0 && b.height > 0)
        .filter(({ b }) => {
          const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
          return !hit || !graphic.contains(hit);
        })
        .map(({ t }) => `${id}: ${JSON.stringify((t.textContent ?? '').trim().slice(0, 30))}`);
    };
    const problems: string[] = [];
    for (const step of STEPS) {
      // The card's centre at the middle of the host's screen, once the frame has followed.
      for (let i = 0; i < 2; i++) {
        const centre = await frame.evaluate((id) => {
          const r = document.querySelector(`#${id} .card`)!.getBoundingClientRect();
          return r.top + r.height / 2;
        }, step.id);
        const frameTop = await page.evaluate(
          () => document.querySelector('iframe')!.getBoundingClientRect().top,
        );
        await page.evaluate((y) => window.scrollBy(0, y), frameTop + centre - height / 2);
      }
      await waitForState(frame, step.id, step.chart, { drawn: false, timeout: 30_000 });
      // Polled: the chart is moved into the host's screen by the host's scroll messages.
      problems.push(...(await poll(page, () => frame.evaluate(covered, step.id), 3_000)));
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  }, 300_000);

  it('ignores messages of any unexpected shape', async () => {
    const { page, errors, close } = await openPage(browser, { viewport: { width: 800, height: 800 } });
    await page.goto(`${hostUrl}pym.html`);
    const frame = await embedFrame(page);
    const childId = new URL(frame.url()).searchParams.get('childId');
    await page.evaluate((id) => {
      const w = document.querySelector('iframe')!.contentWindow!;
      const junk: unknown[] = [
        null,
        42,
        [],
        { 'separated-theme': 'purple' },
        { 'separated-theme': 'dark', extra: 1 },
        'pymxPYMxotherxPYMxviewport-iframe-positionxPYMx800 800 0 0 100 100',
        `pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx800 800 abc 0 100 100`,
        `pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx800`,
        `pymxPYMx${id}xPYMxnavigateToxPYMxjavascript:alert(1)`,
        `pymxPYMx${id}xPYMxthemexPYMx<script>`,
        'x'.repeat(10_000),
      ];
      for (const message of junk) w.postMessage(message, '*');
    }, childId);
    await page.waitForTimeout(300);
    expect(await frame.getAttribute('.story', 'data-mode')).toBe('stepper');
    expect(await frame.evaluate(() => document.documentElement.dataset.theme ?? 'auto')).toBe('light');
    expect(page.url()).toBe(`${hostUrl}pym.html`);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the story embed’s weight', () => {
  /** The embeds' chart code (Plot, Arquero, the data): one classic script named by content hash. */
  const CHART_CODE = /\/embed\/assets\/charts-[\w-]+\.js$/;

  it.each(['pym.html', 'trackscroll.html'])(
    'in %s on another origin, fetches no chart code until the reader steps or scrolls',
    async (host) => {
      const { page, requests, errors, close } = await openPage(browser, {
        viewport: { width: 390, height: 844 },
      });
      // Every idle callback in the frame runs at once, with a long idle period: a frame that would
      // warm its charts up when idle does so right after load. (A headless frame under test may get
      // no idle period for seconds, which let chart code fetched at load go unnoticed.)
      await page.context().addInitScript(() => {
        if (!location.pathname.includes('/embed/')) return;
        window.requestIdleCallback = (callback) =>
          setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 }), 0) as unknown as number;
      });
      await page.goto(`${hostUrl}${host}`);
      const frame = await embedFrame(page);
      await frame.waitForFunction(() => document.readyState === 'complete');
      // Idle periods come and go, when a chart would warm up or draw ahead; the network settles.
      for (let i = 0; i < 5; i++)
        await frame.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null))));
      await page.waitForLoadState('networkidle');
      // The request log sees the frame's requests (on its own origin): its scripts are in it.
      expect(
        requests.some((u) => u.startsWith(site.origin) && /\/embed\/assets\/embed-[\w-]+\.js$/.test(u)),
      ).toBe(true);
      expect(requests.filter((u) => CHART_CODE.test(u))).toEqual([]);
      const first = await frame.getAttribute('.chapter [data-chart]', 'data-state');
      if (host === 'pym.html') {
        await frame.getByRole('button', { name: 'Next' }).click();
      } else {
        // Scroll the host until the story's second step is current.
        const target = STEPS[1]!.id;
        for (let i = 0; i < 10; i++) {
          if ((await frame.getAttribute('[aria-current="step"]', 'id')) === target) break;
          await scrollHostToStep(page, frame, target);
        }
      }
      // The chart moves on, and its code is fetched now that someone reads.
      await frame.waitForFunction(
        (id) => document.querySelector('.chapter [data-chart]')?.getAttribute('data-state') === id,
        STEPS[1]!.id,
      );
      expect(first).toBe(STEPS[0]!.id);
      await expect.poll(() => requests.filter((u) => CHART_CODE.test(u)).length, { timeout: 15_000 }).toBe(1);
      await frame.waitForSelector('.chapter [data-chart] .chart-body > svg[data-fit]', { state: 'attached' });
      expect(errors).toEqual([]);
      await close();
    },
  );
});

describe('the stepper', () => {
  it.each([
    [390, 664],
    [680, 900],
  ])(
    'at %ix%i keeps previous/next right under the chart, in one place, the frame one height and the focus on them at the ends',
    async (width, height) => {
      const { page, errors, close } = await openPage(browser, { viewport: { width, height } });
      await page.goto(`${site.url}embed/`);
      await page.waitForSelector('.stepper-nav');
      const next = page.getByRole('button', { name: 'Next' });
      const previous = page.getByRole('button', { name: 'Previous' });
      /** Where the controls are against the current chart, and where they and the page end, px. */
      const layout = () =>
        page.evaluate(() => {
          const chart = document.querySelector('.chapter.current .graphic')!.getBoundingClientRect();
          const nav = document.querySelector('.stepper-nav')!.getBoundingClientRect();
          return {
            top: nav.top - chart.bottom,
            bottom: nav.bottom - chart.top,
            // In the page, not the viewport: the same whatever the page has scrolled.
            y: nav.top + window.scrollY,
            end: nav.bottom + window.scrollY,
            page: document.documentElement.getBoundingClientRect().height,
          };
        });
      const seen = [await layout()];
      // At the start, Previous keeps the focus and does nothing.
      await previous.focus();
      await previous.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Previous');
      await next.focus();
      for (let i = 1; i < STEPS.length; i++) {
        await next.press('Enter');
        await page.waitForFunction(
          (n) => document.querySelector('.stepper-count')?.textContent?.includes(`${n} `),
          i + 1,
        );
        seen.push(await layout());
      }
      // The last step: Next says it is unavailable, and the focus is still on it.
      expect(await next.getAttribute('aria-disabled')).toBe('true');
      await next.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Next');
      expect(await page.locator('.stepper-count').textContent()).toContain(String(STEPS.length));
      const [first] = seen;
      for (const [i, g] of seen.entries()) {
        // Right under the chart; chart and controls on one phone screen together.
        expect(g.top, `step ${i + 1}`).toBeGreaterThanOrEqual(0);
        expect(g.top, `step ${i + 1}`).toBeLessThan(40);
        if (width < 400) expect(g.end, `step ${i + 1}`).toBeLessThanOrEqual(height);
        // Next where it was at the first step, and the frame as tall.
        expect(Math.abs(g.y - first!.y), `step ${i + 1}: controls moved`).toBeLessThanOrEqual(0.5);
        expect(Math.abs(g.page - first!.page), `step ${i + 1}: frame height changed`).toBeLessThanOrEqual(
          0.5,
        );
      }
      expect(errors).toEqual([]);
      await close();
    },
  );
});

// Review r18a F6: at 1200×800 the card came under the chart and the controls (y≈860–1015), half the
// frame's width empty beside it, so a laptop reader scrolled the host page at every step to read it.
// From 60rem the card stands beside the chart, as on the story page.
describe('the stepper at laptop widths', () => {
  it.each([
    [1200, 800],
    [1440, 900],
  ])(
    'at %ix%i shows the step’s text beside the chart, both on the frame’s first screen, and Next in one place across two chapters',
    async (width, height) => {
      const { page, errors, close } = await openPage(browser, { viewport: { width, height } });
      // From three steps before the second chapter to five into it.
      const second = STEPS.findIndex((s) => s.chapter !== STEPS[0]!.chapter);
      const run = STEPS.slice(second - 3, second + 5);
      await page.goto(`${site.url}embed/?step=${run[0]!.id}`);
      await page.waitForSelector('.stepper-nav');
      const next = page.getByRole('button', { name: 'Next' });
      const seen: { id: string; text: DOMRect; svg: DOMRect; next: DOMRect; problems: string[] }[] = [];
      for (const [i, step] of run.entries()) {
        if (i > 0) await next.click();
        const index = STEPS.indexOf(step);
        if (mayShowPrerendered(index)) await stepperAt(page, step.id);
        else await waitForState(page, step.id, step.chart);
        const live = !mayShowPrerendered(index);
        const boxes = await page.evaluate(() => {
          const box = (el: Element) => el.getBoundingClientRect().toJSON() as DOMRect;
          const svg = [...document.querySelectorAll('.chapter.current .chart-body > svg')].find(
            (s) => s.getBoundingClientRect().width > 0,
          )!;
          return {
            text: box(document.querySelector('.step[aria-current="step"] .prose')!),
            svg: box(svg),
            next: box([...document.querySelectorAll('.stepper-nav button')].at(-1)!),
          };
        });
        // A drawing made for its box: text at 12 px or more, none of it clipped, covered or off screen.
        const problems = live ? await page.evaluate(chartProblems, [step.chart, 12] as const) : [];
        seen.push({ id: step.id, ...boxes, problems });
      }
      expect(new Set(run.map((s) => s.chapter)).size).toBe(2);
      const first = seen[0]!;
      for (const s of seen) {
        // Whole on the frame's first screen: the text, the drawing, and Next.
        for (const [name, b] of [
          ['text', s.text],
          ['chart', s.svg],
          ['Next', s.next],
        ] as const) {
          expect(b.top, `${s.id}: the ${name}'s top`).toBeLessThan(height);
          expect(b.bottom, `${s.id}: the ${name}'s bottom`).toBeLessThanOrEqual(height);
        }
        const apart =
          s.text.right <= s.svg.left ||
          s.svg.right <= s.text.left ||
          s.text.bottom <= s.svg.top ||
          s.svg.bottom <= s.text.top;
        expect(apart, `${s.id}: the text over the chart`).toBe(true);
        expect(s.problems, s.id).toEqual([]);
        expect(Math.abs(s.next.top - first.next.top), `${s.id}: Next moved`).toBeLessThanOrEqual(0.5);
        expect(Math.abs(s.next.left - first.next.left), `${s.id}: Next moved`).toBeLessThanOrEqual(0.5);
      }
      expect(errors).toEqual([]);
      await close();
    },
  );

  it.each([
    [1200, 800],
    [1440, 900],
  ])(
    'at %ix%i draws the story’s first chart across its box, and keeps it there at the first change of state',
    async (width, height) => {
      const { page, errors, close } = await openPage(browser, { viewport: { width, height } });
      await page.goto(`${site.url}embed/`);
      await page.waitForSelector('.stepper-nav');
      const first = STEPS[0]!;
      const change = STEPS.findIndex((s) => stateKey(s) !== stateKey(first));
      expect(STEPS[change]!.chapter, 'the first chapter changes state').toBe(first.chapter);
      /** The chart's box, and the drawing as the reader sees it in it (its viewBox fitted whole, centred). */
      const seen = () =>
        page.evaluate(() => {
          const body = document.querySelector('.chapter.current .chart-body')!;
          const svg = [...body.querySelectorAll<SVGSVGElement>(':scope > svg')].find(
            (s) => s.getBoundingClientRect().width > 0,
          )!;
          const r = svg.getBoundingClientRect();
          const [, , vw, vh] = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number) as number[];
          const k = Math.min(r.width / vw!, r.height / vh!);
          const [w, h] = [vw! * k, vh! * k];
          const drawing = {
            left: r.left + (r.width - w) / 2,
            top: r.top + (r.height - h) / 2,
            width: w,
            height: h,
          };
          return { box: body.getBoundingClientRect().toJSON() as DOMRect, drawing };
        });
      await stepperAt(page, first.id);
      const before = await seen();
      const next = page.getByRole('button', { name: 'Next' });
      for (let i = 1; i <= change; i++) await next.click();
      await waitForState(page, STEPS[change]!.id, first.chart);
      const after = await seen();
      for (const [when, s] of [
        ['first', before],
        ['changed', after],
      ] as const) {
        // The drawing fills its box's binding side: before, the phone's drawing, 437 px wide and 383 px
        // tall, in a 760 × 483 px box at 1200 px (79%; 76% of 506 px at 1440 px).
        const filled = Math.max(s.drawing.width / s.box.width, s.drawing.height / s.box.height);
        expect(filled, `${when}: the drawing's share of its box`).toBeGreaterThanOrEqual(0.9);
      }
      for (const key of ['left', 'top', 'width', 'height'] as const) {
        expect(
          Math.abs(after.drawing[key] - before.drawing[key]),
          `the drawing's ${key}`,
        ).toBeLessThanOrEqual(0.5);
        expect(Math.abs(after.box[key] - before.box[key]), `the box's ${key}`).toBeLessThanOrEqual(0.5);
      }
      // Drawn in the first drawing's layout, its text 12 px or more, none clipped, covered or off screen.
      expect(await page.evaluate(chartProblems, [first.chart, 12] as const)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    },
  );
});

describe('themes in a host', () => {
  /** The colour the reader sees at a point of the page (a screenshot, read back through a canvas). */
  async function colourAt(page: Page, x: number, y: number): Promise<number[]> {
    const shot = (await page.screenshot({ clip: { x, y, width: 1, height: 1 } })).toString('base64');
    return page.evaluate(async (data) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 1;
      const context = canvas.getContext('2d')!;
      context.drawImage(img, 0, 0);
      return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    }, shot);
  }

  it('is light in a light article on a dark system, lets the article show through with transparent=1, and is dark or follows the system only when asked', async () => {
    const { page, errors, close } = await openPage(browser, {
      viewport: { width: 600, height: 800 },
      colorScheme: 'dark',
    });
    await page.goto(`${hostUrl}dark-os.html`);
    const ids = ['plain', 'clear', 'dark', 'auto'];
    for (const id of ids) {
      const frame = await (await page.waitForSelector(`#${id}`)).contentFrame();
      if (!frame) throw new Error(`no frame ${id}`);
      await frame.waitForSelector('[data-chart] svg:visible');
    }
    const colours: Record<string, number[]> = {};
    for (const id of ids) {
      await page.$eval(`#${id}`, (el) => el.scrollIntoView());
      const inView = (await (await page.$(`#${id}`))!.boundingBox())!;
      // A corner of the frame's padding: the embed's background, nothing drawn on it.
      colours[id] = await colourAt(page, inView.x + 3, inView.y + 3);
    }
    const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= 3);
    expect(near(colours.plain!, [255, 255, 255]), `plain ${colours.plain}`).toBe(true);
    expect(near(colours.clear!, [0xf3, 0xe9, 0xd2]), `transparent ${colours.clear}`).toBe(true);
    expect(Math.max(...colours.dark!), `dark ${colours.dark}`).toBeLessThan(60);
    expect(Math.max(...colours.auto!), `auto ${colours.auto}`).toBeLessThan(60);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('hostile frames and single charts', () => {
  it('runs in <iframe sandbox="allow-scripts"> without a console error', async () => {
    const { page, errors, close } = await openPage(browser, { viewport: { width: 800, height: 800 } });
    await page.goto(`${hostUrl}sandboxed.html`);
    const frame = await embedFrame(page);
    await frame.getByRole('button', { name: 'Next' }).click();
    const second = STEPS[1]!;
    await frame.waitForFunction(
      ([chart, id]) => document.querySelector(`[data-chart="${chart}"]`)?.getAttribute('data-state') === id,
      [second.chart, second.id] as const,
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('never has a dead credit link: in a sandbox without popups the story’s address is text; elsewhere the link opens it', async () => {
    const { page, errors, close } = await openPage(browser, { viewport: { width: 800, height: 800 } });
    await page.goto(`${hostUrl}sandboxed.html`);
    const sandboxed = await embedFrame(page);
    await sandboxed.waitForSelector('.embed-story-address');
    expect(await sandboxed.locator('.embed-credit a[target]').count()).toBe(0);
    expect(await sandboxed.locator('.embed-story-address').textContent()).toBe(`The full story: ${site.url}`);
    // Where the frame may open a tab, the link does: the story, in a new page, the host left as it was.
    await page.goto(`${hostUrl}pym.html`);
    const frame = await embedFrame(page);
    expect(await frame.locator('.embed-story-address').count()).toBe(0);
    const [story] = await Promise.all([
      page.context().waitForEvent('page'),
      frame.getByRole('link', { name: 'Read the full story' }).click(),
    ]);
    await story!.waitForLoadState('domcontentloaded');
    expect(story!.url()).toBe(site.url);
    expect(page.url()).toBe(`${hostUrl}pym.html`);
    expect(errors).toEqual([]);
    await close();
  });

  it('is sized by Datawrapper’s own listener, each frame by the key in its address', async () => {
    const { page, errors, requests, close } = await openPage(browser, {
      viewport: { width: 680, height: 900 },
    });
    await page.goto(`${hostUrl}datawrapper.html`);
    for (const chart of ['search', 'timeline']) {
      const frame = await (await page.waitForSelector(`#dw-${chart}`)).contentFrame();
      if (!frame) throw new Error(`no frame ${chart}`);
      await frame.waitForSelector('.embed-credit');
      const content = await frame.evaluate(() =>
        Math.ceil(document.documentElement.getBoundingClientRect().height),
      );
      await page.waitForFunction(
        ([id, h]) => Math.abs(document.getElementById(id)!.getBoundingClientRect().height - h) <= 2,
        [`dw-${chart}`, content] as const,
      );
      expect(content, chart).toBeGreaterThan(300);
    }
    // The two charts differ in height: each frame took its own.
    const heights = await page.$$eval('iframe', (frames) =>
      frames.map((f) => f.getBoundingClientRect().height),
    );
    expect(new Set(heights).size).toBe(2);
    // No network beyond the two local origins.
    expect(requests.filter((u) => !/^(data:|http:\/\/(127\.0\.0\.1|localhost):)/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the chart state asked for, sized to fit', async () => {
    const { page, errors, close } = await openPage(browser, { viewport: { width: 600, height: 800 } });
    await page.goto(`${hostUrl}chart.html`);
    const frame = await embedFrame(page);
    await frame.waitForFunction(
      () =>
        document.querySelector('[data-chart="search"]')?.getAttribute('data-state') === 'search-spring-2021',
    );
    const { iframe, content } = await heightsAgree(page, frame);
    expect(Math.abs(iframe - content)).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
    await close();
  });

  it('loads no chart code for a chart that keeps its prerendered state', async () => {
    const { page, requests, close } = await openPage(browser, { viewport: { width: 600, height: 800 } });
    await page.goto(`${site.url}embed/reunify/`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    expect(await page.getAttribute('[data-chart="reunify"]', 'data-state')).toBe(
      stepsOf('reunify').at(-1)!.id,
    );
    const scripts = requests.filter((u) => u.endsWith('.js')).map((u) => u.slice(u.lastIndexOf('/') + 1));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^embed-[\w-]{8}\.js$/);
    await close();
  });

  it('falls back to the last state for a step that is not the chart’s, and to the default theme for a bad one', async () => {
    const { page, errors, close } = await openPage(browser, { viewport: { width: 600, height: 800 } });
    await page.goto(`${site.url}embed/search/?step=scale-families&theme=<b>`);
    await page.waitForFunction(
      () =>
        document.querySelector('[data-chart="search"]')?.getAttribute('data-state') === 'search-last-count',
    );
    expect(await page.evaluate(() => document.documentElement.dataset.theme ?? 'auto')).toBe('light');
    expect(errors).toEqual([]);
    await close();
  });

  it('takes its theme from the query and from a host message', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 600, height: 800 } });
    await page.goto(`${site.url}embed/finding/?theme=dark`);
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.evaluate(() => window.postMessage({ 'separated-theme': 'light' }, '*'));
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(dark).not.toBe(light);
    await close();
  });

  it('publishes a manifest and oEmbed answers, and marks embeds noindex with a canonical link', async () => {
    const manifest = await (await fetch(`${site.url}embed/charts.json`)).json();
    expect(manifest.charts.map((c: { id: string }) => c.id)).toEqual([
      'scale',
      'timeline',
      'finding',
      'search',
      'reunify',
    ]);
    expect(manifest.charts[3].steps.map((s: { id: string }) => s.id)).toContain('search-spring-2021');
    // Without the site address its links are relative to the manifest, and served from there.
    const step = manifest.charts[3].steps.find((s: { id: string }) => s.id === 'search-spring-2021');
    for (const link of [step.url, step.images.png, manifest.story.url, manifest.data[0].url]) {
      const response = await fetch(new URL(link, `${site.url}embed/charts.json`));
      expect(response.status, link).toBe(200);
    }
    const oembed = await (await fetch(`${site.url}embed/search/oembed.json`)).json();
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
    expect(oembed.html).toMatch(/<iframe [^>]*title="[^"]+"[^>]*style="[^"]*border:none;[^"]*"/);
    const html = await (await fetch(`${site.url}embed/search/`)).text();
    expect(html).toMatch(/<meta name="robots" content="noindex"/);
    expect(html).toMatch(/<link rel="canonical" href="..\/..\/"/);
    // One discovery link per page: a consumer takes the first. The story page's is the story's.
    const story = await (await fetch(site.url)).text();
    expect(story.match(/type="application\/json\+oembed" href="([^"]+)"/g)).toEqual([
      'type="application/json+oembed" href="embed/oembed.json"',
    ]);
    expect(html.match(/type="application\/json\+oembed" href="([^"]+)"/g)).toEqual([
      'type="application/json+oembed" href="oembed.json"',
    ]);
    const storyAnswer = await (await fetch(`${site.url}embed/oembed.json`)).json();
    expect(storyAnswer.html).toContain('data-separated-embed="separated-story"');
  });
});

describe('embed options', () => {
  it('opens the embedded story at the step a link names', async () => {
    const { page, errors, close } = await openPage(browser, { viewport: { width: 600, height: 800 } });
    await page.goto(`${site.url}embed/?step=search-breakdown`);
    await page.waitForFunction(
      () =>
        document.querySelector('[aria-current="step"]')?.id === 'search-breakdown' &&
        document.querySelector('[data-chart="search"]')?.getAttribute('data-state') === 'search-breakdown',
    );
    await page.goto(`${site.url}embed/#reunify-2021`);
    await page.waitForFunction(() => document.querySelector('[aria-current="step"]')?.id === 'reunify-2021');
    expect(errors).toEqual([]);
    await close();
  });

  it('lets the host’s background show through with transparent=1', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 600, height: 800 } });
    await page.goto(`${site.url}embed/scale/?transparent=1`);
    await page.waitForFunction(() => document.documentElement.classList.contains('transparent'));
    const backgrounds = await page.evaluate(() =>
      [document.documentElement, document.body].map((el) => getComputedStyle(el).backgroundColor),
    );
    expect(backgrounds).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    await close();
  });
});

describe('a frame that reports its height whatever else fails', () => {
  /** The heights the host received, by embed key. */
  const received = (page: Page) =>
    page.evaluate(() => (window as unknown as { heights: Record<string, number>[] }).heights);

  it('reports its height before hydrating: a page whose client data is broken still fits its frame', async () => {
    const { page, errors, close } = await openPage(browser, { viewport: { width: 800, height: 800 } });
    // The frame's HTML with its page data cut short, so hydration throws.
    await page.route(`${site.url}embed/**`, async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /(<script type="application\/json" id="page-view">)\{/,
        '$1',
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${hostUrl}pym.html`);
    const frame = await embedFrame(page);
    const { iframe, content } = await heightsAgree(page, frame);
    expect(Math.abs(iframe - content)).toBeLessThanOrEqual(2);
    expect(content).toBeGreaterThan(300);
    expect(errors.join('\n')).toMatch(/JSON/);
    await close();
  });

  it('survives a malformed fragment (embed/#%E0%A4%A): height reported, first step shown, no error', async () => {
    const { page, errors, close } = await openPage(browser, { viewport: { width: 800, height: 800 } });
    await page.goto(`${hostUrl}fragment.html`);
    const frame = await embedFrame(page);
    await page.waitForFunction(() =>
      (window as unknown as { heights: Record<string, number>[] }).heights.some((h) => h['separated-story']),
    );
    const { iframe, content } = await heightsAgree(page, frame);
    expect(Math.abs(iframe - content)).toBeLessThanOrEqual(2);
    expect(await frame.getAttribute('[aria-current="step"]', 'id')).toBe(STEPS[0]!.id);
    expect(errors).toEqual([]);
    await close();
  });

  it('follows its content without ResizeObserver', async () => {
    const { page, errors, close } = await openPage(browser, { viewport: { width: 390, height: 800 } });
    await page.context().addInitScript(() => {
      if (location.pathname.includes('/embed/'))
        delete (window as { ResizeObserver?: unknown }).ResizeObserver;
    });
    await page.goto(`${hostUrl}pym.html`);
    const frame = await embedFrame(page);
    expect(await frame.evaluate(() => typeof window.ResizeObserver)).toBe('undefined');
    const seen = [(await heightsAgree(page, frame)).iframe];
    for (let i = 0; i < 4; i++) {
      await frame.getByRole('button', { name: 'Next' }).click();
      const { iframe, content } = await heightsAgree(page, frame);
      expect(Math.abs(iframe - content), `after ${i + 1} steps`).toBeLessThanOrEqual(2);
      seen.push(iframe);
    }
    await page.setViewportSize({ width: 900, height: 800 });
    const { iframe, content } = await heightsAgree(page, frame);
    expect(Math.abs(iframe - content), 'after a resize').toBeLessThanOrEqual(2);
    seen.push(iframe);
    expect(new Set(seen).size, `heights: ${seen.join(', ')}`).toBeGreaterThan(1);
    expect((await received(page)).length).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('takes orders only from its own parent: the same theme message from itself or a sibling frame is ignored', async () => {
    const { page, errors, close } = await openPage(browser, { viewport: { width: 800, height: 800 } });
    await page.goto(`${hostUrl}siblings.html`);
    const [a, b] = await Promise.all(
      ['#a', '#b'].map(async (id) => {
        const frame = await (await page.waitForSelector(id)).contentFrame();
        if (!frame) throw new Error(`no frame ${id}`);
        await frame.waitForSelector('[data-chart]');
        return frame;
      }),
    );
    const theme = (frame: Frame) => frame.evaluate(() => document.documentElement.dataset.theme ?? 'auto');
    // The parent steers a frame; until the frame's script has run it cannot hear, so the parent says
    // it again until the frame obeys (a host posting once on load would race the same way).
    const steer = async (id: string, frame: Frame, wanted: 'dark' | 'light') => {
      for (let tries = 0; (await theme(frame)) !== wanted; tries++) {
        if (tries > 150) throw new Error(`frame ${id} never took the theme ${wanted} from its parent`);
        await page.evaluate(
          ([id, wanted]) =>
            document
              .querySelector<HTMLIFrameElement>(id!)!
              .contentWindow!.postMessage({ 'separated-theme': wanted }, '*'),
          [id, wanted],
        );
        await page.waitForTimeout(100);
      }
    };
    // Both frames listen: each obeys its parent, there and back.
    for (const wanted of ['dark', 'light'] as const) {
      await steer('#a', a!, wanted);
      await steer('#b', b!, wanted);
    }
    // From inside frame A: to itself, and to its sibling B (both are well-formed theme messages).
    await a!.evaluate(() => {
      window.postMessage({ 'separated-theme': 'dark' }, '*');
      window.parent.frames[1]!.postMessage({ 'separated-theme': 'dark' }, '*');
    });
    await page.waitForTimeout(300);
    expect([await theme(a!), await theme(b!)]).toEqual(['light', 'light']);
    // The same message from the parent is obeyed at once.
    await page.evaluate(() =>
      document
        .querySelector<HTMLIFrameElement>('#b')!
        .contentWindow!.postMessage({ 'separated-theme': 'dark' }, '*'),
    );
    await b!.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    expect(await theme(a!)).toBe('light');
    expect(errors).toEqual([]);
    await close();
  });
});
