/**
 * The shape of a content file (`src/content/<lang>.aml`, ArchieML parsed at build time) and its
 * check. The parsed file is checked against the chart registry and the step list, not cast: every
 * step, chapter and chart has its copy, every chart its labels and columns, and nothing names a
 * step or key that is gone. Each problem names the file and the key, as the dataset's do.
 */
import { CHART_IDS, COPY_KEYS, type ChartCopies } from '../charts/index.ts';
import type { Dataset } from '../data/schema.ts';
import type { ChapterId } from '../story/steps.ts';
import { CHAPTERS, PASSAGE_STARTS, STEPS } from '../story/steps.ts';
import { QUALIFIER_KEYS, type Format, type QualifierCopy } from './format.ts';
import { LOCALES, NUMBER_CHECKS, type NumberChecks } from '../../content/locales.ts';
import { resolveTokens, stripTokens } from './tokens.ts';

export interface StepCopy {
  /** The step's text; paragraphs separated by blank lines; figures as `{{id}}` tokens. */
  text: string;
  /** What the chart shows in this state, for readers who cannot see it. */
  alt: string;
  /**
   * Only for a passage's first step with a `together` state (steps.ts): what the passage's one
   * drawing shows, where its cards are not drawn one by one (no scripts, print, the handout).
   */
  altTogether?: string;
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
  // The story's address as text, where a link could not open it (a frame sandboxed without popups).
  'readStoryAt',
  'credit',
  'provider',
  'embedThis',
  'embedStory',
  'embedHelp',
  'embedTheme',
  'themeLight',
  'themeDark',
  'themeAuto',
  'embedStep',
  'embedScripts',
  // Before the links to a chart's step's rows, in the embed dialog (CSV, JSON).
  'embedData',
  'embedDataFile',
  'copyCode',
  'copied',
  'copyFailed',
  // A link to this edition from the others, in this edition's language ("Leer en español"), and
  // the language's own name, for where there is room for one word only ("Español").
  'languageLink',
  'languageName',
  'figureLink',
  // Presenter mode: the story's link to it, its title, its controls and the keys it answers.
  'present',
  'presentTitle',
  'fullscreen',
  'leavePresent',
  'presentKeys',
  // Before the links to a step's chart as an image (SVG, PNG); each link's name (its format, and the
  // state's title).
  'chartImages',
  'chartImage',
  // Teacher notes: presenter mode's switch (N) and the labels of each step's note; the handout's link.
  'notes',
  // Presenter mode's switch between light slides (the default: projectors show dark ones poorly) and dark.
  'darkSlides',
  'notesShows',
  'notesQuestion',
  'notesAnswer',
  'handout',
  // The story's link to download the offline edition (one file), and the file's name when saved.
  'offline',
  'offlineFile',
] as const;

/** The handout's lesson outline: goals, timing and the vocabulary the story needs. */
export const LESSON_KEYS = [
  'title',
  'intro',
  'goalsTitle',
  'goals',
  'timingTitle',
  'timing',
  'vocabularyTitle',
  'removal',
  'classAction',
  'inspectorGeneral',
  // The timed plan for one class period: its title, the opener, one row per chapter (its step range
  // added from the step list, `planSteps`), and the close.
  'planTitle',
  'planOpener',
  'planFinding',
  'planTimeline',
  'planScale',
  'planSearch',
  'planReunify',
  'planClose',
  'planSteps',
  'stepsTitle',
  // The switch that prints a student copy: the questions without their answers.
  'studentCopy',
  'sourcesTitle',
] as const;

export type LessonCopy = Record<(typeof LESSON_KEYS)[number], string>;

/** A step's teacher note: a question for the class and its answer, from the step's own facts. */
export interface NoteCopy {
  question: string;
  answer: string;
}

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
  /** Teacher notes, by the id of each passage's first step (presenter mode and the handout). */
  notes: Record<string, NoteCopy>;
  lesson: LessonCopy;
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
 * The keys whose text holds placeholders the page fills in (`{n}`), and which: every other brace in
 * the copy is a token typed wrong (`{{id:value}}`, `{id}`, `{{ id }}`).
 */
const PLACEHOLDERS: [RegExp, readonly string[]][] = [
  [/^ui\.stepOf$/, ['n', 'total']],
  [/^ui\.readStoryAt$/, ['url']],
  [/^lesson\.planSteps$/, ['from', 'to']],
  [/^ui\.figureLink$/, ['figure', 'source']],
  [/^ui\.chartImage$/, ['format', 'title']],
  [/^ui\.embedDataFile$/, ['format', 'n', 'total', 'title']],
  [/^qualifiers\.[A-Za-z]+$/, ['n']],
  [/^downloads\.readme$/, ['published', 'updated']],
  // The search chart's note on a count dated by its report: the report's day, from the data.
  [/^charts\.search\.labels\.reportedOn$/, ['date']],
];

/** The lesson plan's keys, and the minutes they may give: "5 min", "5–15 min". */
const LESSON_PLAN = /^lesson\.plan[A-Z]/;
const MINUTES = /\b\d+(?:–\d+)? min\b/g;

