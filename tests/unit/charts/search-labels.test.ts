/**
 * The search chart's labels stay off its line, in every state of the prerendered drawings (the
 * page's phone and column drawings, which print shows, each embed band and the story embed's phone
 * bands) and at the sizes a live chart is laid out for, in both editions (review r8 S4: the email
 * note sat on the segment after the Jan. 14 report in print and in the story embed at 320). And the
 * emailed count's diamond is explained wherever it is drawn: by its note, or in the key. A label on
 * a point stands nearer that point than any other (review r9: the email note at 320 read as the 628
 * dot's), and a bar's sum stands clear of its count (r9: 3 px over "391" read as one sum).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { edition, LANGS } from '../../../src/content/index.ts';
import { chartCopy } from '../../../src/lib/charts/copy.ts';
import { estimate, fitFor, lineHeight, type Box, type Fit } from '../../../src/lib/charts/fit.ts';
import { renderChart } from '../../../src/lib/charts/render.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';
import { STEPS, type Step } from '../../../src/lib/story/steps.ts';
import { crosses, ruleCrossings, segmentsCross } from '../../shared/crossing.ts';
import { origin, pathInSvg, PRERENDERED_FITS } from '../../shared/drawn.ts';

const FITS: { name: string; fit: Fit }[] = [
  ...PRERENDERED_FITS,
  // Live chart boxes about a 320 × 640 and a 390 × 844 phone's, and a laptop's.
  { name: 'live 296 × 300', fit: fitFor(296, 300) },
  // The chart box at 320 × 640 once the card below it takes its share (issue 8: the Spanish email
  // key sat on its own diamond there).
  { name: 'live 296 × 201', fit: fitFor(296, 201) },
  { name: 'live 358 × 420', fit: { ...fitFor(358, 420), fontSize: 14 } },
  { name: 'live 600 × 480', fit: fitFor(600, 480) },
];

type Point = { x: number; y: number };

/** The vertices of the count's line, as drawn (one path of M/L commands). */
function lineOf(svg: Element): Point[] {
  const path = svg.querySelector('g.line-strong:not(.mark-hollow) path');
  return path ? pathInSvg(path) : [];
}

/** Each label's box as drawn, its width estimated as the drawing's layout estimated it. */
function labelBoxes(svg: Element): { key: string; text: string; box: Box }[] {
  return [...svg.querySelectorAll('text[data-key]')].flatMap((t) => {
    const key = t.getAttribute('data-key')!;
    if (!/^(count|note|monthKey|emailKey|key):/.test(key)) return [];
    const g = t.parentElement!;
    const size = Number(g.getAttribute('font-size'));
    const weight = Number(g.getAttribute('font-weight') ?? 400) || 400;
    const spans = [...t.querySelectorAll('tspan')];
    const lines = spans.length ? spans.map((s) => s.textContent ?? '') : [t.textContent ?? ''];
    const width = Math.max(...lines.map((l) => estimate(l, size, weight)));
    const o = origin(t);
    const left = g.getAttribute('text-anchor') === 'end' ? o.x - width : o.x;
    const box = { left, top: o.y, right: left + width, bottom: o.y + lines.length * lineHeight(size) };
    return [{ key, text: lines.join(' '), box }];
  });
}

/** Each point's mark as drawn, a round one (a dot, or a diamond: its box's centre and half width). */
function pointMarks(svg: Element): { id: string; x: number; y: number; r: number }[] {
  return [...svg.querySelectorAll('[data-key^="point:"]')].map((el) => {
    const id = el.getAttribute('data-key')!.slice('point:'.length);
    if (el.tagName === 'circle') {
      const o = origin(el);
      const at = (a: string) => Number(el.getAttribute(a) ?? 0);
      return { id, x: o.x + at('cx'), y: o.y + at('cy'), r: at('r') };
    }
    const pts = pathInSvg(el);
    const xs = pts.map((q) => q.x);
    const ys = pts.map((q) => q.y);
    const [left, right] = [Math.min(...xs), Math.max(...xs)];
    return { id, x: (left + right) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2, r: (right - left) / 2 };
  });
}

