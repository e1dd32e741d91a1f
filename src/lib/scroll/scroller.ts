/**
 * One shared scroll/resize listener that tells each registered scroller which of its steps is active.
 *
 * The active step is *computed from geometry* on every frame that scrolled, never accumulated from
 * enter/exit events, so a reload mid-story, a fast fling or an anchor jump all land on the right
 * step. The trigger line is a fixed fraction of the viewport height captured when the *width*
 * changes: a phone's address bar sliding in or out changes only the height and re-triggers nothing.
 * A step counts as reached when its top has passed the line, or, with `enter`, when enough of it
 * has: with the line at the bottom of the screen, a step is current as soon as it is fully on
 * screen (or all but its last `margin` px: the foot of a last line already read), so a chart never
 * lags text the reader can see whole.
 *
 * Inside an embed whose host reports its viewport (pym's `viewport-iframe-position`), the frame's
 * own viewport is the whole story; `useHostViewport` then measures against the host's instead.
 */

export interface ScrollerOptions {
  /** Where the trigger line sits, as a fraction of the viewport height from its top. */
  offset: number;
  /**
   * How much of a step must have crossed the line for it to count: all of it, or this fraction of
   * the viewport height for a step taller than that. 0 (the default): its top edge.
   */
  enter?: number;
  /**
   * How far (px) under the line a step's bottom may still be when all of it must cross (a step shorter
   * than `enter`): read on the first frame and again when the width changes, like the viewport.
   * None (the default): its bottom edge itself.
   */
  margin?: () => number;
  /** Called with the index of the active step (−1 before the first step), only when it changes. */
  onChange: (index: number) => void;
}

/** The host page's viewport as a framed page sees it. */
export interface HostViewport {
  /** Host viewport height, px. */
  height: number;
  /** Top of the frame in the host viewport, px (negative once the frame's top scrolled away). */
  frameTop: number;
}

interface Registration extends ScrollerOptions {
  steps: () => HTMLElement[];
  active: number;
  /** `margin()` as last read (NaN: to be read). */
  slack: number;
}

const registrations = new Set<Registration>();
let frame = 0;
let viewportHeight = 0;
let viewportWidth = 0;
let host: HostViewport | null = null;

/**
 * The index of the last step whose reference point (its top edge, or the point `reachPoint` gives)
 * has passed `line` (px from the viewport top).
 */
export function activeIndex(tops: readonly number[], line: number): number {
  let index = -1;
  for (let i = 0; i < tops.length; i++) {
    if ((tops[i] ?? Infinity) <= line) index = i;
  }
  return index;
}

/**
 * The point of a step (px from the viewport top) that must pass the trigger line: `enter` of the
 * viewport height below its top, or `margin` px above its bottom edge if that comes first.
 */
export function reachPoint(
  box: { top: number; height: number },
  enter: number,
  viewport: number,
  margin = 0,
): number {
  return box.top + Math.min(Math.max(0, box.height - margin), enter * viewport);
}

/** The height of the viewport the line is measured in: the host's in a host-tracked frame. */
function viewport(): number {
  return host ? host.height : viewportHeight;
}

/** The trigger line in this document's viewport coordinates. */
function triggerLine(offset: number): number {
  // In a host-tracked frame: the line sits in the host's viewport, which starts −frameTop px
  // below the top of this (unscrolled, full-height) frame.
  return host ? host.height * offset - host.frameTop : viewportHeight * offset;
}

/** Reads the viewport size; deferred to the first frame, since reading it forces a layout. */
function measure() {
  viewportWidth = window.innerWidth;
  viewportHeight = window.innerHeight;
  for (const r of registrations) r.slack = Number.NaN;
}

function update() {
  frame = 0;
  if (!viewportWidth) measure();
  for (const r of registrations) {
    if (Number.isNaN(r.slack)) r.slack = r.margin?.() ?? 0;
    const tops = r
      .steps()
      .map((el) => reachPoint(el.getBoundingClientRect(), r.enter ?? 0, viewport(), r.slack));
    const index = activeIndex(tops, triggerLine(r.offset));
    if (index !== r.active) {
      r.active = index;
      r.onChange(index);
    }
  }
}

function schedule() {
  if (!frame) frame = requestAnimationFrame(update);
}

function onResize() {
  // Only a width change re-measures: height-only resizes come from mobile browser chrome.
  if (window.innerWidth === viewportWidth) return;
  measure();
  schedule();
}

/** Measure against the host page's viewport from now on (or this page's own again, with `null`). */
export function useHostViewport(viewport: HostViewport | null): void {
  host = viewport;
  schedule();
}

/** Watches `steps()` and reports the active one; returns the function that stops watching. */
export function observeSteps(steps: () => HTMLElement[], options: ScrollerOptions): () => void {
  const registration: Registration = { ...options, steps, active: Number.NaN, slack: Number.NaN };
  if (registrations.size === 0) {
    viewportWidth = 0;
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', onResize, { passive: true });
  }
  registrations.add(registration);
  schedule();
  return () => {
    registrations.delete(registration);
    if (registrations.size === 0) {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', onResize);
      cancelAnimationFrame(frame);
      frame = 0;
    }
  };
}
