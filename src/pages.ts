/**
 * Every page the build writes, one row each: where it goes, the template it fills, the function
 * that renders its markup and its language. A new page (a presenter mode, a print handout, an
 * edition in another language) is a row here, plus its render function and, if it needs its own
 * client code, its template.
 */
import type { Lang } from './content/index.ts';
import { CHART_IDS, type ChartId } from './lib/charts/index.ts';
import type { PageMarkup, Prerenderer } from './entry-server.ts';

/**
 * The templates: `index.html` is built by Vite with the story's client code (its asset paths are
 * then relative to the site root); `embed/index.html` gets the embeds' classic script and
 * stylesheet from `embed/assets/`.
 */
export type Template = 'index.html' | 'embed/index.html';

export interface Page {
  /** Where the page goes, relative to the site root. */
  path: string;
  template: Template;
  /** The page's markup from its language's prerenderer. */
  render: (site: Prerenderer) => PageMarkup;
  lang: Lang;
  /** The chart a single-chart embed shows (its template's `data-embed-chart`). */
  chart?: ChartId;
}

export const PAGES: readonly Page[] = [
  { path: 'index.html', template: 'index.html', render: (site) => site.renderStory(), lang: 'en' },
  {
    path: 'embed/index.html',
    template: 'embed/index.html',
    render: (site) => site.renderEmbedStory(),
    lang: 'en',
  },
  ...CHART_IDS.map((chart): Page => ({
    path: `embed/${chart}/index.html`,
    template: 'embed/index.html',
    render: (site) => site.renderEmbedChart(chart),
    lang: 'en',
    chart,
  })),
];
