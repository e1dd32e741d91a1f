/**
 * Every step's drawing is already in the page, prerendered: the story's static layer (one drawing
 * per step card, shown without scripts and in print, held as text while scripts run) or, in a single-chart embed, a `<template>` per
 * state. This hands out a copy of one, so a chart can show the right state the moment its step
 * changes, whatever happens to the chart code.
 */
import { scopeIds } from '../charts/scope-ids.ts';
import { FRAME_ATTRIBUTE } from './ink-estimate.ts';
import { heldMarkup } from './tables.ts';

let copies = 0;

/**
 * A copy of the prerendered drawings of step `id` (one, or a single-chart embed's one per band of
 * frame widths, in its `embed:` slot), with ids of their own; none when the page has none.
 */
export function prerenderedDrawing(doc: Document, id: string): SVGSVGElement[] {
  const holder =
    doc.querySelector(`[data-slot="embed:${CSS.escape(id)}"]`) ??
    doc.querySelector(`[data-slot="static:${CSS.escape(id)}"]`);
  // A template (single-chart embeds) holds it parsed; a noscript (the story) as unparsed text.
  const source =
    holder instanceof HTMLTemplateElement
      ? holder.content
      : holder?.localName === 'noscript'
        ? heldMarkup(holder)
        : holder;
  return [...(source?.querySelectorAll('svg') ?? [])]
    .filter((svg) => !svg.parentElement?.closest('svg'))
    .map((svg) => {
      const copy = svg.cloneNode(true) as SVGSVGElement;
      // A drawing cut to its ink at build time takes back its frame: the chart's box keeps one size
      // from state to state.
      const frame = copy.getAttribute(FRAME_ATTRIBUTE)?.split(' ');
      if (frame?.length === 4) {
        copy.setAttribute('viewBox', frame.join(' '));
        copy.setAttribute('width', frame[2]!);
        copy.setAttribute('height', frame[3]!);
        copy.removeAttribute(FRAME_ATTRIBUTE);
      }
      // The original keeps its ids: a pattern or clip path must be referenced inside the copy.
      scopeIds(copy, `shown${++copies}`);
      copy.setAttribute('data-prerendered', id);
      return copy;
    });
}
