/**
 * Client entry of the embed pages (`embed/` and `embed/<chart>/`): hydrates the prerendered frame.
 * Which page it is comes from the prerendered `#app` element. The chart code (Plot, Arquero) is a
 * second classic script, `charts.js` beside this one, loaded only when a chart must change: a
 * sandboxed frame has an opaque origin, so it cannot fetch module chunks without CORS headers.
 */
import { hydrate } from 'svelte';
import EmbedChart from './EmbedChart.svelte';
import EmbedStory from './EmbedStory.svelte';
import type { ClassicCharts } from './embed-charts.ts';
import { browserScheduler, createLoader, loaderContext, type ChartCode } from './lib/charts/loader.ts';
import type { PageView } from './lib/content/view.ts';
import { VIEW_SCRIPT_ID } from './lib/content/view.ts';
import { CHAPTERS, type ChartId } from './lib/story/steps.ts';
import './styles/global.css';
import './styles/embed.css';

/** The chart script, loaded once; its address is read while this script first runs. */
function classicCharts(scriptUrl: string): ChartCode {
  let charts: Promise<ClassicCharts> | null = null;
  const load = () =>
    (charts ??= new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL('charts.js', scriptUrl).href;
      script.onload = () =>
        resolve((window as unknown as { separatedCharts: ClassicCharts }).separatedCharts);
      script.onerror = () => reject(new Error(`Could not load ${script.src}`));
      document.head.append(script);
    }));
  return {
    dataset: () => load().then((c) => c.dataset),
    prepare: () => load().then((c) => c.prepareChartData),
    renderer: () => load().then((c) => c.render),
  };
}

// Scripts run: the static layer, for readers without them and for print, hides on screen.
document.documentElement.classList.replace('no-js', 'js');

const target = document.getElementById('app');
const data = document.getElementById(VIEW_SCRIPT_ID);
if (target && data?.textContent) {
  const view = JSON.parse(data.textContent) as PageView;
  const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
  const loader = createLoader({
    code: classicCharts(scriptUrl),
    scheduler: browserScheduler(window),
    document,
    lang: view.lang,
  });
  const context = loaderContext(loader);
  const chart = target.dataset.embedChart as ChartId | undefined;
  if (chart && (CHAPTERS as readonly string[]).includes(chart)) {
    hydrate(EmbedChart, { target, props: { view, chart }, context });
  } else {
    hydrate(EmbedStory, { target, props: { view }, context });
  }
}
