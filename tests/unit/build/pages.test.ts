import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COPY, LANGS } from '../../../src/content/index.ts';
import { CHART_IDS } from '../../../src/lib/charts/index.ts';
import { EDITION_DIRS, headLinks, PAGES, placeOf, relativeUrl, type Page } from '../../../src/pages.ts';

const root = join(import.meta.dirname, '../../..');
const page = (path: string): Page => {
  const found = PAGES.find((p) => p.path === path);
  if (!found) throw new Error(`no page ${path}`);
  return found;
};

describe('the page table', () => {
  it('writes each page once, from a template that exists, in a language that has copy', () => {
    expect(new Set(PAGES.map((p) => p.path)).size).toBe(PAGES.length);
    for (const p of PAGES) {
      expect(p.path, p.path).toMatch(/^([a-z0-9-]+\/)*(index|offline)\.html$/);
      expect(existsSync(join(root, p.template)), p.template).toBe(true);
      expect(Object.keys(COPY), p.path).toContain(p.lang);
      expect(p.path, p.path).toBe(EDITION_DIRS[p.lang] + p.editionPath);
    }
  });

  it('starts with the story page and gives every chart of the registry an embed, in every language', () => {
    expect(PAGES[0]?.path).toBe('index.html');
    for (const lang of LANGS) {
      const pages = PAGES.filter((p) => p.lang === lang);
      expect(pages.flatMap((p) => (p.chart ? [p.chart] : []))).toEqual(CHART_IDS);
    }
  });

  it('publishes the same pages in every language, each edition in its own folder', () => {
    const paths = (lang: string) => PAGES.filter((p) => p.lang === lang).map((p) => p.editionPath);
    for (const lang of LANGS) expect(paths(lang)).toEqual(paths(LANGS[0]!));
    expect(new Set(Object.values(EDITION_DIRS)).size).toBe(LANGS.length);
  });
});

describe('links between pages', () => {
  const cases = [
    { from: 'index.html', to: 'index.html', url: './' },
    { from: 'index.html', to: 'es/index.html', url: 'es/' },
    { from: 'es/index.html', to: 'index.html', url: '../' },
    { from: 'es/index.html', to: 'es/index.html', url: './' },
    { from: 'embed/search/index.html', to: 'index.html', url: '../../' },
    { from: 'es/embed/search/index.html', to: 'es/index.html', url: '../../' },
    { from: 'es/embed/search/index.html', to: 'embed/search/index.html', url: '../../../embed/search/' },
    { from: 'embed/index.html', to: 'es/embed/index.html', url: '../es/embed/' },
  ];
  it.each(cases)('from $from to $to: $url', ({ from, to, url }) => expect(relativeUrl(from, to)).toBe(url));

  it('tie each story page to its editions: itself canonical, every language an alternate', () => {
    expect(headLinks(page('es/index.html'))).toBe(
      '<link rel="canonical" href="./">' +
        '<link rel="alternate" hreflang="en" href="../">' +
        '<link rel="alternate" hreflang="es" href="./">' +
        '<link rel="alternate" hreflang="x-default" href="../">',
    );
    const site = 'https://news.example/graphics/separated/';
    expect(headLinks(page('index.html'), site)).toBe(
      `<link rel="canonical" href="${site}">` +
        `<link rel="alternate" hreflang="en" href="${site}">` +
        `<link rel="alternate" hreflang="es" href="${site}es/">` +
        `<link rel="alternate" hreflang="x-default" href="${site}">`,
    );
  });

  it('give an embed its own edition’s story as canonical, and no alternates', () => {
    expect(headLinks(page('es/embed/search/index.html'))).toBe('<link rel="canonical" href="../../">');
    expect(headLinks(page('embed/index.html'))).toBe('<link rel="canonical" href="../">');
  });

  it('offer each page the same page in the other languages, in their words', () => {
    expect(placeOf(page('es/embed/timeline/index.html'))).toEqual({
      root: '../../../',
      languages: [
        { lang: 'en', href: '../../../embed/timeline/', text: COPY.en.ui.languageLink, name: 'English' },
      ],
    });
    expect(placeOf(page('index.html'))).toEqual({
      root: '',
      languages: [{ lang: 'es', href: 'es/', text: COPY.es.ui.languageLink, name: 'Español' }],
    });
  });
});
