/**
 * Every figure on the page links to where it comes from: the link on a number goes to its own
 * record's source (its address, or its entry in the source list when it has none), no source lacks
 * an address without saying why, and no link lands on a site's home page.
 *
 * The rules are pure functions over the prerendered markup and the dataset, so a broken page or a
 * broken record can be fed to them directly.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { prerender } from '../../../src/entry-server.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';
import type { Dataset, Source } from '../../../src/lib/data/schema.ts';

/** The source id a record (figure, unreached point or timeline event) names. */
function sourceOf(ds: Dataset, recordId: string, part: string | null = null): string | null | undefined {
  // The list's size of an unreached point may be printed by another report than its count.
  const point = ds.unreached.find((p) => p.id === recordId);
  if (part === 'of' && point?.ofSource) return point.ofSource;
  const record =
    ds.figures.find((f) => f.id === recordId) ??
    ds.unreached.find((p) => p.id === recordId) ??
    ds.timeline.find((e) => e.id === recordId);
  return record?.source;
}

/** Where a link to this source must point. */
const hrefFor = (s: Source) => s.url ?? `#source-${s.id}`;

/** An address that is only a site's home page. */
export function isHomePage(href: string): boolean {
  if (!/^https?:/.test(href)) return false;
  const url = new URL(href);
  return (url.pathname === '/' || url.pathname === '') && url.search === '';
}

/** What is wrong with the figure links in a piece of markup; empty when every link is right. */
export function linkProblems(html: string, ds: Dataset): string[] {
  const { document } = new JSDOM(html).window;
  const problems: string[] = [];
  for (const ref of document.querySelectorAll('.figure-ref')) {
    const record = ref.getAttribute('data-record') ?? '';
    const sourceId = sourceOf(ds, record, ref.getAttribute('data-part'));
    const source = ds.sources.find((s) => s.id === sourceId);
    const href = ref.getAttribute('href');
    if (sourceId && !source) problems.push(`${record}: source ${sourceId} is not in the source list`);
    else if (source && href !== hrefFor(source))
      problems.push(
        `${record}: links to ${String(href)}, not to its source ${source.id} (${hrefFor(source)})`,
      );
    if (href && isHomePage(href)) problems.push(`${record}: links to a home page, ${href}`);
  }
  return problems;
}

/** Sources that give the reader nowhere to go and do not say why. */
export function addressProblems(ds: Dataset): string[] {
  return ds.sources.flatMap((s) => {
    if (s.url === null) return s.urlNote?.trim() ? [] : [`${s.id}: no address and no reason`];
    return isHomePage(s.url) ? [`${s.id}: a home page, ${s.url}`] : [];
  });
}

describe('figure links on the page', () => {
  const slots = prerender('en').renderSlots();
  const prose = [...slots].filter(([name]) => name === 'intro' || name.startsWith('prose:'));
  const methods = slots.get('methods') ?? '';

  it('link every figure in the prose to its own record’s source', () => {
    let links = 0;
    for (const [name, html] of prose) {
      expect(linkProblems(html, dataset), name).toEqual([]);
      links += new JSDOM(html).window.document.querySelectorAll('a.figure-ref').length;
    }
    expect(links).toBeGreaterThan(60);
  });

  it('give every token with a source a link, never a bare number', () => {
    for (const [name, html] of prose) {
      const { document } = new JSDOM(html).window;
      const bare = [...document.querySelectorAll('span.figure-ref')]
        .map((s) => s.getAttribute('data-record') ?? '')
        .filter((id) => sourceOf(dataset, id));
      expect(bare, name).toEqual([]);
    }
  });

  it('lead each in-page link to a source entry that exists', () => {
    const { document } = new JSDOM(methods).window;
    for (const [, html] of prose) {
      for (const a of new JSDOM(html).window.document.querySelectorAll('a.figure-ref[href^="#"]'))
        expect(
          document.getElementById(a.getAttribute('href')!.slice(1)),
          a.getAttribute('href')!,
        ).not.toBeNull();
    }
  });

  it('list every source with its own address or the reason it has none', () => {
    expect(addressProblems(dataset)).toEqual([]);
    const { document } = new JSDOM(methods).window;
    for (const s of dataset.sources) {
      const item = document.getElementById(`source-${s.id}`);
      expect(item, s.id).not.toBeNull();
      // Date, locator and reason read as sentences, not run together ("2021.Reports").
      expect(item?.textContent, s.id).not.toMatch(/\d{4}\.[A-Z]/);
      if (s.url) expect(item?.querySelector('a')?.getAttribute('href'), s.id).toBe(s.url);
      else expect(item?.textContent, s.id).toContain(s.urlNote);
    }
  });
});

describe('the provenance rules object to broken links and sources', () => {
  const html = (record: string, href: string) =>
    `<p><a class="figure-ref" data-record="${record}" href="${href}">348</a></p>`;
  const s1 = dataset.sources.find((s) => s.id === 'S1')!;

  it('a figure linked to another record’s source', () => {
    expect(linkProblems(html('oig_removed_without_record', 'https://thehill.com/x'), dataset)).toHaveLength(
      1,
    );
  });

  it('a figure linked to a home page', () => {
    expect(
      linkProblems(html('oig_removed_without_record', 'https://www.oig.dhs.gov/'), dataset).join(),
    ).toMatch(/home page/);
  });

  it('a figure linked to its own source passes', () => {
    expect(linkProblems(html('oig_removed_without_record', s1.url!), dataset)).toEqual([]);
  });

  it('a source without an address or a reason, and one that is a home page', () => {
    const broken = structuredClone(dataset);
    broken.sources[0] = { ...s1, url: null, urlNote: null };
    broken.sources[1] = { ...broken.sources[1]!, url: 'https://www.nbcnews.com/' };
    expect(addressProblems(broken)).toHaveLength(2);
  });
});
