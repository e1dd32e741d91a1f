/** Ids per drawing, for pages that show one drawing more than once (prerender only). */

/**
 * Gives every id inside `svg` the prefix `scope` and follows its references (`url(#…)`, `#…`
 * links), so that several drawings, or two copies of one, can share a page. Plot numbers its
 * pattern and clip ids per process, which keeps them unique only within one run.
 */
export function scopeIds(svg: Element, scope: string): Element {
  const renamed = new Map<string, string>();
  for (const element of [svg, ...svg.querySelectorAll('[id]')]) {
    if (!element.id) continue;
    renamed.set(element.id, `${scope}-${element.id}`);
    element.id = `${scope}-${element.id}`;
  }
  if (!renamed.size) return svg;
  const reference = /url\(#([^)]+)\)|^#(.+)$/g;
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      const value = attribute.value.replace(reference, (match, url?: string, link?: string) => {
        const id = renamed.get((url ?? link)!);
        if (!id) return match;
        return url ? `url(#${id})` : `#${id}`;
      });
      if (value !== attribute.value) element.setAttribute(attribute.name, value);
    }
  }
  return svg;
}
