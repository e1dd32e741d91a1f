/**
 * The offline edition (`offline.html`, `es/offline.html`): one file opened from the disk with the
 * network off. Every request but the file itself is refused and recorded; the story must scroll
 * through every step with each chart drawn live, presenter mode must step through every step and
 * back by its keys and open at a deep link, all with no request, no console error and no violation
 * of the file's own security policy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/serve-static.js';
import { PRESENT_KEYS } from '../../src/lib/present/keys.ts';
import { STEPS } from '../../src/lib/story/steps.ts';
import { launch, openPage, recordCspViolations, scrollStepTo, serve } from './harness.ts';
import { waitForState } from './measure.ts';
import { offlineProblems } from '../unit/build/offline-file.ts';

const fileUrl = (path: string) => pathToFileURL(join(DIST, path)).href;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A page with the network off: anything but a `file:` URL is aborted, and every request other than
 * for the page's own file is recorded, whatever its scheme.
 */
async function offlinePage(path: string, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, offline: true });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  const own = fileUrl(path);
  await context.route(/.*/, (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    requests.push(`aborted: ${url}`);
    return route.abort();
  });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (r.url().split(/[?#]/)[0] !== own) requests.push(r.url());
  });
  // Headless Chromium renders no frame for a page that asks for none, and then grants it no idle
  // period, in which the charts are drawn; a real screen keeps rendering.
  await page.addInitScript(() => {
    setInterval(() => requestAnimationFrame(() => {}), 250);
  });
  const violations = await recordCspViolations(page);
  return { page, errors, requests, violations, own, close: () => context.close() };
}

/** Scrolls through every step of the story, each chart changing to the step's state, drawn live. */
async function readEveryStep(page: Page) {
  await page.waitForFunction(() => document.documentElement.classList.contains('js'));
  for (const step of STEPS) {
    await scrollStepTo(page, step.id);
    await waitForState(page, step.id, step.chart);
  }
}

/** What presenter mode shows: the current step, the address's step, the counter, the chart. */
const presented = (page: Page) =>
  page.evaluate(() => {
    const current = document.querySelectorAll('.present [aria-current="step"]');
    const prose = current[0]?.querySelector('.prose p')?.textContent ?? '';
    return {
      current: current.length === 1 ? (current[0] as HTMLElement).dataset.step : `${current.length} current`,
      // The step's text, on screen (the file carries it once, in the story); a later card of a
      // passage may be one short sentence.
      text: prose.length > 0 && (current[0] as HTMLElement).getBoundingClientRect().height > 0,
      hash: decodeURIComponent(location.hash.slice(1)),
      presenting: new URLSearchParams(location.search).has('present'),
      chart: document.querySelector('.chapter.current figure[data-chart]')?.getAttribute('data-chart'),
      counter: document.querySelector('.stepper-count')?.textContent?.trim(),
      storySteps: document.querySelectorAll('.story[data-mode="scroll"] [data-step]').length,
    };
  });

async function expectPresented(page: Page, index: number) {
  const step = STEPS[index]!;
  await waitForState(page, step.id, step.chart);
  expect(await presented(page)).toEqual({
    current: step.id,
    text: true,
    hash: step.id,
    presenting: true,
    chart: step.chart,
    counter: `Step ${index + 1} of ${STEPS.length}`,
    storySteps: 0,
  });
}

describe('the offline edition', () => {
  it('is offered for download by the story and the handout, in each language', async () => {
    const site = await serve();
    const { page, close } = await openPage(browser);
    for (const [path, link, name] of [
      ['', 'Download for offline use', 'separated-offline.html'],
      ['es/', 'Descargar para usar sin conexión', 'separados-sin-conexion.html'],
      ['handout/', 'Download for offline use', 'separated-offline.html'],
    ] as const) {
      await page.goto(site.url + path);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: link }).click(),
      ]);
      expect(download.suggestedFilename(), path).toBe(name);
      const saved = readFileSync((await download.path())!, 'utf8');
      const edition = path === 'es/' ? 'es/offline.html' : 'offline.html';
      expect(saved === readFileSync(join(DIST, edition), 'utf8'), path).toBe(true);
    }
    await close();
    await site.close();
  });

  it('is one file that names nothing to load', () => {
    for (const path of ['offline.html', 'es/offline.html']) {
      expect(offlineProblems(readFileSync(join(DIST, path), 'utf8')), path).toEqual([]);
    }
  });

  it('opens from file:// with the network off and draws every step live, requesting nothing', async () => {
    const { page, errors, requests, violations, close } = await offlinePage('offline.html');
    await page.goto(fileUrl('offline.html'));
    await readEveryStep(page);
    // Nothing that cannot work from a file: no embed boxes, no link to a page beside it.
    expect(await page.locator('.embed-this, [data-island^="embed"]').count()).toBe(0);
    expect(await page.locator('a[href="present/"], a[href$="offline.html"][download]').count()).toBe(0);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await close();
  });

  it('carries presenter mode: its keys through every step and back, a deep link, Esc back to the story', async () => {
    const { page, errors, requests, violations, close } = await offlinePage('offline.html', {
      width: 1920,
      height: 1080,
    });
    await page.goto(fileUrl('offline.html'));
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    await page.getByRole('button', { name: 'Present this story in class' }).click();
    await expectPresented(page, 0);
    for (let i = 1; i < STEPS.length; i++) {
      await page.keyboard.press(PRESENT_KEYS.next[i % PRESENT_KEYS.next.length]!);
      await expectPresented(page, i);
    }
    for (let i = STEPS.length - 2; i >= 0; i--) {
      await page.keyboard.press(PRESENT_KEYS.previous[i % PRESENT_KEYS.previous.length]!);
      await expectPresented(page, i);
    }
    // The teacher notes (N) show the step's note.
    await page.keyboard.press('n');
    await page.waitForFunction(() => {
      const note = document.querySelector('[aria-current="step"] .present-notes:not([hidden]) .present-note');
      return (note?.textContent?.trim().length ?? 0) > 40;
    });
    // A deep link opens presenter mode on its step; Esc returns to the story at the step on screen.
    const target = STEPS.findIndex((s) => s.chapter === 'search');
    await page.goto(`${fileUrl('offline.html')}?present#${STEPS[target]!.id}`);
    await expectPresented(page, target);
    await page.keyboard.press('PageDown');
    await expectPresented(page, target + 1);
    const step = STEPS[target + 1]!;
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      (id) =>
        !location.search &&
        location.hash === `#${id}` &&
        document.querySelector('.story[data-mode="scroll"] [aria-current="step"]')?.id === id &&
        !document.querySelector('.present'),
      step.id,
    );
    await waitForState(page, step.id, step.chart);
    // And P switches to it again, at the step being read.
    await page.keyboard.press('p');
    await expectPresented(page, target + 1);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await close();
  }, 240_000);

  it('in Spanish, draws every step live and links to the English file beside it', async () => {
    const { page, errors, requests, violations, close } = await offlinePage('es/offline.html');
    await page.goto(fileUrl('es/offline.html'));
    await readEveryStep(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    const english = await page.locator('a.lang-switch').first().getAttribute('href');
    expect(english).toMatch(/^\.\.\/offline\.html(#|$)/);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await close();
  });
});
