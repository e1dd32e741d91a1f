/**
 * The story as data: an ordered list of steps, each naming the chart it drives and the state that
 * chart shows. The scrolling story, the embeds, and later the presenter mode, the print handout, the
 * offline file and the Spanish edition all read this one list; copy is joined to it by step id
 * (`steps.<id>` in every content file).
 */

import type { ChartId, ChartStates } from '../charts/index.ts';
import type { ScaleState } from '../charts/scale.ts';

export type { ChartId };

/** A chapter of the story: each is drawn by one chart and named after it. */
export type ChapterId = ChartId;

/**
 * One step of the story. Its `id` is its URL fragment and its key in the content files. A step that
 * continues a passage (a later card of one `passage()`) names the passage's first step in `continues`:
 * the passage shares that step's teacher note. A passage's first step whose cards show different
 * states names in `together` the state that carries all of theirs: where the passage has one drawing
 * (without scripts, in print, the handout), that is the state it shows.
 */
export type Step = {
  [C in ChartId]: {
    id: string;
    chapter: ChapterId;
    chart: C;
    state: ChartStates[C];
    continues?: string;
    together?: ChartStates[C];
  };
}[ChartId];

/**
 * The state of the one drawing a passage shows where its cards are not drawn one by one (without
 * scripts, in print, the handout): its `together` state, or the state its cards share.
 */
export function passageDrawing<S extends Step>(step: S): S {
  return step.together === undefined ? step : { ...step, state: step.together };
}

/** Names a step's chart state: steps with the same one show the same drawing. */
export function stateKey(step: Step): string {
  return `${step.chart}:${JSON.stringify(step.state)}`;
}

/**
 * A passage told over several cards, split at sentence boundaries so that each card fits the reading
 * area under the chart on a phone. Each card is a step of its own (its own id and copy). Its cards
 * show `step`'s state, unless the caller gives each its own (the search breakdown's cards each put
 * their own point forward) and the first card a `together` state for the passage's one drawing.
 */
function passage(ids: readonly string[], step: Shown): Step[] {
  const first = ids[0];
  if (first === undefined) throw new Error('steps.ts: a passage() needs at least one step id');
  return ids.map((id, i) => (i === 0 ? { id, ...step } : { id, ...step, continues: first }));
}

/** What a step shows, without its id: a chapter, its chart and that chart's state. */
type Shown = { [C in ChartId]: { chapter: ChapterId; chart: C; state: ChartStates[C] } }[ChartId];

