// Small helpers the bench's parts share: the cleanup list, error text, units and time limits.
import { KB } from './config.js';

/** Things to undo at the end, last first: servers, browsers, temp dirs. */
/** @type {(() => Promise<unknown>)[]} */
export const cleanups = [];

export async function cleanUp() {
  while (cleanups.length) {
    const undo = cleanups.pop();
    await undo?.().catch(() => {});
  }
}

/** @param {unknown} error */
export const reason = (error) =>
  (error instanceof Error ? error.message.split('\n')[0] : String(error)) ?? '';

/** @param {number} bytes */
export const kb = (bytes) => bytes / KB;

/** @param {number} ms */
export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Rejects after `ms` unless `promise` settles first.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
export function within(promise, ms, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout]).finally(() => clearTimeout(timer)));
}

/** @param {number} value */
export const round = (value) => Math.round(value * 10) / 10;
