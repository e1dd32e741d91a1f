/**
 * The room a chart is drawn for, and how its text measures there. Every chart lays itself out for
 * a `Fit`: the live chart's is the reader's chart box, measured in the browser, with text widths
 * measured by the browser's own font; the prerendered drawings' are fixed sizes with text widths
 * estimated (generously, so that what fits in the estimate fits on screen).
 */

/** Measures `text` set at `size` px and `weight`, in px. */
export type Measure = (text: string, size: number, weight?: number) => number;

export interface Fit {
  /** Width of the drawing, px. */
  width: number;
  /** Height the drawing may take at most, px; a chart may take less. */
  height: number;
  /** The chart's text size, px (never below 12). */
  fontSize: number;
  measure: Measure;
  /** How far the font's box rises above the baseline, in em (where a label's box begins). */
  ascent: number;
  /**
   * The frame grows to the drawing (a single-chart embed's): `height` is the room to lay it out
   * for, and a chart may take more where squeezing into it would read worse.
   */
  grows?: boolean;
}

/** Chart text grows a little on wide charts, so it keeps its rank beside large body text. */
export function chartFontSize(width: number): number {
  return width >= 880 ? STORY_TYPE_MAX : width >= 600 ? 15 : width >= 360 ? 14 : width >= 320 ? 13 : 12;
}

/** The largest chart type the story and its embeds set (`chartFontSize`), px. */
const STORY_TYPE_MAX = 16;

/**
 * The radius of a key's swatch (the square beside a name that says which colour it is) for chart
 * type of `size` px, as Plot's square symbol takes it (a side of √π radii). The story's swatch is
 * 5 px (a 9 px square) at its 12 to 16 px type; type set larger (the presenter's, 20 px and up for
 * a projector) gets swatches as large as its letters: a side of 0.85 of the type size.
 */
export function swatchRadius(size: number): number {
  return size <= STORY_TYPE_MAX ? 5 : (0.85 * size) / Math.sqrt(Math.PI);
}

