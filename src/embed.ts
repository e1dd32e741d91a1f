/**
 * Client entry of the embed pages (`embed/` and `embed/<chart>/`): hydrates the prerendered frame.
 * Which page it is comes from the prerendered `#app` element.
 */
import { hydrate } from 'svelte';
import EmbedChart from './EmbedChart.svelte';
import EmbedStory from './EmbedStory.svelte';
import type { PageView } from './lib/content/view.ts';
import { VIEW_SCRIPT_ID } from './lib/content/view.ts';
import { CHAPTERS, type ChartId } from './lib/story/steps.ts';
import './styles/global.css';
import './styles/embed.css';

const target = document.getElementById('app');
const data = document.getElementById(VIEW_SCRIPT_ID);
if (target && data?.textContent) {
  const view = JSON.parse(data.textContent) as PageView;
  const chart = target.dataset.embedChart as ChartId | undefined;
  if (chart && (CHAPTERS as readonly string[]).includes(chart)) {
    hydrate(EmbedChart, { target, props: { view, chart } });
  } else {
    hydrate(EmbedStory, { target, props: { view } });
  }
}
