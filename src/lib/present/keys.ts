/**
 * Presenter mode's keys: what a keyboard or a classroom clicker (which sends PageUp/PageDown) asks
 * for, as an action on the step list. Kept apart from the component so it is tested without a browser.
 */

/** What a key press asks presenter mode to do. */
export type PresentAction =
  | { kind: 'go'; index: number }
  | { kind: 'fullscreen' }
  | { kind: 'leave' }
  | { kind: 'notes' }
  | { kind: 'theme' };

/** Keys by what they do (`KeyboardEvent.key`). */
export const PRESENT_KEYS = {
  next: ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'],
  previous: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'],
  first: ['Home'],
  last: ['End'],
  fullscreen: ['f', 'F'],
  notes: ['n', 'N'],
  theme: ['d', 'D'],
  leave: ['Escape'],
} as const;

/** Elements whose own keys (Enter, Space, typing) must not move the presentation. */
const OWN_KEYS = new Set(['A', 'BUTTON', 'SUMMARY', 'INPUT', 'TEXTAREA', 'SELECT']);

const is = (list: readonly string[], key: string) => list.includes(key);

/**
 * Whether a key press may be a command to the page: no modifier (the browser's and the system's
 * shortcuts) and not typed into a field.
 */
export function isCommand(event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  const target = event.target as { tagName?: string; isContentEditable?: boolean } | null;
  const tag = target?.tagName?.toUpperCase() ?? '';
  return !(tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target?.isContentEditable === true);
}

/**
 * The action for `event` with step `active` of `total` on screen, or null for a key presenter mode
 * leaves alone (a shortcut with a modifier, Enter or Space on a button or link, typing in a field).
 */
export function presentAction(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>,
  active: number,
  total: number,
): PresentAction | null {
  if (!isCommand(event)) return null;
  const tag = (event.target as { tagName?: string } | null)?.tagName?.toUpperCase() ?? '';
  const { key } = event;
  if ((key === 'Enter' || key === ' ') && OWN_KEYS.has(tag)) return null;
  if (is(PRESENT_KEYS.next, key)) return { kind: 'go', index: Math.min(total - 1, active + 1) };
  if (is(PRESENT_KEYS.previous, key)) return { kind: 'go', index: Math.max(0, active - 1) };
  if (is(PRESENT_KEYS.first, key)) return { kind: 'go', index: 0 };
  if (is(PRESENT_KEYS.last, key)) return { kind: 'go', index: total - 1 };
  if (is(PRESENT_KEYS.fullscreen, key)) return { kind: 'fullscreen' };
  if (is(PRESENT_KEYS.notes, key)) return { kind: 'notes' };
  if (is(PRESENT_KEYS.theme, key)) return { kind: 'theme' };
  if (is(PRESENT_KEYS.leave, key)) return { kind: 'leave' };
  return null;
}

/** The index of the step a `#<step-id>` address names, −1 for none. */
export function stepFromHash(hash: string, steps: readonly { id: string }[]): number {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return -1;
  }
  return id ? steps.findIndex((s) => s.id === id) : -1;
}
