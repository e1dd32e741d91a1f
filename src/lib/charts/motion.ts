/**
 * Marks that move. Plot draws each chart state as a new SVG; `morph` turns the SVG on the page into
 * the next one in place: marks that both drawings share (the same `data-key`, given by `keyed`) stay
 * the same elements and glide to their new places, sizes and colours; marks only the next drawing
 * has fade in; marks only the old one has fade out. Large parts are swapped at once instead (see
 * FADE_MAX_ELEMENTS). Parts that did not change (axes, grids) keep their elements untouched. With
 * `duration` 0 (reduced motion) everything is set at once.
 */
import { color, easeCubicInOut, interpolate, interpolateRgb, interpolateTransformSvg, timer } from 'd3';
import type { RenderFunction } from '@observablehq/plot';

/** Attributes of a mark that change smoothly; anything else is set at once. */
const GEOMETRY = [
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'width',
  'height',
  'd',
  'transform',
  'opacity',
  'fill-opacity',
  'stroke-opacity',
];
/** Painted colours, read as computed (classes and inherited theme colours) and eased. */
const PAINT = ['fill', 'stroke'] as const;
const NUMBERS = /-?\d*\.?\d+(?:e[-+]?\d+)?/gi;

/**
 * A render transform that names a mark's elements after their data, so that `morph` can tell which
 * element of the next drawing is which of the last: `data-key="<role>:<key(datum)>"`. It also moves
 * the group's offset (Plot's `dx`/`dy`) onto each element, so an element keeps its place when it
 * moves to another group (a dot that stops being highlighted, say).
 */
export function keyed<T>(role: string, key: (datum: T) => string | number): RenderFunction {
  return function (this: { data: T[] }, index, scales, values, dimensions, context, next) {
    const g = next!(index, scales, values, dimensions, context) as SVGGElement | null;
    if (!g) return null;
    g.setAttribute('data-mark', role);
    const offset = g.getAttribute('transform');
    g.removeAttribute('transform');
    for (const child of g.children) {
      const i = (child as Element & { __data__?: unknown }).__data__;
      const datum = typeof i === 'number' ? this.data[i] : undefined;
      if (datum !== undefined) child.setAttribute('data-key', `${role}:${key(datum)}`);
      if (offset) child.setAttribute('transform', compose(offset, child.getAttribute('transform')));
    }
    return g;
  };
}

const TRANSLATE = /^translate\(\s*(-?[\d.e-]+)(?:[\s,]+(-?[\d.e-]+))?\s*\)$/;

/** `outer` then `inner` as one transform: one translate where both are translates. */
function compose(outer: string, inner: string | null): string {
  if (!inner) return outer;
  const a = TRANSLATE.exec(outer);
  const b = TRANSLATE.exec(inner);
  if (!a || !b) return `${outer} ${inner}`;
  const x = Number(a[1]) + Number(b[1]);
  const y = Number(a[2] ?? 0) + Number(b[2] ?? 0);
  return `translate(${+x.toFixed(3)},${+y.toFixed(3)})`;
}

interface Move {
  element: SVGElement;
  /** Where the element goes: the next drawing's mark of the same key. */
  target: SVGElement;
  from: Map<string, string | null>;
  to: Map<string, string | null>;
  paint: { name: string; from: string }[];
}

const DIRECT_CHILDREN = ':scope > *';

/** Every element with a key, by key. */
function byKey(root: Element): Map<string, SVGElement> {
  const map = new Map<string, SVGElement>();
  for (const el of root.querySelectorAll<SVGElement>('[data-key]')) map.set(el.getAttribute('data-key')!, el);
  return map;
}

function attributes(el: Element): Map<string, string | null> {
  return new Map([...el.attributes].map((a) => [a.name, a.value]));
}

/** The tween between two values of a geometric attribute, or null when it cannot be eased. */
function tween(name: string, a: string, b: string): ((t: number) => string) | null {
  if (name === 'transform') return interpolateTransformSvg(a || 'translate(0,0)', b || 'translate(0,0)');
  // Paths and lists ease only between shapes of the same build (same commands, same count of numbers).
  if (a.replace(NUMBERS, '#') !== b.replace(NUMBERS, '#')) return null;
  return interpolate(a, b) as (t: number) => string;
}

