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
  isBoolean,
  isCount,
  isDate,
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

/** How a figure relates to the true number: the copy and the charts must say the same. */
const QUALIFIERS = ['exact', 'at least', 'more than', 'about', 'range'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * P: checked against the official text; N: checked in news or secondary reporting;
 * U: uncertain — shown only with a visible caveat.
 */
const CONFIDENCES = ['P', 'N', 'U'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

const SNAKE_ID = /^[a-z0-9_]+$/;
const SOURCE_ID = /^S[0-9]+$/;

/** Every table's fields and their checks; the types below follow from it. */
export const SCHEMA = {
  meta: {
    title: isString,
    /** Date the story was first published. */
    published: isDate,
    /** Date the story and the dataset were last updated and checked against the record. */
    updated: isDate,
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
    date: isDate,
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
    /** The number. For `qualifier: 'range'` this is the low end and `high` is the high end. */
    value: isCount,
    /** High end of a range; `null` unless `qualifier` is `'range'`. */
    high: orNull(isCount),
    /** What is counted, plural: `parents`, `children`, `families`, `recommendations`. */
    unit: isString,
    /** What the figure means, in a short phrase of our own. */
    label: isString,
    /** Date the figure describes (or was published), `YYYY-MM-DD` or `YYYY-MM`. */
    asOf: isDate,
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
    value: isCount,
    /** Date of the filing or report. Where the exact day is unknown, `dateConfidence` is `'U'`. */
    asOf: isDate,
    dateConfidence: oneOf(CONFIDENCES),
    /** Always `'exact'` for this series; kept so every figure has a qualifier. */
    qualifier: oneOf(QUALIFIERS),
    confidence: oneOf(CONFIDENCES),
    /** `false` for a number that did not come from a court filing (an email, a news summary). */
    courtFiling: isBoolean,
    /** Size of the group searched at the time (children in the list), or `null` where not reported. */
    of: orNull(isCount),
    /** Parents believed removed from the U.S.; `null` where not reported. */
    removed: orNull(isCount),
    /** Parents believed to be in the U.S.; `null` where not reported. */
    inUS: orNull(isCount),
    /** Cases in which the government gave no phone number; `null` where not reported. */
    noPhone: orNull(isCount),
    caveat: orNull(isString),
    source: isString,
  },
  /** Dated events, or spans of time where `end` is set. */
  timeline: {
    id: matching(SNAKE_ID),
    /** Start date, `YYYY-MM-DD` or `YYYY-MM`. */
    date: isDate,
    /** End date of a span, or `null` for a single event. */
    end: orNull(isDate),
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
