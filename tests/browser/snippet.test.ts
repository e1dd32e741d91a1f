/**
 * The embed code as a newsroom pastes it, on a host page of another origin (127.0.0.1; the site is
 * on localhost): taken from the story page's "Embed this" dialogs, with its script and with it
 * stripped, as CMSs, app readers and oEmbed consumers do.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, serve, type StaticServer } from './harness.ts';

let browser: Browser;
let site: StaticServer;
let host: StaticServer;
let hostDir: string;
/** The dialogs' embed code, by the embed's key (`separated-scale`, …, `separated-story`). */
const snippets = new Map<string, string>();

const stripScripts = (code: string) => code.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');

/** A host article: a heading, then the embed code, then enough text to scroll. */
function hostPage(body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Host article</title><link rel="icon" href="data:,">
<style>body{margin:0 auto;max-width:100%;font:18px/1.5 Georgia,serif} main{padding:0 8px} p{margin:0 0 1em}</style></head>
<body><main><h1>Host article</h1>${body}${'<p>Host text below the embed, paragraph after paragraph.</p>'.repeat(40)}</main></body></html>`;
}

/** Serves `body` as a page of the host's origin; returns its address. */
function hostAt(name: string, body: string): string {
  writeFileSync(join(hostDir, name), hostPage(body));
  return `${host.origin.replace('localhost', '127.0.0.1')}/${name}`;
}

beforeAll(async () => {
  // As a static host serves the site (its _headers: the script's CORS header, which integrity needs).
  [browser, site] = await Promise.all([launch(), serve(undefined, undefined, undefined, { asHost: true })]);
  hostDir = mkdtempSync(join(tmpdir(), 'snippet-host-'));
  writeFileSync(join(hostDir, 'index.html'), hostPage(''));
  host = await serve(hostDir, '/', '127.0.0.1');
  const { page, close } = await openPage(browser);
  await page.goto(site.url);
  // The dialogs make the code absolute once the page runs.
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLTextAreaElement>('.embed-this textarea')].every((t) =>
      t.value.includes('<script src="http'),
    ),
  );
  for (const code of await page.$$eval('.embed-this textarea', (ts) =>
    ts.map((t) => (t as HTMLTextAreaElement).value),
  )) {
    const key = /data-separated-embed="([^"]+)"/.exec(code)?.[1];
    if (key) snippets.set(key, code);
  }
  await close();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

/**
 * How much taller than its embed, px, a box measured by `npm run measure:embeds` may be: the story
 * embed's wavy height as much as a single chart's, its box split wherever a straight piece would
 * stand more than `OVER` px over it (scripts/measure-embeds.js).
 */
const SLACK = 16;

/** Run in a page before its scripts: `window.cls`, the sum of its layout shifts not caused by input. */
function sumLayoutShifts() {
  const w = window as unknown as { cls: number };
  w.cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[])
      if (!entry.hadRecentInput) w.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/** The embed's box, its frame's content height and the bottom of its credit line, once it has loaded. */
async function measure(page: Page) {
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForSelector('.embed-credit');
  await frame.waitForFunction(() => document.documentElement.classList.contains('js'));
  const box = await page.$eval('[data-separated-embed]', (el) => el.getBoundingClientRect().height);
  const frameHeight = await page.$eval('iframe', (el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    content: Math.ceil(document.documentElement.getBoundingClientRect().height),
    credit: Math.ceil(document.querySelector('.embed-credit')!.getBoundingClientRect().bottom),
    viewport: window.innerHeight,
  }));
  return { box, frameHeight, ...inner };
}

describe('the embed code', () => {
  it('has a dialog for every chart and the story, each with the embed code’s script', () => {
    expect([...snippets.keys()].sort()).toEqual(
      ['finding', 'reunify', 'scale', 'search', 'story', 'timeline'].map((c) => `separated-${c}`),
    );
  });

  for (const width of [375, 680, 1000]) {
    it(`without its script, shows every embed whole at ${width} px: no clipping, a tight box`, async () => {
      const { page, errors, close } = await openPage(browser, { viewport: { width, height: 900 } });
      try {
        for (const [key, code] of snippets) {
          await page.goto(hostAt(`stripped-${key}.html`, stripScripts(code)));
          const m = await measure(page);
          // The frame is exactly its box, with no script to change it…
          expect(Math.abs(m.frameHeight - m.box), key).toBeLessThanOrEqual(1);
          // …and its content, credit line and all, fits in it.
          expect(m.content, key).toBeLessThanOrEqual(Math.ceil(m.box));
          expect(m.credit, key).toBeLessThanOrEqual(m.viewport);
          // The box is measured for the embed, not a guess far too tall: within 16 px of its height.
          expect(m.box - m.content, key).toBeLessThanOrEqual(SLACK);
        }
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  for (const width of [375, 680, 1000]) {
    it(`at ${width} px, with its script or without, every embed above the fold moves no host text (CLS < 0.02)`, async () => {
      const { page, errors, close } = await openPage(browser, { viewport: { width, height: 900 } });
      try {
        await page.addInitScript(sumLayoutShifts);
        const shifts: string[] = [];
        for (const [key, code] of snippets) {
          for (const script of [true, false]) {
            await page.goto(hostAt(`cls-${key}-${script}.html`, script ? code : stripScripts(code)));
            if (script) {
              // The script has refined the box to the height the frame reports.
              await page.waitForFunction(() =>
                /^\d+px$/.test(
                  document.querySelector<HTMLElement>('[data-separated-embed]')!.style.paddingTop,
                ),
              );
            }
            const m = await measure(page);
            if (script) {
              expect(Math.abs(m.box - m.content), key).toBeLessThanOrEqual(1);
              expect(await page.$eval('iframe', (f) => f.getAttribute('loading')), key).toBe('lazy');
              // The fallback picture was never needed.
              expect(await page.$$('[data-separated-embed] img'), key).toHaveLength(0);
            }
            // Two frames on, so that a shift of the last change has been reported.
            const cls = await page.evaluate(
              () =>
                new Promise<number>((done) =>
                  requestAnimationFrame(() =>
                    requestAnimationFrame(() => done((window as unknown as { cls: number }).cls)),
                  ),
                ),
            );
            if (!(cls < 0.02))
              shifts.push(`${key} ${script ? 'with' : 'without'} its script: CLS ${cls.toFixed(3)}`);
          }
        }
        expect(shifts).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  for (const width of [320, 375, 480]) {
    it(`at ${width} px, with its script or without, the story opens with its drawings above the controls, text ≥ 12 px`, async () => {
      const { page, errors, requests, close } = await openPage(browser, { viewport: { width, height: 900 } });
      try {
        for (const script of [true, false]) {
          // The stepper: the story as a host shows it that sends no scroll positions (the dialog's
          // code with its script follows the host's scrolling instead, with no controls).
          const code = snippets.get('separated-story')!.replace(' data-trackscroll', '');
          await page.goto(hostAt(`story-${width}-${script}.html`, script ? code : stripScripts(code)));
          await measure(page);
          const frame = (await (await page.$('iframe'))!.contentFrame())!;
          await frame.waitForSelector('.stepper-nav');
          // Every chapter's first drawing as the stepper shows it before the reader steps (the
          // others hidden in the same place, each as it would show once its chapter is reached).
          const drawings = await frame.$$eval('.chapter .graphic .chart-body', (bodies) => {
            const controls = document.querySelector('.stepper-nav')!.getBoundingClientRect().top;
            return bodies.map((body) => {
              const svg = [...body.querySelectorAll<SVGSVGElement>(':scope > svg')].find(
                (s) => s.getBoundingClientRect().width > 0,
              );
              if (!svg) return { chart: body.closest('figure')!.dataset.chart, shown: false };
              const box = svg.getBoundingClientRect();
              const view = svg.viewBox.baseVal;
              const scale = Math.min(box.width / view.width, box.height / view.height);
              const texts = [...svg.querySelectorAll('text')].filter((t) => t.getBoundingClientRect().height);
              return {
                chart: body.closest('figure')!.dataset.chart,
                shown: true,
                live: svg.hasAttribute('data-fit'),
                text: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)),
                under: Math.max(box.bottom, ...texts.map((t) => t.getBoundingClientRect().bottom)) - controls,
              };
            });
          });
          const how = `${width} px ${script ? 'with' : 'without'} its script`;
          expect(drawings.map((d) => d.chart).sort(), how).toEqual([
            'finding',
            'reunify',
            'scale',
            'search',
            'timeline',
          ]);
          for (const d of drawings) {
            expect(d.shown && !d.live, `${how}: ${d.chart} prerendered`).toBe(true);
            expect(d.text, `${how}: ${d.chart} text`).toBeGreaterThanOrEqual(12);
            expect(d.under, `${how}: ${d.chart} under the controls`).toBeLessThanOrEqual(0);
          }
        }
        // Before the reader steps, no chart code.
        expect(requests.filter((u) => /\/embed\/assets\/charts-/.test(u))).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  for (const width of [375, 680]) {
    it(`at ${width} px, a host that frames the embeds with its own pym.Parent (the site's pym.js), their height reserved from charts.json, moves no text (CLS < 0.02)`, async () => {
      const { page, errors, close } = await openPage(browser, { viewport: { width, height: 900 } });
      try {
        await page.addInitScript(sumLayoutShifts);
        await page.addInitScript(() => {
          const w = window as unknown as { heights: number[] };
          w.heights = [];
          // Every height the frame sends pym.js, in order.
          window.addEventListener('message', (e) => {
            const m = typeof e.data === 'string' ? /^pymxPYMx.+xPYMxheightxPYMx(\d+)$/.exec(e.data) : null;
            if (m) w.heights.push(Number(m[1]));
          });
        });
        const manifestUrl = `${site.url}embed/charts.json`;
        const manifest = await (await fetch(manifestUrl)).json();
        const embeds = [
          { id: 'story', url: manifest.story.url, heights: manifest.story.frame.heights },
          ...manifest.charts.map(
            (c: {
              id: string;
              url: string;
              defaultStep: string;
              steps: { id: string; frame: { heights: Record<string, number> } }[];
            }) => ({
              id: c.id,
              url: c.url,
              heights: c.steps.find((s) => s.id === c.defaultStep)!.frame.heights,
            }),
          ),
        ];
        const problems: string[] = [];
        for (const embed of embeds) {
          const url = new URL(embed.url, manifestUrl).href;
          const reserved = embed.heights[String(width)];
          const body =
            // As wide as the page (the manifest gives heights by column width), out of the article's margins.
            `<div id="g" style="margin:0 -8px;min-height:${reserved}px"></div>` +
            `<script src="${site.url}vendor/pym.v1.min.js"></script>` +
            `<script>new pym.Parent('g', ${JSON.stringify(url)}, {title: 'Embed'});</script>`;
          await page.goto(hostAt(`pym-${embed.id}-${width}.html`, body));
          const frame = (await (await page.waitForSelector('#g iframe')).contentFrame())!;
          await frame.waitForSelector('.embed-credit');
          await page.waitForFunction(() => (window as unknown as { heights: number[] }).heights.length > 0);
          // The frame at its reported height, two frames on, so that any shift has been reported.
          await page.waitForFunction(() => {
            const heights = (window as unknown as { heights: number[] }).heights;
            return (
              Math.abs(
                document.querySelector('#g iframe')!.getBoundingClientRect().height - heights.at(-1)!,
              ) <= 1
            );
          });
          const { cls, heights } = await page.evaluate(() =>
            new Promise<{ cls: number; heights: number[] }>((done) =>
              requestAnimationFrame(() =>
                requestAnimationFrame(() => done(window as unknown as { cls: number; heights: number[] })),
              ),
            ).then((w) => ({ cls: w.cls, heights: [...w.heights] })),
          );
          if (!(cls < 0.02))
            problems.push(`${embed.id}: CLS ${cls.toFixed(3)} (heights ${heights.join(', ')})`);
          // The first height the frame sends is the one it keeps: pym grows its frame once.
          if (new Set(heights).size !== 1) problems.push(`${embed.id}: sent ${heights.join(', ')}`);
          if (heights[0]! > reserved)
            problems.push(`${embed.id}: ${heights[0]} px, more than its box (${reserved})`);
        }
        expect(problems).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it('keeps the story’s held chart below a 56 px sticky host header (data-offset)', async () => {
    const { page, errors, close } = await openPage(browser, { viewport: { width: 390, height: 664 } });
    try {
      const code = snippets
        .get('separated-story')!
        .replace('data-trackscroll', 'data-trackscroll data-offset="56"');
      const header =
        '<header style="position:sticky;top:0;height:56px;background:#222;color:#fff;z-index:2">Host header</header>';
      await page.goto(hostAt('sticky.html', header + code));
      const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
      // The story follows the host's scrolling once the script tells it where it is.
      await frame.waitForSelector('.embed-story .scrolly');
      await page.waitForFunction(
        () => document.querySelector('iframe')!.getBoundingClientRect().height > 3000,
      );
      const frameHeight = await page.$eval('iframe', (f) => f.getBoundingClientRect().height);
      const frameTop = await page.$eval('iframe', (f) => f.getBoundingClientRect().top + window.scrollY);
      let held = 0;
      for (let y = frameTop; y < frameTop + frameHeight - 664; y += 400) {
        await page.evaluate((to) => window.scrollTo(0, to), y);
        // Wait until the frame has placed its charts for this scroll position.
        await frame.waitForFunction(
          (expected) =>
            [...document.querySelectorAll<HTMLElement>('.scrolly')].every((s) => {
              const g = s.querySelector<HTMLElement>('.graphic')!;
              const box = s.getBoundingClientRect();
              const want = Math.round(
                Math.min(Math.max(0, expected - box.top), Math.max(0, box.height - g.offsetHeight)),
              );
              return Math.abs(new DOMMatrix(getComputedStyle(g).transform).m42 - want) <= 1;
            }),
          y - frameTop + 56,
        );
        const iframeTop = await page.$eval('iframe', (f) => f.getBoundingClientRect().top);
        const tops = await frame.$$eval('.scrolly', (list) =>
          list.map((s) => {
            const g = s.querySelector<HTMLElement>('.graphic')!;
            const shift = new DOMMatrix(getComputedStyle(g).transform).m42;
            const max = s.getBoundingClientRect().height - g.offsetHeight;
            const title =
              g.querySelector('.chart-frame.current .chart-title') ?? g.querySelector('.chart-title');
            return { holding: shift > 0 && shift < max - 1, title: title!.getBoundingClientRect().top };
          }),
        );
        for (const t of tops.filter((t) => t.holding)) {
          held++;
          expect(iframeTop + t.title, `scrolled to ${y}`).toBeGreaterThanOrEqual(56);
        }
      }
      // The check above ran on charts the frame was holding, at many positions.
      expect(held).toBeGreaterThan(5);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('renders an oEmbed answer’s html in a page on another origin at the embed’s height, with its script or without', async () => {
    const { page, errors, close } = await openPage(browser, { viewport: { width: 680, height: 900 } });
    try {
      for (const chart of ['search', undefined]) {
        const answerUrl = `${site.url}embed/${chart ? `${chart}/` : ''}oembed.json`;
        const answer = await (await fetch(answerUrl)).json();
        // Built without SITE_URL, the answer's addresses are relative to it; a published build's are
        // absolute (tests/unit/build/build.test.ts). Resolved here as that build would give them.
        const html = (answer.html as string).replace(
          /\b(src|href)="([^"]+)"/g,
          (_, attr: string, url: string) =>
            `${attr}="${new URL(url.replaceAll('&amp;', '&'), answerUrl).href.replaceAll('&', '&amp;')}"`,
        );
        for (const script of [true, false]) {
          const name = `oembed-${chart ?? 'story'}-${script}.html`;
          await page.goto(hostAt(name, script ? html : stripScripts(html)));
          const m = await measure(page);
          expect(m.content, `${name}: clipped`).toBeLessThanOrEqual(Math.ceil(m.box));
          expect(m.box - m.content, name).toBeLessThanOrEqual(script ? 1 : SLACK);
        }
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows its static image only where the frame cannot show: frames and scripts dropped', async () => {
    const code = stripScripts(snippets.get('separated-search')!);
    // An app or feed reader: no scripts, and the frame dropped with its tags (the picture kept).
    const reader = await openPage(browser, {
      viewport: { width: 375, height: 664 },
      javaScriptEnabled: false,
    });
    try {
      const { page } = reader;
      await page.goto(hostAt('no-frame.html', code.replace(/<iframe\b[\s\S]*?<\/iframe>/, '')));
      const img = await page.waitForSelector('[data-separated-embed] img');
      await page.waitForFunction((el) => (el as HTMLImageElement).naturalWidth > 0, img);
      expect(await img.evaluate((el) => (el as HTMLImageElement).alt)).toBeTruthy();
      const [box, picture] = await Promise.all([
        page.$eval('[data-separated-embed]', (el) => el.getBoundingClientRect().toJSON() as DOMRect),
        img.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect),
      ]);
      expect(picture.width).toBe(box.width);
      expect(picture.height).toBeGreaterThan(100);
      // In the embed's box, which holds it: the host's text below does not move when it loads.
      expect(picture.top).toBe(box.top);
      expect(picture.bottom).toBeLessThanOrEqual(box.bottom + 0.5);
    } finally {
      await reader.close();
    }
    for (const scripts of [true, false]) {
      // A browser that shows the frame, with scripts (the picture neither shown nor fetched) or without
      // (the frame over the picture: one of them seen).
      const { page, requests, close } = await openPage(browser, {
        viewport: { width: 375, height: 664 },
        javaScriptEnabled: scripts,
      });
      try {
        await page.goto(hostAt(`frame-${scripts}.html`, code));
        const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
        await frame.waitForSelector('.embed-credit');
        await page.waitForLoadState('load');
        if (scripts) {
          expect(await page.$$('[data-separated-embed] img')).toHaveLength(0);
          expect(requests.filter((u) => u.endsWith('.png'))).toEqual([]);
        }
        const seen = await page.$eval('[data-separated-embed]', (box) => {
          const r = box.getBoundingClientRect();
          const points = [0.1, 0.5, 0.9].flatMap((y) => [0.1, 0.5, 0.9].map((x) => [x, y] as const));
          return points.map(
            ([x, y]) => document.elementFromPoint(r.left + r.width * x, r.top + r.height * y)?.localName,
          );
        });
        expect(seen, `scripts ${scripts ? 'on' : 'off'}`).toEqual(seen.map(() => 'iframe'));
      } finally {
        await close();
      }
    }
  });
});
