import { describe, expect, it } from 'vitest';
import { activeIndex } from '../../../src/lib/scroll/scroller.ts';

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
