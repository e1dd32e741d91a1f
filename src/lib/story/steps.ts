/**
 * The story as data: an ordered list of steps, each naming the chart it drives and the state that
 * chart shows. The scrolling story, the embeds, and later the presenter mode, the print handout, the
 * offline file and the Spanish edition all read this one list; copy is joined to it by step id
 * (`steps.<id>` in every content file).
 */

import type { ChartId, ChartStates } from '../charts/index.ts';

export type { ChartId };

/** A chapter of the story: each is drawn by one chart and named after it. */
export type ChapterId = ChartId;

/** One step of the story. Its `id` is its URL fragment and its key in the content files. */
export type Step = {
  [C in ChartId]: { id: string; chapter: ChapterId; chart: C; state: ChartStates[C] };
}[ChartId];

export const STEPS: readonly Step[] = [
  { id: 'finding-parents', chapter: 'finding', chart: 'finding', state: { focus: 'parents' } },
  { id: 'finding-claim', chapter: 'finding', chart: 'finding', state: { focus: 'claim' } },
  { id: 'finding-flawed-records', chapter: 'finding', chart: 'finding', state: { focus: 'flawed_records' } },
  { id: 'finding-known-wish', chapter: 'finding', chart: 'finding', state: { focus: 'known_wish' } },
  {
    id: 'finding-recommendations',
    chapter: 'finding',
    chart: 'finding',
    state: { focus: 'recommendations' },
  },
  {
    id: 'timeline-pilot',
    chapter: 'timeline',
    chart: 'timeline',
    state: { highlight: ['el_paso_pilot'], zoom: 'policy' },
  },
  {
    id: 'timeline-ms-l',
    chapter: 'timeline',
    chart: 'timeline',
    state: { highlight: ['ms_l_filed'], zoom: 'policy' },
  },
  {
    id: 'timeline-zero-tolerance',
    chapter: 'timeline',
    chart: 'timeline',
    state: { highlight: ['zero_tolerance_memo', 'zero_tolerance_period'], zoom: 'policy' },
  },
  {
    id: 'timeline-order-injunction',
    chapter: 'timeline',
    chart: 'timeline',
    state: { highlight: ['eo_13841'], zoom: 'policy' },
  },
  {
    id: 'timeline-injunction',
    chapter: 'timeline',
    chart: 'timeline',
    state: {
      highlight: ['preliminary_injunction', 'reunification_deadline_under_5', 'reunification_deadline_all'],
      zoom: 'policy',
    },
  },
  {
    id: 'timeline-oig-window',
    chapter: 'timeline',
    chart: 'timeline',
    state: { highlight: ['oig_window', 'oig_window_end'], zoom: 'policy' },
  },
  {
    id: 'scale-court-list',
    chapter: 'scale',
    chart: 'scale',
    state: { show: ['court_list'], highlight: 'court_list' },
  },
  {
    id: 'scale-revised-list',
    chapter: 'scale',
    chart: 'scale',
    state: { show: ['court_list', 'revised_list'], highlight: 'revised_list' },
  },
  {
    id: 'scale-expanded-class',
    chapter: 'scale',
    chart: 'scale',
    state: { show: ['court_list', 'revised_list', 'expanded_class'], highlight: 'expanded_class' },
  },
  {
    id: 'scale-families',
    chapter: 'scale',
    chart: 'scale',
    state: { show: ['court_list', 'revised_list', 'expanded_class', 'families'], highlight: 'families' },
  },
  {
    id: 'search-first-count',
    chapter: 'search',
    chart: 'search',
    state: { until: '2020-10-20', highlight: [], breakdown: false },
  },
  {
    id: 'search-first-report',
    chapter: 'search',
    chart: 'search',
    state: { until: '2020-10-20', highlight: ['unreached_2020_10_20'], breakdown: false },
  },
  {
    id: 'search-base-changes',
    chapter: 'search',
    chart: 'search',
    state: { until: '2020-11-09', highlight: ['unreached_2020_11_09'], breakdown: false },
  },
  {
    id: 'search-list-grew',
    chapter: 'search',
    chart: 'search',
    state: { until: '2021-01-14', highlight: ['unreached_2020_12_02'], breakdown: false },
  },
  {
    id: 'search-spring-2021',
    chapter: 'search',
    chart: 'search',
    state: {
      until: '2021-05-19',
      highlight: ['unreached_2021_04_07', 'unreached_2021_05_19'],
      breakdown: false,
    },
  },
  {
    id: 'search-breakdown',
    chapter: 'search',
    chart: 'search',
    state: { until: '2021-08-11', highlight: ['unreached_2021_05_19'], breakdown: true },
  },
  {
    id: 'search-last-count',
    chapter: 'search',
    chart: 'search',
    state: { until: '2022-01', highlight: ['unreached_2022_01'], breakdown: false },
  },
  { id: 'reunify-first-families', chapter: 'reunify', chart: 'reunify', state: { view: 'first_families' } },
  { id: 'reunify-one-family', chapter: 'reunify', chart: 'reunify', state: { view: 'one_family' } },
  { id: 'reunify-task-force-count', chapter: 'reunify', chart: 'reunify', state: { view: 'status_2021' } },
  { id: 'reunify-2021', chapter: 'reunify', chart: 'reunify', state: { view: 'status_2021' } },
  { id: 'reunify-2023', chapter: 'reunify', chart: 'reunify', state: { view: 'status_2023' } },
  { id: 'reunify-settlement', chapter: 'reunify', chart: 'reunify', state: { view: 'settlement' } },
  { id: 'reunify-unresolved', chapter: 'reunify', chart: 'reunify', state: { view: 'unresolved' } },
];

/**
 * The chapters in story order, as the step list has them: the finding leads (the news first), then
 * how it happened, how many, the search and what came after.
 */
export const CHAPTERS: readonly ChapterId[] = [...new Set(STEPS.map((s) => s.chapter))];

/** The steps that drive one chart, in story order. */
export function stepsOf(chart: ChartId): Step[] {
  return STEPS.filter((s) => s.chart === chart);
}

/** Looks a step up by id; `undefined` for anything else, so a hostile `?step=` falls back safely. */
export function findStep(id: string | null | undefined): Step | undefined {
  return STEPS.find((s) => s.id === id);
}

/**
 * The state a chapter's chart shows while step `index` of `STEPS` is current: that step when it is in
 * the chapter, else the chapter's nearest end (its first step before it, its last after it).
 */
export function shownInChapter(chapter: ChapterId, index: number): Step {
  const steps = STEPS.filter((s) => s.chapter === chapter);
  const step = STEPS[index];
  if (step?.chapter === chapter) return step;
  const first = STEPS.indexOf(steps[0]!);
  return index > first ? steps[steps.length - 1]! : steps[0]!;
}
