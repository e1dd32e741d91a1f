/**
 * A prerendered drawing's ink, found without a browser: the box of its marks and labels, read from
 * the SVG that Plot wrote (translations, circles, rects, lines, paths of straight segments, and text
 * measured by the fit's estimate, which is generous). The prerenderer cuts each step's own drawing to
 * it (`inkFrame`), so a page without scripts (the handout, the story without JavaScript) shows no
 * room reserved for another state's marks; with scripts, print measures the drawing again
 * (`fitDrawingsToInk`) with the browser's own geometry.
 */
import type { Fit } from '../charts/fit.ts';
import { inkFrame } from './ink.ts';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where a cut drawing keeps the frame it was laid out in: `x y width height`. */
export const FRAME_ATTRIBUTE = 'data-frame';

/** How far text reaches under its baseline, em (descenders, on the generous side). */
const DESCENT = 0.3;

const num = (el: Element, name: string) => parseFloat(el.getAttribute(name) ?? '') || 0;

/** A length in px or em (of `size`), as Plot writes `y` and `dy` on text. */
const length = (value: string | null, size: number) => {
  if (!value) return 0;
  const n = parseFloat(value);
  if (!Number.isFinite(n)) return 0;
  return value.trim().endsWith('em') ? n * size : n;
};

/** The translation an element's `transform` adds (Plot writes only `translate`). */
export function translation(el: Element): [number, number] {
  const match = /translate\(\s*([-\d.e]+)[\s,]*([-\d.e]+)?\s*\)/.exec(el.getAttribute('transform') ?? '');
  return match ? [parseFloat(match[1]!), parseFloat(match[2] ?? '0')] : [0, 0];
}

/** The points a path of straight segments passes through (M, L, H, V, Z, absolute or relative). */
export function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLHVZmlhvz])([^MLHVZmlhvz]*)/g)) {
    const n = (args!.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number);
    const relative = command === command!.toLowerCase();
    const c = command!.toUpperCase();
    if (c === 'M' || c === 'L') {
      for (let i = 0; i + 1 < n.length; i += 2) {
        x = relative ? x + n[i]! : n[i]!;
        y = relative ? y + n[i + 1]! : n[i + 1]!;
        points.push([x, y]);
      }
    } else if (c === 'H') {
      for (const v of n) points.push([(x = relative ? x + v : v), y]);
    } else if (c === 'V') {
      for (const v of n) points.push([x, (y = relative ? y + v : v)]);
    }
  }
  return points;
}

/** The ink of `svg`'s marks and labels in its own units; null when it has none. */
export function estimateInk(svg: Element, fit: Fit): Box | null {
  let box: Box | null = null;
  const add = (x0: number, y0: number, x1: number, y1: number) => {
    box = box
      ? {
          x0: Math.min(box.x0, x0),
          y0: Math.min(box.y0, y0),
          x1: Math.max(box.x1, x1),
          y1: Math.max(box.y1, y1),
        }
      : { x0, y0, x1, y1 };
  };
  const inherited = (el: Element, name: string) => el.closest(`[${name}]`)?.getAttribute(name) ?? null;
  const visit = (el: Element, dx: number, dy: number) => {
    const name = el.localName;
    // Definitions (a waffle's pattern, a clip path) are drawn only where something refers to them.
    if (['pattern', 'clipPath', 'defs', 'title', 'desc', 'style', 'mask'].includes(name)) return;
    const [tx, ty] = translation(el);
    const ox = dx + tx;
    const oy = dy + ty;
    if (name === 'circle') {
      const [cx, cy, r] = [num(el, 'cx'), num(el, 'cy'), num(el, 'r')];
      add(ox + cx - r, oy + cy - r, ox + cx + r, oy + cy + r);
    } else if (name === 'rect') {
      const [x, y] = [num(el, 'x'), num(el, 'y')];
      add(ox + x, oy + y, ox + x + num(el, 'width'), oy + y + num(el, 'height'));
    } else if (name === 'line') {
      add(
        ox + Math.min(num(el, 'x1'), num(el, 'x2')),
        oy + Math.min(num(el, 'y1'), num(el, 'y2')),
        ox + Math.max(num(el, 'x1'), num(el, 'x2')),
        oy + Math.max(num(el, 'y1'), num(el, 'y2')),
      );
    } else if (name === 'path') {
      for (const [x, y] of pathPoints(el.getAttribute('d') ?? '')) add(ox + x, oy + y, ox + x, oy + y);
    } else if (name === 'text') {
      const size = parseFloat(inherited(el, 'font-size') ?? '') || fit.fontSize;
      const weight = parseFloat(inherited(el, 'font-weight') ?? '') || 400;
      const anchor = inherited(el, 'text-anchor') ?? 'start';
      const lines = el.querySelector('tspan') ? [...el.querySelectorAll('tspan')] : [el];
      let x = num(el, 'x');
      let y = length(el.getAttribute('y'), size) + length(el.getAttribute('dy'), size);
      for (const line of lines) {
        if (line !== el) {
          if (line.hasAttribute('x')) x = num(line, 'x');
          if (line.hasAttribute('y')) y = length(line.getAttribute('y'), size);
          y += length(line.getAttribute('dy'), size);
        }
        const text = line.textContent ?? '';
        if (!text.trim()) continue;
        const width = fit.measure(text, size, weight);
        const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
        add(ox + left, oy + y - fit.ascent * size, ox + left + width, oy + y + DESCENT * size);
      }
      return;
    }
    for (const child of el.children) visit(child, ox, oy);
  };
  for (const child of svg.children) visit(child, 0, 0);
  return box;
}

/**
 * Cuts a prerendered drawing's frame to its estimated ink, top and bottom (`inkFrame`'s margin); its
 * width stays as laid out, so its text keeps the size it was drawn for (a label estimated past an edge
 * is measured again in the browser for print). A drawing with no marks keeps its frame.
 */
export function cutToEstimatedInk(svg: Element, fit: Fit): void {
  const ink: Box | null = estimateInk(svg, fit);
  const view = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (!ink || ink.y1 <= ink.y0 || view.length !== 4 || view.some((v) => !Number.isFinite(v))) return;
  const [x, , width] = view as [number, number, number, number];
  const [, top, , height] = inkFrame([x, 0, width, 0], {
    x,
    y: ink.y0,
    width,
    height: ink.y1 - ink.y0,
  });
  const round = (v: number) => String(Math.round(v * 100) / 100);
  // The frame as laid out, for a page that shows the drawing in the chart's box (`prerendered.ts`).
  svg.setAttribute(FRAME_ATTRIBUTE, view.join(' '));
  svg.setAttribute('viewBox', [x, top, width, height].map(round).join(' '));
  svg.setAttribute('height', round(height));
}
