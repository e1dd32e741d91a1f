/**
 * The embed code of one embed, as the "Embed this" dialog and the oEmbed answers give it: which
 * address, box, key and fallback image each embed gets. Pure: the page and the prerenderer pass the
 * addresses they know.
 */
import type { ChartId } from '../charts/index.ts';
import type { PageView } from '../content/view.ts';
import { STEPS, stepsOf } from '../story/steps.ts';
import { EMBED_BOXES } from './boxes.ts';
import { stateImagePaths } from './images.ts';
import { embedSnippet, type FrameBox } from './snippet.ts';

/** Where the site publishes the embed code's script (src/lib/embed/loader.v1.js), from its root. */
export const LOADER_PATH = 'embed/loader.v1.js';

export interface EmbedCodeOptions {
  /** The chart to embed; the whole story when absent. */
  chart?: ChartId;
  /** The step a single-chart embed shows (default: its chart's last). */
  step?: string | null;
  /** The address of the edition's folder (`https://host/path/es/`), ending in `/`. */
  edition: string;
  /** The address of the embed code's script; code without scripts when absent. */
  loader?: string;
  /** A sticky host header's height, px. */
  offset?: number;
}

/** The step a chart's embed shows: `step` if it is one of the chart's, else the chart's last. */
export function embedStep(chart: ChartId, step?: string | null): string {
  const steps = stepsOf(chart);
  return (steps.find((s) => s.id === step) ?? steps[steps.length - 1]!).id;
}

/** The measured box of an embed (a chart at a step, or the story). */
export function embedBox(chart?: ChartId, step?: string | null): FrameBox {
  if (!chart) return EMBED_BOXES.story;
  const boxes: Record<string, FrameBox> = EMBED_BOXES.charts[chart];
  const box = boxes[embedStep(chart, step)];
  if (!box)
    throw new Error(`src/lib/embed/boxes.ts › charts.${chart}: no box of step "${embedStep(chart, step)}"`);
  return box;
}

/** The key an embed reports its height under and takes as its pym child id. */
export const embedKey = (chart?: ChartId) => `separated-${chart ?? 'story'}`;

/** The embed code for `options`, in `view`'s language. */
export function embedCode(view: PageView, options: EmbedCodeOptions): string {
  const { chart, edition, loader, offset } = options;
  const step = chart ? embedStep(chart, options.step) : STEPS[0]!.id;
  const shownChart = chart ?? STEPS[0]!.chart;
  const query = chart && options.step ? `?step=${encodeURIComponent(step)}` : '';
  return embedSnippet({
    url: `${edition}embed/${chart ? `${chart}/` : ''}${query}`,
    key: embedKey(chart),
    title: chart ? view.charts[chart].title : view.title,
    box: embedBox(chart, step),
    image: { src: stateImagePaths(shownChart, step, edition).png, alt: view.alts[step] ?? '' },
    loader,
    trackscroll: !chart,
    offset,
  });
}
