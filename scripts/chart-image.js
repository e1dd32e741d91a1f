// The static images of the charts: each step's prerendered drawing framed as the page frames it —
// title, subtitle, the drawing, the source line and the credit — as a standalone SVG (the page's
// light colours and chart styles inlined, no script) and a PNG rasterised from it by resvg, for app
// readers, social cards, the embeds' script-free fallback and the classroom's downloads.
import { Resvg } from '@resvg/resvg-js';
import { FONT, escapeXml, lightTheme, measure, staticStyles } from './share-image.js';

/**
 * @typedef {object} ChartCard
 * @property {string} title the state's title
 * @property {string} subtitle
 * @property {string} source the chart's source line
 * @property {string} credit who made it
 * @property {string} drawing the step's drawing, as the prerenderer drew it
 */

const PAD = 20;
const SANS = 'DejaVu Sans';

/** Widths of words already measured, by font and word: the images share most of their words. */
const widths = new Map();

/**
 * The width of `word` in DejaVu Sans at `size` and `weight`, measured once.
 * @param {string} word
 * @param {number} size
 * @param {number} weight
 * @returns {number}
 */
function wordWidth(word, size, weight) {
  const key = `${size}/${weight}/${word}`;
  let width = widths.get(key);
  if (width === undefined) {
    // A word's advance (its ink plus its side bearings; a space has no ink at all): measured
    // between two letters, less the two letters alone.
    const face = { family: SANS, weight, size };
    width = measure(`x${word}x`, face) - measure('xx', face);
    widths.set(key, width);
  }
  return width;
}

/**
 * `text` broken into lines no wider than `width`, a line's width taken as its words' and spaces'.
 * @param {string} text
 * @param {number} size
 * @param {number} weight
 * @param {number} width
 */
function breakLines(text, size, weight, width) {
  const space = wordWidth(' ', size, weight);
  /** @type {string[]} */
  const lines = [];
  let line = '';
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = wordWidth(word, size, weight);
    if (line && used + space + w > width) {
      lines.push(line);
      line = word;
      used = w;
    } else {
      used = line ? used + space + w : w;
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Lines of text set from `top`, each `lineHeight` apart; returns the markup and where the block ends.
 * @param {string} text
 * @param {{ size: number, weight: number, fill: string, width: number, top: number, gap: number }} o
 */
function block(text, { size, weight, fill, width, top, gap }) {
  if (!text.trim()) return { markup: '', bottom: top };
  const lines = breakLines(text, size, weight, width);
  const lineHeight = Math.round(size * 1.3);
  const tspans = lines
    .map((line, i) => `<tspan x="${PAD}" y="${top + size + i * lineHeight}">${escapeXml(line)}</tspan>`)
    .join('');
  const markup = `<text font-family="${SANS}" font-weight="${weight}" font-size="${size}" fill="${escapeXml(fill)}">${tspans}</text>`;
  return { markup, bottom: top + lines.length * lineHeight + gap };
}

/**
 * A chart's static image as a standalone SVG document, its size in CSS pixels.
 * @param {ChartCard} card
 * @param {string} css the page stylesheet, whose light theme and chart rules the drawing needs
 * @returns {{ svg: string, width: number, height: number }}
 */
export function chartImageSvg({ title, subtitle, source, credit, drawing: chart }, css) {
  const [, , w = 340, h = 300] = (/viewBox="([^"]+)"/.exec(chart)?.[1] ?? '').split(/\s+/).map(Number);
  const width = Math.ceil(w + 2 * PAD);
  const text = width - 2 * PAD;
  const theme = lightTheme(css);
  /** @type {(name: string, fallback: string) => string} */
  const color = (name, fallback) => theme.get(name) ?? fallback;
  const muted = color('--muted', '#595959');
  const head = block(title, {
    size: 19,
    weight: 700,
    fill: color('--text', '#1b1b1b'),
    width: text,
    top: PAD,
    gap: 4,
  });
  const sub = block(subtitle, { size: 13, weight: 400, fill: muted, width: text, top: head.bottom, gap: 12 });
  const drawingTop = sub.bottom;
  const src = block(source, {
    size: 12,
    weight: 400,
    fill: muted,
    width: text,
    top: drawingTop + h + 10,
    gap: 2,
  });
  const by = block(credit, { size: 12, weight: 400, fill: muted, width: text, top: src.bottom, gap: 0 });
  const height = Math.ceil(by.bottom + PAD);
  // The drawing keeps its own coordinates; an outer <svg> positions it and keeps its viewBox.
  const nested = chart
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/^<svg\b[^>]*>/, (tag) =>
      tag
        .replace(/\s(x|y|width|height)="[^"]*"/g, '')
        .replace(/^<svg\b/, `<svg x="${PAD}" y="${drawingTop}" width="${w}" height="${h}"`),
    );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<title>${escapeXml(title)}</title>
<style>${staticStyles(css)}</style>
<rect width="100%" height="100%" fill="${escapeXml(color('--bg', '#ffffff'))}"/>
${head.markup}${sub.markup}
<g class="chart" color="${escapeXml(color('--text', '#1b1b1b'))}">${nested}</g>
${src.markup}${by.markup}
</svg>
`;
  return { svg, width, height };
}

/**
 * The PNG of an image SVG at `density` image pixels per CSS pixel.
 * @param {string} svg
 * @param {number} density
 */
export function chartImagePng(svg, density) {
  return new Resvg(svg, { font: FONT, fitTo: { mode: 'zoom', value: density } }).render().asPng();
}
