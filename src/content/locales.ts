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
