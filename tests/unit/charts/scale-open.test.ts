/**
 * The scale chart's fading cap over the families' estimate says what it means (issue 8, 9e: the key
 * did not explain the fading): in words, on the drawing, on a leader to the cap, clear of every other
 * label, at the live sizes of a 320 × 640 and a 390 × 844 phone and a 1280 × 800 laptop and in the
 * prerendered drawings, in both editions.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { edition, LANGS } from '../../../src/content/index.ts';
import { chartCopy } from '../../../src/lib/charts/copy.ts';
import { fitFor, lineHeight, WIDE_STATIC_FIT, type Fit } from '../../../src/lib/charts/fit.ts';
import { renderChart, STATIC_FIT } from '../../../src/lib/charts/render.ts';
import { getFigure } from '../../../src/lib/data/tables.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';
import { STEPS } from '../../../src/lib/story/steps.ts';
import { origin, pathInSvg } from '../../shared/drawn.ts';

/** The scale chart's boxes as the story measures them at 320, 390 and 1280 px, and the prerendered ones. */
const FITS: { name: string; fit: Fit }[] = [
  { name: 'live 296 × 212', fit: fitFor(296, 212) },
  { name: 'live 366 × 350', fit: fitFor(366, 350) },
  { name: 'live 720 × 593', fit: fitFor(720, 593) },
  { name: 'phone drawing', fit: STATIC_FIT },
  { name: 'column drawing', fit: WIDE_STATIC_FIT },
];

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A text's lines and estimated box, by the fit's own measure (JSDOM lays nothing out). */
function textBox(text: Element, fit: Fit): { lines: string[]; box: Box } {
  const at = origin(text);
  const inherited = (name: string) => text.closest(`[${name}]`)?.getAttribute(name);
  const size = Number(inherited('font-size') ?? fit.fontSize);
  const weight = Number(inherited('font-weight') ?? 400);
  const tspans = [...text.querySelectorAll('tspan')];
  const lines = tspans.length ? tspans.map((t) => t.textContent ?? '') : [text.textContent ?? ''];
  const em = (v: string | null | undefined) => (v?.endsWith('em') ? parseFloat(v) * size : Number(v ?? 0));
  const first = em(tspans[0]?.getAttribute('y') ?? text.getAttribute('y'));
  const baseline = at.y + first;
  const width = Math.max(...lines.map((l) => fit.measure(l, size, weight)));
  const anchor = inherited('text-anchor') ?? 'start';
  const left = anchor === 'end' ? at.x - width : anchor === 'middle' ? at.x - width / 2 : at.x;
  const top = baseline - size * 0.8;
  return { lines, box: { left, right: left + width, top, bottom: top + lines.length * lineHeight(size) } };
}

const meets = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe.each(LANGS)('the fading cap, in %s', (lang) => {
  const { copy, format, prose } = edition(lang);
  const step = STEPS.find((s) => s.id === 'scale-families')!;
  const chart = chartCopy(copy, step.chart, dataset, format, prose);
  const families = getFigure(dataset, 'families_separated');

  it.each(FITS)('is explained in words on a leader, clear of the other labels: $name', ({ fit }) => {
    const svg = renderChart(step, new JSDOM('').window.document, chart, '', format, fit, dataset);
    const label = svg.querySelector('[data-key="open:open"]');
    expect(label, 'the words on the cap').not.toBeNull();
    const { lines, box } = textBox(label!, fit);
    // It says the fading squares stand for more than the figure, with no exact total.
    expect(lines.join(' ')).toBe((chart.labels as Record<string, string>).open);
    expect(lines.join(' ')).toContain(format.figure(families));
    // Inside the drawing.
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(fit.width);
    expect(box.top).toBeGreaterThanOrEqual(0);
    // Clear of every other label.
    for (const other of svg.querySelectorAll('text')) {
      if (other === label) continue;
      const o = textBox(other, fit);
      expect(meets(box, o.box), `"${lines.join(' ')}" over "${o.lines.join(' ')}"`).toBe(false);
    }
    // Its leader runs from beside the words to the cap's left edge, within the cap's height.
    const leader = svg.querySelector('[data-key="leader:open"]')!;
    expect(leader).not.toBeNull();
    const n = (name: string) => Number(leader.getAttribute(name));
    const points = [...svg.querySelectorAll('g.scale-open path')].flatMap((p) => pathInSvg(p));
    const cap = {
      left: Math.min(...points.map((p) => p.x)),
      top: Math.min(...points.map((p) => p.y)),
      bottom: Math.max(...points.map((p) => p.y)),
    };
    expect(Math.abs(n('x1') - box.right)).toBeLessThanOrEqual(fit.fontSize);
    expect(n('y1')).toBeGreaterThanOrEqual(box.top);
    expect(n('y1')).toBeLessThanOrEqual(box.bottom);
    expect(cap.left - n('x2')).toBeGreaterThanOrEqual(0);
    expect(cap.left - n('x2')).toBeLessThanOrEqual(4);
    expect(n('y2')).toBeGreaterThanOrEqual(cap.top);
    expect(n('y2')).toBeLessThanOrEqual(cap.bottom);
  });
});
