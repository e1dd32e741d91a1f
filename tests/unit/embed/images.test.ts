import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { chartImageSvg } from '../../../scripts/chart-image.js';
import { measure } from '../../../scripts/share-image.js';
import { stateImagePaths } from '../../../src/lib/embed/images.ts';

const css = readFileSync(resolve(import.meta.dirname, '../../../src/styles/global.css'), 'utf8');
const drawing =
  '<svg class="plot-scale chart-drawing" width="340" height="200" viewBox="0 0 340 200" font-size="14">' +
  '<rect class="mark" width="20" height="20"/><text>2,654</text></svg>';

describe('stateImagePaths', () => {
  it('puts a state’s images beside its chart’s embed, behind the base given', () => {
    expect(stateImagePaths('scale', 'scale-families')).toEqual({
      svg: 'embed/scale/scale-families.svg',
      png: 'embed/scale/scale-families.png',
    });
    expect(stateImagePaths('search', 'search-spring-2021', 'https://news.example/es/').png).toBe(
      'https://news.example/es/embed/search/search-spring-2021.png',
    );
  });

  it('refuses what is not a step id, so no path leaves its folder', () => {
    expect(() => stateImagePaths('scale', '../../etc')).toThrow(/"\.\.\/\.\.\/etc" is not a step id/);
  });
});

describe('chartImageSvg', () => {
  const card = {
    title: 'A title long enough that it cannot fit on one line of a phone-sized chart image at all',
    subtitle: 'Children counted as separated & reunited, <by> date',
    source: 'Sources: an inspector general; a court',
    credit: 'Graphic by the graphics desk',
    drawing,
  };

  it('frames the drawing with its title, subtitle, source and credit, in lines that fit', () => {
    const { svg, width, height } = chartImageSvg(card, css);
    const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.getAttribute('height')).toBe(String(height));
    const nested = root.querySelector('svg.chart-drawing')!;
    // One width and height on the drawing: its own replaced by the frame's placement.
    expect(nested.getAttribute('width')).toBe('340');
    expect(nested.getAttribute('viewBox')).toBe('0 0 340 200');
    const texts = [...root.children].filter((e) => e.tagName === 'text');
    const lines = texts.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent ?? ''));
    expect(lines.flat().join(' ')).toBe([card.title, card.subtitle, card.source, card.credit].join(' '));
    expect(lines[0]!.length).toBeGreaterThan(1);
    for (const [i, text] of texts.entries()) {
      const face = {
        family: 'DejaVu Sans',
        weight: Number(text.getAttribute('font-weight')),
        size: Number(text.getAttribute('font-size')),
      };
      for (const line of lines[i]!) expect(measure(line, face), line).toBeLessThanOrEqual(width - 40);
    }
    // The drawing sits below the subtitle and above the source line.
    const y = (t: Element) => Number(t.querySelector('tspan')!.getAttribute('y'));
    expect(Number(nested.getAttribute('y'))).toBeGreaterThan(y(texts[1]!));
    expect(Number(nested.getAttribute('y')) + 200).toBeLessThan(y(texts[2]!));
    expect(height).toBeGreaterThan(y(texts[3]!));
  });
});
