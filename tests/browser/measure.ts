/**
 * What the layout tests measure in the page, as functions that run inside Chromium (each is
 * serialised by `page.evaluate`, so it may use nothing from this module's scope).
 */
import type { Frame, Page } from 'playwright-core';
import { poll } from './harness.ts';

/** One problem a reader would see, named by step, element and numbers. */
export type Problem = string;

/**
 * Scrolls the step's card to where a reader reads it: the middle of the reading area (the screen
 * under a chart stuck at the top on phones, the whole screen beside the chart on wide screens), or,
 * for a card taller than that area, its top at the top of the area. Returns the reading area.
 */
export async function readStep(page: Page, id: string): Promise<{ top: number; bottom: number }> {
  return page.evaluate((stepId) => {
    const card = document.querySelector<HTMLElement>(`#${stepId} .card`)!;
    const graphic = card.closest('.chapter')!.querySelector<HTMLElement>('.graphic')!;
    const g = graphic.getBoundingClientRect();
    const c = card.getBoundingClientRect();
    // The chart is above the text (not beside it) when their columns overlap: it sticks at the top.
    const stacked = g.left < c.right && c.left < g.right;
    const top = stacked ? graphic.offsetHeight : 0;
    const bottom = window.innerHeight;
    const y =
      c.height > bottom - top
        ? c.top + window.scrollY - top
        : c.top + window.scrollY - (top + bottom - c.height) / 2;
    window.scrollTo(0, Math.round(y));
    return { top, bottom };
  }, id);
}

/**
 * Scrolls the step's card up until its first line of text has just come onto the screen, at the
 * bottom of the reading area: where a reader on a phone first sees it.
 */
export async function glimpseStep(page: Page, id: string): Promise<void> {
  await page.evaluate((stepId) => {
    const card = document.querySelector<HTMLElement>(`#${stepId} .card`)!;
    const line = card.querySelector<HTMLElement>('.prose p')!;
    // The top of the card, moved up by its padding and one line of its text.
    const shown = line.getBoundingClientRect().top - card.getBoundingClientRect().top;
    const lineHeight = parseFloat(getComputedStyle(line).lineHeight);
    const y = card.getBoundingClientRect().top + window.scrollY - window.innerHeight + shown + lineHeight;
    window.scrollTo(0, Math.round(y));
  }, id);
}

/**
 * How much of the chart's drawing (its plot area) the step's card covers on screen, px² (0 when
 * they are apart), with both boxes, for the message.
 */
export function cardOverChart(stepId: string): { area: number; card: string; drawing: string } {
  const card = document.querySelector<HTMLElement>(`#${stepId} .card`)!.getBoundingClientRect();
  const svg = document
    .getElementById(stepId)!
    .closest('.chapter')!
    .querySelector<SVGSVGElement>('.chart-body > svg')!
    .getBoundingClientRect();
  const w = Math.min(card.right, svg.right) - Math.max(card.left, svg.left);
  const h = Math.min(card.bottom, svg.bottom) - Math.max(card.top, svg.top);
  const span = (b: DOMRect) => `${b.top.toFixed(0)}–${b.bottom.toFixed(0)}`;
  return { area: w > 0 && h > 0 ? Math.round(w * h) : 0, card: span(card), drawing: span(svg) };
}

/**
 * Scrolls the step's card until its top stands at `line` (a fraction of the screen's height from the
 * top): on a phone, the reading line, where a reader reads it.
 */
export async function cardAtLine(page: Page, id: string, line: number): Promise<void> {
  await page.evaluate(
    ([stepId, at]) => {
      const card = document.querySelector<HTMLElement>(`#${stepId} .card`)!;
      const y = card.getBoundingClientRect().top + window.scrollY - window.innerHeight * at;
      // Up, not to the nearest pixel: the card's top at or just over the line, not a fraction under it.
      window.scrollTo(0, Math.ceil(y));
    },
    [id, line] as const,
  );
}

/**
 * Where the step's card and its chart's frame meet on screen, px: the card's top, and the bottom of
 * the figure's source line (the frame's last line, which the card must leave uncovered).
 */
export function cardUnderSource(stepId: string): { card: number; source: number } {
  const card = document.querySelector<HTMLElement>(`#${stepId} .card`)!.getBoundingClientRect();
  const source = document
    .getElementById(stepId)!
    .closest('.chapter')!
    .querySelector<HTMLElement>('.chart-source')!
    .getBoundingClientRect();
  return { card: card.top, source: source.bottom };
}