/**
 * The most elements that fade in or out in one change; a part larger than this (a grid of dots, a
 * whole drawing's worth of marks) appears or goes at once. Opacity inside an SVG is not a
 * compositor layer: each frame of a fade repaints every element under it, and a fade of hundreds
 * of marks is what made step changes drop frames. Parts that fit fade, largest left out first.
 */
export const FADE_MAX_ELEMENTS = 48;

/** How many elements a part of a drawing paints: itself and everything inside it. */
const sizeOf = (el: Element) => 1 + el.getElementsByTagName('*').length;

/**
 * The parts that may fade, within FADE_MAX_ELEMENTS in all: smallest first, so one large part
 * does not keep a few labels from fading. The others are swapped at once.
 */
function fading(parts: SVGElement[]): Set<SVGElement> {
  const chosen = new Set<SVGElement>();
  let budget = FADE_MAX_ELEMENTS;
  for (const [part, size] of parts.map((p) => [p, sizeOf(p)] as const).sort((a, b) => a[1] - b[1])) {
    if (size > budget) break;
    budget -= size;
    chosen.add(part);
  }
  return chosen;
}

/** What an element that appears or goes fades with: its opacity as drawn. */
const opacityOf = (el: Element) => Number(el.getAttribute('opacity') ?? 1);

/**
 * Turns `live` (on the page) into `next` (a fresh drawing, which this consumes). Returns when every
 * mark has arrived; a later call interrupts a morph still running, from wherever its marks are.
 */
