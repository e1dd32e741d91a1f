/**
 * The offline edition's pieces that need no browser: its script made safe to stand inside a
 * `<script>` element, its security policy, and how its address says which view is on screen.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { offlineAssets } from '../../../scripts/build.js';
import { contentSecurityPolicy, inlineHash } from '../../../scripts/publish.js';
import { JSDOM } from 'jsdom';
import {
  fillSharedSlots,
  opensPresenter,
  presenting,
  shareSlots,
  viewAddress,
} from '../../../src/lib/story/offline.ts';

describe("the offline file's script and stylesheet", () => {
  // What the bundle really holds: Svelte's `<!>` → `<!---->`, the embed code's tags, a regex.
  const code = [
    'var out = [];',
    "out.push('<!>'.replaceAll('<!>', `<!---->`));",
    'out.push("<script src=\\"x\\"></script>");',
    'out.push(`<SCRIPT>${1}</Script >`);',
    'out.push(/<\\/script>|<!--/i.test("</script>"));',
    'out.push(/<script\\s/i.test("<script src"), /<script/.test("<Script"));',
  ].join('\n');
  const files = { js: Buffer.from(code), css: Buffer.from('.a{color:red}') };

  it('keeps what the script computes, with nothing left that ends or escapes the element', () => {
    const { script } = offlineAssets(files);
    expect(script).not.toMatch(/<!--|<\/?script/i);
    const run = (source: string) => runInNewContext(`${source}; out`) as unknown[];
    expect(run(script)).toEqual(run(code));
  });

  it('names its script and stylesheet by hash, and refuses a stylesheet that loads a file', () => {
    const { script, style, hashes } = offlineAssets(files);
    expect(hashes).toEqual({ scripts: [inlineHash(script)], styles: [inlineHash(style)] });
    expect(inlineHash('a')).toBe("'sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs='");
    for (const css of [
      '@font-face{src:url(f.woff2)}',
      '@import "x.css";',
      '.a{background:url( "https://x/y.png")}',
    ])
      expect(() => offlineAssets({ ...files, css: Buffer.from(css) }), css).toThrow(/loads a file/);
    expect(() => offlineAssets({ ...files, css: Buffer.from('.a::after{content:"</style>"}') })).toThrow(
      /<\/style/,
    );
    expect(() =>
      offlineAssets({ ...files, css: Buffer.from('.a{background:url(data:image/png;base64,AA)}') }),
    ).not.toThrow();
  });

  it('gets a policy that loads nothing but its own inline script and style', () => {
    const inline = { scripts: ["'sha256-a'"], styles: ["'sha256-b'"] };
    const meta = contentSecurityPolicy('offline', 'meta', inline);
    expect(meta).toBe(
      "default-src 'none'; script-src 'sha256-a'; style-src 'sha256-b'; img-src data:; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
    expect(contentSecurityPolicy('offline', 'header', inline)).toBe(`${meta}; frame-ancestors 'self'`);
    expect(() => contentSecurityPolicy('offline', 'meta')).toThrow(/hashes/);
  });
});

describe("the offline file's address", () => {
  const file = 'file:///home/teacher/separated-offline.html';

  it('opens presenter mode with ?present, on the step its fragment names', () => {
    expect(viewAddress(file, true, 'finding-parents')).toBe(`${file}?present#finding-parents`);
    expect(viewAddress(`${file}?present#finding-parents`, false, 'scale-total')).toBe(`${file}#scale-total`);
    expect(viewAddress(`${file}?lang=x#a`, true, null)).toBe(`${file}?lang=x&present`);
    expect(presenting('?present')).toBe(true);
    expect(presenting('?present=1')).toBe(true);
    expect(presenting('')).toBe(false);
    expect(presenting('?presenter')).toBe(false);
  });

  it('switches to presenter mode on P, but not with a modifier or while typing', () => {
    const key = (k: string, more: Partial<KeyboardEvent> = {}) =>
      opensPresenter({ key: k, altKey: false, ctrlKey: false, metaKey: false, target: null, ...more });
    expect(key('p')).toBe(true);
    expect(key('P')).toBe(true);
    expect(key('o')).toBe(false);
    expect(key('p', { ctrlKey: true })).toBe(false);
    expect(key('p', { target: { tagName: 'textarea' } as unknown as EventTarget })).toBe(false);
  });
});

describe("presenter mode's markup in the offline file", () => {
  it("carries the story's step markup once, and gets it back from the story when shown", () => {
    const story =
      '<div data-slot="prose:a"><p>Step <b>A</b></p></div><noscript data-slot="static:a">&lt;svg&gt;&lt;/svg&gt;</noscript><div data-slot="svg:a"><svg></svg></div>';
    const present =
      '<div class="prose" data-slot="prose:a"></div><noscript data-slot="static:a"></noscript><div data-slot="svg:a"></div><div data-slot="note-reveal:a"></div>';
    const shared = shareSlots(present, new Set(['prose:a', 'static:a', 'svg:a']));
    // The build fills only what the story does not carry, and the chart's own slot.
    expect([...shared.matchAll(/data-slot="([^"]+)"/g)].map((m) => m[1])).toEqual(['svg:a', 'note-reveal:a']);
    const { document } = new JSDOM(`<div id="story">${story}</div><template>${shared}</template>`).window;
    const markup = document.querySelector('template')!.content.cloneNode(true) as DocumentFragment;
    fillSharedSlots(markup, document.getElementById('story')!);
    expect(markup.querySelector('[data-slot="prose:a"]')?.innerHTML).toBe('<p>Step <b>A</b></p>');
    expect(markup.querySelector('noscript[data-slot="static:a"]')?.textContent).toBe('<svg></svg>');
    expect(markup.querySelector('[data-story-slot]')).toBeNull();
    // A story without the slot: a broken build, named.
    const bare = new JSDOM('<p>No steps</p>').window.document;
    const again = document.querySelector('template')!.content.cloneNode(true) as DocumentFragment;
    expect(() => fillSharedSlots(again, bare)).toThrow(/"prose:a"/);
  });
});
