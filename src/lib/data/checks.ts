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

/**
 * Where a count's plausible range ends besides its ceiling: the counts it is a part of. A part cannot
 * exceed its base, so a slipped digit (348 typed as 3480) fails even below the ceiling.
 */
export interface Within {
  /** Fields of the same record this count is part of, e.g. `of` (the list the count was taken from). */
  readonly fields?: readonly string[];
  /** Figures (in `figures.json`) every record of the table is part of; a range counts its high end. */
  readonly figures?: readonly string[];
  /**
   * Per record id, the figures whose sum it is part of (a base made of disjoint groups is listed by
   * its groups); records not listed have no base but the ceiling.
   */
  readonly byRecord?: Readonly<Record<string, readonly string[]>>;
}

/** A count check that also carries, as data, the bounds the validator applies across fields and records. */
export type CountCheck = Check<number> & { readonly ceiling: number; readonly within: Within };

/** A non-negative integer below `ceiling`, and no larger than the counts `within` names. */
export const count = (ceiling: number, within: Within = {}): CountCheck => {
  const test = check<number>((v) => {
    const problem = isCount(v);
    if (problem !== null && !(typeof v === 'number' && Number.isInteger(v) && v >= 0)) return problem;
    return (v as number) < ceiling
      ? null
      : `must be a non-negative integer below the ceiling of ${ceiling}, got ${show(v)}`;
  });
  return Object.assign(test, { ceiling, within });
};

export const isCountCheck = (c: Check<unknown>): c is CountCheck => 'ceiling' in c && 'within' in c;

export const isDate = check<IsoDate>((v) =>
  typeof v === 'string' && parseIsoDate(v)
    ? null
    : `must be a real date as YYYY-MM-DD or YYYY-MM, got ${show(v)}`,
);

/** A span of dates, both ends included, written as the data writes dates. */
export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** A real date inside `period` (a month-only date counts as its first day). */
export const dateIn = (period: Period) =>
  check<IsoDate>((v) => {
    const problem = isDate(v);
    if (problem !== null) return problem;
    const date = parseIsoDate(v as string) as Date;
    const from = parseIsoDate(period.from) as Date;
    const to = parseIsoDate(period.to) as Date;
    return date >= from && date <= to
      ? null
      : `must fall inside the story's period, ${period.from} to ${period.to}, got ${show(v)}`;
  });
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
/** `null`, or what `inner` accepts; keeps the bounds a count check carries. */
export const orNull = <T>(inner: Check<T>): Check<T | null> => {
  const nullable = check<T | null>((v) => (v === null ? null : inner(v)));
  return isCountCheck(inner)
    ? Object.assign(nullable, { ceiling: inner.ceiling, within: inner.within })
    : nullable;
};
export const listOf = <T>(inner: Check<T>) =>
  check<T[]>((v) => {
    if (!Array.isArray(v) || v.length === 0) return `must be a non-empty array, got ${show(v)}`;
    const bad = v.map(inner).find((m) => m !== null);
    return bad ? `every item ${bad}` : null;
  });
