/**
 * The dataset's shape, written once: every table's fields with the check each must pass. The
 * validator (`validate.ts`) runs these checks on the JSON in `data/` at build time and in the tests,
 * naming the file, the record and the field of every problem; the TypeScript types below are
 * derived from the same definition, so the two cannot drift apart.
 *
 * Every figure the story shows is one of these records, built by hand from
 * `shared/research/FACTS.md`; nothing is interpolated, and a gap in the record stays a gap (a
 * missing breakdown is `null`, never a guess).
 */
import {
  count,
  dateIn,
  isBoolean,
  isHttpsUrl,
  isString,
  listOf,
  matching,
  oneOf,
  orNull,
  type RecordOf,
  type Shape,
} from './checks.ts';

export type { IsoDate } from './checks.ts';

/**
 * How a figure relates to the true number: the copy and the charts must say the same. A `range`
 * has two ends (`value` to `high`); an `approximate range` too, where the sources give its ends
 * only roughly ("nearly 5,500", "more than 5,400"), so the prose says "about".
 */
const QUALIFIERS = ['exact', 'at least', 'more than', 'about', 'range', 'approximate range'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
/** The qualifiers of a figure with two ends, `value` and `high`. */
export const RANGE_QUALIFIERS: readonly Qualifier[] = ['range', 'approximate range'];
/** Whether a qualifier gives a figure two ends (`value` and `high`). */
export const isRange = (q: Qualifier): boolean => RANGE_QUALIFIERS.includes(q);

/**
 * P: checked against the official text; N: checked in news or secondary reporting;
 * U: uncertain — shown only with a visible caveat.
 */
const CONFIDENCES = ['P', 'N', 'U'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

const SNAKE_ID = /^[a-z0-9_]+$/;
const SOURCE_ID = /^S[0-9]+$/;

/**
 * The story's period: from the start of the administration whose policy it covers to the end of the
 * year of its latest update. Every date in the data falls inside it; move `to` when the story is
 * updated in a later year.
 */
export const STORY_PERIOD = { from: '2017-01-01', to: '2026-12-31' } as const;

/**
 * No count in this story comes near ten thousand: the policy separated about 5,500 families. A count
 * at or above it is a slipped digit or a stray exponent, not news.
 */
export const COUNT_CEILING = 10_000;

/**
 * The base each headline figure is part of, so a slipped digit fails even below the ceiling. A base
 * of several figures is their sum, each a separate group. The plausible ranges:
 * - every count of separated children is part of the total once the expanded class was known;
 * - the parents the inspector general counted were removed in July 2017 – July 2018, so each is one of
 *   the original class's parents removed without their children (counted up to March 2019) or the
 *   parent of a child of the expanded class (at most one parent per child);
 * - deadline-day counts are parts of the deadline-day total, itself part of the July 2018 list;
 * - a Task Force subcount is part of the Task Force's total of the same date.
 */
const FIGURE_BASES = {
  oig_removed_without_record: ['removed_parents_2019', 'expanded_class_2019'],
  removed_parents_2019: ['families_separated'],
  tf_first_families: ['families_separated'],
  court_list_2018: ['separated_total_2019'],
  court_list_2018_revised: ['separated_total_2019'],
  ms_l_original_class: ['separated_total_2019'],
  expanded_class_2019: ['separated_total_2019'],
  steering_list_2020_12: ['separated_total_2019'],
  settlement_children: ['separated_total_2019'],
  deadline_2018_total: ['court_list_2018'],
  deadline_2018_discharged: ['deadline_2018_total'],
  deadline_2018_reunited: ['deadline_2018_discharged'],
  deadline_2018_separated: ['deadline_2018_total'],
  deadline_2018_parents_outside: ['deadline_2018_total'],
  tf2021_identified: ['separated_total_2019'],
  tf2021_reunified_earlier: ['tf2021_identified'],
  tf2021_reunified_by_tf: ['tf2021_identified'],
  tf2021_no_record: ['tf2021_identified'],
  tf2023_identified: ['separated_total_2019'],
  tf2023_identified_ap: ['separated_total_2019'],
  tf2023_reunified: ['tf2023_identified'],
  tf2023_not_reunified: ['tf2023_identified'],
  tf2023_in_process: ['tf2023_not_reunified'],
  tf2023_reunified_since_tf: ['tf2023_reunified'],
} as const;

const headlineCount = count(COUNT_CEILING, { byRecord: FIGURE_BASES });
/** Children whose parents were not reached are part of the list searched and of all separated children. */
const unreachedCount = count(COUNT_CEILING, {
  fields: ['of'],
  figures: ['separated_total_2019'],
});
/** A breakdown's group is part of the count it breaks down. */
const breakdownCount = count(COUNT_CEILING, { fields: ['value'] });
const inPeriod = dateIn(STORY_PERIOD);

/** Every table's fields and their checks; the types below follow from it. */
export const SCHEMA = {
  meta: {
    title: isString,
    /** Date the story was first published. */
    published: inPeriod,
    /** Date the story and the dataset were last updated and checked against the record. */
    updated: inPeriod,
    /** Known gaps, stated so the methods note can repeat them. */
    gaps: listOf(isString),
  },
  /** Source documents. Figures point at them by `id`. */
  sources: {
    /** Short stable id, e.g. `S1`. */
    id: matching(SOURCE_ID),
    /** The title as published; a description in square brackets where the published title is not on record. */
    title: isString,
    publisher: isString,
    /** Publication date as the source gives it (`YYYY-MM-DD` or `YYYY-MM`). */
    date: inPeriod,
    /**
     * Web address of the document itself (never a site's home page); `null` only where no address
     * could be confirmed, and then `urlNote` says why.
     */
    url: orNull(isHttpsUrl),
    /** Where in the source the figure is: page, section, docket number. */
    locator: orNull(isString),
    /** Why the source has no address; required when `url` is `null`, and `null` otherwise. */
    urlNote: orNull(isString),
  },
  /** Headline figures (a count, a range, a number of recommendations …). */
  figures: {
    /** Stable id the copy uses to quote it, e.g. `oig_removed_without_record`. */
    id: matching(SNAKE_ID),
    /** The number. For a range (`isRange`) this is the low end and `high` is the high end. */
    value: headlineCount,
    /** High end of a range; `null` unless `qualifier` is `'range'` or `'approximate range'`. */
    high: orNull(headlineCount),
    /** What is counted, plural: `parents`, `children`, `families`, `recommendations`. */
    unit: isString,
    /** What the figure means, in a short phrase of our own. */
    label: isString,
    /** Date the figure describes (or was published), `YYYY-MM-DD` or `YYYY-MM`. */
    asOf: inPeriod,
    qualifier: oneOf(QUALIFIERS),
    confidence: oneOf(CONFIDENCES),
    /** A caveat the reader must see with the figure; `null` where the record gives none. */
    caveat: orNull(isString),
    /** Id of a record in `sources.json`. */
    source: isString,
    /**
     * Ids of figures that, summed, must equal this one (e.g. the Task Force's identified children =
     * reunified earlier + reunified by the Task Force + no confirmed record); `null` when it has no parts.
     */
    parts: orNull(listOf(matching(SNAKE_ID))),
  },
  /**
   * Counts of children whose parents the court-appointed lawyers (Ms. L v. ICE steering committee)
   * had not yet reached. The base (`of`) changed as the government handed over more records.
   */
  unreached: {
    /** Stable id, e.g. `unreached_2021_04_07`. */
    id: matching(SNAKE_ID),
    /** Children whose parents had not been reached. */
    value: unreachedCount,
    /** Date of the filing or report. Where the exact day is unknown, `dateConfidence` is `'U'`. */
    asOf: inPeriod,
    dateConfidence: oneOf(CONFIDENCES),
    /**
     * `true` where the filing's own date is not given and `asOf` is the day of the report that
     * carried the count (a day, with `dateConfidence` `'U'`): the count is drawn on that day, not
     * spread over a month no source gives.
     */
    datedByReport: isBoolean,
    /** Always `'exact'` for this series; kept so every figure has a qualifier. */
    qualifier: oneOf(QUALIFIERS),
    confidence: oneOf(CONFIDENCES),
    /** `false` for a number that did not come from a court filing (an email, a news summary). */
    courtFiling: isBoolean,
    /** Size of the group searched at the time (children in the list), or `null` where not reported. */
    of: orNull(count(COUNT_CEILING)),
    /**
     * Id of the source that prints `of`, where it is not `source` (a report that gives the list's
     * size when the record's own source does not); `null` when `source` prints it or `of` is null.
     */
    ofSource: orNull(isString),
    /** Parents believed removed from the U.S.; `null` where not reported. */
    removed: orNull(breakdownCount),
    /** Parents believed to be in the U.S.; `null` where not reported. */
    inUS: orNull(breakdownCount),
    /** Cases in which the government gave no phone number; `null` where not reported. */
    noPhone: orNull(breakdownCount),
    caveat: orNull(isString),
    source: isString,
  },
  /** Dated events, or spans of time where `end` is set. */
  timeline: {
    id: matching(SNAKE_ID),
    /** Start date, `YYYY-MM-DD` or `YYYY-MM`. */
    date: inPeriod,
    /** End date of a span, or `null` for a single event. */
    end: orNull(inPeriod),
    /** A short label of our own. */
    label: isString,
    /** The document or case, e.g. `Executive Order 13841`; `null` when none. */
    document: orNull(isString),
    confidence: oneOf(CONFIDENCES),
    caveat: orNull(isString),
    /** Id of a record in `sources.json`, or `null` where the record names none. */
    source: orNull(isString),
  },
} as const satisfies Record<string, Shape>;

export type Source = RecordOf<typeof SCHEMA.sources>;
export type Figure = RecordOf<typeof SCHEMA.figures>;
export type UnreachedPoint = RecordOf<typeof SCHEMA.unreached>;
export type TimelineEvent = RecordOf<typeof SCHEMA.timeline>;

/** The whole dataset as the app receives it. */
export interface Dataset {
  meta: RecordOf<typeof SCHEMA.meta>;
  sources: Source[];
  figures: Figure[];
  unreached: UnreachedPoint[];
  timeline: TimelineEvent[];
}

/** File names in `data/`, one per table. */
export const DATA_FILES = {
  meta: 'meta.json',
  sources: 'sources.json',
  figures: 'figures.json',
  unreached: 'unreached.json',
  timeline: 'timeline.json',
} as const satisfies Record<keyof Dataset, string>;
