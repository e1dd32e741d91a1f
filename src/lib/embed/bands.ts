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
  /** Its frame takes the drawing's height (a single-chart embed's), `height` only the room it is laid out for. */
  readonly grows?: boolean;
}

/** An embed's drawing height for a column `width` px wide: the live embed's rule (src/lib/story/Figure.svelte). */
const heightFor = (width: number) => Math.round(Math.min(900, Math.max(320, width * 0.8)));

/**
 * The bands, narrowest first. The first is the story's prerendered drawing (phones; scaled down to
 * 12 px text at a 320 px frame); each next one begins where a column is as wide as its drawing.
 */
export const EMBED_BANDS: readonly EmbedBand[] = [
  { width: STATIC_FIT.width, height: STATIC_FIT.height, fontSize: STATIC_FIT.fontSize, grows: true },
  ...[480, 640, 800, 960].map((width) => ({
    width,
    height: heightFor(width),
    fontSize: chartFontSize(width),
    grows: true,
  })),
];

/** The widest a band's drawing is shown, px: where its text reaches `MAX_TEXT`. */
export const bandMaxWidth = (band: EmbedBand) => Math.floor((band.width * MAX_TEXT) / band.fontSize);

/** The room a band's drawing is laid out for (text widths estimated, as every prerendered drawing's). */
export function bandFit(band: EmbedBand): Fit {
  const fit = { ...fitFor(band.width, band.height), fontSize: band.fontSize };
  return band.grows ? { ...fit, grows: true } : fit;
}

/** The smallest frame width, px, at which `band`'s drawing shows (its media query's `min-width`). */
export const bandFrameWidth = (band: EmbedBand) => band.width + FRAME_PADDING;

/**
 * The story embed's stepper on phones (frames narrower than 504 px). Its chart's frame has a set
 * height (`--stepper-h` in src/styles/embed.css, `STEPPER_GRAPHIC`), and the drawing has the room
 * that the chart's title, subtitle and source leave in it: at least `stepperRoom`, with the tallest
 * of the story's chart heads. The prerendered drawing is drawn once per band of frame widths for the
 * room at the band's narrowest frame, and shown as wide as the column (its text at least the size it
 * was drawn with), its room never less than its own height, so the frame has one height at every step.
 * From 504 px the story shows its one prerendered drawing (`STATIC_FIT`).
 */
export const STEPPER_GRAPHIC = { vw: 54, px: 176 } as const;

/**
 * The stepper's frame in its narrowest band (frames under `STEPPER_FRAMES[1]`; `--stepper-extra`
 * and `--stepper-floor` in src/styles/embed.css): `extra` px more than `STEPPER_GRAPHIC` and at
 * least `floor` px tall. There the chart heads wrap to more lines and the tallest drawing (the
 * timeline's lanes, axis and key at 12 px text, and the reunification chart's labels) needs more
 * than the frame's share of the width.
 */
export const STEPPER_NARROW = { extra: 56, floor: 432 } as const;

/**
 * The frame's vertical padding and the tallest chart head (title, subtitle, source) at phone widths,
 * px: the reunification chart's in a 304 px frame (a 320 px phone's column less a host's margins).
 */
export const STEPPER_CHROME = 16 + 190;

/** The least room the stepper's drawing has in a frame `frame` px wide, px (rounded down). */
export const stepperRoom = (frame: number) => Math.floor(stepperHeight(frame) - STEPPER_CHROME);

/** The height of the stepper's chart frame in a frame `frame` px wide (below `STEPPER_WIDE`), px. */
export function stepperHeight(frame: number): number {
  const share = (frame * STEPPER_GRAPHIC.vw) / 100 + STEPPER_GRAPHIC.px;
  return frame < STEPPER_FRAMES[1] ? Math.max(share + STEPPER_NARROW.extra, STEPPER_NARROW.floor) : share;
}

/**
 * The narrowest frame of each of the stepper's phone bands, px; the last band ends at 504 px. The
 * first is a 320 px phone's column less an article's margins.
 */
export const STEPPER_FRAMES = [300, 375, 480] as const;

/** The frame width from which the story shows its one prerendered drawing, px. */
export const STEPPER_WIDE = 504;

/**
 * The stepper's phone bands, narrowest first: each drawn for its narrowest frame's column and room,
 * in 12 px text below 480 px (at the story's 13 px the timeline's lanes need more height than a
 * 375–479 px frame's room).
 */
export const STEPPER_BANDS: readonly EmbedBand[] = STEPPER_FRAMES.map((frame) => {
  const width = frame - FRAME_PADDING;
  return {
    width,
    height: stepperRoom(frame),
    fontSize: frame < STEPPER_FRAMES[2] ? 12 : chartFontSize(width),
  };
});

/** The frame width from which the stepper sets the step's text beside its chart, px (60rem, the story's wide breakpoint). */
export const STEPPER_BESIDE = 960;

/**
 * The stepper's chart column from `STEPPER_BESIDE` (src/styles/embed.css, `min-width: 60rem`): the
 * frame less its padding, the text's column (at most 24rem) and the gap (2rem); its frame is
 * `STEPPER_GRAPHIC`'s share at its 28rem cap plus 12rem, and the chart heads there (the
 * reunification chart's the tallest, in English and Spanish) leave at least `room` px under them.
 */
export const STEPPER_BESIDE_COLUMN = {
  width: STEPPER_BESIDE - FRAME_PADDING - 24 * 16 - 2 * 16,
  frame: 28 * 16 + 12 * 16,
  room: 416,
} as const;

/**
 * The story embed's first drawing from `STEPPER_BESIDE`: laid out for the chart column's width and
 * room at its narrowest frame, and fitted into the column (text 14 px there, up to 16 px at 1440 px).
 * Before it, the 340 px static drawing was shown at most 437 px wide in a 760–1000 px column (review
 * r18a F6), and a change of state kept that small layout (`heldLayout` in Figure.svelte).
 */
export const STEPPER_BESIDE_BAND: EmbedBand = {
  width: STEPPER_BESIDE_COLUMN.width,
  height: STEPPER_BESIDE_COLUMN.room,
  fontSize: chartFontSize(STEPPER_BESIDE_COLUMN.width),
};

/** Every prerendered drawing of the story embed's stepper that its stylesheet chooses by frame width. */
export const STEPPER_DRAWINGS: readonly EmbedBand[] = [...STEPPER_BANDS, STEPPER_BESIDE_BAND];
