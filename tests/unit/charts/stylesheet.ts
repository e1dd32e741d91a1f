/**
 * The page's stylesheet as the contrast tests read it: its rules (with the @media block each sits
 * in), each theme's custom properties, and WCAG's contrast ratio of colours composited at an opacity.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CSS = readFileSync(join(import.meta.dirname, '../../../src/styles/global.css'), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);

export interface Rule {
  /** The condition of the @media block the rule sits in; null at the top level. */
  media: string | null;
  selector: string;
  body: string;
}

/** The stylesheet's style rules in order: top-level ones and those in @media blocks (others left out). */
function rulesOf(css: string, media: string | null = null): Rule[] {
  const rules: Rule[] = [];
  let depth = 0;
  let start = 0;
  let selector = '';
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') {
      if (depth === 0) {
        selector = css.slice(start, i).trim();
        start = i + 1;
      }
      depth++;
    } else if (css[i] === '}') {
      depth--;
      if (depth === 0) {
        const body = css.slice(start, i);
        if (selector.startsWith('@media') && media === null)
          rules.push(...rulesOf(body, selector.slice('@media'.length).trim()));
        else if (!selector.startsWith('@')) rules.push({ media, selector, body });
        start = i + 1;
      }
    }
  }
  return rules;
}

export const RULES = rulesOf(CSS);
/** The top-level rules (what an @-block holds is left out), in order. */
export const TOP_RULES = RULES.filter((r) => r.media === null);

export const declarations = (body: string) =>
  new Map(
    body
      .split(';')
      .map((d) => d.split(':').map((s) => s.trim()))
      .filter((d): d is [string, string] => d.length === 2 && d[0] !== ''),
  );

const customProperties = (selector: string, media: string | null = null) => {
  const rule = RULES.find((r) => r.media === media && r.selector.replace(/\s+/g, ' ') === selector);
  if (!rule) throw new Error(`no rule ${selector} (${media ?? 'top level'})`);
  return [...declarations(rule.body)].filter(([k]) => k.startsWith('--'));
};

export type ThemeName = 'light' | 'dark' | 'print';

/** A theme's custom properties: the light root's, and the dark theme's or the printed page's over them. */
export function theme(name: ThemeName): Map<string, string> {
  const vars = new Map(customProperties(':root'));
  const over =
    name === 'dark'
      ? customProperties(":root[data-theme='dark']", 'screen')
      : name === 'print'
        ? customProperties(':root, :root[data-theme]', 'print')
        : [];
  for (const [k, v] of over) vars.set(k, v);
  return vars;
}

export const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const channel = (c: number) => {
  const v = c / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: number[]) => 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
/** WCAG's contrast ratio of two colours. */
export const ratio = (a: number[], b: number[]) => {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};
/** `fg` at `alpha` composited over `bg`. */
export const over = (fg: number[], bg: number[], alpha: number) =>
  fg.map((v, i) => v * alpha + bg[i]! * (1 - alpha));
