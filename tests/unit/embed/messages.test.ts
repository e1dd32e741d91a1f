import { describe, expect, it } from 'vitest';
import { heldOffset } from '../../../src/lib/embed/hold.ts';
import { heightMessages, parseHostMessage, pymMessage } from '../../../src/lib/embed/messages.ts';
import { readParams } from '../../../src/lib/embed/params.ts';

describe('height messages', () => {
  it('speaks pym.js, Datawrapper and AMP', () => {
    expect(heightMessages('chart1', 'separated-search', 612)).toEqual([
      'pymxPYMxchart1xPYMxheightxPYMx612',
      { 'datawrapper-height': { 'separated-search': 612 } },
      { sentinel: 'amp', type: 'embed-size', height: 612 },
    ]);
  });

  it('leaves out the pym message when the host gave no child id', () => {
    expect(heightMessages(null, 'separated-story', 900)).toHaveLength(2);
  });
});

describe('host messages', () => {
  const id = 'story';
  const cases: { name: string; data: unknown; expected: unknown }[] = [
    {
      name: 'pym viewport and frame position',
      data: pymMessage(id, 'viewport-iframe-position', '390 844 -120 0 3000 390'),
      expected: {
        type: 'position',
        viewport: { width: 390, height: 844 },
        frame: { top: -120, left: 0, bottom: 3000, right: 390 },
      },
    },
    {
      name: 'fractional positions',
      data: pymMessage(id, 'viewport-iframe-position', '390 844 -120.5 0 3000.25 390'),
      expected: expect.objectContaining({ type: 'position' }),
    },
    { name: 'pym width', data: pymMessage(id, 'width', '600'), expected: { type: 'width', width: 600 } },
    { name: 'pym theme', data: pymMessage(id, 'theme', 'dark'), expected: { type: 'theme', theme: 'dark' } },
    {
      name: 'object theme',
      data: { 'separated-theme': 'light' },
      expected: { type: 'theme', theme: 'light' },
    },
    { name: 'another child’s message', data: pymMessage('other', 'width', '600'), expected: null },
    {
      name: 'too few position values',
      data: pymMessage(id, 'viewport-iframe-position', '390 844'),
      expected: null,
    },
    {
      name: 'a non-number position',
      data: pymMessage(id, 'viewport-iframe-position', '390 844 x 0 1 1'),
      expected: null,
    },
    {
      name: 'a zero-height viewport',
      data: pymMessage(id, 'viewport-iframe-position', '390 0 0 0 1 1'),
      expected: null,
    },
    {
      name: 'navigateTo (never obeyed)',
      data: pymMessage(id, 'navigateTo', 'https://example.org'),
      expected: null,
    },
    { name: 'an unknown theme', data: pymMessage(id, 'theme', 'neon'), expected: null },
    { name: 'an object with extra keys', data: { 'separated-theme': 'dark', x: 1 }, expected: null },
    { name: 'a Datawrapper height echoed back', data: { 'datawrapper-height': { a: 1 } }, expected: null },
    { name: 'null', data: null, expected: null },
    { name: 'an array', data: ['pym'], expected: null },
    { name: 'a huge string', data: 'pymxPYMxstoryxPYMxwidthxPYMx' + '9'.repeat(1000), expected: null },
  ];
  it.each(cases)('$name', ({ data, expected }) => {
    expect(parseHostMessage(data, id)).toEqual(expected);
  });

  it('ignores pym messages when the frame has no child id', () => {
    expect(parseHostMessage(pymMessage('story', 'width', '600'), null)).toBeNull();
  });
});

describe('URL parameters', () => {
  const cases = [
    {
      search: '?childId=chart1&theme=dark&transparent=1&step=search-breakdown',
      chart: undefined,
      expected: { childId: 'chart1', theme: 'dark', transparent: true, step: 'search-breakdown' },
    },
    {
      search: '',
      chart: undefined,
      expected: { childId: null, theme: 'light', transparent: false, step: null },
    },
    {
      search: '?childId=<script>&theme=purple&step=nope',
      chart: undefined,
      expected: { childId: null, theme: 'light', transparent: false, step: null },
    },
    {
      search: '?step=scale-families',
      chart: 'search' as const,
      expected: { childId: null, theme: 'light', transparent: false, step: null },
    },
    {
      search: '?step=search-first-count&transparent',
      chart: 'search' as const,
      expected: { childId: null, theme: 'light', transparent: true, step: 'search-first-count' },
    },
  ];
  it.each(cases)('$search', ({ search, chart, expected }) => {
    expect(readParams(search, chart)).toEqual(expected);
  });
});

describe('holding a chart in the host’s view', () => {
  const host = { height: 800, frameTop: -1000 };
  const cases = [
    { name: 'chapter not reached yet', chapterTop: 1500, expected: 0 },
    { name: 'pinned to the top on phones', chapterTop: 600, align: 'top' as const, expected: 400 },
    { name: 'centred on wide screens', chapterTop: 600, align: 'center' as const, expected: 600 },
    { name: 'never past the chapter’s end', chapterTop: -2000, expected: 2600 },
  ];
  it.each(cases)('$name', ({ chapterTop, align, expected }) => {
    expect(heldOffset(chapterTop, 3000, 400, host, align ?? 'top')).toBe(expected);
  });
});
