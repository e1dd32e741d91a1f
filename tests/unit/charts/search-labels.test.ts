/**
 * The search chart's labels stay off its line, in every state of the prerendered drawings (the
 * page's phone and column drawings, which print shows, each embed band and the story embed's phone
 * bands) and at the sizes a live chart is laid out for, in both editions (review r8 S4: the email
 * note sat on the segment after the Jan. 14 report in print and in the story embed at 320). And the
 * emailed count's diamond is explained wherever it is drawn: by its note, or in the key.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { edition, LANGS } from '../../../src/content/index.ts';
import { chartCopy } from '../../../src/lib/charts/copy.ts';
import { estimate, fitFor, lineHeight, type Box, type Fit } from '../../../src/lib/charts/fit.ts';
import { renderChart } from '../../../src/lib/charts/render.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';
import { STEPS, type Step } from '../../../src/lib/story/steps.ts';
import { origin, pathInSvg, PRERENDERED_FITS } from '../../shared/drawn.ts';

const FITS: { name: string; fit: Fit }[] = [
  ...PRERENDERED_FITS,
  // Live chart boxes about a 320 × 640 and a 390 × 844 phone's, and a laptop's.
  { name: 'live 296 × 300', fit: fitFor(296, 300) },
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

/** Whether the segment a–b crosses the box (its inside; an edge touched at a point does not count). */
function crosses(a: Point, b: Point, box: Box): boolean {
  // Clip the segment's parameter t ∈ [0, 1] to each side of the box in turn (Liang–Barsky).
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const sides: [number, number][] = [
    [-dx, a.x - box.left],
    [dx, box.right - a.x],
    [-dy, a.y - box.top],
    [dy, box.bottom - a.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

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
});