/**
 * Waits until the chart shows `id`'s state in a drawing laid out for its box (not the prerendered
 * one, scaled), the step is current and the chart's marks have finished moving; throws what the page
 * shows after `timeout` ms. With `drawn: false` it waits only until the step is current and the chart
 * shows its state, in whatever drawing (for tests of which step and state show, not of the drawing).
 */
export async function waitForState(
  page: Page | Frame,
  id: string,
  chart: string,
  { drawn = true, timeout = 15_000 }: { drawn?: boolean; timeout?: number } = {},
): Promise<void> {
  const state = ([stepId, chartId, needDrawn]: readonly [string, string, boolean]) => {
    const figure = document.querySelector(`[data-chart="${chartId}"]`);
    const current = document.querySelector('[aria-current="step"]')?.id;
    const shown = figure?.getAttribute('data-state');
    const fitted = !needDrawn || figure?.querySelector('.chart-body > svg[data-fit]') != null;
    const moving = needDrawn && figure?.querySelector('[data-moving]') != null;
    return current === stepId && shown === stepId && fitted && !moving
      ? ''
      : `current step ${current}, chart shows ${shown}${fitted ? '' : ' (not yet fitted)'}${moving ? ' (moving)' : ''}`;
  };
  const last = await poll(page, () => page.evaluate(state, [id, chart, drawn] as const), timeout);
  if (last) throw new Error(`${id}: ${last}`);
}

/**
 * Everything wrong with the chart `chart` as it is on screen now: its labels (SVG text lines and the
 * figure's title, subtitle and source) clipped, off screen, covered by something else, overlapping
 * each other, or set below `minPx` on screen. (Whether a rule crosses a label is judged in Node, from
 * `chartRules`.)
 */
export function chartProblems([chart, minPx]: readonly [string, number]): string[] {
  const problems: string[] = [];
  const figure = document.querySelector<HTMLElement>(`[data-chart="${chart}"]`);
  if (!figure) return [`no figure for ${chart}`];
  const body = figure.querySelector<HTMLElement>('.chart-body')!;
  const svg = body.querySelector<SVGSVGElement>(':scope > svg');
  if (!svg) return [`${chart}: no drawing`];
  const frame = body.getBoundingClientRect();
  // How much the drawing is scaled on screen: the smaller of width and height, as the SVG's
  // viewBox is fitted into its box (a drawing held to a shorter box shrinks, text and all).
  const rect = svg.getBoundingClientRect();
  const view = svg.viewBox.baseVal;
  const scale = Math.min(
    rect.width / (view?.width || rect.width),
    rect.height / (view?.height || rect.height),
  );
  if (scale < 0.99) problems.push(`the drawing is shrunk to ${(scale * 100).toFixed(0)}% to fit its box`);

  interface Label {
    name: string;
    box: DOMRect;
    owner: Element;
    inSvg: boolean;
  }
  const labels: Label[] = [];
  const describe = (t: Element) => JSON.stringify((t.textContent ?? '').trim().slice(0, 40));
  for (const text of svg.querySelectorAll('text')) {
    const lines = text.querySelectorAll('tspan');
    for (const line of lines.length ? [...lines] : [text]) {
      if (!(line.textContent ?? '').trim()) continue;
      labels.push({ name: describe(line), box: line.getBoundingClientRect(), owner: text, inSvg: true });
    }
    const px = parseFloat(getComputedStyle(text).fontSize) * scale;
    if (px < minPx - 0.05) problems.push(`${describe(text)} is ${px.toFixed(1)} px on screen`);
  }
  for (const el of figure.querySelectorAll('.chart-title, .chart-subtitle, .chart-source')) {
    if (getComputedStyle(el).visibility === 'hidden') continue;
    const range = document.createRange();
    range.selectNodeContents(el);
    for (const box of range.getClientRects()) {
      labels.push({ name: `${el.className} ${describe(el)}`, box, owner: el, inSvg: false });
    }
  }

  const inside = (b: DOMRect, f: { left: number; right: number; top: number; bottom: number }) =>
    b.left >= f.left - 1 && b.right <= f.right + 1 && b.top >= f.top - 1 && b.bottom <= f.bottom + 1;
  const screen = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
  for (const { name, box, owner, inSvg } of labels) {
    if (!box.width || !box.height) {
      problems.push(`${name} has no size`);
      continue;
    }
    if (!inside(box, screen)) problems.push(`${name} is off screen (${fmt(box)})`);
    else if (inSvg && !inside(box, frame)) problems.push(`${name} is clipped by the chart box (${fmt(box)})`);
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (!hit || (inSvg ? !svg.contains(hit) : !owner.contains(hit) && hit !== owner))
      problems.push(
        `${name} is covered by ${hit ? hit.tagName.toLowerCase() + '.' + (hit.getAttribute('class') ?? '') : 'nothing'}`,
      );
  }
  // Nor may a label sit on a mark: a dot, a bar, a square of a waffle.
  const marks = [...svg.querySelectorAll('circle, rect, path[fill^="url("]')]
    .map((m) => ({ m, box: m.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && box.height > 0);
  for (const { name, box, inSvg } of labels) {
    if (!inSvg) continue;
    for (const { m, box: b } of marks) {
      const w = Math.min(box.right, b.right) - Math.max(box.left, b.left);
      const h = Math.min(box.bottom, b.bottom) - Math.max(box.top, b.top);
      if (w > 1 && h > 1)
        problems.push(
          `${name} overlaps a mark (${m.tagName.toLowerCase()}) by ${w.toFixed(0)}×${h.toFixed(0)} px`,
        );
    }
  }
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!;
      const b = labels[j]!;
      if (a.owner === b.owner) continue;
      const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (w > 1 && h > 1) problems.push(`${a.name} overlaps ${b.name} by ${w.toFixed(0)}×${h.toFixed(0)} px`);
    }
  }
  return problems;

  function fmt(b: DOMRect) {
    return `${b.left.toFixed(0)},${b.top.toFixed(0)} ${b.width.toFixed(0)}×${b.height.toFixed(0)}`;
  }
}

