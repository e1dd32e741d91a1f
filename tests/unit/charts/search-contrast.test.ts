/**
 * The search breakdown's dimmed marks stay readable (review r15 N1, WCAG 1.4.11): what a card does
 * not put forward (bars, the count's line and points, their key swatches and symbols) is drawn
 * faded, and each faded mark, its colour composited at its opacity over the page's background, keeps
 * at least 3:1 against that background in the light and the dark theme, while staying clearly
 * fainter than the same colour drawn in full. Colours are read from the stylesheet the page uses.
 */
import { describe, expect, it } from 'vitest';
import { fitFor, STATIC_FIT, WIDE_STATIC_FIT, type Fit } from '../../../src/lib/charts/fit.ts';
import { draw } from './search-draw.ts';
import { declarations, over, ratio, rgb, theme, TOP_RULES } from './stylesheet.ts';

const THEMES = { light: theme('light'), dark: theme('dark') };

/** Rules whose selectors are classes only (`.a`, `.a.b`): what the chart marks are painted with. */
const CLASS_RULES = TOP_RULES.flatMap(({ selector, body }) =>
  selector
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^(\.[\w-]+)+$/.test(s))
    .map((s) => ({ classes: s.slice(1).split('.'), decls: declarations(body) })),
);

/** The paint of `prop` on a mark with `classes`, as the cascade resolves it (specificity, then order). */
function paint(classes: string[], prop: 'fill' | 'stroke', fallback: string | null): string | null {
  let best: { n: number; value: string } | null = null;
  for (const rule of CLASS_RULES) {
    const value = rule.decls.get(prop);
    if (value === undefined || !rule.classes.every((c) => classes.includes(c))) continue;
    if (!best || rule.classes.length >= best.n) best = { n: rule.classes.length, value };
  }
  return best?.value ?? fallback;
}

/** An attribute as set on the element or its nearest ancestor that sets it. */
const inherited = (el: Element, name: string) => {
  for (let e: Element | null = el; e; e = e.parentElement)
    if (e.hasAttribute(name)) return e.getAttribute(name);
  return null;
};

interface Faded {
  key: string;
  opacity: number;
  /** Its visible paints (fill, stroke) as custom properties; the background's own is left out. */
  colours: string[];
}

/** Every mark drawn faded in `svg`, with the colours it is painted in. */
function faded(svg: Element): Faded[] {
  return [...svg.querySelectorAll('[opacity]')].flatMap((el) => {
    const opacity = Number(el.getAttribute('opacity'));
    if (!(opacity < 1)) return [];
    const classes = [el, el.parentElement!].flatMap((e) => (e.getAttribute('class') ?? '').split(/\s+/));
    const colours = (['fill', 'stroke'] as const).flatMap((prop) => {
      const value = paint(classes, prop, inherited(el, prop));
      const v = value?.match(/^var\((--[\w-]+)\)$/)?.[1];
      if (value === 'currentColor') return ['--text'];
      return v && v !== '--bg' ? [v] : [];
    });
    return [{ key: el.getAttribute('data-key') ?? el.tagName, opacity, colours }];
  });
}

const FITS: [string, Fit][] = [
  ['static', STATIC_FIT],
  ['390', { ...fitFor(358, 420), fontSize: 14 }],
  ['1280', fitFor(600, 480)],
  ['wide static', WIDE_STATIC_FIT],
];
const CASES = ['search-breakdown', 'search-breakdown-2', 'search-breakdown-3'].flatMap((id) =>
  FITS.flatMap(([name, fit]) => (['light', 'dark'] as const).map((t) => [id, name, fit, t] as const)),
);

describe('search breakdown: the marks a card dims stay ≥ 3:1 against the background', () => {
  it.each(CASES)('%s (%s, %s)', (id, _, fit, t) => {
    const vars = THEMES[t];
    const bg = rgb(vars.get('--bg')!);
    const marks = faded(draw(id, fit));
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) {
      expect(m.colours.length, m.key).toBeGreaterThan(0);
      for (const c of m.colours) {
        const full = rgb(vars.get(c)!);
        const dimmed = over(full, bg, m.opacity);
        // Readable: the faded colour against the ground (WCAG 1.4.11 asks 3:1 of a graphical object).
        expect(ratio(dimmed, bg), `${m.key} ${c}`).toBeGreaterThanOrEqual(3);
        // Still faded: set apart from the same colour drawn in full, which leads.
        expect(ratio(dimmed, full), `${m.key} ${c}`).toBeGreaterThanOrEqual(1.5);
      }
    }
  });

  it.each(FITS)('the key swatches are faded as their marks are (%s)', (_, fit) => {
    for (const id of ['search-breakdown', 'search-breakdown-3']) {
      const svg = draw(id, fit);
      for (const swatch of svg.querySelectorAll('[data-key^="swatch:"]')) {
        const group = swatch.getAttribute('data-key')!.slice('swatch:'.length);
        const bars = [...svg.querySelectorAll(`[data-key^="bar:"][data-key$=":${group}"]`)];
        const o = (el: Element) => Number(el.getAttribute('opacity') ?? 1);
        expect(bars.length).toBeGreaterThan(0);
        expect(bars.map(o), `${id} ${group}`).toContain(o(swatch));
      }
    }
  });
});
