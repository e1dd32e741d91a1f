import { describe, expect, it } from 'vitest';
import { DOWNLOAD_NAMES } from '../../src/lib/data/tables.ts';
import { carriesPassageDrawing, passageStart, STEPS, stepsOf } from '../../src/lib/story/steps.ts';
import { axe, openPage, scrollStepTo, useSite } from './harness.ts';
import { waitForState } from './measure.ts';

const env = useSite();

const SIZES = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'laptop', viewport: { width: 1280, height: 800 } },
];

describe.each(SIZES)('the story at $name size', ({ viewport }) => {
  it('makes each step current in turn and draws its chart state, with no console error', async () => {
    const { page, errors, close } = await openPage(env.browser, { viewport });
    await page.goto(env.site.url);
    for (const step of STEPS) {
      await scrollStepTo(page, step.id);
      await waitForState(page, step.id, step.chart, { drawn: false, timeout: 5000 });
      expect(await page.locator('[aria-current="step"]').count()).toBe(1);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('has no axe violations, at the top and mid-story', async () => {
    const { page, close } = await openPage(env.browser, { viewport });
    await page.goto(env.site.url);
    expect(await axe(page)).toEqual([]);
    await scrollStepTo(page, 'search-breakdown');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-chart="search"]')?.getAttribute('data-state') === 'search-breakdown',
    );
    await page.locator('#search-breakdown details summary').click();
    expect(await axe(page)).toEqual([]);
    await close();
  });
});

/** The smallest chart text as rendered: the SVG's font size times its scale on screen. */
function smallestChartText(selector: string): number {
  let smallest = Infinity;
  for (const svg of document.querySelectorAll<SVGSVGElement>(selector)) {
    const box = svg.getBoundingClientRect();
    if (!box.width) continue;
    const scale = box.width / svg.viewBox.baseVal.width;
    for (const text of svg.querySelectorAll('text')) {
      smallest = Math.min(smallest, parseFloat(getComputedStyle(text).fontSize) * scale);
    }
  }
  return smallest;
}

describe('chart text', () => {
  it.each(SIZES)('is at least 12 px on screen at $name size, in every chart state', async ({ viewport }) => {
    const { page, close } = await openPage(env.browser, { viewport });
    await page.goto(env.site.url);
    for (const step of STEPS) {
      await scrollStepTo(page, step.id);
      await page.waitForFunction(
        ([id, chart]) => document.querySelector(`[data-chart="${chart}"]`)?.getAttribute('data-state') === id,
        [step.id, step.chart],
      );
      expect(
        await page.evaluate(smallestChartText, `[data-chart="${step.chart}"] svg`),
        step.id,
      ).toBeGreaterThanOrEqual(12);
    }
    await close();
  });

  it.each([
    { width: 320, height: 640 },
    { width: 390, height: 844 },
  ])('is at least 12 px in the drawings a reader without JavaScript sees at $width px', async (viewport) => {
    const { page, close } = await openPage(env.browser, { javaScriptEnabled: false, viewport });
    await page.goto(env.site.url);
    expect(await page.evaluate(smallestChartText, '.static-chart svg')).toBeGreaterThanOrEqual(12);
    await close();
  });
});

describe('robust scrolling', () => {
  it('opens on the right step and chart state from a link to a step', async () => {
    const { page, errors, close } = await openPage(env.browser, { viewport: { width: 390, height: 844 } });
    await page.goto(`${env.site.url}#search-breakdown`);
    await page.waitForFunction(
      () =>
        document.querySelector('[aria-current="step"]')?.id === 'search-breakdown' &&
        document.querySelector('[data-chart="search"]')?.getAttribute('data-state') === 'search-breakdown',
    );
    // Charts of chapters already passed show their last state.
    expect(await page.getAttribute('[data-chart="scale"]', 'data-state')).toBe(stepsOf('scale').at(-1)!.id);
    expect(errors).toEqual([]);
    await close();
  });

  it('lands on the right step after a reload mid-story and after a fast fling', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(env.site.url);
    await scrollStepTo(page, 'finding-known-wish');
    await page.reload();
    await page.waitForFunction(
      () => document.querySelector('[aria-current="step"]')?.id === 'finding-known-wish',
    );
    // A fling: one jump across three chapters, no intermediate scroll events.
    await scrollStepTo(page, 'reunify-2023');
    await page.waitForFunction(
      () =>
        document.querySelector('[aria-current="step"]')?.id === 'reunify-2023' &&
        document.querySelector('[data-chart="reunify"]')?.getAttribute('data-state') === 'reunify-2023',
    );
    await close();
  });

  it('does not change step when only the viewport height changes (the mobile address bar)', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 390, height: 844 } });
    await page.goto(env.site.url);
    // The step's text ends at 620 px, on the 844 px screen: on a phone a step is current once its
    // text can be read whole (or its top reaches the reading line), so the step is current…
    await page.evaluate(() => {
      const text = document.querySelector('#timeline-zero-tolerance .prose')!.getBoundingClientRect();
      window.scrollTo(0, Math.round(text.bottom + window.scrollY - 620));
    });
    await page.waitForFunction(
      () => document.querySelector('[aria-current="step"]')?.id === 'timeline-zero-tolerance',
    );
    // …but it would not be on a 600 px one (its text runs 20 px past it, and its top is below the
    // reading line at 360 px). A phone's address bar and toolbar change innerHeight
    // (and dvh) but not the svh the layout uses: were the line re-measured on such a height-only
    // resize, the previous step would become current.
    await page.evaluate(() => {
      Object.defineProperty(window, 'innerHeight', { value: 600, configurable: true });
      window.dispatchEvent(new Event('resize'));
      window.scrollBy(0, 1);
    });
    await page.waitForTimeout(300);
    expect(await page.getAttribute('[aria-current="step"]', 'id')).toBe('timeline-zero-tolerance');
    // A width change (rotation) does re-measure, with the new height: the step before it is current.
    await page.evaluate(() => {
      Object.defineProperty(window, 'innerWidth', { value: 391, configurable: true });
      window.dispatchEvent(new Event('resize'));
    });
    const before = STEPS[STEPS.findIndex((s) => s.id === 'timeline-zero-tolerance') - 1]!.id;
    await page.waitForFunction((id) => document.querySelector('[aria-current="step"]')?.id === id, before);
    await close();
  });
});

