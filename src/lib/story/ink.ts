/**
 * A prerendered drawing cut to its ink for paper. Each chart's static drawings share one frame (the
 * phone's 340 × 300), so a state with fewer marks keeps room reserved for the others' labels, blank on
 * paper, and a label near the edge may run past it (`overflow="visible"`), where print cuts it off.
 * Fitted, the frame runs from just over the highest mark to just under the lowest and spans every label
 * (its scale unchanged: a mark keeps its size, so the states of a chart still compare on paper).
 */

/** Room kept under the lowest mark and beside the widest label, in the drawing's own units. */
export const INK_MARGIN = 4;

/** The frame `[x, y, width, height]` for a drawing's ink: its own height, and at least the width of `frame`. */
export function inkFrame(
  frame: readonly [number, number, number, number],
  ink: { x: number; y: number; width: number; height: number },
): [number, number, number, number] {
  const [fx, , fw] = frame;
  if (ink.width <= 0 || ink.height <= 0) return [...frame];
  const left = Math.min(fx, ink.x - INK_MARGIN);
  const right = Math.max(fx + fw, ink.x + ink.width + INK_MARGIN);
  const top = ink.y - INK_MARGIN;
  const bottom = ink.y + ink.height + INK_MARGIN;
  return [left, top, right - left, Math.max(1, bottom - top)];
}

/** Fits every drawing under `root` whose frame is not fitted yet (each once); returns how many it fitted. */
export function fitDrawingsToInk(root: ParentNode): number {
  let fitted = 0;
  for (const svg of root.querySelectorAll<SVGSVGElement>(
    '.static-chart svg.chart-drawing:not([data-inked])',
  )) {
    const box = svg.viewBox.baseVal;
    // Not laid out (a hidden ancestor): no geometry to fit to yet.
    if (!box || svg.getClientRects().length === 0) continue;
    const frame = inkFrame([box.x, box.y, box.width, box.height], svg.getBBox());
    svg.setAttribute('viewBox', frame.join(' '));
    svg.setAttribute('width', String(frame[2]));
    svg.setAttribute('height', String(frame[3]));
    svg.dataset.inked = 'true';
    fitted += 1;
  }
  return fitted;
}
