/**
 * The search chart keeps one value scale across its states: at a given size, each count tick and
 * each point shown in two states stand at the same height in both, and (where the date axis spans
 * the same months) at the same place along it. Review r18a F1: the breakdown's two-row key took
 * the plot's height in its three states only, so at 1920 × 1080 "600" sat at 130 px in the line
 * states and at 165 px in the breakdown, and the line and its points slid 35 px down and back.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/content/index.ts';
import { fitFor, type Fit } from '../../../src/lib/charts/fit.ts';
import { passageDrawing, STEPS, type Step } from '../../../src/lib/story/steps.ts';
import { origin, pathInSvg, PRERENDERED_FITS } from '../../shared/drawn.ts';
import { draw } from './search-draw.ts';

/** The live chart boxes the page lays the chart out for (measured in its `data-fit`), and the prerendered ones. */
const FITS: { name: string; fit: Fit }[] = [
  { name: '320 × 640', fit: fitFor(296, 225) },
  { name: '320 × 640 (es card)', fit: fitFor(296, 201) },
  { name: '390 × 844', fit: fitFor(366, 365) },
  { name: '1280 × 800', fit: fitFor(720, 623) },
  { name: '1920 × 1080', fit: fitFor(1024, 926) },
  ...PRERENDERED_FITS,
];

/** Every state of the chart: each step's, and a passage's one drawing. */
const STATES: Step[] = STEPS.filter((s) => s.chart === 'search').flatMap((s) =>
  s.together ? [s, passageDrawing(s)] : [s],
);

const round = (v: number) => Math.round(v * 100) / 100;

/** Each count tick's height, each point's centre, and where the date axis begins and ends. */
function measure(svg: Element) {
  const ticks = new Map<string, number>();
  for (const t of svg.querySelectorAll('[data-key^="ytick:"]'))
    ticks.set(t.getAttribute('data-key')!.slice('ytick:'.length), round(origin(t).y));
  const points = new Map<string, { x: number; y: number }>();
  for (const el of svg.querySelectorAll('[data-key^="point:"]')) {
    const id = el.getAttribute('data-key')!.slice('point:'.length);
    if (el.tagName === 'circle') {
      const o = origin(el);
      points.set(id, {
        x: round(o.x + Number(el.getAttribute('cx') ?? 0)),
        y: round(o.y + Number(el.getAttribute('cy') ?? 0)),
      });
    } else {
      const ps = pathInSvg(el);
      const xs = ps.map((q) => q.x);
      const ys = ps.map((q) => q.y);
      points.set(id, {
        x: round((Math.min(...xs) + Math.max(...xs)) / 2),
        y: round((Math.min(...ys) + Math.max(...ys)) / 2),
      });
    }
  }
  // The date axis as drawn: its month labels (their text and place), which name its span.
  const months = [...svg.querySelectorAll('text')]
    .filter((t) => t.querySelector('tspan') && !t.hasAttribute('data-key'))
    .map((t) => `${t.textContent}@${round(origin(t).x)}`)
    .join('|');
  return { ticks, points, months };
}

describe('the search chart keeps one value scale across its states', () => {
  for (const lang of LANGS)
    for (const { name, fit } of FITS)
      it(`${lang}, ${name}: every tick and every shared point at one height in every state`, () => {
        const drawn = STATES.map((s) => ({ id: s.id, ...measure(draw(s.id, fit, lang, () => s)) }));
        const problems: string[] = [];
        const first = new Map<string, { id: string; v: number }>();
        const same = (what: string, id: string, v: number) => {
          const seen = first.get(what);
          if (!seen) first.set(what, { id, v });
          else if (Math.abs(seen.v - v) > 0.01)
            problems.push(`${what}: y ${seen.v} at ${seen.id}, ${v} at ${id}`);
        };
        for (const d of drawn) {
          for (const [t, y] of d.ticks) same(`tick ${t}`, d.id, y);
          for (const [p, at] of d.points) same(`point ${p}`, d.id, at.y);
        }
        // Along the date axis: the same wherever the axis spans the same months (a phone's
        // breakdown ends its axis with its last bar's month).
        const xs = new Map<string, { id: string; x: number }>();
        for (const d of drawn)
          for (const [p, at] of d.points) {
            const key = `${d.months} ${p}`;
            const seen = xs.get(key);
            if (!seen) xs.set(key, { id: d.id, x: at.x });
            else if (Math.abs(seen.x - at.x) > 0.01)
              problems.push(`point ${p}: x ${seen.x} at ${seen.id}, ${at.x} at ${d.id}`);
          }
        expect(drawn.every((d) => d.ticks.size > 0 && d.points.size > 0)).toBe(true);
        expect(problems).toEqual([]);
      });
});
