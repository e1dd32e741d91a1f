/**
 * Every timeline label reads as its mark's, in every state of the prerendered drawings (the page's
 * phone and column drawings, each embed band and the story embed's phone bands) and at the sizes a
 * live chart is laid out for, in both editions: beside its mark in the mark's row, or standing on
 * its mark; where the dots' labels sit beside them, all of them do (review r7).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { edition, LANGS } from '../../../src/content/index.ts';
import { chartCopy } from '../../../src/lib/charts/copy.ts';
import { estimate, fitFor, lineHeight, type Fit } from '../../../src/lib/charts/fit.ts';
import { renderChart } from '../../../src/lib/charts/render.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';
import { STEPS } from '../../../src/lib/story/steps.ts';
import { origin, pathInSvg, PRERENDERED_FITS } from '../../shared/drawn.ts';
import { pairProblems, rowProblems, type DrawnRow, type RowBox } from '../../shared/timeline-rows.ts';

const FITS: { name: string; fit: Fit }[] = [
  ...PRERENDERED_FITS,
  // Live chart boxes about a 320 × 640 and a 390 × 844 phone's, a laptop's and a large screen's.
  { name: 'live 296 × 300', fit: fitFor(296, 300) },
  { name: 'live 366 × 420', fit: fitFor(366, 420) },
  { name: 'live 576 × 480', fit: fitFor(576, 480) },
  { name: 'live 880 × 640', fit: fitFor(880, 640) },
];

const num = (el: Element, name: string) => Number(el.getAttribute(name) ?? 0);
const union = (a: RowBox | undefined, b: RowBox): RowBox =>
  a
    ? {
        left: Math.min(a.left, b.left),
        top: Math.min(a.top, b.top),
        right: Math.max(a.right, b.right),
        bottom: Math.max(a.bottom, b.bottom),
      }
    : b;

/** Each entry's mark and label box as drawn, the label's width estimated as the layout's was. */
function drawnRows(svg: Element): DrawnRow[] {
  const marks = new Map<string, RowBox>();
  const dots = new Set<string>();
  for (const c of svg.querySelectorAll('circle[data-key^="event:"]')) {
    const id = c.getAttribute('data-key')!.slice('event:'.length);
    const o = origin(c);
    const [cx, cy, r] = [num(c, 'cx') + o.x, num(c, 'cy') + o.y, num(c, 'r')];
    marks.set(id, union(marks.get(id), { left: cx - r, top: cy - r, right: cx + r, bottom: cy + r }));
    dots.add(id);
  }
  for (const rect of svg.querySelectorAll('rect[data-key^="span:"], rect[data-key^="month:"]')) {
    const id = rect.getAttribute('data-key')!.split(':')[1]!;
    const o = origin(rect);
    const left = num(rect, 'x') + o.x;
    const top = num(rect, 'y') + o.y;
    marks.set(
      id,
      union(marks.get(id), {
        left,
        top,
        right: left + num(rect, 'width'),
        bottom: top + num(rect, 'height'),
      }),
    );
  }
  const leaders = new Map<string, DrawnRow['leader']>();
  for (const path of svg.querySelectorAll('[data-key^="leader:"]')) {
    const [a, b] = pathInSvg(path);
    if (!a || !b)
      throw new Error(`leader ${path.getAttribute('data-key')}: no line in ${path.getAttribute('d')}`);
    leaders.set(path.getAttribute('data-key')!.slice('leader:'.length), {
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
    });
  }
  return [...svg.querySelectorAll('text[data-key^="label:"]')].map((t) => {
    const id = t.getAttribute('data-key')!.slice('label:'.length);
    const g = t.parentElement!;
    const size = num(g, 'font-size');
    const weight = num(g, 'font-weight') || 400;
    const spans = [...t.querySelectorAll('tspan')];
    const lines = spans.length ? spans.map((s) => s.textContent ?? '') : [t.textContent ?? ''];
    const width = Math.max(...lines.map((l) => estimate(l, size, weight)));
    const o = origin(t);
    const left = g.getAttribute('text-anchor') === 'end' ? o.x - width : o.x;
    const label = { left, top: o.y, right: left + width, bottom: o.y + lines.length * lineHeight(size) };
    const mark = marks.get(id);
    if (!mark) throw new Error(`timeline label ${id} has no mark`);
    return { id, dot: dots.has(id), mark, label, leader: leaders.get(id) };
  });
}

describe.each(LANGS)('timeline rows, in %s', (lang) => {
  const { copy, format, prose } = edition(lang);
  const chart = chartCopy(copy, 'timeline', dataset, format, prose);
  const steps = STEPS.filter((s) => s.chart === 'timeline');

  it.each(FITS)('every label shares its mark’s row or stands on it: $name', ({ fit }) => {
    const problems = steps.flatMap((s) => {
      const { window } = new JSDOM('');
      const svg = renderChart(s, window.document, chart, '', format, fit, dataset);
      const rows = drawnRows(svg);
      expect(rows.length, s.id).toBe(10);
      return rowProblems(rows).map((p) => `${s.id}: ${p}`);
    });
    expect(problems).toEqual([]);
  });

  // Not the story embed's phone bands: drawn taller than their room in any layout, they take the
  // shorter one, one-line labels over their marks, each tied to its dot by a leader (as every other
  // size's labels share their mark's row, above); beside their dots the 276 px band's drawing was
  // 8 px taller, and the stepper's row, fitting it, set its text at 11.7 px (snippet.test.ts).
  it.each(FITS.filter((f) => !f.name.startsWith('story embed band')))(
    'every dot’s label beside its own dot, not between two rows: $name',
    ({ fit }) => {
      const problems = steps.flatMap((s) => {
        const { window } = new JSDOM('');
        const svg = renderChart(s, window.document, chart, '', format, fit, dataset);
        return pairProblems(drawnRows(svg)).map((p) => `${s.id}: ${p}`);
      });
      expect(problems).toEqual([]);
    },
  );
});

/**
 * The story embed's stepper at 680 px measured the timeline a 656 × 443 room; its ten rows of 37.3
 * px summed to 373.00000000000006 px and the drawing came out 444 px tall, a pixel over its room:
 * its row, and the frame, grew when it came in (the frame must keep one height at every step).
 */
describe('the timeline’s height', () => {
  const { copy, format, prose } = edition('en');
  const chart = chartCopy(copy, 'timeline', dataset, format, prose);
  const states = STEPS.filter((s) => s.chart === 'timeline').filter(
    (s, i, all) => all.findIndex((o) => JSON.stringify(o.state) === JSON.stringify(s.state)) === i,
  );

  it.each([440, 441, 442, 443, 444, 445, 446])('is never more than its room: 656 × %i', (height) => {
    const heights = states.map((s) => {
      const svg = renderChart(
        s,
        new JSDOM('').window.document,
        chart,
        '',
        format,
        fitFor(656, height),
        dataset,
      );
      return { id: s.id, height: num(svg, 'height') };
    });
    expect(heights.filter((h) => h.height > height)).toEqual([]);
  });
});