/** The box an element's shape covers in its SVG: a circle, a rect, or a path of straight segments. */
function shapeBox(el: Element): Box {
  const o = origin(el);
  const at = (a: string) => Number(el.getAttribute(a) ?? 0);
  if (el.tagName === 'circle') {
    const [x, y, r] = [o.x + at('cx'), o.y + at('cy'), at('r')];
    return { left: x - r, top: y - r, right: x + r, bottom: y + r };
  }
  if (el.tagName === 'rect') {
    const [x, y] = [o.x + at('x'), o.y + at('y')];
    return { left: x, top: y, right: x + at('width'), bottom: y + at('height') };
  }
  const pts = pathInSvg(el);
  const xs = pts.map((q) => q.x);
  const ys = pts.map((q) => q.y);
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}

/** Whether two boxes share some area (boxes that only touch do not). */
const overlaps = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0;

/** Each key entry's name, and the symbol drawn beside it, by the key's kind. */
const KEY_SYMBOLS: Record<string, string> = {
  key: 'swatch',
  monthKey: 'monthKeyDot',
  emailKey: 'emailKeyDot',
};

/** How far a box stands from a round mark: from the mark's edge, 0 where they meet. */
function fromMark(box: Box, m: { x: number; y: number; r: number }): number {
  const dx = Math.max(box.left - m.x, 0, m.x - box.right);
  const dy = Math.max(box.top - m.y, 0, m.y - box.bottom);
  return Math.max(0, Math.hypot(dx, dy) - m.r);
}

/** The clear space between two boxes, px (0 where they touch or overlap). */
function apart(a: Box, b: Box): number {
  return Math.hypot(
    Math.max(0, a.left - b.right, b.left - a.right),
    Math.max(0, a.top - b.bottom, b.top - a.bottom),
  );
}

/** The least clear space between a bar's sum ("277 + 100 + 14") and its count, px (review r9). */
const SUM_APART = 6;

/** Each search state drawn: every step's, and the one drawing that stands for a passage in print. */
const states: { id: string; step: Step }[] = STEPS.filter((s) => s.chart === 'search').flatMap((s) => [
  { id: s.id, step: s },
  ...(s.together ? [{ id: `${s.id} (together)`, step: { ...s, state: s.together } }] : []),
]);

const draw = (lang: (typeof LANGS)[number], step: Step, fit: Fit) => {
  const { copy, format, prose } = edition(lang);
  const { window } = new JSDOM('');
  return renderChart(
    step,
    window.document,
    chartCopy(copy, 'search', dataset, format, prose),
    '',
    format,
    fit,
    dataset,
  );
};

describe('crossing a box', () => {
  const box = { left: 0, top: 0, right: 10, bottom: 10 };
  it('finds a segment through a box, and none that passes by or ends at its edge', () => {
    expect(crosses({ x: -5, y: 5 }, { x: 15, y: 5 }, box)).toBe(true);
    expect(crosses({ x: -5, y: -5 }, { x: 15, y: 15 }, box)).toBe(true);
    expect(crosses({ x: 5, y: 5 }, { x: 6, y: 6 }, box)).toBe(true);
    expect(crosses({ x: -5, y: 11 }, { x: 15, y: 11 }, box)).toBe(false);
    expect(crosses({ x: -10, y: 5 }, { x: 0, y: 5 }, box)).toBe(false);
    expect(crosses({ x: 12, y: -5 }, { x: 20, y: 30 }, box)).toBe(false);
  });

  it('names a label a rule runs through, not one a leader ends at (its outer pixel left out)', () => {
    const labels = [{ name: 'a', box }];
    expect(
      ruleCrossings(
        [
          [
            { x: -5, y: 5 },
            { x: 15, y: 5 },
          ],
        ],
        labels,
      ),
    ).toHaveLength(1);
    expect(
      ruleCrossings(
        [
          [
            { x: -5, y: 5 },
            { x: 0.5, y: 5 },
          ],
        ],
        labels,
      ),
    ).toEqual([]);
  });
});

describe('crossing a segment', () => {
  it('finds two segments that cross, and none that meet at an end, run side by side or pass apart', () => {
    const o = { x: 0, y: 0 };
    expect(segmentsCross(o, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 10, y: 0 })).toBe(true);
    expect(segmentsCross(o, { x: 10, y: 0 }, { x: 5, y: -5 }, { x: 5, y: 5 })).toBe(true);
    expect(segmentsCross(o, { x: 10, y: 0 }, { x: 10, y: 0 }, { x: 20, y: 5 })).toBe(false);
    expect(segmentsCross(o, { x: 10, y: 0 }, { x: 0, y: 2 }, { x: 10, y: 2 })).toBe(false);
    expect(segmentsCross(o, { x: 10, y: 0 }, { x: 12, y: -5 }, { x: 12, y: 5 })).toBe(false);
  });
});

