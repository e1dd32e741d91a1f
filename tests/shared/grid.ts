/**
 * What a unit grid could be in a room: the finding chart's tests measure its dots against it.
 */

/** The largest pitch a grid needs, px: dots further apart no longer read as one of many. */
export const MAX_PITCH = 24;

/**
 * The largest pitch, px, a grid of `count` dots and one open row more could have in `width` ×
 * `height`, over every number of columns (at most MAX_PITCH).
 */
export function bestPitch(count: number, width: number, height: number): number {
  let best = 0;
  for (let columns = 1; columns <= count; columns++)
    best = Math.max(best, Math.min(MAX_PITCH, width / columns, height / (Math.ceil(count / columns) + 1)));
  return best;
}
