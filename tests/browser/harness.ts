/**
 * What the browser tests share: a static server for the built site (mounted under a newsroom-style
 * sub-path, so relative asset paths are tested too), a Chromium launcher, and a page that records
 * console errors and every request it makes.
 */
import { resolve } from 'node:path';
import { CHROME, CHROMIUM_FLAGS } from '../../scripts/chromium.js';
import { DIST, serve as serveStatic, SUB_PATH } from '../../scripts/serve-static.js';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export interface StaticServer {
  origin: string;
  /** The site's address: origin + sub-path. */
  url: string;
  close(): Promise<void>;
}

/** Serves `root` under `prefix` on a free localhost port; anything outside the prefix is a 404. */
export async function serve(root = DIST, prefix = SUB_PATH, host = '127.0.0.1'): Promise<StaticServer> {
  const { origin, url, close } = await serveStatic(root, prefix, host);
  return { origin, url, close };
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME, args: CHROMIUM_FLAGS });
}

/** Chromium and the built site for one test file: started before its tests, stopped after. */
export function useSite(): { readonly browser: Browser; readonly site: StaticServer } {
  const running = {} as { browser: Browser; site: StaticServer };
  beforeAll(async () => {
    [running.browser, running.site] = await Promise.all([launch(), serve()]);
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.site?.close();
  });
  return running;
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
  close(): Promise<void>;
}

/** A fresh context and page that records errors and requests. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  return { page, errors, requests, close: () => context.close() };
}

/**
 * Runs axe-core (injected from node_modules, no network) and returns its violations. `skip` names
 * rules that do not apply to the page (a frame's content is part of its host's page, which has the
 * main landmark and the level-one heading).
 */
export async function axe(
  page: Page,
  skip: string[] = [],
): Promise<{ id: string; nodes: { target: unknown }[] }[]> {
  await page.addScriptTag({ path: resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js') });
  return page.evaluate(async (skipped) => {
    const result = await (
      window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: [] }> } }
    ).axe.run({
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      rules: Object.fromEntries(skipped.map((id) => [id, { enabled: false }])),
    });
    return result.violations;
  }, skip);
}

/** Scrolls so that `#id`'s top sits at `fraction` of the viewport height, as a reader's scroll would. */
export async function scrollStepTo(page: Page, id: string, fraction = 0.4): Promise<void> {
  await page.evaluate(
    ([stepId, f]) => {
      const el = document.getElementById(stepId as string)!;
      const top = el.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top - window.innerHeight * (f as number));
    },
    [id, fraction] as const,
  );
}
