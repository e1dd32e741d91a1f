/**
 * How figures and dates read in copy, charts and tables, made per edition from its locale: the
 * number and date conventions (a d3-format and d3-time-format locale definition with the edition's
 * date patterns) and the qualifier words from its content file. One place, so a qualifier is never
 * dropped ("at least 348" must not become "348") and another edition only adds a locale.
 */
import { formatLocale, timeFormatLocale, type FormatLocaleDefinition, type TimeLocaleDefinition } from 'd3';
import { fill } from './fill.ts';
import { isMonthOnly, parseIsoDate } from '../data/dates.ts';
import type { Figure, IsoDate, Qualifier } from '../data/schema.ts';

/**
 * The qualifiers that have words; `exact` and the ranges are written with the numbers alone (the
 * prose says "about" before an approximate range itself, in its own grammar).
 */
export const QUALIFIER_KEYS = ['atLeast', 'moreThan', 'about'] as const;

/** Each qualifier as the copy writes it, with `{n}` where the number goes ("at least {n}"). */
export type QualifierCopy = Record<(typeof QUALIFIER_KEYS)[number], string>;

const QUALIFIER_KEY: Record<
  Exclude<Qualifier, 'range' | 'approximate range' | 'exact'>,
  keyof QualifierCopy
> = {
  'at least': 'atLeast',
  'more than': 'moreThan',
  about: 'about',
};

/** An edition's conventions for numbers and dates: data, so it can travel to the browser as JSON. */
export interface LocaleDefinition {
  number: FormatLocaleDefinition;
  time: TimeLocaleDefinition;
  /** d3-time-format patterns: a day and a month-only date, each long ("May 19, 2021") and short. */
  /** A month with its year is always written out (AP: "July 2018"; "julio de 2018"), tables and axes included. */
  dates: { long: string; month: string; short: string };
  /**
   * Month names for a date with a day (long or short), where the edition's style abbreviates some of them
   * there and nowhere else (AP: "Oct. 20, 2020" but "October 2020"); `months` when absent.
   */
  dayMonths?: TimeLocaleDefinition['months'];
}

/** Everything an edition formats with: its language, conventions and qualifier words. */
export interface Locale extends LocaleDefinition {
  /** BCP 47 language tag, as in `<html lang>`. */
  lang: string;
  qualifiers: QualifierCopy;
  /** How prose writes figures (from the copy): counts under 10 in words, ranges with a word. */
  prose?: ProseCopy;
}

/** The words prose writes figures with: zero to nine (index = value), and a range's joining word. */
export interface ProseCopy {
  numberWords: readonly string[];
  rangeWord: string;
}

/** The formatters of one edition. */
export interface Format {
  /** `5500` → `5,500`. */
  count(value: number): string;
  /** `0.4546` → `45%`; with `decimals`, that many places. */
  share(value: number, decimals?: number): string;
  /** A figure as a reader reads it: number, qualifier and open ends included ("more than 5,500"). */
  figure(f: Pick<Figure, 'value' | 'high' | 'qualifier'>): string;
  /** The compact chart label of a figure: `5,500+` for lower bounds, `≈5,500` for estimates. */
  figureShort(f: Pick<Figure, 'value' | 'high' | 'qualifier'>): string;
  /** `2021-05-19` → `May 19, 2021`; `2021-02` → `February 2021` (never a guessed day). */
  date(date: IsoDate, style?: 'long' | 'short'): string;
  /** The month and year of a date, written out (`October 2020`). */
  month(date: Date): string;
  /** A time axis tick's month alone, written out (`October`), its year on a line of its own. */
  monthName(date: Date): string;
}

/** The formatters for `locale`; make them once per page or edition, not per call. */
export function makeFormat(locale: Locale): Format {
  const numbers = formatLocale(locale.number);
  const times = timeFormatLocale(locale.time);
  const dayTimes = locale.dayMonths ? timeFormatLocale({ ...locale.time, months: locale.dayMonths }) : times;
  const count = numbers.format(',d');
  const shares = [numbers.format('.0%'), numbers.format('.1%')];
  const patterns = {
    long: dayTimes.utcFormat(locale.dates.long),
    month: times.utcFormat(locale.dates.month),
    short: dayTimes.utcFormat(locale.dates.short),
    monthName: times.utcFormat('%B'),
  };
  const range = (f: Pick<Figure, 'value' | 'high'>) => `${count(f.value)}–${count(f.high ?? f.value)}`;
  return {
    count,
    share: (value, decimals = 0) => (shares[decimals] ?? numbers.format(`.${decimals}%`))(value),
    figure(f) {
      if (f.qualifier === 'range' || f.qualifier === 'approximate range') return range(f);
      if (f.qualifier === 'exact') return count(f.value);
      return fill(locale.qualifiers[QUALIFIER_KEY[f.qualifier]], { n: count(f.value) });
    },
    figureShort(f) {
      if (f.qualifier === 'range') return range(f);
      if (f.qualifier === 'approximate range') return `≈${range(f)}`;
      if (f.qualifier === 'at least' || f.qualifier === 'more than') return `${count(f.value)}+`;
      if (f.qualifier === 'about') return `≈${count(f.value)}`;
      return count(f.value);
    },
    date(date, style = 'long') {
      const d = parseIsoDate(date);
      if (!d) throw new Error(`Not a dataset date: "${date}"`);
      if (isMonthOnly(date)) return patterns.month(d);
      return (style === 'long' ? patterns.long : patterns.short)(d);
    },
    month: (date) => patterns.month(date),
    monthName: (date) => patterns.monthName(date),
  };
}

/**
 * The formatters prose uses: the edition's, except that an exact count under 10 reads as a word
 * ("two recommendations") and a range joins its ends with a word ("4,500 to 5,000"), as AP style
 * writes them. Charts and tables keep figures and dashes.
 */
export function makeProseFormat(locale: Locale): Format {
  const fmt = makeFormat(locale);
  const words = locale.prose;
  if (!words) return fmt;
  const count = (value: number) => (value < 10 ? words.numberWords[value] : undefined) ?? fmt.count(value);
  return {
    ...fmt,
    count,
    figure(f) {
      if (f.qualifier === 'range' || f.qualifier === 'approximate range')
        return `${fmt.count(f.value)} ${words.rangeWord} ${fmt.count(f.high ?? f.value)}`;
      if (f.qualifier === 'exact') return count(f.value);
      return fmt.figure(f);
    },
  };
}
