/**
 * `keyed` and `morph` on real Plot output in jsdom, mostly without animation (duration 0, as with reduced
 * motion): the browser tests watch the marks move.
 */
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { FADE_MAX_ELEMENTS, keyed, morph } from '../../../src/lib/charts/motion.ts';

interface Row {
  id: string;
  value: number;
  highlight: boolean;
}

const { document } = new JSDOM('<!doctype html><body></body>').window;

/** A small chart whose highlighted rows are drawn by a second mark, with a label offset by `dy`. */
function draw(rows: Row[]): SVGSVGElement {
  return Plot.plot({
    document: document as unknown as Document,
    width: 300,
    height: 200,
    x: { domain: [0, 10] },
    y: { domain: ['a', 'b', 'c'], type: 'band' },
    marks: [
      ...[false, true].map((hl) =>
        Plot.dot(
          rows.filter((r) => r.highlight === hl),
          {
            x: 'value',
            y: 'id',
            r: hl ? 6 : 4,
            className: hl ? 'hl' : 'plain',
            render: keyed('dot', (r: Row) => r.id),
          },
        ),
      ),
      Plot.text(rows, { x: 'value', y: 'id', text: 'id', dy: -12, render: keyed('label', (r: Row) => r.id) }),
    ],
  }) as SVGSVGElement;
}

const before: Row[] = [
  { id: 'a', value: 2, highlight: true },
  { id: 'b', value: 5, highlight: false },
];
const after: Row[] = [
  { id: 'a', value: 3, highlight: false },
  { id: 'c', value: 8, highlight: true },
];

describe('keyed', () => {
  it('names each element after its datum and moves the group offset onto it', () => {
    const svg = draw(before);
    const label = svg.querySelector('[data-key="label:a"]')!;
    expect(label.textContent).toBe('a');
    expect(label.parentElement!.hasAttribute('transform')).toBe(false);
    // One translate: the group's offset and the label's place added up.
    const plain = Plot.plot({
      document: document as unknown as Document,
      width: 300,
      height: 200,
      x: { domain: [0, 10] },
      y: { domain: ['a', 'b', 'c'], type: 'band' },
      marks: [Plot.text(before, { x: 'value', y: 'id', text: 'id', dy: -12 })],
    });
    // The text mark's group comes after the axes'; its first text is row "a".
    const text = plain.lastElementChild!.querySelector('text')!;
    const [, gx, gy] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(
      text.parentElement!.getAttribute('transform')!,
    )!;
    const [, tx, ty] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(text.getAttribute('transform')!)!;
    expect(label.getAttribute('transform')).toBe(
      `translate(${Number(gx) + Number(tx)},${Number(gy) + Number(ty)})`,
    );
    expect(svg.querySelector('[data-key="dot:a"]')!.parentElement!.getAttribute('class')).toBe('hl');
  });
});

describe('morph without animation', () => {
  it('keeps shared marks as the same elements, moved and regrouped, adds new ones and drops old ones', async () => {
    const live = draw(before);
    document.body.append(live);
    const dotA = live.querySelector('[data-key="dot:a"]')!;
    const labelA = live.querySelector('[data-key="label:a"]')!;
    const expected = draw(after);
    const cx = expected.querySelector('[data-key="dot:a"]')!.getAttribute('cx');

    await morph(live, draw(after), 0);

    expect(live.querySelector('[data-key="dot:a"]')).toBe(dotA);
    expect(live.querySelector('[data-key="label:a"]')).toBe(labelA);
    expect(dotA.getAttribute('cx')).toBe(cx);
    expect(dotA.getAttribute('cx')).not.toBe(
      draw(before).querySelector('[data-key="dot:a"]')!.getAttribute('cx'),
    );
    expect(dotA.parentElement!.getAttribute('class')).toBe('plain');
    expect(dotA.getAttribute('r')).toBe(expected.querySelector('[data-key="dot:a"]')!.getAttribute('r'));
    expect(live.querySelector('[data-key="dot:c"]')).not.toBeNull();
    expect(live.querySelector('[data-key="dot:b"]')).toBeNull();
    expect(live.querySelector('.leaving')).toBeNull();
    expect(live.hasAttribute('data-moving')).toBe(false);
    // The page's drawing now reads as the next drawing does.
    const keys = (svg: Element) =>
      [...svg.querySelectorAll('[data-key]')].map((e) => e.getAttribute('data-key'));
    expect(keys(live)).toEqual(keys(expected));
  });

  it('leaves unchanged axes as they were', async () => {
    const live = draw(before);
    const axis = [...live.children].find((g) => g.getAttribute('aria-label') === 'x-axis tick')!;
    expect(axis).toBeDefined();
    await morph(live, draw(after), 0);
    expect([...live.children].includes(axis!)).toBe(true);
  });
});

/** A chart of `n` dots in one unkeyed group (a large part, swapped at once), coloured by `className`, and a keyed note. */
function grid(n: number, className: string, note: string): SVGSVGElement {
  const dots = Array.from({ length: n }, (_, i) => ({ x: i % 20, y: Math.floor(i / 20) }));
  return Plot.plot({
    document: document as unknown as Document,
    width: 300,
    height: 200,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.dot(dots, { x: 'x', y: 'y', r: 2, className }),
      Plot.text([{ id: note }], {
        x: 0,
        y: 0,
        text: 'id',
        render: keyed('note', (d: { id: string }) => d.id),
      }),
    ],
  }) as SVGSVGElement;
}

describe('morph with animation', () => {
  it('swaps a large part at once, never fading it, and fades a small one', async () => {
    const dots = FADE_MAX_ELEMENTS * 4;
    const live = grid(dots, 'plain', 'first');
    document.body.append(live);
    const moving = morph(live, grid(dots, 'hl', 'second'), 60_000);

    // The first frame: the new grid is whole and opaque, the old one already gone, the note fading in.
    const circles = (root: Element) => root.querySelectorAll('circle');
    const group = live.querySelector('g.hl')!;
    expect(circles(group).length).toBe(dots);
    expect(group.hasAttribute('opacity')).toBe(false);
    expect(live.querySelector('g.plain')).toBeNull();
    expect(circles(live).length).toBe(dots);
    expect(live.querySelector('[data-key="note:second"]')!.getAttribute('opacity')).toBe('0');
    // The old note fades out (a small part), in the leaving group.
    expect(live.querySelector('.leaving [data-key="note:first"]')).not.toBeNull();

    // Interrupted by the next change without animation: everything is where it ends.
    await morph(live, grid(dots, 'plain', 'second'), 0);
    await moving;
    expect(live.querySelector('.leaving')).toBeNull();
    expect(live.querySelector('[data-key="note:second"]')!.hasAttribute('opacity')).toBe(false);
    expect(circles(live.querySelector('g.plain')!).length).toBe(dots);
  });

  it('fades parts that together stay within the limit', async () => {
    const dots = Math.floor(FADE_MAX_ELEMENTS / 4);
    const live = grid(dots, 'plain', 'first');
    const moving = morph(live, grid(dots, 'hl', 'second'), 60_000);
    expect(live.querySelector('g.hl')!.getAttribute('opacity')).toBe('0');
    expect(live.querySelectorAll('.leaving circle').length).toBe(dots);
    await morph(live, grid(dots, 'hl', 'second'), 0);
    await moving;
  });
});