/** Widths in em of character classes, on the wide side of common sans-serif system fonts. */
const EM = [
  { chars: /[il.,:;'’!|]/, em: 0.3 },
  { chars: /[fjrt() ]/, em: 0.38 },
  { chars: /[mw]/, em: 0.9 },
  { chars: /[MW]/, em: 1 },
  { chars: /[A-Z]/, em: 0.72 },
  { chars: /[0-9]/, em: 0.62 },
];

/**
 * How much wider bold text runs than regular: the widest common system sans, DejaVu Sans (Linux's
 * `system-ui`), sets a bold label 1.13 times as wide as its regular.
 */
const BOLD = 1.13;

/** An estimate of the width of text, for drawings made without a browser (prerender, tests). */
export const estimate: Measure = (text, size, weight = 400) => {
  let em = 0;
  for (const ch of text) em += EM.find((c) => c.chars.test(ch))?.em ?? 0.6;
  return em * size * (weight >= 600 ? BOLD : 1);
};

/** The ascent of common sans-serif system fonts, em, for drawings made without a browser. */
const ASCENT = 0.93;

/** A `Fit` for a box; text estimated unless a measure (and the font's ascent) is given. */
export function fitFor(width: number, height: number, measure: Measure = estimate, ascent = ASCENT): Fit {
  return { width, height, fontSize: chartFontSize(width), measure, ascent };
}

/**
 * The room the prerendered drawings are laid out for: a phone's chart box, which the static page
 * scales to its column (at 294 px, the narrowest, its 14 px text is 12.1 px). Also the room of a
 * chart that cannot be measured (not laid out).
 */
export const STATIC_FIT: Fit = { ...fitFor(340, 300), fontSize: 14 };

/**
 * The room of the story's figure without JavaScript on a screen wide enough for its whole text
 * column (44 rem, less a card's padding and border): a second prerendered drawing per step, shown
 * there at its own size instead of the phone's scaled up (src/styles/global.css,
 * `.static-chart-wide`). Its text is the phone drawing's size, at which the scale chart's column
 * names take two lines under columns this wide.
 */
export const WIDE_STATIC_FIT: Fit = { ...fitFor(662, 530), fontSize: 14 };

/**
 * A `Fit` whose text is measured as the browser sets it in `element`'s font family: for the live
 * chart, whose labels are placed by their real widths. Falls back to estimates without a canvas.
 */
export function browserFit(element: Element, width: number, height: number): Fit {
  const context = element.ownerDocument.createElement('canvas').getContext('2d');
  if (!context) return fitFor(width, height);
  const family = getComputedStyle(element).fontFamily;
  const cache = new Map<string, number>();
  const measure: Measure = (text, size, weight = 400) => {
    const key = `${weight} ${size} ${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      context.font = `${weight} ${size}px ${family}`;
      w = context.measureText(text).width;
      cache.set(key, w);
    }
    return w;
  };
  context.font = `100px ${family}`;
  const ascent = context.measureText('Hg').fontBoundingBoxAscent / 100;
  return fitFor(width, height, measure, Number.isFinite(ascent) && ascent > 0 ? ascent : ASCENT);
}

/** Splits `text` into lines no wider than `maxWidth` px (a word longer than that gets a line alone). */
export function wrap(fit: Fit, text: string, maxWidth: number, size = fit.fontSize, weight = 400): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && fit.measure(candidate, size, weight) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The widest of `lines`, px. */
export function widest(fit: Fit, lines: string[], size = fit.fontSize, weight = 400): number {
  return Math.max(0, ...lines.map((l) => fit.measure(l, size, weight)));
}

/** A label's box in drawing coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Whether two boxes overlap by more than a hair. */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

/** The line height chart text is set at, px. */
/**
 * Whether the segments a–b and c–d cross: each one's ends on either side of the other. Segments that
 * only meet at an end, or run along one line, do not.
 */
export function segmentsCross(
  a: { x: number; y: number },
  b: { x: number; y: number },
  c: { x: number; y: number },
  d: { x: number; y: number },
): boolean {
  const side = (p: typeof a, q: typeof a, r: typeof a) =>
    Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

export const lineHeight = (size: number) => Math.round(size * 1.2);

/**
 * A drawing's height in whole px: the least that holds `extent`, a sum of fractional rows. The sum's
 * rounding error is not a pixel: ten rows of 37.3 px add up to 373.00000000000006, which `Math.ceil`
 * made 374, a drawing a pixel taller than the room it was laid out to fill (in the story embed, its
 * row and the frame grew when it came in).
 */
export const wholeHeight = (extent: number) => Math.ceil(extent - 1e-6);

/** Where a label may go: a point, and how its box sits against it. */
export interface Spot {
  x: number;
  y: number;
  /** `start`: the box begins at x; `end`: it ends there; `middle`: it is centred on it. */
  align: 'start' | 'middle' | 'end';
  /** `top`: the box hangs from y; `bottom`: it stands on it; `middle`: it is centred on it. */
  valign: 'top' | 'middle' | 'bottom';
}

/** A label to place: its lines, its type and the spots it may take, best first. */
export interface LabelRequest {
  key: string;
  lines: string[];
  size: number;
  weight: number;
  spots: Spot[];
  /** Left out, rather than set over something, when none of its spots is clear. */
  optional?: boolean;
}

/** A placed label: its box, in drawing coordinates. */
export interface PlacedLabel extends LabelRequest {
  box: Box;
  spot: Spot;
}

/** The box a label's lines take at a spot. */
export function labelBox(fit: Fit, label: Omit<LabelRequest, 'spots' | 'key'>, spot: Spot): Box {
  const w = widest(fit, label.lines, label.size, label.weight);
  const h = label.lines.length * lineHeight(label.size);
  const left = spot.align === 'start' ? spot.x : spot.align === 'end' ? spot.x - w : spot.x - w / 2;
  const top = spot.valign === 'top' ? spot.y : spot.valign === 'bottom' ? spot.y - h : spot.y - h / 2;
  return { left, top, right: left + w, bottom: top + h };
}

/** How much of `a` lies on `b`, px². */
function overlapArea(a: Box, b: Box, gap: number): number {
  const w = Math.min(a.right, b.right) + gap - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) + gap - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** How far a box sticks out of the frame, as an area. */
function outside(box: Box, frame: Box): number {
  const w = box.right - box.left;
  const h = box.bottom - box.top;
  const inW = Math.max(0, Math.min(box.right, frame.right) - Math.max(box.left, frame.left));
  const inH = Math.max(0, Math.min(box.bottom, frame.bottom) - Math.max(box.top, frame.top));
  return w * h - inW * inH;
}

/**
 * Places labels in order, each at its first spot that stays inside `frame` and clear of the marks
 * (`obstacles`) and of the labels placed before it, with `gap` px to spare; a label with no clear
 * spot is left out if it is optional, and otherwise takes the spot it overlaps least (the layout
 * tests then name it).
 */
export function placeLabels(
  fit: Fit,
  requests: LabelRequest[],
  frame: Box,
  obstacles: Box[] = [],
  gap = 2,
): PlacedLabel[] {
  const taken = [...obstacles];
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    let best: { spot: Spot; box: Box; cost: number } | null = null;
    for (const spot of request.spots) {
      const box = labelBox(fit, request, spot);
      const cost =
        outside(box, frame) * 4 + taken.reduce((sum, other) => sum + overlapArea(box, other, gap), 0);
      if (!best || cost < best.cost) best = { spot, box, cost };
      if (cost === 0) break;
    }
    if (!best || (best.cost > 0 && request.optional)) continue;
    taken.push(best.box);
    placed.push({ ...request, spot: best.spot, box: best.box });
  }
  return placed;
}
