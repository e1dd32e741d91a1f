/**
 * The shape of a content file (`src/content/<lang>.aml`, ArchieML parsed at build time) and the
 * check that it matches the step list: every step has copy, no copy names a step that is gone.
 */
import type { Dataset } from '../data/schema.ts';
import type { ChapterId, ChartId } from '../story/steps.ts';
import { CHAPTERS, STEPS } from '../story/steps.ts';
import { resolveTokens, stripTokens, type ResolveOptions } from './tokens.ts';

export interface StepCopy {
  /** The step's text; paragraphs separated by blank lines; figures as `{{id}}` tokens. */
  text: string;
  /** What the chart shows in this state, for readers who cannot see it. */
  alt: string;
}

export interface ChartCopy {
  /** States the finding, not the topic. */
  title: string;
  /** Unit and date. */
  subtitle: string;
  /** The source line under the chart. */
  source: string;
  /** Column headings of the "show the data" table, keyed by column. */
  columns: Record<string, string>;
  /** Labels the chart draws, keyed by the value they label. */
  labels: Record<string, string>;
}

export interface ChapterCopy {
  kicker: string;
  title: string;
}

export interface MethodsCopy {
  title: string;
  text: string;
  sourcesTitle: string;
  downloadsTitle: string;
  downloadsText: string;
  gapsTitle: string;
  updatedLabel: string;
  corrections: string;
}

/** The page chrome's strings: buttons, labels, the stepper and the embed dialog. */
export const UI_KEYS = [
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
  charts: Record<ChartId, ChartCopy>;
  steps: Record<string, StepCopy>;
  methods: MethodsCopy;
}

/** How the copy's prose reads its figures: small counts in words, ranges with a word (AP style). */
export function proseOptions(copy: Copy): ResolveOptions {
  return { numberWords: copy.numberWords, rangeWord: copy.rangeWord };
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
export function provenanceProblems(copy: Copy, ds: Dataset): string[] {
  const problems: string[] = [];
  const years = datasetYears(ds);
  for (const { path, text } of copyStrings(copy)) {
    try {
      resolveTokens(ds, text);
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

/** Names every way `copy` fails to cover the step list or to source its figures; empty when it passes. */
export function copyProblems(copy: Copy, ds: Dataset): string[] {
  const problems: string[] = provenanceProblems(copy, ds);
  const ids = new Set(STEPS.map((s) => s.id));
  for (const id of ids) {
    if (!copy.steps?.[id]?.text) problems.push(`step "${id}" has no text`);
    if (!copy.steps?.[id]?.alt) problems.push(`step "${id}" has no alt description`);
  }
  for (const id of Object.keys(copy.steps ?? {})) {
    if (!ids.has(id)) problems.push(`copy names step "${id}", which is not in the step list`);
  }
  for (const key of UI_KEYS) {
    if (!copy.ui?.[key]) problems.push(`ui.${key} is missing`);
  }
  for (const chapter of CHAPTERS) {
    if (!copy.chapters?.[chapter]?.title) problems.push(`chapter "${chapter}" has no title`);
  }
  for (const chart of new Set(STEPS.map((s) => s.chart))) {
    const c = copy.charts?.[chart];
    if (!c?.title || !c.subtitle || !c.source)
      problems.push(`chart "${chart}" lacks a title, subtitle or source`);
  }
  return problems;
}
