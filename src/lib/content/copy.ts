/**
 * The shape of a content file (`src/content/<lang>.aml`, ArchieML parsed at build time) and its
 * check. The parsed file is checked against the chart registry and the step list, not cast: every
 * step, chapter and chart has its copy, every chart its labels and columns, and nothing names a
 * step or key that is gone. Each problem names the file and the key, as the dataset's do.
 */
import { CHART_IDS, COPY_KEYS, type ChartCopies } from '../charts/index.ts';
import type { Dataset } from '../data/schema.ts';
import type { ChapterId } from '../story/steps.ts';
import { CHAPTERS, STEPS } from '../story/steps.ts';
import { QUALIFIER_KEYS, type Format, type QualifierCopy } from './format.ts';
import { resolveTokens, stripTokens } from './tokens.ts';

export interface StepCopy {
  /** The step's text; paragraphs separated by blank lines; figures as `{{id}}` tokens. */
  text: string;
  /** What the chart shows in this state, for readers who cannot see it. */
  alt: string;
}

export interface ChapterCopy {
  kicker: string;
  title: string;
}

/** The methods section's strings. */
const METHODS_KEYS = [
  'title',
  'text',
  'sourcesTitle',
  'downloadsTitle',
  'downloadsText',
  'gapsTitle',
  'updatedLabel',
  'corrections',
] as const;

export type MethodsCopy = Record<(typeof METHODS_KEYS)[number], string>;

/** The page chrome's strings: buttons, labels, the stepper and the embed dialog. */
const UI_KEYS = [
  'skip',
  'showData',
  'source',
  'stepperLabel',
  'previous',
  'next',
  'stepOf',
  'readStory',
  'credit',
  'provider',
  'embedThis',
  'embedStory',
  'embedHelp',
  'copyCode',
  'copied',
  'copyFailed',
  'figureLink',
  // A link to this edition from the others, in this edition's language ("Leer en español").
  'languageLink',
] as const;

export type UiCopy = Record<(typeof UI_KEYS)[number], string>;

export interface Copy {
  lang: string;
  title: string;
  dek: string;
  byline: string;
  /** Published and updated dates, and what the update changed (`{{published:date}}` …). */
  dateline: string;
  intro: string;
  /** Words for the counts zero to nine (index = value): AP style spells them out in prose. */
  numberWords: string[];
  /** The word prose puts between the ends of a range ("4,500 to 5,000"), as AP style writes it. */
  rangeWord: string;
  description: string;
  ui: UiCopy;
  chapters: Record<ChapterId, ChapterCopy>;
  charts: ChartCopies;
  steps: Record<string, StepCopy>;
  methods: MethodsCopy;
  /** How each qualifier reads with its number ("at least {n}"). */
  qualifiers: QualifierCopy;
  downloads: DownloadsCopy;
}

/** The data downloads' words. */
export interface DownloadsCopy {
  /**
   * The downloads' README, after the dataset's title and before its list of known gaps; `{updated}`
   * stands for the date the data was last checked.
   */
  readme: string;
}

/** Every string in the copy, with the path it sits at (`steps.scale-families.text`). */
export function copyStrings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => copyStrings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => copyStrings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** Years the dataset's dates mention: the only numbers copy may spell out itself ("in 2017"). */
function datasetYears(ds: Dataset): Set<string> {
  const dates = [
    ...ds.figures.map((f) => f.asOf),
    ...ds.unreached.map((p) => p.asOf),
    ...ds.timeline.flatMap((e) => [e.date, e.end ?? '']),
  ];
  return new Set(dates.map((d) => d.slice(0, 4)).filter(Boolean));
}

/**
 * Figures reach the copy only through `{{id}}` tokens that name a dataset record. This lists every
 * token that names nothing, and every number typed into the copy by hand (a year the dataset's
 * dates mention is the one exception).
 */
export function provenanceProblems(copy: Copy, ds: Dataset, fmt: Format): string[] {
  const problems: string[] = [];
  const years = datasetYears(ds);
  for (const { path, text } of copyStrings(copy)) {
    try {
      resolveTokens(ds, text, fmt);
    } catch (error) {
      problems.push(`${path}: ${(error as Error).message}`);
    }
    for (const number of stripTokens(text).match(/\d[\d,.]*/g) ?? []) {
      const bare = number.replace(/[,.]$/, '');
      if (!years.has(bare))
        problems.push(
          `${path}: the number "${bare}" is typed into the copy; quote it from the dataset with a {{token}}`,
        );
    }
  }
  return problems;
}

