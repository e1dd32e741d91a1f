/**
 * Figures enter the copy only as tokens that name a dataset record, never as typed numbers:
 *
 *   `{{id}}`       the figure with its qualifier ("at least 348")
 *   `{{id:n}}`     the bare number ("348"), for sentences that carry the qualifier in words
 *   `{{id:date}}`  the record's as-of date ("May 19, 2021")
 *   `{{id:end}}`   a timeline span's end date
 *   `{{id:doc}}`   a timeline event's document ("Executive Order 13841")
 *   `{{id:of}}`, `{{id:removed}}`, `{{id:inus}}`, `{{id:nophone}}`: an unreached-series point's
 *                  base and breakdown (`of` links to the point's `ofSource` where it has one)
 *   `{{id:reported}}` the date of the report the record rests on (its source's date), for a
 *                  filing whose own date is not known
 *
 * `id` may be a figure, an unreached-series point or a timeline event. Each token resolves to a
 * segment that links to the record's source. `{{published:date}}` and `{{updated:date}}` are the
 * story's own dates (the dateline, the correction), which link nowhere.
 */
import type { Dataset, Source } from '../data/schema.ts';
import type { Format } from './format.ts';

export type TokenKind =
  'figure' | 'n' | 'date' | 'end' | 'doc' | 'of' | 'removed' | 'inus' | 'nophone' | 'reported';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'ref'; text: string; recordId: string; part: TokenKind; source: Source | null };

const TOKEN = /\{\{([a-z0-9_]+)(?::(n|date|end|doc|of|removed|inus|nophone|reported))?\}\}/g;

/** Every `{{…}}` token in `text`, in order. */
export function tokensOf(text: string): { id: string; kind: TokenKind }[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ id: m[1] ?? '', kind: (m[2] ?? 'figure') as TokenKind }));
}

/** `text` with its tokens removed: what must hold no digit of its own. */
export function stripTokens(text: string): string {
  return text.replace(TOKEN, '');
}

interface Resolved {
  text: string;
  source: string | null;
}

/** The story's own dates, which tokens may quote but which have no source to link. */
const STORY_DATES = ['published', 'updated'] as const;

function resolve(ds: Dataset, fmt: Format, id: string, kind: TokenKind): Resolved {
  if (kind === 'reported') return reported(ds, fmt, id);
  const figure = ds.figures.find((f) => f.id === id);
  if (figure) {
    if (kind === 'figure') return { text: fmt.figure(figure), source: figure.source };
    if (kind === 'n') return { text: fmt.count(figure.value), source: figure.source };
    if (kind === 'date') return { text: fmt.date(figure.asOf), source: figure.source };
  }
  const point = ds.unreached.find((p) => p.id === id);
  if (point) {
    if (kind === 'figure' || kind === 'n') return { text: fmt.count(point.value), source: point.source };
    if (kind === 'date') return { text: fmt.date(point.asOf), source: point.source };
    const part = { of: point.of, removed: point.removed, inus: point.inUS, nophone: point.noPhone }[
      kind as 'of' | 'removed' | 'inus' | 'nophone'
    ];
    const source = kind === 'of' ? (point.ofSource ?? point.source) : point.source;
    if (part !== undefined && part !== null) return { text: fmt.count(part), source };
  }
  const event = ds.timeline.find((e) => e.id === id);
  if (event) {
    if (kind === 'date') return { text: fmt.date(event.date), source: event.source };
    if (kind === 'end' && event.end) return { text: fmt.date(event.end), source: event.source };
    if (kind === 'doc' && event.document) return { text: event.document, source: event.source };
  }
  const storyDate = STORY_DATES.find((d) => d === id);
  if (storyDate && kind === 'date' && ds.meta[storyDate])
    return { text: fmt.date(ds.meta[storyDate]), source: null };
  throw new Error(
    `Copy token {{${id}${kind === 'figure' ? '' : `:${kind}`}}} names no dataset record of that kind`,
  );
}

/** `{{id:reported}}`: the date of the report that the record `id` cites, linked to that report. */
function reported(ds: Dataset, fmt: Format, id: string): Resolved {
  const record = [...ds.figures, ...ds.unreached, ...ds.timeline].find((r) => r.id === id);
  const source = record?.source ? ds.sources.find((s) => s.id === record.source) : undefined;
  if (!source?.date)
    throw new Error(`Copy token {{${id}:reported}} names no dataset record with a dated source`);
  return { text: fmt.date(source.date), source: source.id };
}

/** Splits copy into text and linked figures, formatted by `fmt`. Throws on a token that names no record. */
export function resolveTokens(ds: Dataset, text: string, fmt: Format): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    if (at > last) segments.push({ kind: 'text', text: text.slice(last, at) });
    const id = m[1] ?? '';
    const part = (m[2] ?? 'figure') as TokenKind;
    const r = resolve(ds, fmt, id, part);
    const source = r.source ? (ds.sources.find((s) => s.id === r.source) ?? null) : null;
    segments.push({ kind: 'ref', text: r.text, recordId: id, part, source });
    last = at + m[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** Copy split into paragraphs on blank lines. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Copy with its tokens resolved, as plain text (chart titles, descriptions, table captions). */
export function plainText(ds: Dataset, text: string, fmt: Format): string {
  return resolveTokens(ds, text, fmt)
    .map((s) => s.text)
    .join('');
}
