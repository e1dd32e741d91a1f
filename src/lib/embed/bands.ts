/**
 * The drawings of a single-chart embed: one per band of frame widths, each laid out for its band's
 * narrowest width with the text size the story uses there, so that the frame's stylesheet can show
 * the one its width needs (src/styles/embed.css, one media query per band) and scale it only a little.
 * A drawing is never stretched past the width at which its text would reach `MAX_TEXT` px; the frame
 * centres it instead. The story's own chart is drawn live for its box; an embed needs no chart code.
 */
import { chartFontSize, fitFor, STATIC_FIT, type Fit } from '../charts/fit.ts';

/** The largest chart text an embed shows, px: below the chart's title at every width. */
export const MAX_TEXT = 18;

/** The frame's side padding, px (`.embed` in src/styles/embed.css): a frame this much wider than the drawing's column. */
export const FRAME_PADDING = 24;

export interface EmbedBand {
  /** The drawing's width and height, px, as laid out; shown from a column this wide. */
  readonly width: number;
  readonly height: number;
  /** Its text size, px. */
  readonly fontSize: number;
}

/** An embed's drawing height for a column `width` px wide: the live embed's rule (src/lib/story/Figure.svelte). */
const heightFor = (width: number) => Math.round(Math.min(900, Math.max(320, width * 0.8)));

/**
 * The bands, narrowest first. The first is the story's prerendered drawing (phones; scaled down to
 * 12 px text at a 320 px frame); each next one begins where a column is as wide as its drawing.
 */
export const EMBED_BANDS: readonly EmbedBand[] = [
  { width: STATIC_FIT.width, height: STATIC_FIT.height, fontSize: STATIC_FIT.fontSize },
  ...[480, 640, 800, 960].map((width) => ({
    width,
    height: heightFor(width),
    fontSize: chartFontSize(width),
  })),
];

/** The widest a band's drawing is shown, px: where its text reaches `MAX_TEXT`. */
export const bandMaxWidth = (band: EmbedBand) => Math.floor((band.width * MAX_TEXT) / band.fontSize);

/** The room a band's drawing is laid out for (text widths estimated, as every prerendered drawing's). */
export function bandFit(band: EmbedBand): Fit {
  return { ...fitFor(band.width, band.height), fontSize: band.fontSize };
}

/** The smallest frame width, px, at which `band`'s drawing shows (its media query's `min-width`). */
export const bandFrameWidth = (band: EmbedBand) => band.width + FRAME_PADDING;