/**
 * What a content file must hold: `TEXT` for a non-empty string, `NUMBER_WORDS` for the ten words
 * for zero to nine, or an object of named parts.
 */
const TEXT = 'text';
const NUMBER_WORDS = 'number words';
type Shape = typeof TEXT | typeof NUMBER_WORDS | Block;
interface Block {
  [key: string]: Shape;
}

const textKeys = (keys: readonly string[]): Block => Object.fromEntries(keys.map((k) => [k, TEXT]));

/** The shape of a content file, from the step list, the chart registry and the key lists above. */
function copyShape(): Shape {
  const shape = {
    lang: TEXT,
    title: TEXT,
    description: TEXT,
    dek: TEXT,
    byline: TEXT,
    dateline: TEXT,
    intro: TEXT,
    numberWords: NUMBER_WORDS,
    rangeWord: TEXT,
    ui: textKeys(UI_KEYS),
    chapters: Object.fromEntries(CHAPTERS.map((c) => [c, textKeys(['kicker', 'title'])])),
    charts: Object.fromEntries(
      CHART_IDS.map((c) => [
        c,
        {
          ...textKeys(['title', 'subtitle', 'source']),
          columns: textKeys(COPY_KEYS[c].columns),
          labels: textKeys(COPY_KEYS[c].labels),
          ...(COPY_KEYS[c].states.length
            ? {
                states: Object.fromEntries(
                  COPY_KEYS[c].states.map((k) => [k, textKeys(['title', 'subtitle'])]),
                ),
              }
            : {}),
        },
      ]),
    ),
    steps: Object.fromEntries(STEPS.map((s) => [s.id, textKeys(['text', 'alt'])])),
    methods: textKeys(METHODS_KEYS),
    qualifiers: textKeys(QUALIFIER_KEYS),
    downloads: textKeys(['readme']),
  } satisfies Record<keyof Copy, Shape>;
  return shape;
}

/** Why `value` does not have `shape`, one line per problem, each naming its key path. */
function shapeProblems(value: unknown, shape: Shape, path: string): string[] {
  const at = path || '(top level)';
  if (shape === TEXT) {
    if (value === undefined) return [`${at}: missing`];
    return typeof value === 'string' && value.trim() !== ''
      ? []
      : [`${at}: must be non-empty text, got ${JSON.stringify(value)}`];
  }
  if (shape === NUMBER_WORDS) {
    const words = Array.isArray(value) ? value : [];
    return words.length === 10 && words.every((w) => typeof w === 'string' && w.trim() !== '')
      ? []
      : [`${at}: must list ten words, for zero to nine, got ${JSON.stringify(value)}`];
  }
  if (value === undefined) return [`${at}: missing`];
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [`${at}: must be a block of keys, got ${JSON.stringify(value)}`];
  const problems: string[] = [];
  const join = (key: string) => (path ? `${path}.${key}` : key);
  for (const [key, part] of Object.entries(shape))
    problems.push(...shapeProblems((value as Record<string, unknown>)[key], part, join(key)));
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(shape, key))
      problems.push(`${join(key)}: not a key the story reads (expected: ${Object.keys(shape).join(', ')})`);
  }
  return problems;
}

/** Everything wrong with a parsed content file, as `file › key: problem` lines; empty when it is sound. */
export function checkCopy(raw: unknown, file: string): string[] {
  return shapeProblems(raw, copyShape(), '').map((problem) => `${file} › ${problem}`);
}

/** Thrown when a content file does not match the story; lists every problem, not just the first. */
export class CopyError extends Error {
  constructor(readonly problems: string[]) {
    super(`The copy does not match the story:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CopyError';
  }
}

/** The parsed content file as `Copy`, once it is checked; throws a `CopyError` naming every problem. */
export function parseCopy(raw: unknown, file: string): Copy {
  const problems = checkCopy(raw, file);
  if (problems.length) throw new CopyError(problems);
  return raw as Copy;
}
