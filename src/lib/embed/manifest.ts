/**
 * What newsrooms' tools read about the embeds: the manifest of charts and their states, the embed
 * code (an iframe plus pym.js-compatible markup) and the oEmbed answers.
 */
import { escapeHtml } from '../content/escape.ts';
import type { PageView } from '../content/view.ts';
import { CHAPTERS, stepsOf, type ChartId } from '../story/steps.ts';

export interface EmbedManifest {
  story: { title: string; url: string };
  charts: { id: ChartId; title: string; url: string; oembed: string; steps: string[]; defaultStep: string }[];
}

/** Paths are relative to `embed/`, where the manifest is served. */
export function embedManifest(view: PageView): EmbedManifest {
  return {
    story: { title: view.title, url: './' },
    charts: CHAPTERS.map((id) => {
      const steps = stepsOf(id).map((s) => s.id);
      return {
        id,
        title: view.charts[id].title,
        url: `${id}/`,
        oembed: `${id}/oembed.json`,
        steps,
        defaultStep: steps[steps.length - 1]!,
      };
    }),
  };
}

/**
 * The code a newsroom pastes: a plain iframe that works anywhere (titled, full width, borderless),
 * wrapped in the `data-pym-src` markup that pym.js hosts upgrade into a self-resizing frame.
 * `pymScript` is the address of pym.js, when the snippet should load it itself.
 */
export function embedSnippet(url: string, title: string, height: number, pymScript?: string): string {
  const src = escapeHtml(url);
  const iframe =
    `<iframe src="${src}" title="${escapeHtml(title)}" width="100%" height="${height}" ` +
    `style="width:100%;border:none;" scrolling="no" loading="lazy"></iframe>`;
  const script = pymScript ? `\n<script src="${escapeHtml(pymScript)}"></script>` : '';
  return `<div data-pym-src="${src}" data-pym-title="${escapeHtml(title)}" data-pym-trackscroll>${iframe}</div>${script}`;
}

/** Typical drawn heights, so a frame does not jump much before its first height message. */
export const EMBED_HEIGHTS: Record<ChartId | 'story', number> = {
  story: 900,
  scale: 560,
  timeline: 560,
  finding: 560,
  search: 560,
  reunify: 480,
};

/** The oEmbed `rich` answer for one chart. */
export function oembed(view: PageView, chart: ChartId, siteUrl: string) {
  const url = `${siteUrl}embed/${chart}/`;
  return {
    version: '1.0',
    type: 'rich',
    title: view.charts[chart].title,
    provider_name: view.ui.provider,
    width: 600,
    height: EMBED_HEIGHTS[chart],
    html: embedSnippet(url, view.charts[chart].title, EMBED_HEIGHTS[chart], `${siteUrl}vendor/pym.v1.min.js`),
  };
}
