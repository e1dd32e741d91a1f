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
  // AP style has no shorter form of a day than the long one ("Feb. 1, 2023"), tables included.
  dates: { long: '%B %-d, %Y', month: '%B %Y', short: '%B %-d, %Y' },
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

/**
 * Spanish for readers in the United States. Figures group thousands with a comma and mark decimals
 * with a point ("5,500", "0.2%"), as the Spanish-language press in the U.S. and Mexico, Central
 * America and the Caribbean write them, and as the Unicode CLDR conventions for U.S. and Latin
 * American Spanish (es-US, es-419) do. Most of the separated families came from Central America and
 * most Spanish-speaking readers in the U.S. learned this convention; to them "5.500" reads as five
 * and a half. The same convention in every figure also matches the court filings and reports the
 * numbers link to. Dates are written "18 de mayo de 2021"; abbreviated months carry their period
 * ("oct. 2020"), as the Real Academia Española abbreviates them.
 */
const es: LocaleDefinition = {
  number: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] },
  time: {
    dateTime: '%x, %X',
    date: '%-d/%-m/%Y',
    time: '%-H:%M:%S',
    periods: ['a. m.', 'p. m.'],
    days: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
    shortDays: ['dom.', 'lun.', 'mar.', 'mié.', 'jue.', 'vie.', 'sáb.'],
    months: [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
    shortMonths: [
      'ene.',
      'feb.',
      'mar.',
      'abr.',
      'may.',
      'jun.',
      'jul.',
      'ago.',
      'sept.',
      'oct.',
      'nov.',
      'dic.',
    ],
  },
  dates: { long: '%-d de %B de %Y', month: '%B de %Y', short: '%-d %b %Y' },
};

export const LOCALES = { en, es } satisfies Record<string, LocaleDefinition>;

export interface NumberChecks {
  /** Words after which a year reads as a date. */
  dateWords: string[];
  /** Number words that spell out a count of ten or more (a count must be quoted from the dataset). */
  spelledNumbers: string[];
  /** Words that join the parts of a spelled-out number, and two years ("2017 and 2018"). */
  joiners: string[];
}

/**
 * Each edition's words for the copy's number check (src/lib/content/copy.ts): the words after which
 * a year reads as a date ("in 2018", "from July 2017"; month names come from the locale), and the
 * number words that spell out a count the copy must quote from the dataset instead ("forty-eight",
 * "three hundred"); the words for zero to nine are the copy's own `numberWords`. Vague plurals
 * ("hundreds", "cientos") are not counts and are not listed.
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
    joiners: ['and'],
  },
  es: {
    dateWords: [
      'en',
      'de',
      'del',
      'desde',
      'hasta',
      'entre',
      'durante',
      'antes',
      'después',
      'a',
      'para',
      'principios',
      'finales',
      'mediados',
      'fiscal',
    ],
    spelledNumbers: [
      'diez',
      'once',
      'doce',
      'trece',
      'catorce',
      'quince',
      'dieciséis',
      'diecisiete',
      'dieciocho',
      'diecinueve',
      'veinte',
      'veintiuno',
      'veintidós',
      'veintitrés',
      'veinticuatro',
      'veinticinco',
      'veintiséis',
      'veintisiete',
      'veintiocho',
      'veintinueve',
      'treinta',
      'cuarenta',
      'cincuenta',
      'sesenta',
      'setenta',
      'ochenta',
      'noventa',
      'cien',
      'ciento',
      'doscientos',
      'trescientos',
      'cuatrocientos',
      'quinientos',
      'seiscientos',
      'setecientos',
      'ochocientos',
      'novecientos',
      'mil',
      'millón',
      'docena',
    ],
    joiners: ['y'],
  },
} satisfies Record<keyof typeof LOCALES, NumberChecks>;
