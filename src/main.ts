/**
 * The story's client entry. The page is already fully drawn by the prerenderer; this hydrates it so
 * the charts follow the reader. Plot and Arquero load later, as module chunks, on the first chart
 * change or in idle time, through the one chart loader the page hands down.
 */
import { hydrate } from 'svelte';
import App from './App.svelte';
import { browserScheduler, createLoader, loaderContext } from './lib/charts/loader.ts';
import type { PageView } from './lib/content/view.ts';
import { VIEW_SCRIPT_ID } from './lib/content/view.ts';
import { expandDrawingsForPrint, expandTablesWhenOpened } from './lib/story/tables.ts';
import './styles/global.css';

// Scripts run: the static layer, for readers without them and for print, hides on screen.
document.documentElement.classList.replace('no-js', 'js');
expandTablesWhenOpened(document);
expandDrawingsForPrint(window);

const target = document.getElementById('app');
const data = document.getElementById(VIEW_SCRIPT_ID);
if (target && data?.textContent) {
  const view = JSON.parse(data.textContent) as PageView;
  const loader = createLoader({
    // Separate dynamic imports evaluate in separate tasks: the data layer (Arquero), then Plot.
    code: {
      dataset: () => import('./lib/data/bundled.ts').then((m) => m.dataset),
      prepare: () => import('./lib/charts/data.ts').then((m) => m.prepareChartData),
      renderer: () => import('./lib/charts/render.ts'),
    },
    scheduler: browserScheduler(window),
    document,
    lang: view.lang,
  });
  hydrate(App, { target, props: { view }, context: loaderContext(loader) });
}
