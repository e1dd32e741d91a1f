/**
 * The chart code as the site's module pages load it (the story and presenter mode): Vite's chunks,
 * each a separate dynamic import, so they evaluate in separate tasks — the data layer (Arquero),
 * then Plot. The embeds load the same code as one classic script instead (`embed.ts`).
 */
import type { ChartCode } from './loader.ts';

export function moduleCharts(): ChartCode {
  return {
    dataset: () => import('../data/bundled.ts').then((m) => m.dataset),
    prepare: () => import('./data.ts').then((m) => m.prepareChartData),
    renderer: () => import('./render.ts'),
  };
}
