/**
 * Keeps each chapter's chart in the host's view while a host-tracked embed scrolls: what
 * `position: sticky` does on the page, done by hand, because inside a frame as tall as its content
 * the frame's own viewport never scrolls and sticky never sticks.
 */
import type { HostViewport } from '../scroll/scroller.ts';

/**
 * How far down its chapter a chart must move to stay in view: the visible band of the host
 * viewport, in the chapter's coordinates, clamped so the chart never leaves its chapter.
 * `align` is `'top'` on phones (chart above the text) and `'center'` on wide layouts.
 */
export function heldOffset(
  chapterTop: number,
  chapterHeight: number,
  chartHeight: number,
  host: HostViewport,
  align: 'top' | 'center',
): number {
  const visibleTop = -host.frameTop - chapterTop;
  const gap = align === 'center' ? Math.max(0, (host.height - chartHeight) / 2) : 0;
  const wanted = visibleTop + gap;
  return Math.round(Math.min(Math.max(0, wanted), Math.max(0, chapterHeight - chartHeight)));
}

/** Moves every `.graphic` inside `root` to its held offset. */
export function holdGraphics(root: ParentNode, host: HostViewport): void {
  const wide = window.matchMedia('(min-width: 60rem)').matches;
  for (const scrolly of root.querySelectorAll<HTMLElement>('.scrolly')) {
    const graphic = scrolly.querySelector<HTMLElement>('.graphic');
    if (!graphic) continue;
    const box = scrolly.getBoundingClientRect();
    const offset = heldOffset(box.top, box.height, graphic.offsetHeight, host, wide ? 'center' : 'top');
    graphic.style.transform = `translateY(${offset}px)`;
  }
}
