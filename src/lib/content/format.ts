/**
 * How figures and dates read in copy, charts and tables. One place, so a qualifier is never dropped
 * ("at least 348" must not become "348") and the Spanish edition only adds a locale.
 */
import { format, utcFormat } from 'd3';
import { isMonthOnly, parseIsoDate } from '../data/dates.ts';
import type { Figure, IsoDate, Qualifier } from '../data/schema.ts';

export type Lang = 'en';

const count = format(',d');

/** `5500` → `5,500`. */
export function formatCount(value: number): string {
  return count(value);
}

/**
 * A count as prose writes it (AP style): one through nine in words from the copy's `numberWords`
 * (index = value), 10 and up as figures. Without words (charts, tables) it is always a figure.
 */
export function formatCountInProse(value: number, words?: readonly string[]): string {
  const word = value < 10 ? words?.[value] : undefined;
  return word ?? count(value);
}

/** `0.4546` → `45%`. */
export const formatShare = format('.0%');

const QUALIFIER_WORDS: Record<Exclude<Qualifier, 'range' | 'exact'>, string> = {
  'at least': 'at least',
  'more than': 'more than',
  about: 'about',
};

/** A figure as a reader reads it: number, qualifier and open ends included ("more than 5,500"). */
export function formatFigure(f: Pick<Figure, 'value' | 'high' | 'qualifier'>): string {
  if (f.qualifier === 'range') return `${count(f.value)}–${count(f.high ?? f.value)}`;
  if (f.qualifier === 'exact') return count(f.value);
  return `${QUALIFIER_WORDS[f.qualifier]} ${count(f.value)}`;
}

/** The compact chart label of a figure: `5,500+` for lower bounds, `≈5,500` for estimates. */
export function formatFigureShort(f: Pick<Figure, 'value' | 'high' | 'qualifier'>): string {
  if (f.qualifier === 'range') return `${count(f.value)}–${count(f.high ?? f.value)}`;
  if (f.qualifier === 'at least' || f.qualifier === 'more than') return `${count(f.value)}+`;
  if (f.qualifier === 'about') return `≈${count(f.value)}`;
  return count(f.value);
}

/**
 * Month names as AP style writes them beside a day: five abbreviated with a period, the short
 * ones in full ("Oct. 20, 2020", "May 19, 2021"). A month without a day is always spelled out.
 */
const AP_MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];
const fullDate = (d: Date): string =>
  `${AP_MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
const monthDate = utcFormat('%B %Y');
const shortDate = utcFormat('%b %-d, %Y');
const shortMonth = utcFormat('%b %Y');

/**
 * `2021-10-20` → `Oct. 20, 2021` in prose (AP style), `Oct 20, 2021` in charts; `2021-02` →
 * `February 2021` (never a guessed day).
 */
export function formatDate(date: IsoDate, style: 'long' | 'short' = 'long'): string {
  const d = parseIsoDate(date);
  if (!d) throw new Error(`Not a dataset date: "${date}"`);
  if (isMonthOnly(date)) return (style === 'long' ? monthDate : shortMonth)(d);
  return (style === 'long' ? fullDate : shortDate)(d);
}