export function morph(live: SVGSVGElement, next: SVGSVGElement, duration: number): Promise<void> {
  const win = live.ownerDocument.defaultView;
  const animate = duration > 0 && win !== null;
  finish(live);
  const old = byKey(live);
  const moves: Move[] = [];
  const entering: SVGElement[] = [];

  // Reads first, writes after, so that the page's styles are worked out twice, not per mark.
  for (const [key, target] of byKey(next)) {
    const element = old.get(key);
    if (!element || element.tagName !== target.tagName) {
      entering.push(target);
      continue;
    }
    old.delete(key);
    const style = animate ? win.getComputedStyle(element) : null;
    moves.push({
      element,
      target,
      from: attributes(element),
      to: attributes(target),
      paint: style ? PAINT.map((name) => ({ name, from: style.getPropertyValue(name) })) : [],
    });
  }
  // Shared marks: the old element takes the new one's place in the next drawing.
  for (const { element, target } of moves) {
    element.replaceChildren(...target.childNodes);
    target.replaceWith(element);
  }

  // Unkeyed groups (axes, grids, rules) that did not change keep their elements.
  const unkeyed = (root: Element) =>
    [...root.querySelectorAll<SVGElement>(DIRECT_CHILDREN)].filter((el) => !el.querySelector('[data-key]'));
  const stale = new Map<string, SVGElement[]>();
  for (const el of unkeyed(live)) {
    const list = stale.get(el.outerHTML) ?? [];
    list.push(el);
    stale.set(el.outerHTML, list);
  }
  for (const el of unkeyed(next)) {
    const same = stale.get(el.outerHTML)?.shift();
    if (same) el.replaceWith(same);
    else if (el.tagName !== 'style') entering.push(el);
  }

  // What is left of the old drawing leaves: in copies of its groups, so it keeps its look.
  const leaving = new Map<Element, SVGElement>();
  for (const element of old.values()) {
    const group = element.parentElement;
    if (!group || (group as Element) === live) continue;
    let copy = leaving.get(group);
    if (!copy) {
      copy = group.cloneNode(false) as SVGElement;
      copy.removeAttribute('data-mark');
      leaving.set(group, copy);
    }
    copy.append(element);
  }
  const gone = [...leaving.values()];
  for (const list of stale.values()) gone.push(...list.filter((el) => el.tagName !== 'style'));

  for (const { name, value } of [...next.attributes]) live.setAttribute(name, value);
  live.replaceChildren(...next.childNodes);

  for (const { element, to } of moves) {
    for (const name of new Set([...element.getAttributeNames(), ...to.keys()])) {
      if (GEOMETRY.includes(name)) continue;
      const value = to.get(name);
      if (value === undefined || value === null) element.removeAttribute(name);
      else element.setAttribute(name, value);
    }
  }

  if (!animate) {
    for (const { element, to } of moves)
      for (const name of GEOMETRY) setOrRemove(element, name, to.get(name));
    return Promise.resolve();
  }

  // The colours each mark arrives at (classes and the theme decide them), read in one go.
  const arrivals = moves.map(({ element, paint }) => {
    const style = win.getComputedStyle(element);
    return paint.map(({ name, from }) => ({ name, from, to: style.getPropertyValue(name) }));
  });

  // One timer eases every change: each frame writes each tween's value at the eased time.
  const frames: ((t: number) => void)[] = [];
  const ends: (() => void)[] = [];
  /** A colour to ease, from the old computed value to the new one (none where nothing changes). */
  const paint = (el: Element, name: string, before: string, after: string) => {
    if (!before || !after || before === after || before === 'none' || after === 'none') return;
    // A pattern fill (`url(#…)`) is no colour: blending it would paint black for the whole move.
    if (!color(before) || !color(after)) return;
    const between = interpolateRgb(before, after);
    frames.push((t) => (el as SVGElement).style.setProperty(name, between(t)));
    ends.push(() => (el as SVGElement).style.removeProperty(name));
  };
  /** The colour changes of marks that take their colour from their group, by group and paint. */
  const inherited = new Map<
    string,
    { host: Element; changes: Set<string>; marks: [Element, string, string][] }
  >();
  const hosts = new Map<Element, number>();
  moves.forEach(({ element, from, to }, i) => {
    for (const name of GEOMETRY) {
      const a = from.get(name) ?? null;
      const b = to.get(name) ?? null;
      if (a === b) continue;
      const between = a !== null && b !== null ? tween(name, a, b) : null;
      if (between) frames.push((t) => element.setAttribute(name, between(t)));
      else setOrRemove(element, name, b);
    }
    const group = element.parentElement;
    for (const { name, from: before, to: after } of arrivals[i]!) {
      if (!group || element.hasAttribute(name) || element.hasAttribute('class')) {
        paint(element, name, before, after);
        continue;
      }
      if (!hosts.has(group)) hosts.set(group, hosts.size);
      const id = `${hosts.get(group)}:${name}`;
      const entry = inherited.get(id) ?? { host: group, changes: new Set<string>(), marks: [] };
      entry.changes.add(`${before}→${after}`);
      entry.marks.push([element, before, after]);
      inherited.set(id, entry);
    }
  });
  // A group whose marks all change colour alike is eased once, there (a grid of 348 dots is one
  // write a frame, not 348); otherwise each mark is eased on its own.
  for (const [id, { host, changes, marks }] of inherited) {
    const name = id.slice(id.indexOf(':') + 1);
    if (changes.size === 1 && marks.length === host.childElementCount) {
      const [, before, after] = marks[0]!;
      paint(host, name, before, after);
    } else for (const [el, before, after] of marks) paint(el, name, before, after);
  }
  const fades = fading([...entering, ...gone]);
  for (const el of entering) {
    if (!fades.has(el)) continue;
    const target = opacityOf(el);
    frames.push((t) => el.setAttribute('opacity', String(target * t)));
    ends.push(() =>
      target === 1 ? el.removeAttribute('opacity') : el.setAttribute('opacity', String(target)),
    );
  }
  // What leaves and is too large to fade is already off the page (the drawing's children were replaced).
  const fadingOut = gone.filter((el) => fades.has(el));
  if (fadingOut.length) {
    const exit = live.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'g');
    exit.setAttribute('class', 'leaving');
    exit.setAttribute('aria-hidden', 'true');
    exit.append(...fadingOut);
    live.append(exit);
    frames.push((t) => exit.setAttribute('opacity', String(1 - t)));
    ends.push(() => exit.remove());
  }
  for (const frame of frames) frame(0);
  live.setAttribute('data-moving', '');
  return new Promise((resolve) => {
    const done = () => {
      running.delete(live);
      for (const end of ends) end();
      live.removeAttribute('data-moving');
      resolve();
    };
    const clock = timer((elapsed) => {
      const t = easeCubicInOut(Math.min(1, elapsed / duration));
      for (const frame of frames) frame(t);
      if (t >= 1) {
        clock.stop();
        done();
      }
    });
    running.set(live, () => {
      clock.stop();
      done();
    });
  });
}

/** Morphs still running, by drawing: each stops its own. */
const running = new WeakMap<SVGSVGElement, () => void>();

function setOrRemove(el: Element, name: string, value: string | null | undefined) {
  if (value === undefined || value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/**
 * Stops a morph still running: marks stay where they are (the next morph eases them on from there),
 * marks that were leaving go, marks that were arriving are all there.
 */
function finish(live: SVGSVGElement) {
  running.get(live)?.();
}
