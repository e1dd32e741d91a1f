/**
 * The iframe protocols newsroom CMSs speak, as pure functions: the messages a frame sends its host
 * and the parsing of what a host sends back. Anything that is not exactly one of the expected shapes
 * parses to `null` and is ignored.
 */
import { isTheme, type Theme } from './params.ts';

const PYM = 'xPYMx';

/** A pym.js message string: `pymxPYMx<id>xPYMx<type>xPYMx<payload>`. */
export function pymMessage(childId: string, type: string, payload: string): string {
  return ['pym', childId, type, payload].join(PYM);
}

/**
 * The three height messages a frame posts whenever its content height changes: pym.js (when the
 * host gave a child id), Datawrapper-style and AMP `embed-size`.
 */
export function heightMessages(childId: string | null, key: string, height: number): (string | object)[] {
  const messages: (string | object)[] = [
    { 'datawrapper-height': { [key]: height } },
    { sentinel: 'amp', type: 'embed-size', height },
  ];
  if (childId) messages.unshift(pymMessage(childId, 'height', String(height)));
  return messages;
}

export type HostMessage =
  | {
      type: 'position';
      /** Host viewport size. */
      viewport: { width: number; height: number };
      /** The frame's rectangle in the host viewport. */
      frame: { top: number; left: number; bottom: number; right: number };
    }
  | { type: 'width'; width: number }
  | { type: 'theme'; theme: Theme };

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Reads a message from the host. pym messages must carry this frame's child id; the theme message
 * is also accepted as `{"separated-theme": "dark"}` for hosts that do not use pym.
 */
export function parseHostMessage(data: unknown, childId: string | null): HostMessage | null {
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const keys = Object.keys(data);
    const theme = (data as Record<string, unknown>)['separated-theme'];
    if (keys.length === 1 && isTheme(theme)) return { type: 'theme', theme };
    return null;
  }
  if (typeof data !== 'string' || data.length > 500 || !childId) return null;
  const parts = data.split(PYM);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId) return null;
  const [, , type, payload = ''] = parts;
  if (type === 'viewport-iframe-position') {
    const values = payload.trim().split(/\s+/);
    if (values.length !== 6 || !values.every((v) => NUMBER.test(v))) return null;
    const [width, height, top, left, bottom, right] = values.map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    if (width <= 0 || height <= 0) return null;
    return { type: 'position', viewport: { width, height }, frame: { top, left, bottom, right } };
  }
  if (type === 'width') {
    return NUMBER.test(payload) && Number(payload) > 0 ? { type: 'width', width: Number(payload) } : null;
  }
  if (type === 'theme') return isTheme(payload) ? { type: 'theme', theme: payload } : null;
  return null;
}