describe('standing by a mark', () => {
  const box = { left: 10, top: 0, right: 20, bottom: 10 };
  it('measures from the mark’s edge and between boxes', () => {
    expect(fromMark(box, { x: 0, y: 5, r: 4 })).toBe(6);
    expect(fromMark(box, { x: 15, y: 5, r: 4 })).toBe(0);
    expect(fromMark(box, { x: 23, y: 14, r: 1 })).toBe(4);
    expect(apart(box, { left: 0, top: 16, right: 5, bottom: 20 })).toBeCloseTo(Math.hypot(5, 6));
    expect(apart(box, { left: 12, top: 13, right: 14, bottom: 20 })).toBe(3);
    expect(apart(box, { left: 12, top: 5, right: 14, bottom: 20 })).toBe(0);
  });
});

describe.each(LANGS)('search chart labels, in %s', (lang) => {
  it.each(FITS)('no label crosses the count’s line: $name', ({ fit }) => {
    const problems = states.flatMap(({ id, step }) => {
      const svg = draw(lang, step, fit);
      const line = lineOf(svg);
      expect(line.length, id).toBeGreaterThan(0);
      return labelBoxes(svg).flatMap(({ key, text, box }) =>
        line.slice(1).some((b, i) => crosses(line[i]!, b, box)) ? [`${id}: ${key} "${text}"`] : [],
      );
    });
    expect(problems).toEqual([]);
  });

  it.each(FITS)('a label on a point stands nearer it than any other point: $name', ({ fit }) => {
    const problems = states.flatMap(({ id, step }) => {
      const svg = draw(lang, step, fit);
      const marks = pointMarks(svg);
      return labelBoxes(svg).flatMap(({ key, text, box }) => {
        const of = /^(?:count:count|note:notFiling|note:reportedOn):(.+)$/.exec(key)?.[1];
        const own = marks.find((m) => m.id === of);
        if (!of) return [];
        if (!own) return [`${id}: ${key} "${text}" has no mark`];
        const mine = fromMark(box, own);
        const nearer = marks.filter((m) => m !== own && fromMark(box, m) <= mine);
        return nearer.map(
          (m) =>
            `${id}: ${key} "${text}" is ${fromMark(box, m).toFixed(1)} px from ${m.id}, ${mine.toFixed(1)} from its own`,
        );
      });
    });
    expect(problems).toEqual([]);
  });

  it.each(FITS)(`a bar’s sum stands ${SUM_APART} px clear of its count: $name`, ({ fit }) => {
    let sums = 0;
    const problems = states.flatMap(({ id, step }) => {
      const boxes = labelBoxes(draw(lang, step, fit));
      return boxes.flatMap(({ key, box }) => {
        const of = /^count:split:(.+)$/.exec(key)?.[1];
        if (!of) return [];
        sums++;
        const count = boxes.find((b) => b.key === `count:count:${of}`);
        if (!count) return [`${id}: ${key} has no count`];
        const gap = apart(box, count.box);
        return gap >= SUM_APART - 0.01 ? [] : [`${id}: ${key} is ${gap.toFixed(1)} px from its count`];
      });
    });
    // The sum is drawn in card 2 and the passage's one drawing.
    expect(sums).toBeGreaterThanOrEqual(2);
    expect(problems).toEqual([]);
  });

  it.each(FITS)('the emailed count’s diamond is explained where it is drawn: $name', ({ fit }) => {
    const { copy, format, prose } = edition(lang);
    const labels = chartCopy(copy, 'search', dataset, format, prose).labels as Record<string, string>;
    const missing = states.flatMap(({ id, step }) => {
      const svg = draw(lang, step, fit);
      if (!svg.querySelector('g[aria-label="dot"] path, [data-key^="point:"]')) return [];
      const emailed = dataset.unreached.filter((p) => !p.courtFiling).map((p) => `point:${p.id}`);
      if (!emailed.some((k) => svg.querySelector(`[data-key="${k}"]`))) return [];
      const texts = labelBoxes(svg).map((l) => l.text);
      const said = [labels.notFiling, labels.notFilingShort].some((t) => t && texts.includes(t));
      return said ? [] : [id];
    });
    expect(missing).toEqual([]);
  });

  it.each(FITS)('no key entry covers a mark: $name', ({ fit }) => {
    let entries = 0;
    const problems = states.flatMap(({ id, step }) => {
      const svg = draw(lang, step, fit);
      const marks = [...svg.querySelectorAll('[data-key^="point:"], [data-key^="bar:"]')].map((el) => ({
        name: el.getAttribute('data-key')!,
        box: shapeBox(el),
      }));
      const keys = labelBoxes(svg).flatMap(({ key, text, box }) => {
        const [kind, name] = key.split(':') as [string, string];
        const symbol = KEY_SYMBOLS[kind];
        if (!symbol) return [];
        const drawn = svg.querySelector(`[data-key="${symbol}:${name}"]`);
        return [
          { name: `${key} "${text}"`, box },
          ...(drawn ? [{ name: `${key}'s ${symbol}`, box: shapeBox(drawn) }] : []),
        ];
      });
      entries += keys.length;
      return keys.flatMap((k) =>
        marks.filter((m) => overlaps(k.box, m.box)).map((m) => `${id}: ${k.name} covers ${m.name}`),
      );
    });
    expect(entries).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it.each(FITS)('each key swatch looks like the bars it names in its state: $name', ({ fit }) => {
    let swatches = 0;
    /** A mark's colour (its class from the design's marks) and its opacity, as drawn. */
    const look = (el: Element) => ({
      colour: [...(el.closest('g[class]')?.classList ?? [])].find((c) => /^mark-/.test(c)) ?? '',
      opacity: Number(el.getAttribute('opacity') ?? el.closest('g[opacity]')?.getAttribute('opacity') ?? 1),
    });
    const problems = states.flatMap(({ id, step }) => {
      const svg = draw(lang, step, fit);
      return [...svg.querySelectorAll('[data-key^="swatch:"]')].flatMap((swatch) => {
        swatches++;
        const group = swatch.getAttribute('data-key')!.slice('swatch:'.length);
        const bars = [...svg.querySelectorAll(`[data-key^="bar:"][data-key$=":${group}"]`)].map(look);
        const mine = look(swatch);
        const said = `${id}: the ${group} swatch (${mine.colour}, ${mine.opacity})`;
        if (!bars.length) return [`${said} names no bar`];
        const colours = new Set(bars.map((b) => b.colour));
        const opacities = new Set(bars.map((b) => b.opacity));
        return [
          ...(colours.size === 1 && colours.has(mine.colour)
            ? []
            : [`${said}: bars in ${[...colours].join(', ')}`]),
          // Like all of them where they all look alike, else like those the state puts forward (full).
          ...(mine.opacity === Math.max(...opacities)
            ? []
            : [`${said}: bars at ${[...opacities].join(', ')}`]),
        ];
      });
    });
    // The key is drawn in each of the breakdown's states.
    expect(swatches).toBeGreaterThanOrEqual(9);
    expect(problems).toEqual([]);
  });

  it.each(FITS)('no leader crosses the count’s line or a rule: $name', ({ fit }) => {
    let leaders = 0;
    const problems = states.flatMap(({ id, step }) => {
      const svg = draw(lang, step, fit);
      const line = lineOf(svg);
      const strokes: { name: string; a: Point; b: Point }[] = [
        ...line.slice(1).map((b, i) => ({ name: 'the count’s line', a: line[i]!, b })),
        ...[...svg.querySelectorAll('line[data-key^="change:"]')].map((el) => {
          const o = origin(el);
          const at = (k: string) => Number(el.getAttribute(k) ?? 0);
          const name = `the rule ${el.getAttribute('data-key')}`;
          return {
            name,
            a: { x: o.x + at('x1'), y: o.y + at('y1') },
            b: { x: o.x + at('x2'), y: o.y + at('y2') },
          };
        }),
      ];
      return [...svg.querySelectorAll('[data-key^="leader:"]')].flatMap((el) => {
        leaders++;
        const [a, b] = pathInSvg(el) as [Point, Point];
        return strokes
          .filter((s) => segmentsCross(a, b, s.a, s.b))
          .map((s) => `${id}: ${el.getAttribute('data-key')} crosses ${s.name}`);
      });
    });
    expect(leaders).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
