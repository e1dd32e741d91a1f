/**
 * Every step's drawing is already in the page, prerendered: the story's static layer (one drawing
 * per step card, shown without scripts and in print, held as text while scripts run) or, in a single-chart embed, a `<template>` per
 * state. This hands out a copy of one, so a chart can show the right state the moment its step
 * changes, whatever happens to the chart code.
 */
import { scopeIds } from '../charts/scope-ids.ts';
import { heldMarkup } from './tables.ts';

let copies = 0;

/** A copy of the prerendered drawing of step `id`, with ids of its own; null when the page has none. */
export function prerenderedDrawing(doc: Document, id: string): SVGSVGElement | null {
  const holder = doc.querySelector(`[data-slot="static:${CSS.escape(id)}"]`);
  // A template (single-chart embeds) holds it parsed; a noscript (the story) as unparsed text.
  const source =
    holder instanceof HTMLTemplateElement
      ? holder.content
      : holder?.localName === 'noscript'
        ? heldMarkup(holder)
        : holder;
  const svg = source?.querySelector('svg');
  if (!svg) return null;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  // The original keeps its ids: a pattern or clip path must be referenced inside the copy.
  scopeIds(copy, `shown${++copies}`);
  copy.setAttribute('data-prerendered', id);
  return copy;
}
