/**
 * Geometry of a drawing rendered in the unit tests (JSDOM, no layout): the sizes the prerender lays
 * drawings out for, and where an element's own coordinates stand in its SVG. Read with the build's
 * own parsers (`ink-estimate.ts`), so a test measures a drawing as the build does.
 */
import { WIDE_STATIC_FIT, type Fit } from '../../src/lib/charts/fit.ts';
import { STATIC_FIT } from '../../src/lib/charts/render.ts';
import { bandFit, EMBED_BANDS, STEPPER_DRAWINGS } from '../../src/lib/embed/bands.ts';
import { pathPoints, translation } from '../../src/lib/story/ink-estimate.ts';

/** Every prerendered drawing's size: the page's phone and column drawings (print shows them), each embed band and the story embed's. */
export const PRERENDERED_FITS: { name: string; fit: Fit }[] = [
  { name: 'phone drawing', fit: STATIC_FIT },
  { name: 'column drawing', fit: WIDE_STATIC_FIT },
  ...EMBED_BANDS.map((b) => ({ name: `embed band ${b.width}`, fit: bandFit(b) })),
  ...STEPPER_DRAWINGS.map((b) => ({ name: `story embed band ${b.width}`, fit: bandFit(b) })),
];

/** Where an element's own coordinates begin in its SVG: its and its ancestors' translations. */
export function origin(el: Element): { x: number; y: number } {
  const at = { x: 0, y: 0 };
  for (let e: Element | null = el; e && e.tagName !== 'svg'; e = e.parentElement) {
    const [x, y] = translation(e);
    at.x += x;
    at.y += y;
  }
  return at;
}

/** The points a path of straight segments passes through, in its SVG's coordinates. */
export function pathInSvg(path: Element): { x: number; y: number }[] {
  const o = origin(path);
  return pathPoints(path.getAttribute('d') ?? '').map(([x, y]) => ({ x: x + o.x, y: y + o.y }));
}