export const STEPS: readonly Step[] = [
  ...passage(['finding-parents', 'finding-parents-2'], {
    chapter: 'finding',
    chart: 'finding',
    state: { focus: 'parents' },
  }),
  ...passage(['finding-claim', 'finding-claim-2'], {
    chapter: 'finding',
    chart: 'finding',
    state: { focus: 'claim' },
  }),
  ...passage(['finding-flawed-records', 'finding-flawed-records-2'], {
    chapter: 'finding',
    chart: 'finding',
    state: { focus: 'flawed_records' },
  }),
  ...passage(['finding-known-wish', 'finding-known-wish-2', 'finding-known-wish-3'], {
    chapter: 'finding',
    chart: 'finding',
    state: { focus: 'known_wish' },
  }),
  ...passage(['finding-recommendations', 'finding-recommendations-2', 'finding-recommendations-3'], {
    chapter: 'finding',
    chart: 'finding',
    state: { focus: 'recommendations' },
  }),
  ...passage(['timeline-pilot', 'timeline-pilot-2', 'timeline-pilot-3'], {
    chapter: 'timeline',
    chart: 'timeline',
    state: { highlight: ['el_paso_pilot'], zoom: 'policy' },
  }),
  ...passage(['timeline-ms-l', 'timeline-ms-l-2', 'timeline-ms-l-3'], {
    chapter: 'timeline',
    chart: 'timeline',
    state: { highlight: ['ms_l_filed'], zoom: 'policy' },
  }),
  ...passage(['timeline-zero-tolerance', 'timeline-zero-tolerance-2', 'timeline-zero-tolerance-3'], {
    chapter: 'timeline',
    chart: 'timeline',
    state: { highlight: ['zero_tolerance_memo', 'zero_tolerance_period'], zoom: 'policy' },
  }),
  ...passage(['timeline-order-injunction', 'timeline-order-injunction-2', 'timeline-order-injunction-3'], {
    chapter: 'timeline',
    chart: 'timeline',
    state: { highlight: ['eo_13841'], zoom: 'policy' },
  }),
  ...passage(['timeline-injunction', 'timeline-injunction-2'], {
    chapter: 'timeline',
    chart: 'timeline',
    state: {
      highlight: ['preliminary_injunction', 'reunification_deadline_under_5', 'reunification_deadline_all'],
      zoom: 'policy',
    },
  }),
  ...passage(['timeline-oig-window', 'timeline-oig-window-2'], {
    chapter: 'timeline',
    chart: 'timeline',
    state: { highlight: ['oig_window', 'oig_window_end'], zoom: 'policy' },
  }),
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
    state: { show: ['court_list', 'revised_list'], highlight: 'revised_list' } satisfies ScaleState,
  },
  // The children left off the list, then the court widening the case: the revised list stays in
  // focus until the card that reports the 2019 disclosure adds its column. The passage's one drawing
  // (no scripts, print, the handout) shows that column, the passage's last word.
  ...passage(['scale-expanded-class', 'scale-expanded-class-2', 'scale-expanded-class-3'], {
    chapter: 'scale',
    chart: 'scale',
    state: { show: ['court_list', 'revised_list', 'expanded_class'], highlight: 'expanded_class' },
  }).map((step, i, cards) =>
    step.chart === 'scale' && i < cards.length - 1
      ? {
          ...step,
          state: { show: ['court_list', 'revised_list'], highlight: 'revised_list' } satisfies ScaleState,
          ...(i === 0 ? { together: step.state } : {}),
        }
      : step,
  ),
  ...passage(['scale-families', 'scale-families-2'], {
    chapter: 'scale',
    chart: 'scale',
    state: { show: ['court_list', 'revised_list', 'expanded_class', 'families'], highlight: 'families' },
  }),
  ...passage(['search-first-count', 'search-first-count-2'], {
    chapter: 'search',
    chart: 'search',
    state: { until: '2020-10-20', highlight: [], breakdown: false },
  }),
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
  ...passage(['search-list-grew', 'search-list-grew-2'], {
    chapter: 'search',
    chart: 'search',
    state: { until: '2021-01-14', highlight: ['unreached_2020_12_02'], breakdown: false },
  }),
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
  // One breakdown over three cards, each putting forward what its card says: the parents believed
  // removed, the May filing's parts summed, the children with no phone number. Where the passage
  // has one drawing (no scripts, print, the handout), it puts all three forward at once.
  ...passage(['search-breakdown', 'search-breakdown-2', 'search-breakdown-3'], {
    chapter: 'search',
    chart: 'search',
    state: { until: '2021-08-11', highlight: ['unreached_2021_05_19'], breakdown: 'removed' },
  }).map((step, i) =>
    step.chart === 'search'
      ? {
          ...step,
          state: { ...step.state, breakdown: (['removed', 'sum', 'noPhone'] as const)[i]! },
          ...(i === 0 ? { together: { ...step.state, breakdown: 'all' as const } } : {}),
        }
      : step,
  ),
  {
    id: 'search-last-count',
    chapter: 'search',
    chart: 'search',
    state: { until: '2022-01-06', highlight: ['unreached_2022_01'], breakdown: false },
  },
  ...passage(['reunify-first-families', 'reunify-first-families-2'], {
    chapter: 'reunify',
    chart: 'reunify',
    state: { view: 'first_families' },
  }),
  ...passage(['reunify-one-family', 'reunify-one-family-2'], {
    chapter: 'reunify',
    chart: 'reunify',
    state: { view: 'one_family' },
  }),
  {
    id: 'reunify-task-force-count',
    chapter: 'reunify',
    chart: 'reunify',
    state: { view: 'identified_2021' },
  },
  ...passage(['reunify-2021', 'reunify-2021-2'], {
    chapter: 'reunify',
    chart: 'reunify',
    state: { view: 'status_2021' },
  }),
  ...passage(['reunify-2023', 'reunify-2023-2'], {
    chapter: 'reunify',
    chart: 'reunify',
    state: { view: 'status_2023' },
  }),
  {
    id: 'reunify-2023-3',
    chapter: 'reunify',
    chart: 'reunify',
    state: { view: 'status_2023_ap' },
  },
  ...passage(['reunify-settlement', 'reunify-settlement-2'], {
    chapter: 'reunify',
    chart: 'reunify',
    state: { view: 'settlement' },
  }),
  ...passage(['reunify-unresolved', 'reunify-unresolved-2', 'reunify-unresolved-3'], {
    chapter: 'reunify',
    chart: 'reunify',
    state: { view: 'unresolved' },
  }),
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

/** The first step of the passage `step` belongs to (the step itself unless it continues one). */
export function passageStart(step: Step): Step {
  return step.continues === undefined ? step : (findStep(step.continues) ?? step);
}

/**
 * Whether `step` is the card that carries its passage's one drawing on a screen without scripts,
 * where the passage's cards read under that one drawing: the first card whose own state is the
 * drawing's, so that the drawing never stands above text that has not reached it (review r17 NJ1:
 * the scale passage's drawing adds the 2019 disclosure, which only its last card reports). A
 * passage whose drawing is no card's own state (the search breakdown's sums what all three cards
 * put forward) keeps it in its first card, as print and the handout do.
 */
export function carriesPassageDrawing(step: Step): boolean {
  const start = passageStart(step);
  const drawing = stateKey(passageDrawing(start));
  const cards = STEPS.filter((s) => s === start || s.continues === start.id);
  return (cards.find((s) => stateKey(s) === drawing) ?? start) === step;
}

/** The steps that open a passage: one per teacher note, in story order. */
export const PASSAGE_STARTS: readonly Step[] = STEPS.filter((s) => s.continues === undefined);

/** Whether step `index` of `STEPS` is the last card of its passage (a step on its own is its whole passage). */
export function endsPassage(index: number): boolean {
  const next = STEPS[index + 1];
  return next === undefined || next.continues === undefined;
}
