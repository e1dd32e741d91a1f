/**
 * Client entry of the embed pages (`embed/` and `embed/<chart>/`). First of all it starts the frame:
 * height reporting, theme and the host's theme messages, so that the host's iframe fits its content
 * whatever happens next. Then it hydrates the prerendered page. Which page it is comes from the
 * prerendered `#app` element.
 */
import { hydrate } from 'svelte';
import EmbedChart from './EmbedChart.svelte';
import EmbedStory from './EmbedStory.svelte';
import type { PageView } from './lib/content/view.ts';
import { VIEW_SCRIPT_ID } from './lib/content/view.ts';
import { startFrame } from './lib/embed/frame.ts';
import { readParams } from './lib/embed/params.ts';
import { CHAPTERS, type ChartId } from './lib/story/steps.ts';
import './styles/global.css';
import './styles/embed.css';

const target = document.getElementById('app');
const named = target?.dataset.embedChart;
const chart = named && (CHAPTERS as readonly string[]).includes(named) ? (named as ChartId) : undefined;
const params = readParams(location.search, chart);
startFrame(params, chart ? `separated-${chart}` : 'separated-story');

const data = document.getElementById(VIEW_SCRIPT_ID);
if (target && data?.textContent) {
  const view = JSON.parse(data.textContent) as PageView;
  if (chart) hydrate(EmbedChart, { target, props: { view, chart, params } });
  else hydrate(EmbedStory, { target, props: { view, params } });
}
