/**
 * The editions: each language's content file, checked against the step list and the chart registry
 * as it is loaded, its locale (number and date conventions with the copy's qualifier words) and, for
 * an edition in another language than the dataset's, the dataset's shown text in its language.
 */
import { parseCopy, type Copy } from '../lib/content/copy.ts';
import { DATASET_LANG, localizeDataset } from '../lib/content/dataset-copy.ts';
import { makeFormat, makeProseFormat, type Format, type Locale } from '../lib/content/format.ts';
import type { Dataset } from '../lib/data/schema.ts';
import en from './en.aml';
import es from './es.aml';
import esDataset from './es.dataset.aml';
import { LOCALES } from './locales.ts';

/** Where each content file lives, as problems name it. */
export const COPY_FILES = { en: 'src/content/en.aml', es: 'src/content/es.aml' } as const;

/** The languages the story is published in, the dataset's first. */
export type Lang = keyof typeof COPY_FILES & keyof typeof LOCALES;

export const LANGS = Object.keys(COPY_FILES) as Lang[];

export const COPY: Record<Lang, Copy> = {
  en: parseCopy(en, COPY_FILES.en),
  es: parseCopy(es, COPY_FILES.es),
};

/**
 * The dataset's shown text in each edition's language, where that is not the dataset's own: every
 * other language must have one (the compiler asks for it).
 */
export const DATASET_COPY: Record<Exclude<Lang, typeof DATASET_LANG>, { file: string; raw: unknown }> = {
  es: { file: 'src/content/es.dataset.aml', raw: esDataset },
};

/** One language's copy, locale and formatters. */
export interface Edition {
  lang: Lang;
  copy: Copy;
  locale: Locale;
  format: Format;
  /** The formatters of prose: small counts in words, ranges with a word (see `makeProseFormat`). */
  prose: Format;
  /**
   * The dataset as this edition shows it: the same records, their shown text in its language.
   * Throws a `CopyError` naming every problem of the translation.
   */
  localize(ds: Dataset): Dataset;
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
  const translation = lang === DATASET_LANG ? null : DATASET_COPY[lang];
  return {
    lang,
    copy,
    locale,
    format: makeFormat(locale),
    prose: makeProseFormat(locale),
    localize: (ds) => (translation ? localizeDataset(ds, translation.raw, translation.file) : ds),
  };
}
