/**
 * What the browser tests share: a static server for the built site (mounted under a newsroom-style
 * sub-path, so relative asset paths are tested too), a Chromium launcher, and a page that records
 * console errors and every request it makes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROME, CHROMIUM_FLAGS } from '../../scripts/chromium.js';
import { DIST, serve as serveStatic, SUB_PATH } from '../../scripts/serve-static.js';
import { chromium, type Browser, type BrowserContextOptions, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { LANGS, type Lang } from '../../src/content/index.ts';
import { EDITION_DIRS } from '../../src/pages.ts';

export interface StaticServer {
  origin: string;
  /** The site's address: origin + sub-path. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `root` under `prefix` on a free localhost port; anything outside the prefix is a 404. With
 * `asHost`, it answers as a static host that reads the site's `_headers` (security policy, caching).
 */
export async function serve(
  root = DIST,
  prefix = SUB_PATH,
  host = '127.0.0.1',
  options: { asHost?: boolean } = {},
): Promise<StaticServer> {
  const { origin, url, close } = await serveStatic(root, prefix, host, options);
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
 * Every size in every edition, as the cases of a `describe.each`: one case a size and language, each
 * size in turn in every language (the Spanish labels and cards run longer than the English).
 */
export function editions<Size extends object>(sizes: readonly Size[]): (Size & { lang: Lang })[] {
  return sizes.flatMap((size) => LANGS.map((lang) => ({ ...size, lang })));
}

/** A watched page (`openPage`) with the story in edition `lang` loaded, at `viewport`. */
export async function openEdition(
  env: { readonly browser: Browser; readonly site: StaticServer },
  lang: Lang,
  viewport: { width: number; height: number },
): Promise<WatchedPage> {
  const watched = await openPage(env.browser, { viewport });
  await watched.page.goto(env.site.url + EDITION_DIRS[lang]);
  return watched;
}

/**
 * Reads `read` until it reports nothing (an empty string or list), every 50 ms for at most `timeout`
 * ms, and returns its last report: polled from Node rather than with waitForFunction, so that a
 * timeout says what the page shows.
 */
export async function poll<Report extends string | readonly unknown[]>(
  page: Page | Frame,
  read: () => Promise<Report>,
  timeout: number,
): Promise<Report> {
  const deadline = Date.now() + timeout;
  let last = await read();
  while (last.length && Date.now() < deadline) {
    await page.waitForTimeout(50);
    last = await read();
  }
  return last;
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
  // Colours are measured once nothing is fading or moving: a half-faded element (the floating
  // language link stepping aside from a card) is not what a reader is left to read.
  // Settled means idle at two looks a moment apart: a scroll or a click may start a fade a frame later.
  for (let idle = 0, looks = 0; idle < 2; looks++) {
    if (looks > 100) throw new Error('the page never stopped animating');
    const still = await page.evaluate(() => document.getAnimations().every((a) => a.playState !== 'running'));
    idle = still ? idle + 1 : 0;
    if (idle < 2) await page.waitForTimeout(200);
  }
  // Evaluated through the DevTools protocol, which the page's Content Security Policy does not
  // govern (a script tag would be refused: the site allows no inline script).
  await page.evaluate(
    readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8'),
  );
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

/** Records the page's Content Security Policy violations in `window.cspViolations`, from its first script on. */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.context().addInitScript(() => {
    const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${location.pathname}: ${e.effectiveDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  return async () => {
    const lists = await Promise.all(
      page
        .frames()
        .map((f) =>
          f
            .evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])
            .catch(() => []),
        ),
    );
    return lists.flat();
  };
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

/**
 * One browser and the built site for a test file: launched before its tests, closed after them.
 * The getters are for use inside tests.
 */
export function browserAndSite(options: { asHost?: boolean } = {}): {
  browser: () => Browser;
  site: () => StaticServer;
} {
  let browser: Browser | undefined;
  let site: StaticServer | undefined;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launch(), serve(DIST, SUB_PATH, '127.0.0.1', options)]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  const need = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`${what} is not started`);
    return value;
  };
  return { browser: () => need(browser, 'the browser'), site: () => need(site, 'the site') };
}
