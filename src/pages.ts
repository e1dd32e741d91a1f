/**
 * Every page the build writes, one row each: where it goes, the template it fills, the function
 * that renders its markup and its language. Each edition publishes the same pages, in its own
 * folder: a new page (a presenter mode, a print handout) is a row in `EDITION_PAGES`, plus its render
 * function and, if it needs its own client code, its template; every language gets it. A new
 * language is a content file, a locale and a folder in `EDITION_DIRS`.
 */
import { COPY, LANGS, type Lang } from './content/index.ts';
import { escapeHtml } from './lib/content/escape.ts';
import type { LanguageLink, PagePlace } from './lib/content/view.ts';
import { CHART_IDS, type ChartId } from './lib/charts/index.ts';
import { OFFLINE_FILE } from './lib/story/offline.ts';
import type { PageMarkup, Prerenderer } from './entry-server.ts';

/**
 * The templates: `index.html` is built by Vite with the story's client code (its asset paths are
 * then relative to the site root); `embed/index.html` gets the embeds' classic script and
 * stylesheet from `embed/assets/`; `present.html` is built by Vite like the story's, with the classroom
 * pages' client code (presenter mode); `offline.html` gets the offline edition's one script and one
 * stylesheet written into it by the build (scripts/build.js), which makes it a single file.
 */
export type Template = 'index.html' | 'embed/index.html' | 'present.html' | 'offline.html';

/** A page as every edition has it, its path inside the edition's folder. */
interface EditionPage {
  /** Where the page goes inside its edition's folder. */
  path: string;
  template: Template;
  /**
   * The page's markup from its language's prerenderer; `place` says where the page stands, `online`
   * is the absolute address of the page's folder when the build knows the site's (for a page that
   * links to the site from elsewhere: the offline edition).
   */
  render: (site: Prerenderer, place: PagePlace, online: string | null) => PageMarkup;
  /** The chart a single-chart embed shows (its template's `data-embed-chart`). */
  chart?: ChartId;
  /**
   * The page search engines should list instead of this one (its canonical link), inside the same
   * edition; absent for a page that stands for itself.
   */
  canonical?: string;
}

export interface Page extends EditionPage {
  /** Where the page goes, relative to the site root. */
  path: string;
  lang: Lang;
  /** The page's path inside its edition's folder: the same for its versions in every language. */
  editionPath: string;
}

/** Each edition's folder, relative to the site root: the first language at the root. */
export const EDITION_DIRS: Record<Lang, string> = { en: '', es: 'es/' };

/** The pages of one edition. */
const EDITION_PAGES: readonly EditionPage[] = [
  { path: 'index.html', template: 'index.html', render: (site, place) => site.renderStory(place) },
  {
    path: 'embed/index.html',
    template: 'embed/index.html',
    render: (site, place) => site.renderEmbedStory(place),
    canonical: 'index.html',
  },
  {
    path: 'present/index.html',
    template: 'present.html',
    render: (site, place) => site.renderPresent(place, relativeUrl('present/index.html', 'index.html')),
    canonical: 'index.html',
  },
  {
    path: 'handout/index.html',
    template: 'present.html',
    render: (site, place, online) =>
      site.renderHandout(place, relativeUrl('handout/index.html', 'index.html'), online),
  },
  {
    path: OFFLINE_FILE,
    template: 'offline.html',
    render: (site, place, online) => site.renderOffline(place, online),
    canonical: 'index.html',
  },
  ...CHART_IDS.map((chart): EditionPage => ({
    path: `embed/${chart}/index.html`,
    template: 'embed/index.html',
    render: (site, place) => site.renderEmbedChart(chart, place),
    chart,
    canonical: 'index.html',
  })),
];

export const PAGES: readonly Page[] = LANGS.flatMap((lang) =>
  EDITION_PAGES.map((page) => ({
    ...page,
    path: EDITION_DIRS[lang] + page.path,
    lang,
    editionPath: page.path,
  })),
);

/** A page's address as a link gives it: its folder, since hosts serve `index.html` for it. */
const folderOf = (path: string) => path.replace(/(^|\/)index\.html$/, '$1');

/** The address of the page at `to` from the page at `from` (both relative to the site root). */
export function relativeUrl(from: string, to: string): string {
  const here = from.split('/').slice(0, -1);
  const there = to.split('/');
  let shared = 0;
  while (shared < here.length && shared < there.length - 1 && here[shared] === there[shared]) shared++;
  const path = '../'.repeat(here.length - shared) + folderOf(there.slice(shared).join('/'));
  return path || './';
}

/** The address of `path` in links from the page at `from`: absolute when the site's address is known. */
const addressOf = (from: string, path: string, siteUrl: string | null) =>
  siteUrl ? new URL(folderOf(path), siteUrl).href : relativeUrl(from, path);

/** Where `page` stands: the way to the site root and the same page in the other editions. */
export function placeOf(page: Page): PagePlace {
  return {
    root: relativeUrl(page.path, 'index.html').replace(/^\.\/$/, ''),
    languages: PAGES.filter((p) => p.editionPath === page.editionPath && p.lang !== page.lang).map(
      (p): LanguageLink => ({
        lang: p.lang,
        href: relativeUrl(page.path, p.path),
        text: COPY[p.lang].ui.languageLink,
        name: COPY[p.lang].ui.languageName,
      }),
    ),
  };
}

/**
 * The `<head>` links that tie a page to its editions: its canonical address (itself, or the page it
 * defers to in the same edition) and, on a page that stands for itself, the same page in every
 * language (`hreflang`, itself included, and `x-default`: the first edition). `siteUrl` is the
 * site's absolute address when the build knows it, for the absolute addresses search engines want.
 */
export function headLinks(page: Page, siteUrl: string | null = null): string {
  const canonical = page.canonical ? EDITION_DIRS[page.lang] + page.canonical : page.path;
  const link = (attrs: string, path: string) =>
    `<link ${attrs} href="${escapeHtml(addressOf(page.path, path, siteUrl))}">`;
  if (page.canonical) return link('rel="canonical"', canonical);
  const versions = PAGES.filter((p) => p.editionPath === page.editionPath);
  return [
    link('rel="canonical"', canonical),
    ...versions.map((p) => link(`rel="alternate" hreflang="${p.lang}"`, p.path)),
    link('rel="alternate" hreflang="x-default"', versions[0]!.path),
  ].join('');
}
