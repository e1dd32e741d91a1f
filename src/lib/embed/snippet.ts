/** The embed code, made in the prerenderer and again in the page once it knows its own address. */
import { escapeHtml } from '../content/escape.ts';

/** One line of a frame box: `calc(<percent>% + <px>px)` of its width. */
export interface BoxLine {
  readonly percent: number;
  readonly px: number;
}

/** A piece of a frame box: the least of its lines, for widths from `from` to `to` px (either open). */
export interface BoxPiece {
  readonly from?: number;
  readonly to?: number;
  readonly lines: readonly BoxLine[];
}

/**
 * A frame box, measured (see `boxes.ts`): its height at a width is the greatest of its pieces that
 * hold there. Pieces let a box follow a height that falls or jumps at some width (a line of text
 * fewer, a wider drawing), which no single least-of-lines can.
 */
export type FrameBox = readonly BoxPiece[];

export interface SnippetOptions {
  /** The embed's address (a step or theme in its query, if any). */
  url: string;
  /** The embed's key: its pym child id and its Datawrapper-style height key (`separated-<chart>`). */
  key: string;
  title: string;
  box: FrameBox;
  /** The picture shown where frames are stripped (app readers, feeds): a static image and its text. */
  image: { src: string; alt: string };
  /** The address of the embed code's script (`embed/loader.v1.js`); none for code without scripts. */
  loader?: string;
  /** Keep the embed told of the host's scrolling (the story scrolls with the page instead of stepping). */
  trackscroll?: boolean;
  /** Height of the host's sticky header, px: the embed keeps what it holds in view below it. */
  offset?: number;
}

/** How steeply a piece's edge cuts in, px of height per px of width: a step, within a pixel. */
const EDGE = 1000;

/** The box's height at `width` px, rounded up, as its CSS (`boxCss`) gives it: what a frame is given where no style applies. */
export function boxHeight(box: FrameBox, width: number): number {
  const piece = (p: BoxPiece) =>
    Math.min(
      ...p.lines.map((l) => (l.percent / 100) * width + l.px),
      p.from === undefined ? Infinity : (width - p.from) * EDGE,
      p.to === undefined ? Infinity : (p.to - width) * EDGE,
    );
  return Math.ceil(Math.max(0, ...box.map(piece)));
}

/**
 * The box's height as CSS, in % of the width (a padding's percentages are of the width) and px: a
 * piece is the least of its lines and of two steep edges, `(100% - from) * 1000` and
 * `(to - 100%) * 1000`, which are below zero outside it; the box is the greatest of its pieces.
 */
export function boxCss(box: FrameBox): string {
  if (!box.length || box.some((p) => !p.lines.length))
    throw new Error('boxCss: every piece of a box needs a line');
  const pieces = box.map((p) => {
    const terms = p.lines.map((line) => `calc(${line.percent}% + ${line.px}px)`);
    if (p.from !== undefined) terms.push(`calc((100% - ${p.from}px) * ${EDGE})`);
    if (p.to !== undefined) terms.push(`calc((${p.to}px - 100%) * ${EDGE})`);
    return terms.length === 1 ? terms[0]! : `min(${terms.join(', ')})`;
  });
  return pieces.length === 1 ? pieces[0]! : `max(${pieces.join(', ')})`;
}

/** `url` with `name=value` added to its query (before any fragment). */
function withParam(url: string, name: string, value: string): string {
  const hash = url.indexOf('#');
  const [path, fragment] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  return `${path}${path.includes('?') ? '&' : '?'}${name}=${encodeURIComponent(value)}${fragment}`;
}

/**
 * The code a newsroom pastes. Without its script it is already whole: a box whose height follows its
 * width as the embed's measured height does (a padding of the least of a few lines in % of the width
 * plus px, so no media query or stylesheet is needed) and a titled, borderless, lazily loaded iframe
 * filling it. The static image is the frame's fallback, in a `<noscript>` before it, in the same place:
 * a browser that runs scripts (every host that shows frames, scripts stripped from the page or not)
 * neither shows nor fetches it, and readers that drop frames and scripts (app readers, feed readers,
 * AMP converters, sanitizers that keep the content of tags they remove) show it in the frame's box.
 * A browser with scripts off shows both, the frame (opaque) over the picture, so no reader sees two.
 * The script (`loader`) only refines the box to the height the frame reports and passes the host's
 * scrolling to `trackscroll` embeds; it is pinned by subresource integrity (`crossorigin`, which
 * integrity needs from another origin). The iframe's `src` carries the key (`childId=`), so
 * Datawrapper-style listeners that look for their key in a frame's address find it.
 */
export function embedSnippet(options: SnippetOptions): string {
  const { key, title, box, image, loader, trackscroll = false, offset = 0 } = options;
  const src = escapeHtml(withParam(options.url, 'childId', key));
  const fill = 'position:absolute;top:0;left:0;width:100%;';
  const attrs = [
    `data-separated-embed="${escapeHtml(key)}"`,
    trackscroll ? 'data-trackscroll' : '',
    offset > 0 ? `data-offset="${Math.round(offset)}"` : '',
    `style="position:relative;width:100%;height:0;padding:${boxCss(box)} 0 0;overflow:hidden;"`,
  ].filter(Boolean);
  const img =
    `<noscript><img src="${escapeHtml(image.src)}" alt="${escapeHtml(image.alt)}" loading="lazy" ` +
    `style="${fill}height:auto;"></noscript>`;
  const iframe =
    `<iframe src="${src}" title="${escapeHtml(title)}" width="100%" height="${boxHeight(box, 680)}" ` +
    `style="${fill}height:100%;border:none;background:#fff;" scrolling="no" loading="lazy"></iframe>`;
  const script = loader
    ? `\n<script src="${escapeHtml(loader)}" integrity="${__LOADER_INTEGRITY__}" crossorigin="anonymous"></script>`
    : '';
  return `<div ${attrs.join(' ')}>${img}${iframe}</div>${script}`;
}
