/**
 * Client entry of the embed pages (`embed/` and `embed/<chart>/`). First of all it starts the frame:
 * height reporting, theme and the host's theme messages, so that the host's iframe fits its content
 * whatever happens next. Then it hydrates the prerendered page. Which page it is comes from the
 * prerendered `#app` element. The chart code (Plot, Arquero) is a second classic script beside this
 * one, named by content hash in this script tag's `data-charts`, loaded only by the story, once its
 * reader steps or scrolls (a single-chart embed has its drawings for every width and never needs it):
 * a sandboxed frame has an opaque origin, so it cannot fetch module chunks without CORS headers.
 */
import { hydrate } from 'svelte';
import EmbedChart from './EmbedChart.svelte';
import EmbedStory from './EmbedStory.svelte';
import type { ClassicCharts } from './embed-charts.ts';
import { browserScheduler, createLoader, loaderContext, type ChartCode } from './lib/charts/loader.ts';
import type { PageView } from './lib/content/view.ts';
import { VIEW_SCRIPT_ID } from './lib/content/view.ts';
import { expandDrawingsForPrint, expandTablesWhenOpened } from './lib/story/tables.ts';
import { startFrame } from './lib/embed/frame.ts';
import { readParams } from './lib/embed/params.ts';
import { CHAPTERS, type ChartId } from './lib/story/steps.ts';
import './styles/global.css';
import './styles/embed.css';

/** The chart script at `url`, loaded once; a failed load is tried again at the next request. */
function classicCharts(url: string): ChartCode {
  let charts: Promise<ClassicCharts> | null = null;
  const load = () =>
    (charts ??= new Promise<ClassicCharts>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = url;
      script.onload = () =>
        resolve((window as unknown as { separatedCharts: ClassicCharts }).separatedCharts);
      script.onerror = () => {
        script.remove();
        charts = null;
        reject(new Error(`Could not load ${script.src}`));
      };
      document.head.append(script);
    }));
  return {
    dataset: () => load().then((c) => c.dataset),
    prepare: () => load().then((c) => c.prepareChartData),
    renderer: () => load().then((c) => c.render),
  };
}

/** `code` that loads nothing until `open` settles: the story's chart code waits for its reader. */
function gated(code: ChartCode, open: Promise<void>): ChartCode {
  return {
    dataset: () => open.then(code.dataset),
    prepare: () => open.then(code.prepare),
    renderer: () => open.then(code.renderer),
  };
}

// Read while this script first runs: its own tag names the chart script.
const self = document.currentScript as HTMLScriptElement | null;
const chartsUrl = new URL(self?.dataset.charts ?? 'charts.js', self?.src ?? location.href).href;

const target = document.getElementById('app');
const named = target?.dataset.embedChart;
const chart = named && (CHAPTERS as readonly string[]).includes(named) ? (named as ChartId) : undefined;
const params = readParams(location.search, chart);
// Scripts run: the static layer, for readers without them and for print, hides on screen. Before
// the frame reports its first height, so that the first height a host hears is the page as it
// stays (a pym.js host grows its frame once, from pym's 150 px, not twice).
document.documentElement.classList.replace('no-js', 'js');
startFrame(params, chart ? `separated-${chart}` : 'separated-story');

expandTablesWhenOpened(document);
expandDrawingsForPrint(window);

const data = document.getElementById(VIEW_SCRIPT_ID);
if (target && data?.textContent) {
  const view = JSON.parse(data.textContent) as PageView;
  // A chart's embed has a drawing for its width at every state: it never needs the chart code.
  if (chart) hydrate(EmbedChart, { target, props: { view, chart, params } });
  else {
    // The story shows its prerendered drawings until the reader steps or scrolls: a host page with
    // the story in it pays for the chart code only if someone reads the story there.
    let onReader = () => {};
    const reading = new Promise<void>((resolve) => (onReader = resolve));
    const code = gated(classicCharts(chartsUrl), reading);
    const loader = createLoader({ code, scheduler: browserScheduler(window), document, lang: view.lang });
    hydrate(EmbedStory, { target, props: { view, params, onReader }, context: loaderContext(loader) });
  }
}
