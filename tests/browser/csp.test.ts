/**
 * The site under its own strict Content Security Policy, sent as a header from its `_headers` file
 * (as Netlify or Cloudflare Pages would) and as a `<meta>`: no inline script or style, no eval. Every
 * step must still change its chart to the live drawing, with no violation and no console error.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { STEPS } from '../../src/lib/story/steps.ts';
import {
  browserAndSite,
  openPage,
  recordCspViolations,
  scrollStepTo,
  serve,
  type StaticServer,
} from './harness.ts';

const { browser, site } = browserAndSite({ asHost: true });
let host: StaticServer | undefined;

afterAll(async () => {
  await host?.close();
});

describe('a strict Content Security Policy', () => {
  it('is sent with every page, and carried by the page itself', async () => {
    for (const path of ['', 'embed/', 'embed/search/']) {
      const response = await fetch(site().url + path);
      const header = response.headers.get('content-security-policy') ?? '';
      for (const directive of [
        "script-src 'self'",
        "style-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
      ]) {
        expect(header, path).toContain(directive);
      }
      expect(header).not.toMatch(/unsafe-(eval|inline)/);
      expect(header).toContain(path.startsWith('embed') ? 'frame-ancestors *' : "frame-ancestors 'self'");
      const html = await response.text();
      expect(html).toMatch(
        /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self';/,
      );
      expect(html, path).not.toMatch(/<[^>]+\sstyle="/);
      expect(html, path).not.toMatch(/<style[\s>]/);
    }
  });

  it('caches hashed assets for a year and pages for minutes', async () => {
    const html = await (await fetch(site().url)).text();
    const script = /src="\.\/(assets\/index-[\w-]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    expect((await fetch(site().url + script)).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await fetch(site().url)).headers.get('cache-control')).toBe(
      'public, max-age=300, must-revalidate',
    );
    const pym = await fetch(`${site().url}vendor/pym.v1.min.js`);
    expect(pym.headers.get('access-control-allow-origin')).toBe('*');
  });

  it.each([
    { name: 'phone', viewport: { width: 390, height: 844 } },
    { name: 'laptop', viewport: { width: 1280, height: 800 } },
  ])('lets the story draw every step live at $name size, with no violation', async ({ viewport }) => {
    const { page, errors, close } = await openPage(browser(), { viewport });
    const violations = await recordCspViolations(page);
    await page.goto(site().url);
    for (const step of STEPS) {
      await scrollStepTo(page, step.id);
      await page.waitForFunction(
        ([id, chart]) =>
          document.querySelector('[aria-current="step"]')?.id === id &&
          document.querySelector(`[data-chart="${chart}"]`)?.getAttribute('data-state') === id &&
          // The live drawing: made in this page, not one of the prerendered ones.
          !!document.querySelector(`[data-chart="${chart}"] .chart-body > svg`),
        [step.id, step.chart],
      );
    }
    // The live drawings keep the stylesheet's text size (Plot's inline 14 px would be blocked).
    const size = await page.evaluate(() => {
      const text = document.querySelector('[data-chart="reunify"] .chart-body svg text');
      return text ? parseFloat(getComputedStyle(text).fontSize) : 0;
    });
    expect(size).toBeGreaterThanOrEqual(12);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('lets the embeds step through their charts in a sandboxed frame on another site, with no violation', async () => {
    const { page, errors, close } = await openPage(browser(), { viewport: { width: 800, height: 900 } });
    const violations = await recordCspViolations(page);
    const dir = mkdtempSync(join(tmpdir(), 'host-'));
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><title>Host</title><link rel="icon" href="data:,"><iframe sandbox="allow-scripts" title="Story" style="width:100%;height:800px;border:0" src="${site().url}embed/"></iframe>`,
    );
    host = await serve(dir, '/', '127.0.0.1');
    await page.goto(host.origin.replace('localhost', '127.0.0.1') + '/');
    const frame = (await (await page.waitForSelector('iframe')).contentFrame()) as Frame;
    await frame.waitForSelector('[data-chart]');
    for (const step of STEPS.slice(1)) {
      await frame.getByRole('button', { name: 'Next' }).click();
      await frame.waitForFunction(
        ([id, chart]) => document.querySelector(`[data-chart="${chart}"]`)?.getAttribute('data-state') === id,
        [step.id, step.chart],
      );
    }
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