/**
 * The rules of the chart `chart` on screen and its SVG labels' boxes (each text line), in screen px,
 * for `ruleCrossings` (tests/shared/crossing.ts): no rule may run through a label. The rules are a
 * leader, an edge, a dashed marker, a month's span (the faint grid, under 0.3 opacity, runs behind
 * the labels' halos and is not counted) and the data's own line (a path of straight segments: the
 * search chart's count; review r8 S4: a note sat on it). Presenter mode draws its grid darker, for
 * projectors, and is not checked for it.
 */
export function chartRules(chart: string): {
  segments: [{ x: number; y: number }, { x: number; y: number }][];
  labels: { name: string; box: { left: number; top: number; right: number; bottom: number } }[];
} {
  const svg = document.querySelector<SVGSVGElement>(`[data-chart="${chart}"] .chart-body > svg`);
  if (!svg) return { segments: [], labels: [] };
  const labels = [...svg.querySelectorAll('text')].flatMap((text) => {
    const lines = text.querySelectorAll('tspan');
    return (lines.length ? [...lines] : [text]).flatMap((line) => {
      if (!(line.textContent ?? '').trim()) return [];
      const { left, top, right, bottom } = line.getBoundingClientRect();
      return [
        {
          name: JSON.stringify((line.textContent ?? '').trim().slice(0, 40)),
          box: { left, top, right, bottom },
        },
      ];
    });
  });
  const point = (p: DOMPoint) => ({ x: p.x, y: p.y });
  const segments: [{ x: number; y: number }, { x: number; y: number }][] = [];
  for (const line of svg.querySelectorAll<SVGLineElement>('line')) {
    const style = getComputedStyle(line);
    if (style.stroke === 'none' || parseFloat(style.strokeOpacity) * parseFloat(style.opacity) < 0.3)
      continue;
    const m = line.getScreenCTM();
    if (!m) continue;
    const at = (x: number, y: number) => point(new DOMPoint(x, y).matrixTransform(m));
    segments.push([
      at(line.x1.baseVal.value, line.y1.baseVal.value),
      at(line.x2.baseVal.value, line.y2.baseVal.value),
    ]);
  }
  for (const path of svg.querySelectorAll<SVGPathElement>('[data-mark="line"] path')) {
    const m = path.getScreenCTM();
    if (!m || parseFloat(getComputedStyle(path).opacity) < 0.3) continue;
    const vertices = [...(path.getAttribute('d') ?? '').matchAll(/[ML]([-\d.e]+),([-\d.e]+)/g)].map((v) =>
      point(new DOMPoint(Number(v[1]), Number(v[2])).matrixTransform(m)),
    );
    for (let i = 1; i < vertices.length; i++) segments.push([vertices[i - 1]!, vertices[i]!]);
  }
  return { segments, labels };
}

/**
 * How a drawing sits around its ink, in CSS px on the page: the blank above its highest mark and
 * under its lowest, the labels running past its sides (or the page's), and its smallest label's size
 * as drawn. Runs in the page (`locator.evaluate`) on an `<svg>` with a viewBox.
 */
