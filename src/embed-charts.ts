/**
 * The chart code of the embeds as one classic script (`embed/assets/charts.js`), loaded only when a
 * chart must change. Its exports become the global `separatedCharts` (see scripts/build.js and the
 * loader in src/embed.ts): a sandboxed frame has an opaque origin, so it cannot fetch module chunks
 * without CORS headers.
 */
export { prepareChartData } from './lib/charts/data.ts';
export * as render from './lib/charts/render.ts';
export { dataset } from './lib/data/bundled.ts';

export type ClassicCharts = typeof import('./embed-charts.ts');