/** The token kinds, for the message about a malformed token. */
const KINDS = 'n, date, end, doc, of, removed, inus, nophone, reported';

/** Braces left after the well-formed tokens are taken out: a token typed wrong, or a lone brace. */
const BRACES = /\{\{[^{}]*\}\}|\{[^{}]*\}|\{\{|\}\}|[{}]/g;

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A year in the copy reads as a date: after a month, a preposition, a possessive, or a year and "and"/"to". */
function isDateYear(before: string, words: NumberChecks, months: Set<string>, years: Set<string>): boolean {
  if (/[–-]\s*$/.test(before) && /\d{4}\s*[–-]\s*$/.test(before)) return true;
  const previous = before.trimEnd().split(/\s+/);
  const last = (previous.at(-1) ?? '').replace(/[,(]+$/, '').toLowerCase();
  if (!last) return false;
  if (months.has(last) || months.has(last.replace(/\.$/, ''))) return true;
  if (words.dateWords.includes(last) || /['’]s$/.test(last)) return true;
  const twoBack = (previous.at(-2) ?? '').replace(/,$/, '');
  return words.joiners.includes(last) && years.has(twoBack);
}

/**
 * Figures reach the copy only through `{{id}}` tokens that name a dataset record. This lists every
 * token that names nothing or is typed wrong, and every number typed into the copy by hand, in
 * digits or in words: the one exception is a year the dataset's dates mention, written as a date
 * ("in 2018", "July 2017", "the court's 2018 order"), never as a count ("removed 2021 parents").
 */
export function provenanceProblems(copy: Copy, ds: Dataset, fmt: Format): string[] {
  const lang = (copy.lang in LOCALES ? copy.lang : 'en') as keyof typeof LOCALES;
  const words: NumberChecks = NUMBER_CHECKS[lang];
  const { time, dayMonths } = LOCALES[lang];
  const months = [...time.months, ...time.shortMonths, ...(dayMonths ?? [])];
  const problems: string[] = [];
  const years = datasetYears(ds);
  const monthNames = new Set(months.map((m) => m.toLowerCase().replace(/\.$/, '')));
  const small = copy.numberWords ?? [];
  const all = [...small, ...words.spelledNumbers].map(escapeRegExp).join('|');
  const join = ['\\s+', '-', ...words.joiners.map((j) => `\\s+${escapeRegExp(j)}\\s+`)].join('|');
  const spelled = new RegExp(`\\b(?:${all})(?:(?:${join})(?:${all}))*\\b`, 'gi');
  const large = new Set(words.spelledNumbers.map((w) => w.toLowerCase()));
  for (const { path, text } of copyStrings(copy)) {
    if (path.startsWith('numberWords')) continue;
    try {
      resolveTokens(ds, text, fmt);
    } catch (error) {
      problems.push(`${path}: ${(error as Error).message}`);
    }
    const allowed = PLACEHOLDERS.find(([key]) => key.test(path))?.[1] ?? [];
    let rest = stripTokens(text);
    for (const [form] of rest.matchAll(BRACES)) {
      const name = /^\{([a-z]+)\}$/.exec(form)?.[1];
      if (name && allowed.includes(name)) continue;
      problems.push(
        `${path}: "${form}" is not a token: quote a figure as {{id}} or {{id:kind}}, kind one of ${KINDS}`,
      );
    }
    rest = rest.replace(BRACES, ' ');
    // A lesson plan's minutes ("5–15 min") are the teacher's clock, not figures of the story.
    if (LESSON_PLAN.test(path)) rest = rest.replace(MINUTES, ' ');
    for (const match of rest.matchAll(/\d[\d,.]*/g)) {
      const bare = match[0].replace(/[,.]$/, '');
      const before = rest.slice(0, match.index);
      if (years.has(bare) && isDateYear(before, words, monthNames, years)) continue;
      const why = years.has(bare) ? ' (a year may stand only as a date: "in 2018", "May 2018")' : '';
      problems.push(
        `${path}: the number "${bare}" is typed into the copy${why}; quote it from the dataset with a {{token}}`,
      );
    }
    for (const [phrase] of rest.matchAll(spelled)) {
      if (
        !phrase
          .toLowerCase()
          .split(/[\s-]+/)
          .some((w) => large.has(w))
      )
        continue;
      problems.push(
        `${path}: the number "${phrase}" is spelled out in the copy; quote it from the dataset with a {{token}}`,
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
                  COPY_KEYS[c].states.map((k) => [
                    k,
                    textKeys(
                      COPY_KEYS[c].sourced.includes(k)
                        ? ['title', 'subtitle', 'source']
                        : ['title', 'subtitle'],
                    ),
                  ]),
                ),
              }
            : {}),
        },
      ]),
    ),
    steps: Object.fromEntries(
      STEPS.map((s) => [s.id, textKeys(s.together ? ['text', 'alt', 'altTogether'] : ['text', 'alt'])]),
    ),
    notes: Object.fromEntries(PASSAGE_STARTS.map((s) => [s.id, textKeys(['question', 'answer'])])),
    lesson: textKeys(LESSON_KEYS),
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
