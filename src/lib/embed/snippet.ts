/** The embed code, made in the prerenderer and again in the page once it knows its own address. */
import { escapeHtml } from '../content/escape.ts';

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
