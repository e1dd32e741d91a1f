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

/**
 * The attribute that stands for `data-slot` in presenter mode's markup for a slot the story has too
 * (a step's prose, drawing, data table): the file carries that markup once, in the story, and it is
 * copied into presenter mode's when the teacher switches (`fillSharedSlots`).
 */
export const SHARED_SLOT = 'data-story-slot';

/**
 * Presenter mode's markup with the slots the story also has (`storySlots`) left empty and marked
 * `SHARED_SLOT`, so the build fills only its own (the teacher notes). The chart's own slot (`svg:`)
 * stays: the story's is replaced by its live drawing.
 */
export function shareSlots(presentBody: string, storySlots: ReadonlySet<string>): string {
  return presentBody.replace(/\bdata-slot="([^"]+)"/g, (attr, name: string) =>
    storySlots.has(name) && !name.startsWith('svg:') ? `${SHARED_SLOT}="${name}"` : attr,
  );
}

/**
 * Fills each shared slot of presenter mode's markup (`into`) from the story's element of the same
 * slot (in `story`): the same markup, or text for a `<noscript>` that holds it. A slot the story
 * lacks is a broken build.
 */
export function fillSharedSlots(into: ParentNode, story: ParentNode): void {
  const sources = new Map(
    [...story.querySelectorAll<HTMLElement>('[data-slot]')].map((el) => [el.dataset.slot, el]),
  );
  for (const slot of into.querySelectorAll<HTMLElement>(`[${SHARED_SLOT}]`)) {
    const name = slot.getAttribute(SHARED_SLOT) ?? '';
    const source = sources.get(name);
    if (!source) throw new Error(`offline.html: presenter mode's slot "${name}" is not in the story`);
    if (slot.localName === 'noscript') slot.textContent = source.textContent;
    else slot.innerHTML = source.innerHTML;
    slot.removeAttribute(SHARED_SLOT);
    slot.dataset.slot = name;
  }
}

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