export function inkOf(svg: SVGSVGElement): { above: number; below: number; cut: string[]; smallest: number } {
  const frame = svg.getBoundingClientRect();
  const scale = frame.width / svg.viewBox.baseVal.width;
  const marks = [...svg.querySelectorAll('*')]
    .filter((e) => e instanceof SVGGraphicsElement && !(e instanceof SVGGElement))
    .map((e) => ({ e, r: e.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 || r.height > 0);
  const labels = marks.filter(({ e }) => e instanceof SVGTextElement && e.textContent!.trim() !== '');
  return {
    above: Math.min(...marks.map(({ r }) => r.top)) - frame.top,
    below: frame.bottom - Math.max(...marks.map(({ r }) => r.bottom)),
    cut: labels
      .filter(({ r }) => r.left < frame.left - 1 || r.right > frame.right + 1 || r.right > innerWidth)
      .map(({ e }) => e.textContent ?? ''),
    smallest: Math.min(...labels.map(({ e }) => parseFloat(getComputedStyle(e).fontSize) * scale)),
  };
}

/**
 * Where the chart `chart` leaves blank height on screen, px: above its figure, inside the stuck
 * frame (`frame`: from the top of the frame's content box to the figure's title), and between the
 * figure's head and the drawing's highest ink (`drawing`: a title over an empty band reads as a
 * chart that does not use its room). With the lines each labelled text of the drawing takes, by key
 * (`data-key`), for a label that wraps too often.
 */
export function blankOf(chart: string): { frame: number; drawing: number; lines: Record<string, number> } {
  const figure = document.querySelector<HTMLElement>(`[data-chart="${chart}"]`)!;
  const graphic = figure.closest<HTMLElement>('.graphic')!;
  const contentTop = graphic.getBoundingClientRect().top + parseFloat(getComputedStyle(graphic).paddingTop);
  const head = figure.querySelector('.chart-head')!.getBoundingClientRect();
  const svg = figure.querySelector<SVGSVGElement>('.chart-body > svg')!;
  const ink = [...svg.querySelectorAll('*')]
    .filter((e) => e instanceof SVGGraphicsElement && !(e instanceof SVGGElement))
    .map((e) => e.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  const lines: Record<string, number> = {};
  for (const text of svg.querySelectorAll('text[data-key]'))
    lines[text.getAttribute('data-key')!] = Math.max(1, text.querySelectorAll('tspan').length);
  return {
    frame: Math.round(head.top - contentTop),
    drawing: Math.round(Math.min(...ink.map((r) => r.top)) - head.bottom),
    lines,
  };
}

/**
 * How far apart, px on screen, each key symbol of the chart `chart` is from its name (its dot or
 * swatch, ring included, to the left of the name's ink box): the search chart's key (`swatch:` and
 * `key:`) and its "day not given" entry (`monthKeyDot:` and `monthKey:`). Review r7 found
 * "○Day not given" touching at 320–375 px.
 */
export function keyGaps([chart, selector]: readonly [string, string?]): { key: string; gap: number }[] {
  // The drawing on screen: the live chart's, or the one of `selector` shown (an embed's band).
  const svg = selector
    ? [...document.querySelectorAll<SVGSVGElement>(selector)].find((s) => s.getBoundingClientRect().width > 0)
    : document.querySelector(`[data-chart="${chart}"] .chart-body > svg`);
  if (!svg) return [{ key: `${chart}: no drawing on screen`, gap: Number.NaN }];
  const pairs = [
    ['monthKeyDot', 'monthKey'],
    ['emailKeyDot', 'emailKey'],
    ['swatch', 'key'],
  ] as const;
  return pairs.flatMap(([symbolRole, nameRole]) =>
    [...svg.querySelectorAll<SVGGraphicsElement>(`[data-key^="${symbolRole}:"]`)].flatMap((symbol) => {
      const key = symbol.getAttribute('data-key')!.slice(symbolRole.length + 1);
      const name = svg.querySelector<SVGGraphicsElement>(`[data-key="${nameRole}:${key}"]`);
      if (!name) return [];
      // The ring's outer edge: half the stroke beyond the shape's box.
      const ring = Number.parseFloat(getComputedStyle(symbol).strokeWidth) || 0;
      const scale = symbol.getBoundingClientRect().width / Math.max(1e-6, symbol.getBBox().width);
      const right = symbol.getBoundingClientRect().right + ((ring / 2) * scale || 0);
      return [{ key: `${symbolRole}:${key}`, gap: name.getBoundingClientRect().left - right }];
    }),
  );
}

/**
 * A timeline's entries as drawn (the live chart's, or the first drawing on screen under `selector`):
 * each mark's box (its dot, or its bar with outlined months) and its label's, in screen px, for
 * `rowProblems` and `pairProblems` (tests/shared/timeline-rows.ts).
 */
// `void`: called with no argument by `page.evaluate(timelineRows)`.
export function timelineRows(selector: string | void): {
  id: string;
  dot: boolean;
  mark: { left: number; top: number; right: number; bottom: number };
  label: { left: number; top: number; right: number; bottom: number };
  leader?: { x1: number; y1: number; x2: number; y2: number };
}[] {
  // The first drawing on screen (a step figure holds a phone's and a column's; one shows).
  const svg = [
    ...document.querySelectorAll(selector || '[data-chart="timeline"] .chart-body > svg[data-fit]'),
  ].find((s) => s.getClientRects().length > 0);
  if (!svg) return [];
  const box = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  };
  const marks = new Map<string, { left: number; top: number; right: number; bottom: number }>();
  const dots = new Set<string>();
  for (const el of svg.querySelectorAll('[data-key^="event:"], [data-key^="span:"], [data-key^="month:"]')) {
    const [kind, id] = el.getAttribute('data-key')!.split(':') as [string, string];
    if (kind === 'event') dots.add(id);
    const b = box(el);
    const m = marks.get(id);
    marks.set(
      id,
      m
        ? {
            left: Math.min(m.left, b.left),
            top: Math.min(m.top, b.top),
            right: Math.max(m.right, b.right),
            bottom: Math.max(m.bottom, b.bottom),
          }
        : b,
    );
  }
  // A leader's ends on screen.
  const leaders = new Map<string, { x1: number; y1: number; x2: number; y2: number }>();
  for (const path of svg.querySelectorAll<SVGPathElement>('path[data-key^="leader:"]')) {
    const m = path.getScreenCTM();
    if (!m) continue;
    const a = path.getPointAtLength(0).matrixTransform(m);
    const b = path.getPointAtLength(path.getTotalLength()).matrixTransform(m);
    leaders.set(path.getAttribute('data-key')!.slice('leader:'.length), {
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
    });
  }
  return [...svg.querySelectorAll('text[data-key^="label:"]')].flatMap((t) => {
    const id = t.getAttribute('data-key')!.slice('label:'.length);
    const mark = marks.get(id);
    return mark ? [{ id, dot: dots.has(id), mark, label: box(t), leader: leaders.get(id) }] : [];
  });
}

/**
 * The reunify drawing's ink, by rows on screen (px): the tallest empty band between one row of ink
 * and the next (the faint grid, which runs through the whole plot, is not ink), with the y it starts
 * at; and, when the AP's hollow triangle is drawn, how far it is from the bar (from the bar's
 * bottom to the triangle's top) and from the bar's end (centre to end, across). Review r8 S2: at
 * 390 a 119–132 px band inside the plot, the triangle 130 px under the bar.
 */
export function reunifyInk(): {
  gap: number;
  at: number;
  ap: { below: number; across: number } | null;
} {
  const svg = document.querySelector<SVGSVGElement>('[data-chart="reunify"] .chart-body > svg')!;
  const boxes = [...svg.querySelectorAll('*')]
    .filter((e) => e instanceof SVGGraphicsElement && !(e instanceof SVGGElement))
    .filter((e) => !e.closest('g[stroke-opacity]'))
    .map((e) => e.getBoundingClientRect())
    .filter((r) => r.width > 0 || r.height > 0)
    .sort((a, b) => a.top - b.top);
  let gap = 0;
  let at = 0;
  let bottom = boxes[0]?.bottom ?? 0;
  for (const r of boxes) {
    if (r.top - bottom > gap) [gap, at] = [r.top - bottom, bottom];
    bottom = Math.max(bottom, r.bottom);
  }
  const ap = svg.querySelector('[data-key="marker:ap"]')?.getBoundingClientRect();
  // The bar's segments: not the settlement's band, an estimate's range beside the bar.
  const segments = [...svg.querySelectorAll('rect[data-key^="rect:"]:not([data-key="rect:settlement"])')]
    .map((e) => e.getBoundingClientRect())
    .filter((r) => r.width > 0);
  const bar = segments.length
    ? { bottom: Math.max(...segments.map((r) => r.bottom)), end: Math.max(...segments.map((r) => r.right)) }
    : null;
  return {
    gap: Math.round(gap),
    at: Math.round(at),
    ap:
      ap && bar
        ? {
            below: Math.round(ap.top - bar.bottom),
            across: Math.round(Math.abs(ap.left + ap.width / 2 - bar.end)),
          }
        : null,
  };
}
