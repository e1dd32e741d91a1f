/**
 * Each edition's conventions for numbers and dates, keyed by language: a d3-format and a
 * d3-time-format locale definition, and the date patterns its copy, charts and tables use.
 */
import type { LocaleDefinition } from '../lib/content/format.ts';

const en: LocaleDefinition = {
  number: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] },
  time: {
    dateTime: '%x, %X',
    date: '%-m/%-d/%Y',
    time: '%-I:%M:%S %p',
    periods: ['AM', 'PM'],
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
  dates: { long: '%B %-d, %Y', month: '%B %Y', short: '%b %-d, %Y', shortMonth: '%b %Y' },
  // AP style: beside a day, five months are abbreviated ("Oct. 20, 2020"); alone, none is.
  dayMonths: [
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
  ],
};

export const LOCALES = { en } satisfies Record<string, LocaleDefinition>;

/**
 * Each edition's words for the copy's number check (src/lib/content/copy.ts): the words after which
 * a year reads as a date ("in 2018", "from July 2017"; month names come from the locale), and the
 * number words that spell out a count the copy must quote from the dataset instead ("forty-eight",
 * "three hundred"); the words for zero to nine are the copy's own `numberWords`.
 */
export const NUMBER_CHECKS = {
  en: {
    dateWords: [
      'in',
      'of',
      'since',
      'by',
      'until',
      'till',
      'through',
      'from',
      'to',
      'between',
      'during',
      'before',
      'after',
      'early',
      'late',
      'mid',
      'fiscal',
    ],
    spelledNumbers: [
      'ten',
      'eleven',
      'twelve',
      'thirteen',
      'fourteen',
      'fifteen',
      'sixteen',
      'seventeen',
      'eighteen',
      'nineteen',
      'twenty',
      'thirty',
      'forty',
      'fifty',
      'sixty',
      'seventy',
      'eighty',
      'ninety',
      'hundred',
      'thousand',
      'million',
      'billion',
      'dozen',
    ],
    /** Words that join the parts of a spelled-out number ("three hundred and two"). */
    joiners: ['and'],
  },
} satisfies Record<keyof typeof LOCALES, NumberChecks>;

export interface NumberChecks {
  dateWords: string[];
  spelledNumbers: string[];
  joiners: string[];
}
