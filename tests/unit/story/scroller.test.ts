import { describe, expect, it } from 'vitest';
import { activeIndex, reachPoint } from '../../../src/lib/scroll/scroller.ts';

describe('activeIndex', () => {
  const cases = [
    { name: 'before the first step', tops: [600, 1400, 2200], line: 500, expected: -1 },
    { name: 'first step crosses the line', tops: [480, 1280, 2080], line: 500, expected: 0 },
    { name: 'exactly on the line counts', tops: [-300, 500, 1300], line: 500, expected: 1 },
    {
      name: 'a fast fling past several steps lands on the last one passed',
      tops: [-5000, -4200, -3400, 200],
      line: 500,
      expected: 3,
    },
    { name: 'after the last step it stays on the last', tops: [-3000, -2000, -1000], line: 500, expected: 2 },
    { name: 'no steps', tops: [], line: 500, expected: -1 },
  ];
  it.each(cases)('$name', ({ tops, line, expected }) => {
    expect(activeIndex(tops, line)).toBe(expected);
  });
});

describe('reachPoint', () => {
  const cases = [
    { name: 'the top edge without `enter`', box: { top: 300, height: 200 }, enter: 0, expected: 300 },
    { name: 'the bottom edge of a short step', box: { top: 300, height: 200 }, enter: 0.4, expected: 500 },
    {
      name: 'a fraction of the screen into a tall step',
      box: { top: 300, height: 900 },
      enter: 0.4,
      expected: 620,
    },
  ];
  it.each(cases)('$name', ({ box, enter, expected }) => {
    expect(reachPoint(box, enter, 800)).toBe(expected);
  });

  it('makes a step current once it is fully on screen, with the line at the bottom', () => {
    const boxes = [
      { top: -900, height: 300 },
      { top: 500, height: 300 },
      { top: 1600, height: 300 },
    ];
    const points = boxes.map((b) => reachPoint(b, 0.4, 800));
    expect(activeIndex(points, 800)).toBe(1);
    // One pixel lower, its last line is below the screen: the step before stays current.
    expect(
      activeIndex(
        boxes.map((b) => reachPoint({ ...b, top: b.top + 1 }, 0.4, 800)),
        800,
      ),
    ).toBe(0);
  });

  it('with a margin, makes a step current while its last `margin` px are still under the screen', () => {
    const boxes = [
      { top: -900, height: 300 },
      { top: 510, height: 300 },
      { top: 1600, height: 300 },
    ];
    // Its bottom 10 px under the screen, within a 14 px margin: current.
    expect(
      activeIndex(
        boxes.map((b) => reachPoint(b, 0.4, 800, 14)),
        800,
      ),
    ).toBe(1);
    // 30 px under: not yet.
    const lower = boxes.map((b) => reachPoint({ ...b, top: b.top + 20 }, 0.4, 800, 14));
    expect(activeIndex(lower, 800)).toBe(0);
    // A tall step still counts from `enter` of the screen into it; a margin past its height, its top.
    expect(reachPoint({ top: 300, height: 900 }, 0.4, 800, 14)).toBe(620);
    expect(reachPoint({ top: 300, height: 10 }, 0.4, 800, 14)).toBe(300);
  });
});
