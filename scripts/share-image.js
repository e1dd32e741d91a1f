// The share image (Open Graph, Twitter cards): the headline beside the headline chart as the
// prerenderer drew it, rasterised to PNG at build time by resvg (an npm package with its own
// prebuilt binary) with fonts from an npm package, so it looks the same on every machine and in CI.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
export const FONT = {
  loadSystemFonts: false,
  fontFiles: ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf'].map((f) =>
    join(fontDir, f),
  ),
  defaultFontFamily: 'DejaVu Sans',
  sansSerifFamily: 'DejaVu Sans',
  serifFamily: 'DejaVu Serif',
};

/** @param {string} css */
const uncommented = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/**
 * The light theme's custom properties (`--text` → `#1b1b1b`): the first `:root { … }` block.
 * @param {string} css
 * @returns {Map<string, string>}
 */
export function lightTheme(css) {
  const vars = new Map();
  const root = /(^|\})\s*:root\s*\{([^}]*)\}/.exec(uncommented(css))?.[2] ?? '';
  for (const [, name, value] of root.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    if (name && value) vars.set(name, value.trim());
  }
  return vars;
}

/**
 * The page stylesheet as resvg can apply it to a chart: the light theme's custom properties
 * substituted (resvg has no `var()`), at-rule blocks (media queries, the dark theme) dropped.
 * @param {string} css
 */
export function staticStyles(css) {
  const withoutComments = uncommented(css);
  const vars = lightTheme(css);
  let flat = '';
  // Keep top-level rules only: skip any at-rule with its (possibly nested) block.
  for (let i = 0, depth = 0, start = 0, skipping = false; i < withoutComments.length; i++) {
    const c = withoutComments[i];
    if (c === '{') {
      if (depth === 0) skipping = withoutComments.slice(start, i).trim().startsWith('@');
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) {
        if (!skipping) flat += withoutComments.slice(start, i + 1);
        start = i + 1;
      }
    } else if (c === ';' && depth === 0) {
      start = i + 1; // a bodiless at-rule such as @import
    }
  }
  /** @param {string} text @param {number} depth @returns {string} */
  const resolve = (text, depth = 0) =>
    depth > 8
      ? text
      : text.replace(/var\((--[\w-]+)(?:\s*,\s*([^)]*))?\)/g, (_, name, fallback) =>
          resolve(vars.get(name) ?? fallback ?? '', depth + 1),
        );
  return resolve(flat);
}

/** @param {string} text */
export function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The width in px of `text` set in `family`/`weight` at `size`, measured by rendering it.
 * @param {string} text
 * @param {{ family: string, weight: number, size: number }} font
 */
export function measure(text, { family, weight, size }) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="${size * 2}"><text x="0" y="${size}" font-family="${family}" font-weight="${weight}" font-size="${size}">${escapeXml(text)}</text></svg>`;
  return new Resvg(svg, { font: FONT }).getBBox()?.width ?? 0;
}

/**
 * `text` broken into lines no wider than `width` at the largest size in `sizes` that fits in
 * `maxLines` lines.
 * @param {string} text
 * @param {{ family: string, weight: number }} face
 * @param {number} width
 * @param {number[]} sizes largest first
 * @param {number} maxLines
 */
export function wrap(text, face, width, sizes, maxLines) {
  const words = text.split(/\s+/).filter(Boolean);
  /** @type {{ size: number, lines: string[] }} */
  let result = { size: 0, lines: [] };
  for (const size of sizes) {
    const lines = [];
    let line = '';
    for (const word of words) {
      const next = line ? `${line} ${word}` : word;
      if (line && measure(next, { ...face, size }) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    result = { size, lines };
    if (lines.length <= maxLines) break;
  }
  return result;
}

/**
 * @typedef {object} ShareCard
 * @property {string} title the story's headline
 * @property {string} credit who made it (the provider's name)
 * @property {string} chart the headline chart's SVG, as the prerenderer drew it
 * @property {string} css the page stylesheet
 */

/**
 * The share image as an SVG document: the headline on the left, the chart on the right.
 * @param {ShareCard} card
 */
export function shareSvg({ title, credit, chart, css }) {
  const pad = 64;
  const textWidth = 560;
  const serif = { family: 'DejaVu Serif', weight: 700 };
  const { size, lines } = wrap(title, serif, textWidth, [52, 46, 40, 36, 32], 7);
  const lineHeight = Math.round(size * 1.18);
  const textTop = Math.max(pad, (SHARE_HEIGHT - lines.length * lineHeight - 60) / 2);
  const headline = lines
    .map((l, i) => `<tspan x="${pad}" y="${textTop + size + i * lineHeight}">${escapeXml(l)}</tspan>`)
    .join('');
  // The chart's own size, from its viewBox, fitted into the right-hand box.
  const [, , w = 400, h = 400] = (/viewBox="([^"]+)"/.exec(chart)?.[1] ?? '').split(/\s+/).map(Number);
  const box = { x: pad + textWidth + 40, y: pad - 16, width: SHARE_WIDTH - (pad + textWidth + 40) - pad };
  const scale = Math.min(box.width / w, (SHARE_HEIGHT - 2 * box.y) / h);
  const chartX = box.x + (box.width - w * scale) / 2;
  const chartY = (SHARE_HEIGHT - h * scale) / 2;
  const theme = lightTheme(css);
  /** @type {(name: string, fallback: string) => string} */
  const color = (name, fallback) => escapeXml(theme.get(name) ?? fallback);
  // Plot's own <style> uses selectors resvg does not read; the page stylesheet below replaces it.
  const drawing = chart.replace(/<style>[\s\S]*?<\/style>/g, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}">
<style>${staticStyles(css)}</style>
<rect width="100%" height="100%" fill="${color('--bg', '#fff')}"/>
<text font-family="DejaVu Serif" font-weight="700" font-size="${size}" fill="${color('--text', '#000')}">${headline}</text>
<text x="${pad}" y="${SHARE_HEIGHT - pad}" font-family="DejaVu Sans" font-size="24" fill="${color('--muted', '#555')}">${escapeXml(credit)}</text>
<g class="chart" color="${color('--text', '#000')}" transform="translate(${chartX} ${chartY}) scale(${scale})">${drawing}</g>
</svg>`;
}

/**
 * The share image as PNG bytes.
 * @param {ShareCard} card
 */
export function sharePng(card) {
  return new Resvg(shareSvg(card), { font: FONT, fitTo: { mode: 'original' } }).render().asPng();
}
