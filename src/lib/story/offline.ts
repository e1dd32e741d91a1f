/**
 * The offline edition (`offline.html`): the story and presenter mode in one file that opens from a
 * disk with no network (built by scripts/build.js, run by `src/offline.ts`). What the page table,
 * the prerenderer and the file's script share: its name, where presenter mode's markup waits, and
 * how the file's address says which view is on screen.
 */
import { isCommand } from '../present/keys.ts';

/** The file's name in each edition's folder. */
export const OFFLINE_FILE = 'offline.html';

/** The `<template>` holding presenter mode's prerendered markup until the teacher switches to it. */
export const OFFLINE_PRESENT_ID = 'offline-present';

/**
 * The query parameter that opens the file in presenter mode: `offline.html?present#<step-id>` is a
 * deep link to a step on the projector, as `present/#<step-id>` is online.
 */
export const PRESENT_PARAM = 'present';

/** Keys that switch the scrolling story to presenter mode (`KeyboardEvent.key`). */
export const OPEN_PRESENT_KEYS = ['p', 'P'] as const;

/** Whether a key press in the scrolling story asks for presenter mode. */
export function opensPresenter(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>,
) {
  return isCommand(event) && (OPEN_PRESENT_KEYS as readonly string[]).includes(event.key);
}

/** Whether the address `search` (`location.search`) opens presenter mode. */
export function presenting(search: string): boolean {
  return new URLSearchParams(search).has(PRESENT_PARAM);
}

/**
 * The address of the file showing step `step` (`null`: none) in presenter mode or in the story,
 * from its address now (`href`): the same file, its other parameters kept.
 */
export function viewAddress(href: string, present: boolean, step: string | null): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  if (present) params.set(PRESENT_PARAM, '');
  else params.delete(PRESENT_PARAM);
  const query = params.toString().replace(/=(&|$)/g, '$1');
  url.search = query ? `?${query}` : '';
  url.hash = step ? encodeURIComponent(step) : '';
  return url.href;
}
