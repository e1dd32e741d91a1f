/**
 * Markup held in `<noscript>`: most of the page's elements are the "show the data" tables, which few
 * readers open, and each step's own drawing, which only readers without scripts and print see. A
 * reader without scripts gets them as HTML; a browser running scripts keeps them as unparsed text,
 * which costs no parsing, style or layout until it is needed: a table when its details open, the
 * drawings when the page is printed. Then the text becomes markup, once.
 */

import { fitDrawingsToInk } from './ink.ts';

const TABLES = 'noscript[data-slot^="table:"]';
const DRAWINGS = 'noscript[data-slot^="static:"]';

/** Parses the markup a holder keeps as text (our own prerendered markup, nothing a reader sent). */
export function heldMarkup(holder: Element): DocumentFragment {
  const template = holder.ownerDocument.createElement('template');
  template.innerHTML = holder.textContent ?? '';
  return template.content;
}

/** Puts a holder's markup after it, once; in a box of class `box` when given. */
function unpack(holder: HTMLElement, box?: string): void {
  if (holder.dataset.expanded) return;
  holder.dataset.expanded = 'true';
  const markup = heldMarkup(holder);
  if (!box) return holder.after(markup);
  const wrapper = holder.ownerDocument.createElement('div');
  wrapper.className = box;
  wrapper.append(markup);
  holder.after(wrapper);
}

/** Expands each table when its details open (and those already open); returns the stop function. */
export function expandTablesWhenOpened(doc: Document): () => void {
  const expand = (details: Element) => {
    for (const holder of details.querySelectorAll<HTMLElement>(TABLES)) unpack(holder, 'step-table');
  };
  const listener = (event: Event) => {
    const target = event.target;
    if (target instanceof Element && target.matches('details[open]')) expand(target);
  };
  // `toggle` does not bubble: listened for on the way down.
  doc.addEventListener('toggle', listener, true);
  for (const details of doc.querySelectorAll('details[open]')) expand(details);
  return () => doc.removeEventListener('toggle', listener, true);
}

/** Set on `<html>` while the drawings are measured for print (global.css lays them out then). */
export const MEASURING = 'data-print-measure';

/**
 * Puts every step's own drawing into the page when it is about to print (print shows each step with
 * its drawing; the screen, while scripts run, shows the live chart instead). Both signals are
 * listened for: `beforeprint`, and the print media query, which print previews and emulation change.
 * Each drawing is then cut to its ink (`ink.ts`): no blank room under it, no label past its edge.
 */
export function expandDrawingsForPrint(win: Window): () => void {
  const expand = () => {
    const doc = win.document;
    for (const holder of doc.querySelectorAll<HTMLElement>(DRAWINGS)) unpack(holder);
    // Cut each drawing to its ink for paper. On `beforeprint` the screen's rules still hide the
    // drawings, so they are laid out for the measure (the attribute shows them, in the same task).
    const root = doc.documentElement;
    root.setAttribute(MEASURING, '');
    fitDrawingsToInk(doc);
    root.removeAttribute(MEASURING);
  };
  const print = win.matchMedia?.('print');
  const onChange = (event: MediaQueryListEvent) => {
    if (event.matches) expand();
  };
  win.addEventListener('beforeprint', expand);
  print?.addEventListener?.('change', onChange);
  if (print?.matches) expand();
  return () => {
    win.removeEventListener('beforeprint', expand);
    print?.removeEventListener?.('change', onChange);
  };
}

/**
 * Puts every step's own drawing into the page once `query` matches (the screen then shows them
 * instead of the live chart: reading.svelte.ts `STATIC_QUERY`); returns the stop function.
 */
export function expandDrawingsWhen(win: Window, query: string): () => void {
  const list = win.matchMedia?.(query);
  if (!list) return () => {};
  const expand = () => {
    if (list.matches)
      for (const holder of win.document.querySelectorAll<HTMLElement>(DRAWINGS)) unpack(holder);
  };
  list.addEventListener?.('change', expand);
  expand();
  return () => list.removeEventListener?.('change', expand);
}
