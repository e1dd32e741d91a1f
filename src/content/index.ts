/**
 * The editions: each language's content file, checked against the step list and the chart registry
 * as it is loaded, and its locale (number and date conventions with the copy's qualifier words).
 */
import { parseCopy, type Copy } from '../lib/content/copy.ts';
import { makeFormat, makeProseFormat, type Format, type Locale } from '../lib/content/format.ts';
import en from './en.aml';
import { LOCALES } from './locales.ts';

/** Where each content file lives, as problems name it. */
export const COPY_FILES = { en: 'src/content/en.aml' } as const;

/** The languages the story is published in. */
export type Lang = keyof typeof COPY_FILES & keyof typeof LOCALES;

export const COPY: Record<Lang, Copy> = { en: parseCopy(en, COPY_FILES.en) };

/** One language's copy, locale and formatters. */
export interface Edition {
  lang: Lang;
  copy: Copy;
  locale: Locale;
  format: Format;
  /** The formatters of prose: small counts in words, ranges with a word (see `makeProseFormat`). */
  prose: Format;
}

/** The edition of `lang`, its formatters made once. */
export function edition(lang: Lang): Edition {
  const copy = COPY[lang];
  const locale: Locale = {
    lang,
    ...LOCALES[lang],
    qualifiers: copy.qualifiers,
    prose: { numberWords: copy.numberWords, rangeWord: copy.rangeWord },
  };
  return { lang, copy, locale, format: makeFormat(locale), prose: makeProseFormat(locale) };
}