describe('the phone reader', () => {
  it('keeps the chart while the next card only peeks in, and changes it as that card is read', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 320, height: 640 } });
    await page.goto(env.site.url);
    const current = () => page.getAttribute('[aria-current="step"]', 'id');
    // Every step after the first, on a phone, with the step before it.
    for (const [i, step] of STEPS.entries()) {
      if (i === 0) continue;
      const before = STEPS[i - 1]!.id;
      const height = await page.evaluate((id) => document.getElementById(id)!.offsetHeight, step.id);
      // Its top 20 px into the screen's foot, its text only beginning to show: the card above is
      // still being finished. (At 40 px the one-line text of finding-recommendations-3, 35 px under
      // its top, was whole on screen, and a step is current once its text can be read whole.)
      await scrollStepTo(page, step.id, 620 / 640);
      if (height > 20) {
        await page.waitForFunction(
          (id) => document.querySelector('[aria-current="step"]')?.id === id,
          before,
        );
      }
      // Its top at the reading line (60%): its step is current and the chart draws its state.
      await scrollStepTo(page, step.id, 0.6);
      await waitForState(page, step.id, step.chart, { drawn: false, timeout: 30_000 });
      expect(await current()).toBe(step.id);
    }
    await close();
  });

  it('makes a card current as soon as it is wholly on screen, before its top reaches the reading line', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 390, height: 844 } });
    await page.goto(env.site.url);
    // The shortest card after the first: wholly on screen with its top well under the reading line.
    const cards = await page.evaluate(
      (ids) => ids.map((id) => ({ id, height: document.getElementById(id)!.offsetHeight })),
      STEPS.slice(1).map((s) => s.id),
    );
    const short = cards.reduce((a, b) => (b.height < a.height ? b : a));
    expect(short.height).toBeLessThan(844 * 0.4 - 24);
    const top = 844 - short.height - 12;
    await scrollStepTo(page, short.id, top / 844);
    await page.waitForFunction((id) => document.querySelector('[aria-current="step"]')?.id === id, short.id);
    await close();
  });
});

