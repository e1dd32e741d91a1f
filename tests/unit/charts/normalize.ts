/**
 * Makes a rendered chart comparable across runs, as Observable Plot's own snapshot tests do: random
 * pattern/clip ids are renumbered in order of appearance, numbers rounded to two decimals, and the
 * markup pretty-printed one element per line so a snapshot diff reads like a code diff.
 */

const ID = /\bplot-(?:pattern|clip)-\d+/g;

/** Renumbers generated ids (`plot-pattern-123` → `id-1`) consistently within one document. */
function reindexIds(markup: string): string {
  const ids = new Map<string, string>();
  return markup.replace(ID, (id) => {
    if (!ids.has(id)) ids.set(id, `id-${ids.size + 1}`);
    return ids.get(id) ?? id;
  });
}

/** Rounds every decimal number in attribute values to two places. */
function roundNumbers(markup: string): string {
  return markup.replace(/="([^"]*)"/g, (_, value: string) => {
    const rounded = value.replace(/-?\d+\.\d+(?:e-?\d+)?/g, (n) => {
      const r = Math.round(Number(n) * 100) / 100;
      return String(Object.is(r, -0) ? 0 : r);
    });
    return `="${rounded}"`;
  });
}

/** One element per line, indented by depth; text stays on its element's line. */
function prettyPrint(element: Element, depth = 0): string {
  const pad = '  '.repeat(depth);
  const attrs = [...element.attributes].map((a) => ` ${a.name}="${escapeAttr(a.value)}"`).join('');
  const name = element.tagName;
  const children = [...element.childNodes];
  if (children.length === 0) return `${pad}<${name}${attrs}></${name}>`;
  if (children.every((n) => n.nodeType === 3)) {
    return `${pad}<${name}${attrs}>${escapeText(element.textContent ?? '')}</${name}>`;
  }
  const inner = children
    .map((n) =>
      n.nodeType === 1
        ? prettyPrint(n as Element, depth + 1)
        : `${'  '.repeat(depth + 1)}${escapeText(n.textContent ?? '')}`,
    )
    .join('\n');
  return `${pad}<${name}${attrs}>\n${inner}\n${pad}</${name}>`;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The normalised snapshot text of an SVG element. */
export function normalizeSvg(svg: Element): string {
  const copy = svg.cloneNode(true) as Element;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `${roundNumbers(reindexIds(prettyPrint(copy)))}\n`;
}
