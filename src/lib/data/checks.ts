/**
 * The field checks the dataset's schema is written in. Each check describes what is wrong with a
 * value (or returns `null` when it is fine) and carries, as a type only, the TypeScript type of the
 * values it accepts, so `schema.ts` derives the dataset's types from the same definition the
 * validator runs.
 */
import { parseIsoDate } from './dates.ts';

/** Returns a description of what is wrong with a value, or `null` when it is fine; `T` is what it accepts. */
export type Check<T> = ((value: unknown) => string | null) & { readonly accepts?: T };

/** The type a check accepts. */
type Accepted<C> = C extends Check<infer T> ? T : never;

/** Field name → check, for one table's records. Every field is required (nullable ones as `null`). */
export type Shape = Record<string, Check<unknown>>;

/** The record type a shape describes. */
export type RecordOf<S extends Shape> = { -readonly [K in keyof S]: Accepted<S[K]> };

/** A calendar date, `YYYY-MM-DD`, or `YYYY-MM` where the record gives only the month. */
export type IsoDate = string;

/**
 * A number in a data file beyond the range of a double (`1e400`, which JSON.parse reads as
 * Infinity): kept as written, so a message quotes what the file says rather than `null`.
 */
export class OutOfRange {
  constructor(readonly literal: string) {}
}

export const show = (value: unknown): string =>
  value === undefined
    ? 'nothing'
    : value instanceof OutOfRange
      ? `${value.literal} (beyond the range of a number)`
      : JSON.stringify(value);

const check = <T>(test: (value: unknown) => string | null): Check<T> => test;

export const isString = check<string>((v) =>
  typeof v === 'string' && v.trim() !== '' ? null : `must be a non-empty string, got ${show(v)}`,
);
export const isBoolean = check<boolean>((v) =>
  typeof v === 'boolean' ? null : `must be true or false, got ${show(v)}`,
);
/** Counts are exact integers: a double is exact up to 2^53 − 1, and nothing here comes near it. */
export const isCount = check<number>((v) => {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) {
    return Number.isSafeInteger(v)
      ? null
      : `must be a non-negative integer no larger than ${Number.MAX_SAFE_INTEGER}, got ${show(v)}`;
  }
  return `must be a non-negative integer, got ${show(v)}`;
});
export const isDate = check<IsoDate>((v) =>
  typeof v === 'string' && parseIsoDate(v)
    ? null
    : `must be a real date as YYYY-MM-DD or YYYY-MM, got ${show(v)}`,
);
export const isHttpsUrl = check<string>((v) => {
  if (typeof v !== 'string') return `must be an https address or null, got ${show(v)}`;
  try {
    return new URL(v).protocol === 'https:' ? null : `must be an https address or null, got ${show(v)}`;
  } catch {
    return `must be an https address or null, got ${show(v)}`;
  }
});
export const oneOf = <const A extends readonly string[]>(allowed: A) =>
  check<A[number]>((v) =>
    typeof v === 'string' && allowed.includes(v)
      ? null
      : `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${show(v)}`,
  );
export const matching = (pattern: RegExp) =>
  check<string>((v) =>
    typeof v === 'string' && pattern.test(v) ? null : `must match ${String(pattern)}, got ${show(v)}`,
  );
export const orNull = <T>(inner: Check<T>) => check<T | null>((v) => (v === null ? null : inner(v)));
export const listOf = <T>(inner: Check<T>) =>
  check<T[]>((v) => {
    if (!Array.isArray(v) || v.length === 0) return `must be a non-empty array, got ${show(v)}`;
    const bad = v.map(inner).find((m) => m !== null);
    return bad ? `every item ${bad}` : null;
  });