describe('every reader', () => {
  it('reads the whole story, with a drawing per passage, without JavaScript', async () => {
    const { page, close } = await openPage(env.browser, {
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    await page.goto(env.site.url);
    // Every card has its text; a passage split over several cards for phones may leave a short one,
    // so the length is asked of the whole passage.
    const passages = new Map<string, string>();
    for (const step of STEPS) {
      const text = (await page.locator(`#${step.id} .prose`).innerText()).trim();
      expect(text, step.id).not.toBe('');
      const start = passageStart(step).id;
      passages.set(start, `${passages.get(start) ?? ''} ${text}`);
      // The passage's drawing carries what all its cards say, so on screen its other cards do not
      // repeat it; it stands in its first card, or in the later one that reaches its state (r17 NJ1).
      expect(await page.locator(`#${step.id} .static-chart svg`).isVisible(), step.id).toBe(
        carriesPassageDrawing(step),
      );
    }
    for (const [id, text] of passages) expect(text.length, id).toBeGreaterThan(60);
    // The sticky drawing would show only one state: it is hidden (its frame heads the chapter).
    expect(await page.locator('.graphic .chart-body').first().isVisible()).toBe(false);
    await expect(page.locator('#methods').innerText()).resolves.toMatch(/Sources/);
    await close();
  });

  it('prints every step with its own drawing, which the screen hides while the live chart runs', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(env.site.url);
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    expect(await page.locator('.static-chart svg').first().isVisible()).toBe(false);
    // Each drawing's ids are its own, so the hidden copies never capture a live chart's patterns.
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    expect(ids.length - new Set(ids).size).toBe(0);
    // While scripts run, the drawings are held as unparsed text: no elements until print needs them.
    expect(await page.locator('.static-chart svg').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    for (const step of STEPS) {
      // Put in when the print media query changes (a browser printing for real fires beforeprint).
      // A passage's first card's drawing carries what its later cards say: on paper it stands beside them.
      const shown = passageStart(step).id;
      await page.locator(`#${shown} .static-chart svg`).waitFor({ state: 'visible', timeout: 10_000 });
      expect(await page.locator(`#${shown} .static-chart svg`).isVisible(), step.id).toBe(true);
      await expect(page.locator(`#${step.id} .static-chart svg`).count(), step.id).resolves.toBe(1);
    }
    expect(await page.locator('.graphic').first().isVisible()).toBe(false);
    await close();
  });

  it('makes no request to any host but its own', async () => {
    const { page, requests, close } = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(env.site.url);
    for (const step of STEPS) await scrollStepTo(page, step.id);
    await page.waitForLoadState('networkidle');
    const foreign = requests.filter((u) => !u.startsWith(env.site.origin) && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
    await close();
  });

  it('offers the data downloads from the built site', async () => {
    for (const name of [...DOWNLOAD_NAMES, 'README.txt']) {
      const file = `data/${name}`;
      const res = await fetch(env.site.url + file);
      expect(res.status, file).toBe(200);
    }
    const csv = await (await fetch(`${env.site.url}data/unreached.csv`)).text();
    expect(csv.split('\n')[0]).toMatch(/^id,date,/);
    expect(csv).toMatch(/unreached_2021_05_19,2021-05-19,2021-05-19,N,391,exact,N,true,/);
  });
});
