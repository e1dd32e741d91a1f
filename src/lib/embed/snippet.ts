/** The embed code, made in the prerenderer and again in the page once it knows its own address. */
import { escapeHtml } from '../content/escape.ts';

/**
 * The code a newsroom pastes: a plain iframe that works anywhere (titled, full width, borderless),
 * wrapped in the `data-pym-src` markup that pym.js hosts upgrade into a self-resizing frame.
 * `pymScript` is the address of pym.js, when the snippet should load it itself: with subresource
 * integrity, so a changed file on the way (or on a compromised host) never runs in the newsroom's
 * page, and `crossorigin`, which integrity needs for a script from another origin.
 */
export function embedSnippet(url: string, title: string, height: number, pymScript?: string): string {
  const src = escapeHtml(url);
  const iframe =
    `<iframe src="${src}" title="${escapeHtml(title)}" width="100%" height="${height}" ` +
    `style="width:100%;border:none;" scrolling="no" loading="lazy"></iframe>`;
  const script = pymScript
    ? `\n<script src="${escapeHtml(pymScript)}" integrity="${__PYM_INTEGRITY__}" crossorigin="anonymous"></script>`
    : '';
  return `<div data-pym-src="${src}" data-pym-title="${escapeHtml(title)}" data-pym-trackscroll>${iframe}</div>${script}`;
}
