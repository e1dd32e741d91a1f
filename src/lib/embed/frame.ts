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
 * the root element (not `body`, whose collapsed margins under-report it). Returns a stop function.
 */
function reportHeight(params: EmbedParams, key: string): () => void {
  if (!framed()) return () => {};
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    for (const message of heightMessages(params.childId, key, height)) post(message);
  };
  const observer = new ResizeObserver(send);
  observer.observe(document.documentElement);
  send();
  return () => observer.disconnect();
}

/** Calls `handle` with each well-formed host message; everything else is dropped. */
function listenToHost(params: EmbedParams, handle: (message: HostMessage) => void): () => void {
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
 * What every embed does on start: take its theme and background from the query, report its height
 * under `key`, follow the host's theme messages and pass any other host message to `handle`.
 * Returns the function that stops it all.
 */
export function startFrame(
  params: EmbedParams,
  key: string,
  handle: (message: HostMessage) => void = () => {},
): () => void {
  applyTheme(params.theme);
  applyTransparent(params.transparent);
  const stopHeight = reportHeight(params, key);
  const stopListening = listenToHost(params, (message) => {
    if (message.type === 'theme') applyTheme(message.theme);
    else handle(message);
  });
  return () => {
    stopHeight();
    stopListening();
  };
}
