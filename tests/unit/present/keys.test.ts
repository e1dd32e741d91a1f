import { describe, expect, it } from 'vitest';
import { presentAction, stepFromHash, PRESENT_KEYS } from '../../../src/lib/present/keys.ts';

const press = (key: string, more: Partial<KeyboardEvent> = {}, tagName = 'BODY') =>
  ({ key, altKey: false, ctrlKey: false, metaKey: false, target: { tagName }, ...more }) as KeyboardEvent;

describe('presenter mode keys', () => {
  it('moves on with every "next" key and back with every "previous" key, within the steps', () => {
    for (const key of PRESENT_KEYS.next) {
      expect(presentAction(press(key), 3, 10), key).toEqual({ kind: 'go', index: 4 });
      expect(presentAction(press(key), 9, 10), key).toEqual({ kind: 'go', index: 9 });
    }
    for (const key of PRESENT_KEYS.previous) {
      expect(presentAction(press(key), 3, 10), key).toEqual({ kind: 'go', index: 2 });
      expect(presentAction(press(key), 0, 10), key).toEqual({ kind: 'go', index: 0 });
    }
    expect(presentAction(press('Home'), 5, 10)).toEqual({ kind: 'go', index: 0 });
    expect(presentAction(press('End'), 5, 10)).toEqual({ kind: 'go', index: 9 });
  });

  it('toggles full screen, notes and dark slides, and leaves with Esc', () => {
    expect(presentAction(press('f'), 0, 10)).toEqual({ kind: 'fullscreen' });
    expect(presentAction(press('F'), 0, 10)).toEqual({ kind: 'fullscreen' });
    expect(presentAction(press('n'), 0, 10)).toEqual({ kind: 'notes' });
    expect(presentAction(press('d'), 0, 10)).toEqual({ kind: 'theme' });
    expect(presentAction(press('D'), 0, 10)).toEqual({ kind: 'theme' });
    expect(presentAction(press('Escape'), 0, 10)).toEqual({ kind: 'leave' });
  });

  it('leaves alone shortcuts, typing, Enter or Space on a button or link, and other keys', () => {
    expect(presentAction(press('ArrowRight', { altKey: true }), 0, 10)).toBeNull();
    expect(presentAction(press('f', { ctrlKey: true }), 0, 10)).toBeNull();
    expect(presentAction(press('f', {}, 'INPUT'), 0, 10)).toBeNull();
    expect(presentAction(press('Enter', {}, 'BUTTON'), 0, 10)).toBeNull();
    expect(presentAction(press(' ', {}, 'A'), 0, 10)).toBeNull();
    expect(presentAction(press('ArrowRight', {}, 'BUTTON'), 0, 10)).toEqual({ kind: 'go', index: 1 });
    expect(presentAction(press('x'), 0, 10)).toBeNull();
  });

  it('reads the step a #<step-id> address names', () => {
    const steps = [{ id: 'a' }, { id: 'b-c' }];
    expect(stepFromHash('#b-c', steps)).toBe(1);
    expect(stepFromHash('', steps)).toBe(-1);
    expect(stepFromHash('#nope', steps)).toBe(-1);
    expect(stepFromHash('#%E0%A4%A', steps)).toBe(-1);
  });
});
