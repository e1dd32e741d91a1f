/**
 * The shape of a content file (`src/content/<lang>.aml`, ArchieML parsed at build time) and the
 * check that it matches the step list: every step has copy, no copy names a step that is gone.
 */
import type { ChapterId, ChartId } from '../story/steps.ts';
import { CHAPTERS, STEPS } from '../story/steps.ts';

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

export interface Copy {
  lang: string;
  title: string;
  dek: string;
  byline: string;
  intro: string;
  description: string;
  ui: Record<string, string>;
  chapters: Record<ChapterId, ChapterCopy>;
  charts: Record<ChartId, ChartCopy>;
  steps: Record<string, StepCopy>;
  methods: MethodsCopy;
}

/** Names every way `copy` fails to cover the step list; empty when it matches. */
export function copyProblems(copy: Copy): string[] {
  const problems: string[] = [];
  const ids = new Set(STEPS.map((s) => s.id));
  for (const id of ids) {
    if (!copy.steps?.[id]?.text) problems.push(`step "${id}" has no text`);
    if (!copy.steps?.[id]?.alt) problems.push(`step "${id}" has no alt description`);
  }
  for (const id of Object.keys(copy.steps ?? {})) {
    if (!ids.has(id)) problems.push(`copy names step "${id}", which is not in the step list`);
  }
  for (const chapter of CHAPTERS) {
    if (!copy.chapters?.[chapter]?.title) problems.push(`chapter "${chapter}" has no title`);
  }
  for (const chart of new Set(STEPS.map((s) => s.chart))) {
    const c = copy.charts?.[chart];
    if (!c?.title || !c.subtitle || !c.source) problems.push(`chart "${chart}" lacks a title, subtitle or source`);
  }
  return problems;
}
