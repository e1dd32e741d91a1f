/**
 * The dataset's shape. Every figure the story shows is one of these records, built by hand from
 * `shared/research/FACTS.md`; nothing is interpolated, and a gap in the record stays a gap
 * (a missing breakdown is `null`, never a guess).
 *
 * The JSON files in `data/` are checked against these types at build time and in the tests by
 * `validate.ts`, which names the file, the record and the field of every problem it finds.
 */

/** How a figure relates to the true number: the copy and the charts must say the same. */
export type Qualifier = 'exact' | 'at least' | 'more than' | 'about' | 'range';

/**
 * P: checked against the official text; N: checked in news or secondary reporting;
 * U: uncertain — shown only with a visible caveat.
 */
export type Confidence = 'P' | 'N' | 'U';

/** A calendar date, `YYYY-MM-DD`, or `YYYY-MM` where the record gives only the month. */
export type IsoDate = string;

/** One source document. Figures point at it by `id`. */
export interface Source {
  /** Short stable id, e.g. `S1`. */
  id: string;
  /** The title as published; a description in square brackets where the published title is not on record. */
  title: string;
  publisher: string;
  /** Publication date as the source gives it (`YYYY-MM-DD` or `YYYY-MM`). */
  date: IsoDate;
  /**
   * Web address of the document itself (never a site's home page); `null` only where no address
   * could be confirmed, and then `urlNote` says why.
   */
  url: string | null;
  /** Where in the source the figure is: page, section, docket number. */
  locator: string | null;
  /** Why the source has no address; required when `url` is `null`, and `null` otherwise. */
  urlNote: string | null;
}

/** A single headline figure (a count, a range, a number of recommendations …). */
export interface Figure {
  /** Stable id the copy uses to quote it, e.g. `oig_removed_without_record`. */
  id: string;
  /** The number. For `qualifier: 'range'` this is the low end and `high` is the high end. */
  value: number;
  /** High end of a range; `null` unless `qualifier` is `'range'`. */
  high: number | null;
  /** What is counted, plural: `parents`, `children`, `families`, `recommendations`. */
  unit: string;
  /** What the figure means, in a short phrase of our own. */
  label: string;
  /** Date the figure describes (or was published), `YYYY-MM-DD` or `YYYY-MM`. */
  asOf: IsoDate;
  qualifier: Qualifier;
  confidence: Confidence;
  /** A caveat the reader must see with the figure; `null` where the record gives none. */
  caveat: string | null;
  /** Id of a record in `sources.json`. */
  source: string;
  /**
   * Ids of figures that, summed, must equal this one (e.g. the Task Force's identified children =
   * reunified earlier + reunified by the Task Force + no confirmed record); `null` when it has no parts.
   */
  parts: string[] | null;
}

/**
 * One count of children whose parents the court-appointed lawyers (Ms. L v. ICE steering committee)
 * had not yet reached. The base (`of`) changed as the government handed over more records.
 */
export interface UnreachedPoint {
  /** Stable id, e.g. `unreached_2021_04_07`. */
  id: string;
  /** Children whose parents had not been reached. */
  value: number;
  /** Date of the filing or report. Where the exact day is unknown, `dateConfidence` is `'U'`. */
  asOf: IsoDate;
  dateConfidence: Confidence;
  /** Always `'exact'` for this series; kept so every figure has a qualifier. */
  qualifier: Qualifier;
  confidence: Confidence;
  /** `false` for a number that did not come from a court filing (an email, a news summary). */
  courtFiling: boolean;
  /** Size of the group searched at the time (children in the list), or `null` where not reported. */
  of: number | null;
  /** Parents believed removed from the U.S.; `null` where not reported. */
  removed: number | null;
  /** Parents believed to be in the U.S.; `null` where not reported. */
  inUS: number | null;
  /** Cases in which the government gave no phone number; `null` where not reported. */
  noPhone: number | null;
  caveat: string | null;
  source: string;
}

/** A dated event, or a span of time when `end` is set. */
export interface TimelineEvent {
  id: string;
  /** Start date, `YYYY-MM-DD` or `YYYY-MM`. */
  date: IsoDate;
  /** End date of a span, or `null` for a single event. */
  end: IsoDate | null;
  /** A short label of our own. */
  label: string;
  /** The document or case, e.g. `Executive Order 13841`; `null` when none. */
  document: string | null;
  confidence: Confidence;
  caveat: string | null;
  /** Id of a record in `sources.json`, or `null` where the record names none. */
  source: string | null;
}

/** The whole dataset as the app receives it. */
export interface Dataset {
  meta: {
    /** The story's headline; the same as the page's. */
    title: string;
    /** Date the story was first published. */
    published: IsoDate;
    /** Date the story and the dataset were last updated and checked against the record. */
    updated: IsoDate;
    /** Known gaps, stated so the methods note can repeat them. */
    gaps: string[];
  };
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
