/**
 * A note that points to another source ("see S37") must lead the reader to that source's entry in
 * the list at the end, by the label the reader sees there. The list is an `<ol>`: its entries read
 * 1, 2, 3 … by position, while the dataset's ids skip numbers (there is no S2), so a dataset id in a
 * note lands on the wrong entry unless the list shows that id as the entry's label (fact-check fc14,
 * S9). The rule reads the rendered markup: the source list, and every note a reader sees (the list's
 * own notes, the "show the data" tables, the prose).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/content/index.ts';
import { prerender } from '../../../src/entry-server.ts';

/** A dataset source id as a note may write it: "S4", "S37". */
const SOURCE_REF = /\bS\d{1,3}\b/g;

/**
 * The label a reader sees on each entry of the source list, with the id of the entry it labels:
 * the entry's own label element where it has one, else the number its `<ol>` gives it.
 */
export function listLabels(html: string): Map<string, string> {
  const { document } = new JSDOM(html).window;
  const labels = new Map<string, string>();
  for (const ol of document.querySelectorAll('ol.sources')) {
    let n = Number(ol.getAttribute('start') ?? 1);
    for (const li of ol.querySelectorAll(':scope > li')) {
      if (li.hasAttribute('value')) n = Number(li.getAttribute('value'));
      const own = li.querySelector('.source-label')?.textContent?.trim();
      labels.set(own || String(n), li.id.replace(/^source-/, ''));
      n++;
    }
  }
  return labels;
}

/** Each "S<n>" in `notes` that no entry of the list shows as its label, or that labels another entry. */
export function refProblems(listHtml: string, notes: string[]): string[] {
  const labels = listLabels(listHtml);
  const problems: string[] = [];
  for (const html of notes) {
    const text = new JSDOM(html).window.document.body.textContent ?? '';
    for (const m of text.matchAll(SOURCE_REF)) {
      const ref = m[0];
      const target = labels.get(ref);
      const at = text.slice(Math.max(0, m.index - 40), m.index + ref.length);
      if (target === undefined) problems.push(`"${ref}" is no label in the source list: …${at}`);
      else if (target !== ref) problems.push(`"${ref}" is the label of source ${target}: …${at}`);
    }
  }
  return problems;
}

describe.each(LANGS)('cross-references between sources, %s page', (lang) => {
  const slots = prerender(lang).renderSlots();
  const list = slots.get('sources') ?? '';
  const notes = [...slots]
    .filter(([name]) => ['sources', 'methods', 'intro'].includes(name) || /^(table|prose):/.test(name))
    .map(([, html]) => html);

  it('reads the list and the notes it checks', () => {
    expect(listLabels(list).size).toBeGreaterThan(40);
    expect(notes.some((html) => html.includes('<table'))).toBe(true);
  });

  it('lead every "S<n>" a reader sees to the entry that carries that label', () => {
    expect(refProblems(list, notes)).toEqual([]);
  });
});

describe('the cross-reference rule', () => {
  const list = (items: string) => `<ol class="sources">${items}</ol>`;

  it('objects to a dataset id read against the list’s own numbering', () => {
    const html = list('<li id="source-S1">a</li><li id="source-S3">b</li><li id="source-S4">c</li>');
    expect(refProblems(html, ['<p>see S4</p>'])).toEqual(['"S4" is no label in the source list: …see S4']);
  });

  it('objects to a label on the wrong entry, and passes one on the right entry', () => {
    const wrong = list('<li id="source-S5"><span class="source-label">S4</span> a</li>');
    expect(refProblems(wrong, ['<p>see S4</p>'])).toHaveLength(1);
    const right = list('<li id="source-S4"><span class="source-label">S4</span> a</li>');
    expect(refProblems(right, ['<p>see S4</p>'])).toEqual([]);
  });

  it('passes notes that name their sources in words', () => {
    expect(refProblems(list('<li id="source-S4">a</li>'), ['<p>The Hill printed 277.</p>'])).toEqual([]);
  });
});
