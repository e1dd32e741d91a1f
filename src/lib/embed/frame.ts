/**
 * The side of an embed that talks to its host: one ResizeObserver that reports the height, one
 * message listener that passes on well-formed host messages, and the theme switch. Safe in a
 * sandboxed, cross-origin frame: no storage, no access to the parent beyond `postMessage`, and it
 * never navigates the host.
 */
import { heightMessages, parseHostMessage, type HostMessage } from './messages.ts';
import type { EmbedParams, Theme } from './params.ts';

const framed = () => window.parent !== window;

function post(message: string | object) {
  window.parent.postMessage(message, '*');
}

/**
 * Posts the document's height to the host whenever it really changes, from one ResizeObserver on
 * the root element (not `body`, whose collapsed margins under-report it). Browsers without
 * ResizeObserver measure again after any change to the page, its size, its fonts or an opened
 * `<details>`. Returns a stop function.
 */
function reportHeight(childId: string | null, key: string): () => void {
  if (!framed()) return () => {};
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    for (const message of heightMessages(childId, key, height)) post(message);
  };
  let stop: () => void;
  if (typeof ResizeObserver === 'function') {
    const observer = new ResizeObserver(send);
    observer.observe(document.documentElement);
    stop = () => observer.disconnect();
  } else {
    // Measured once per frame at most, however many changes arrive.
    let queued = false;
    const soon = () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        send();
      });
    };
    const mutations = new MutationObserver(soon);
    mutations.observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const events = ['resize', 'load', 'toggle', 'transitionend'] as const;
    for (const type of events) window.addEventListener(type, soon, true);
    document.fonts?.addEventListener('loadingdone', soon);
    stop = () => {
      mutations.disconnect();
      for (const type of events) window.removeEventListener(type, soon, true);
      document.fonts?.removeEventListener('loadingdone', soon);
    };
  }
  send();
  return stop;
}

/** Calls `handle` with each well-formed host message; everything else is dropped. */
export function listenToHost(params: EmbedParams, handle: (message: HostMessage) => void): () => void {
  const listener = (event: MessageEvent) => {
    // Only the frame's own parent may steer it.
    if (event.source !== window.parent) return;
    const message = parseHostMessage(event.data, params.childId);
    if (message) handle(message);
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}

/** `auto` follows the reader's system setting; `light`/`dark` override it. */
function applyTheme(theme: Theme): void {
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

function applyTransparent(transparent: boolean): void {
  document.documentElement.classList.toggle('transparent', transparent);
}

/**
 * What every embed does first, before its page is hydrated (so that nothing that fails later can
 * leave the host's frame at its default height): take its theme and background from the query,
 * report its height under `key` and follow the host's theme messages. Each part runs even if
 * another fails. Returns the function that stops it all.
 */
export function startFrame(params: EmbedParams, key: string): () => void {
  const stops: (() => void)[] = [];
  const parts = [
    () => stops.push(reportHeight(params.childId, key)),
    () => applyTheme(params.theme),
    () => applyTransparent(params.transparent),
    () =>
      stops.push(
        listenToHost(params, (message) => {
          if (message.type === 'theme') applyTheme(message.theme);
        }),
      ),
  ];
  for (const part of parts) {
    try {
      part();
    } catch (error) {
      console.error(error);
    }
  }
  return () => {
    for (const stop of stops) stop();
  };
}

/**
 * The step a link into the embedded story names: `?step=` (already checked by `readParams`), else
 * the fragment (`#search-breakdown`). A malformed fragment (`#%E0%A4%A`) names none.
 */
export function linkedStep(params: EmbedParams, hash: string): string | null {
  if (params.step) return params.step;
  try {
    return decodeURIComponent(hash.replace(/^#/, '')) || null;
  } catch {
    return null;
  }
}
