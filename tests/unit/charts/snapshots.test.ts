/**
 * SVG snapshots of every chart state, as Observable Plot's own tests do: each step's chart is drawn
 * into a jsdom document, normalised (ids renumbered, numbers rounded, one element per line) and
 * compared with `__snapshots__/<step-id>.svg`. A mismatch writes `<step-id>-changed.svg` beside it
 * and fails; so does a missing snapshot, everywhere. `UPDATE_SNAPSHOTS=1` writes the missing and
 * changed snapshots instead, for a deliberate change to review in the diff.
 *
 * Then what a snapshot cannot say on its own: the behaviour each state must keep.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { edition, LANGS } from '../../../src/content/index.ts';
import { chartCopy } from '../../../src/lib/charts/copy.ts';
import { chartData } from '../../../src/lib/charts/data.ts';
import { fitFor, WIDE_STATIC_FIT, type Fit } from '../../../src/lib/charts/fit.ts';
import { bandFit, EMBED_BANDS, STEPPER_BANDS } from '../../../src/lib/embed/bands.ts';
import { CHART_IDS, frameOf } from '../../../src/lib/charts/index.ts';
import { renderChart, STATIC_FIT } from '../../../src/lib/charts/render.ts';
import {
  LABELS as REUNIFY_LABELS,
  sharesSum,
  spec as reunifySpec,
  stateKey as reunifyStateKey,
  table as reunifyTable,
} from '../../../src/lib/charts/reunify.ts';
import { columns as scaleColumns, MEASURES as SCALE_MEASURES } from '../../../src/lib/charts/scale.ts';
import { scopeIds } from '../../../src/lib/charts/scope-ids.ts';
import { stateKey as timelineStateKey } from '../../../src/lib/charts/timeline.ts';
import { stepTable } from '../../../src/lib/charts/table.ts';
import { pageView } from '../../../src/lib/content/page-view.ts';
import { plainText, tokensOf } from '../../../src/lib/content/tokens.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';
import { toUtcDate } from '../../../src/lib/data/tables.ts';
import { passageDrawing, STEPS, type Step } from '../../../src/lib/story/steps.ts';
import { normalizeSvg } from './normalize.ts';

const SNAPSHOTS = join(import.meta.dirname, '__snapshots__');
/** Write missing and changed snapshots instead of failing (`UPDATE_SNAPSHOTS=1`). */
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';
const { copy, locale, format, prose } = edition('en');

/** The step's chart copy, tokens resolved, as the page hands it to the renderer. */
const copyOf = (s: Step) => chartCopy(copy, s.chart, dataset, format, prose);

/** The page's resolved copy: chart descriptions read as the prerendered page has them. */
const view = pageView(copy, dataset, locale, format);

/** A step's drawing; `still` for its passage's one drawing (no scripts, print), described as the page does. */
function draw(s: Step, fit: Fit = STATIC_FIT, still = false): Element {
  const { window } = new JSDOM('');
  const alt = (still ? view.stillAlts : view.alts)[s.id] ?? '';
  return renderChart(s, window.document, copyOf(s), alt, format, fit, dataset);
}

const tableOf = (s: Step) => stepTable(s, copyOf(s), format, dataset);

const step = (id: string): Step => {
  const s = STEPS.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id}`);
  return s;
};

describe('chart snapshots', () => {
  mkdirSync(SNAPSHOTS, { recursive: true });
  // Each step's drawing, and the one drawing of a passage whose cards differ (without scripts, print).
  const drawings: [string, Step, boolean][] = [
    ...STEPS.map((s): [string, Step, boolean] => [s.id, s, false]),
    ...STEPS.filter((s) => s.together !== undefined).map((s): [string, Step, boolean] => [
      `${s.id}-together`,
      passageDrawing(s),
      true,
    ]),
  ];
  for (const [name, s, still] of drawings) {
    it(name, () => {
      const actual = normalizeSvg(draw(s, STATIC_FIT, still));
      const file = join(SNAPSHOTS, `${name}.svg`);
      const changed = join(SNAPSHOTS, `${name}-changed.svg`);
      const expected = existsSync(file) ? readFileSync(file, 'utf8') : null;
      if (actual === expected) {
        rmSync(changed, { force: true });
        return;
      }
      if (UPDATE) {
        writeFileSync(file, actual);
        rmSync(changed, { force: true });
        return;
      }
      if (expected === null)
        expect.fail(`${name}: no snapshot ${file}; write it with UPDATE_SNAPSHOTS=1 and commit it`);
      writeFileSync(changed, actual);
      expect.fail(
        `${name}: the drawing changed; compare ${changed} with ${file}, and replace the snapshot if intended (UPDATE_SNAPSHOTS=1)`,
      );
    });
  }
});

/** The text an element renders, line by line (`tspan`s for wrapped text). */
function texts(svg: Element): string[] {
  return [...svg.querySelectorAll('text')].flatMap((t) => {
    const spans = [...t.querySelectorAll('tspan')];
    return spans.length ? spans.map((s) => s.textContent ?? '') : [t.textContent ?? ''];
  });
}

/** A text mark's whole label, wrapped lines joined again. */
function labelOf(t: Element): string {
  const spans = [...t.querySelectorAll('tspan')];
  return spans.length ? spans.map((s) => s.textContent ?? '').join(' ') : (t.textContent ?? '');
}

/** Each text mark's whole label. */
const labels = (svg: Element): string[] => [...svg.querySelectorAll('text')].map(labelOf);

/** The font size in effect on an element: its own inline style, attribute, or its nearest ancestor's. */
function fontSize(element: Element | null): number {
  for (let e = element; e; e = e.parentElement) {
    const inline = (e as SVGElement).style?.fontSize;
    if (inline) return parseFloat(inline);
    const attr = e.getAttribute('font-size');
    if (attr) return parseFloat(attr);
  }
  return 16;
}

/** Circles of the mark group with this class. */
const circles = (svg: Element, className: string) => svg.querySelectorAll(`g.${className} circle`);

/** What separates words, and what formatting adds between them (figures, signs, punctuation). */
const SEPARATORS = /[\s:;,·→+–%0-9.'’]+/;

describe('a passage’s one drawing (no scripts, print)', () => {
  const passages = STEPS.filter((s) => s.together !== undefined);
  it.each(passages.map((s) => [s.id, s] as const))(
    '%s is described by its passage’s own text, not its first card’s',
    (_, s) => {
      const described = draw(passageDrawing(s), STATIC_FIT, true).getAttribute('aria-description');
      expect(view.stillAlts[s.id]).not.toBe(view.alts[s.id]);
      expect(described).toBe(view.stillAlts[s.id]);
    },
  );
});

describe('every chart', () => {
  it.each(STEPS.map((s) => [s.id, s] as const))('%s draws no text smaller than 12px', (_, s) => {
    const svg = draw(s);
    for (const text of svg.querySelectorAll('text, tspan')) expect(fontSize(text)).toBeGreaterThanOrEqual(12);
  });

  it.each(STEPS.map((s) => [s.id, s] as const))(
    '%s draws only words from the copy or the formatters',
    (_, s) => {
      const c = chartCopy(copy, s.chart, dataset, format);
      // Formatted numbers, dates and signs have no words beyond the locale's month names and the
      // copy's qualifiers.
      const words = new Set(
        [
          ...Object.values(c.labels),
          ...Object.values(c.columns),
          ...Object.values(copy.qualifiers).map((q) => q.replace('{n}', '')),
          // Months written out alone or with a year ("July 2018"), abbreviated only beside a day.
          ...locale.time.months,
          ...(locale.dayMonths ?? []),
        ]
          .flatMap((l) => l.split(SEPARATORS))
          .filter(Boolean),
      );
      for (const line of texts(draw(s))) {
        for (const word of line.split(SEPARATORS).filter(Boolean)) {
          expect(words, `"${word}" in "${line}" (${s.id})`).toContain(word);
        }
      }
    },
  );

  it('chart modules hold no sentences: no string literal with a space between letters', () => {
    for (const chart of CHART_IDS) {
      const source = readFileSync(join(import.meta.dirname, '../../../src/lib/charts', `${chart}.ts`), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      const literals = (source.match(/'[^'\n]*'|`[^`\n]*`/g) ?? []).map((l) =>
        l.replace(/\$\{[^}]*\}/g, 'x'),
      );
      // Class lists ('mark-accent text-halo') are identifiers, not prose.
      const prose = literals.filter(
        (l) => /[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(l) && !/^['`][a-z0-9-]+( [a-z0-9-]+)*['`]$/.test(l),
      );
      expect(prose, `${chart}: ${prose.join(' | ')}`).toEqual([]);
    }
  });

  it.each(STEPS.map((s) => [s.id, s] as const))(
    '%s has a table with a caption and labelled columns',
    (_, s) => {
      const table = tableOf(s);
      expect(table.caption).not.toBe('');
      for (const column of table.columns) expect(column.label, column.key).not.toBe('');
      for (const row of table.rows) for (const column of table.columns) expect(row[column.key]).toBeDefined();
    },
  );
});

describe('two copies of one drawing on a page', () => {
  it('get ids of their own, and each copy’s references lead to its own ids', () => {
    const { window } = new JSDOM('<!doctype html><body></body>');
    const svg = draw(step('scale-court-list'));
    expect(svg.querySelectorAll('pattern[id]').length).toBeGreaterThan(0);
    const copies = ['chart', 'static'].map((scope) => scopeIds(svg.cloneNode(true) as Element, scope));
    window.document.body.append(...copies.map((c) => window.document.importNode(c, true)));
    const ids = [...window.document.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [scope, copy] of [['chart', copies[0]!] as const, ['static', copies[1]!] as const]) {
      const refs = [...copy.querySelectorAll('[fill]')]
        .map((e) => e.getAttribute('fill')!)
        .filter((fill) => fill.startsWith('url(#'));
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) {
        const id = ref.slice(5, -1);
        expect(id.startsWith(`${scope}-`), ref).toBe(true);
        expect(copy.querySelector(`[id="${id}"]`), ref).not.toBeNull();
      }
    }
  });
});

describe('scale', () => {
  const data = chartData(dataset);
  const scaleSteps = STEPS.flatMap((s) => (s.chart === 'scale' ? [s] : []));
  const last = scaleSteps[scaleSteps.length - 1]!;
  const families = dataset.figures.find((f) => f.id === 'families_separated')!;
  const labelsOf = (s: Step) => chartCopy(copy, s.chart, dataset, format).labels as Record<string, string>;
  /** A laptop's chart, with room to name every column under it. */
  const wide = fitFor(720, 600);
  /** The smallest phone's chart: 320 px wide, under a frame of three title and four subtitle lines. */
  const small = fitFor(296, 139);

  it('draws the counts of children in the order they were reported, the families estimate last', () => {
    for (const s of scaleSteps) {
      const cols = scaleColumns(data, s.state);
      const children = cols.filter((c) => !c.apart).map((c) => toUtcDate(c.asOf).getTime());
      expect(children, s.id).toEqual([...children].sort((x, y) => x - y));
      expect(
        cols.findIndex((c) => c.apart),
        s.id,
      ).toBeOneOf([-1, cols.length - 1]);
    }
    // And on the page: the columns' labels run left to right in the same order.
    const svg = draw(last, wide);
    const xs = scaleColumns(data, last.state).map((c) => {
      const text = [...svg.querySelectorAll('text')].find((t) => labelOf(t) === labelsOf(last)[c.measure]);
      return Number(/translate\(([\d.]+)/.exec(text?.getAttribute('transform') ?? '')?.[1]);
    });
    expect(xs.every((x) => Number.isFinite(x))).toBe(true);
    expect(xs).toEqual([...xs].sort((x, y) => x - y));
  });

  it('stacks the children disclosed in 2019 on the revised list, so the count grows', () => {
    const cols = scaleColumns(data, last.state);
    const revised = cols.find((c) => c.measure === 'revised_list')!;
    const expanded = cols.find((c) => c.measure === 'expanded_class')!;
    const [base, added] = expanded.segments;
    expect(base?.figure.id).toBe(revised.segments[0]?.figure.id);
    expect(added?.figure.id).toBe('expanded_class_2019');
    expect(added?.y1).toBe(base?.y2);
    expect(added?.added).toBe(true);
    // Each count of children stands at least as tall as the one reported before it.
    const tops = cols.filter((c) => !c.apart).map((c) => c.segments[c.segments.length - 1]!.y2);
    expect(tops).toEqual([...tops].sort((x, y) => x - y));
    // The drawing labels the addition as one ("+1,556"), not as a count of its own.
    expect(texts(draw(step('scale-expanded-class-3')))).toContain(`+${format.figureShort(added!.figure)}`);
  });

  it('sets the families estimate apart, past a divider, labeled as families', () => {
    const svg = draw(step('scale-families'));
    expect(svg.querySelectorAll('g.scale-divider line')).toHaveLength(1);
    expect(labels(svg)).toContain(labelsOf(last).families);
    expect(labelsOf(last).families).toMatch(/famil/i);
    const row = tableOf(step('scale-families')).rows.at(-1);
    expect(row?.unit).toBe(labelsOf(last).unit_families);
    for (const s of scaleSteps.filter((x) => !x.state.show.includes('families')))
      expect(draw(s).querySelectorAll('g.scale-divider line'), s.id).toHaveLength(0);
  });

  it('leaves the families estimate open at the top and says "more than" in the table', () => {
    const svg = draw(step('scale-families'));
    expect(svg.querySelectorAll('g.scale-open path').length).toBeGreaterThan(0);
    expect(texts(svg)).toContain(format.figureShort(families));
    expect(format.figureShort(families)).toMatch(/\+$/);
    expect(tableOf(step('scale-families')).rows.at(-1)?.count).toBe(format.figure(families));
  });

  // Review r9: the cards before the one that reports the 2019 disclosure (the children left off the
  // list, the court widening the case) highlighted its "+1,556" already.
  it('puts forward in each state a count its card, or a card before it, has reported', () => {
    const reported = new Set<string>();
    for (const s of scaleSteps) {
      for (const [, id] of copy.steps[s.id]!.text.matchAll(/\{\{(\w+)/g)) reported.add(id!);
      const focus = scaleColumns(data, s.state).find((c) => c.highlight)!;
      const newest = focus.segments.at(-1)!;
      const bold = [...draw(s).querySelectorAll('g[font-weight="700"] > text[data-key^="count:"]')];
      expect(bold.map(labelOf), s.id).toEqual([
        `${newest.added ? '+' : ''}${format.figureShort(newest.figure)}`,
      ]);
      expect(reported, `${s.id}: puts forward ${newest.figure.id}, which no card has reported yet`).toContain(
        newest.figure.id,
      );
    }
    // The disclosure's "+1,556" is put forward from the card that reports it on.
    const disclosed = scaleSteps.findIndex((s) => copy.steps[s.id]!.text.includes('{{expanded_class_2019'));
    expect(scaleSteps[disclosed]?.id).toBe('scale-expanded-class-3');
    for (const [i, s] of scaleSteps.entries())
      expect(s.state.show.includes('expanded_class'), s.id).toBe(i >= disclosed);
  });

  it('draws one column per shown measure and marks the one in focus with a bar, not a colour', () => {
    for (const s of scaleSteps) {
      const svg = draw(s);
      const segments = scaleColumns(data, s.state).flatMap((c) => c.segments);
      expect(svg.querySelectorAll('g:not(.scale-open) > path[fill^="url("]'), s.id).toHaveLength(
        segments.length,
      );
      // The accent is the children disclosed later, shown or not, whichever column is in focus.
      const added = segments.filter((x) => x.added).length;
      expect(svg.querySelectorAll('g.mark-accent:not(.scale-open) > path'), s.id).toHaveLength(added);
      expect(svg.querySelectorAll('[data-key="focus:focus"]'), s.id).toHaveLength(1);
      expect(tableOf(s).rows, s.id).toHaveLength(s.state.show.length);
    }
  });

  it('keys the families’ squares as families beside their column, and only there', () => {
    // In a row with the children's key ("Each square: 50 children"), the families' may say its
    // count and unit alone.
    const families = `${format.count(50)} ${labelsOf(last).unit_families}`;
    const keyed = (svg: Element) => labels(svg).filter((l) => l.endsWith(families));
    for (const fit of [wide, STATIC_FIT]) {
      expect(keyed(draw(last, fit))).toHaveLength(1);
      expect(draw(last, fit).querySelectorAll('[data-key="key-square:families"]')).toHaveLength(1);
      for (const s of scaleSteps.filter((x) => !x.state.show.includes('families')))
        expect(keyed(draw(s, fit)), s.id).toEqual([]);
    }
  });

  it('draws squares big enough to see on the smallest phone, counting more each, and says how many', () => {
    const side = (el: Element | null) => Number(el?.getAttribute('width'));
    for (const s of scaleSteps) {
      const at50 = draw(s, wide);
      const svg = draw(s, small);
      // Every square of every column is one size, and the key's square is drawn at that size.
      const sizes = new Set([...svg.querySelectorAll('pattern rect')].map(side));
      expect(sizes.size, s.id).toBe(1);
      const [size] = [...sizes];
      expect(size, s.id).toBeGreaterThanOrEqual(6);
      const key = svg.querySelector('[data-key="key-square:square"]')!.getAttribute('d')!;
      expect(key, s.id).toMatch(new RegExp(`h${size}v${size}h-${size}Z$`));
      // Fifty children a square would be specks here: each square counts more, and the key says so.
      const unit = labels(svg).find((l) => l.startsWith(labelsOf(s).square!));
      expect(unit, s.id).toMatch(/: (100|250|500) /);
      expect(labels(at50), s.id).toContain(
        `${labelsOf(s).square}: ${format.count(50)} ${labelsOf(s).unit_children}`,
      );
    }
  });

  it('names the square it draws, with its unit, beside a square drawn as the columns’ are', () => {
    const key = `${labelsOf(last).square}: ${format.count(50)} ${labelsOf(last).unit_children}`;
    for (const s of scaleSteps) {
      const svg = draw(s);
      expect(labels(svg), s.id).toContain(key);
      expect(svg.querySelectorAll('[data-key="key-square:square"]'), s.id).toHaveLength(1);
    }
  });

  it('keeps an addition shown before in its own colour, under its "+N"', () => {
    const svg = draw(step('scale-families'));
    const added = [...svg.querySelectorAll('g.mark-accent [data-key^="squares:"]')];
    expect(added.length).toBeGreaterThan(0);
    expect(texts(svg).some((t) => t.startsWith('+'))).toBe(true);
  });
});

/**
 * What a step's chart singles out, and the copy key its label comes from. Chart labels are keyed by
 * the record (or the scale's measure) they label, and the step's prose names the same record by
 * its token, so the picture and the sentences describing it cannot drift apart.
 */
function subjects(s: Step): { key: string; record: string | null; tokenKind?: string }[] {
  switch (s.chart) {
    case 'timeline':
      return s.state.highlight.map((id) => ({ key: id, record: id }));
    case 'scale': {
      const m = SCALE_MEASURES.find((x) => x.measure === s.state.highlight)!;
      return [{ key: m.measure, record: m.segments[m.segments.length - 1]! }];
    }
    case 'finding':
      return {
        parents: [{ key: 'parents', record: 'oig_removed_without_record' }],
        // The claim's and the known wish's title and subtitle say what a note would: none is drawn
        // (the open end's caption stands under their grid, as under the parents').
        claim: [],
        flawed_records: [{ key: 'flawed_records', record: null }],
        known_wish: [],
        recommendations: [{ key: 'recommendations', record: 'oig_recommendations' }],
      }[s.state.focus];
    case 'search':
      return s.state.breakdown
        ? [
            { key: 'removed', record: s.state.highlight[0]!, tokenKind: 'removed' },
            { key: 'inUS', record: s.state.highlight[0]!, tokenKind: 'inus' },
            { key: 'noPhone', record: s.state.highlight[0]!, tokenKind: 'nophone' },
          ]
        : [];
    case 'reunify':
      return {
        first_families: [{ key: 'first_families', record: 'tf_first_families' }],
        one_family: [{ key: 'one_family', record: 'first_reunion_san_ysidro' }],
        identified_2021: ['tf2021_identified', 'tf2021_under_review'].map((id) => ({ key: id, record: id })),
        status_2021: ['tf2021_reunified_earlier', 'tf2021_reunified_by_tf', 'tf2021_no_record'].map((id) => ({
          key: id,
          record: id,
        })),
        status_2023: ['tf2023_reunified', 'tf2023_not_reunified'].map((id) => ({ key: id, record: id })),
        status_2023_ap: [{ key: 'tf2023_identified_ap', record: 'tf2023_identified_ap' }],
        settlement: [
          { key: 'settlement', record: 'settlement_children' },
          { key: 'tf2023_identified', record: 'tf2023_identified' },
        ],
        unresolved: [
          ...['tf2023_reunified', 'tf2023_not_reunified'].map((id) => ({ key: id, record: id })),
          { key: 'unresolved', record: 'unreached_2023_12_08' },
        ],
      }[s.state.view];
  }
}

/**
 * The category a keyed mark stands for, where the chart has categories with a colour of their own:
 * the search's breakdown groups (bars and key), the scale's figures, the reunify chart's statuses
 * and families, the finding's parents. `null` for marks whose colour is not a category's.
 */
function categoryOf(chart: Step['chart'], element: Element): string | null {
  const key = element.getAttribute('data-key') ?? '';
  const [role, ...rest] = key.split(':');
  if (chart === 'search' && role === 'bar') return rest[1] ?? null;
  if (chart === 'search' && role === 'swatch') return rest[0] ?? null;
  if (chart === 'scale' && role === 'squares') return rest[1] ?? null;
  if (chart === 'reunify' && role === 'rect')
    return rest[0] === 'family' ? 'reunified-tf' : (rest[0] ?? null);
  return null;
}

/** The palette colour a mark's group fills with: dimmed and plain accent are the same colour. */
function paletteOf(element: Element): string {
  const classes = [element, ...ancestors(element)].flatMap((e) => [...e.classList]);
  const mark = classes.find((c) => /^(mark-|settlement-band)/.test(c) && c !== 'mark-halo');
  return (mark ?? 'none').replace(/-dim$/, '');
}

function ancestors(element: Element): Element[] {
  const out: Element[] = [];
  for (let e = element.parentElement; e && e.tagName.toLowerCase() !== 'svg'; e = e.parentElement)
    out.push(e);
  return out;
}

describe('one colour, one meaning, across a chart’s states', () => {
  // The timeline has no categories: its accent is the step's events, its grey the rest.
  const categorical = CHART_IDS.filter((c) => c !== 'timeline');
  it.each(categorical.map((c) => [c] as const))(
    '%s: each category keeps its colour in every state',
    (chart) => {
      const colours = new Map<string, Set<string>>();
      const meanings = new Map<string, Set<string>>();
      for (const s of STEPS.filter((x) => x.chart === chart)) {
        const svg = draw(s);
        for (const element of svg.querySelectorAll('[data-key]')) {
          const category = chart === 'finding' ? null : categoryOf(chart, element);
          if (!category) continue;
          const colour = paletteOf(element);
          colours.set(category, (colours.get(category) ?? new Set()).add(colour));
          meanings.set(colour, (meanings.get(colour) ?? new Set()).add(category));
        }
        if (chart === 'finding')
          for (const unit of svg.querySelectorAll('g.finding-unit')) {
            const colour = paletteOf(unit);
            colours.set('parents', (colours.get('parents') ?? new Set()).add(colour));
          }
      }
      expect(colours.size, chart).toBeGreaterThan(0);
      for (const [category, set] of colours) expect([...set], `${chart} ${category}`).toHaveLength(1);
      // And no colour stands for two categories, save the reunify chart's "reunified", which its
      // first families are part of and its sliver is ringed apart.
      for (const [colour, set] of meanings) {
        const allowed = chart === 'reunify' && colour === 'mark-second' ? 2 : 1;
        const kinds =
          chart === 'scale'
            ? new Set([...set].map((id) => (id.startsWith('court_list') ? 'list' : id)))
            : set;
        expect(kinds.size, `${chart} ${colour}: ${[...set].join(', ')}`).toBeLessThanOrEqual(allowed);
      }
    },
  );

  it('search: the points in focus are in ink in every state, never in a category’s colour', () => {
    for (const s of STEPS.filter((x) => x.chart === 'search')) {
      if (s.chart !== 'search') continue;
      const svg = draw(s);
      for (const id of s.state.highlight) {
        const point = svg.querySelector(`[data-key="point:${id}"]`);
        expect(point, `${s.id} ${id}`).not.toBeNull();
        expect(
          paletteOf(point!) === 'mark-ink' || point!.closest('.line-text') !== null,
          `${s.id} ${id}`,
        ).toBe(true);
      }
    }
  });
});

/**
 * The run of consecutive steps around `s` that show its chart in the same state, or tell one
 * passage (whose cards may each put forward another part of the state: the search's breakdown).
 */
function passage(s: Step): Step[] {
  const same = (o: Step | undefined) =>
    o !== undefined &&
    o.chart === s.chart &&
    (JSON.stringify(o.state) === JSON.stringify(s.state) || (o.continues ?? o.id) === (s.continues ?? s.id));
  let from = STEPS.indexOf(s);
  let to = from;
  while (same(STEPS[from - 1])) from--;
  while (same(STEPS[to + 1])) to++;
  return STEPS.slice(from, to + 1);
}

describe('chart labels and the prose describing them share copy keys', () => {
  it.each(STEPS.map((s) => [s.id, s] as const))('%s', (_, s) => {
    const c = chartCopy(copy, s.chart, dataset, format) as { labels: Record<string, string> };
    const drawn = labels(draw(s));
    // A state told over several cards (a long passage split for phones) is named by all of them.
    const tokens = tokensOf(
      passage(s)
        .map((p) => `${copy.steps[p.id]?.text ?? ''} ${copy.steps[p.id]?.alt ?? ''}`)
        .join(' '),
    );
    for (const { key, record, tokenKind } of subjects(s)) {
      const label = c.labels[key];
      expect(label, `${s.id}: no label "${key}" in the copy`).toBeTruthy();
      // A phone's drawing may name it by its short form (the search's key), from the same key's copy.
      const forms = [label, c.labels[`${key}Short`]].filter((f): f is string => Boolean(f));
      // The chart draws the label from that key (a wrapped label is joined again) …
      expect(
        // (or runs on into its figure or date: "…: 14", "…in the week of May 3, 2021")
        drawn.some((d) => forms.some((f) => d === f || d.startsWith(`${f}:`) || d.startsWith(`${f} `))),
        `${s.id}: "${label}" not drawn`,
      ).toBe(true);
      // … and the step's prose or description names the record it labels.
      if (record)
        expect(
          tokens.some((t) => t.id === record && (tokenKind === undefined || t.kind === tokenKind)),
          `${s.id}: the copy does not name ${record}${tokenKind ? `:${tokenKind}` : ''}`,
        ).toBe(true);
    }
    // Every highlighted point of the search is named by the step's copy.
    if (s.chart === 'search')
      for (const id of s.state.highlight)
        expect(
          tokens.map((t) => t.id),
          s.id,
        ).toContain(id);
  });

  it('fails when a label is drawn from a different key than the prose names', () => {
    const s = step('timeline-oig-window');
    const broken = structuredClone(copy);
    broken.steps[s.id]!.text = 'The review began in {{oig_window:date}}.';
    broken.steps[s.id]!.alt = 'A timeline.';
    const tokens = tokensOf(`${broken.steps[s.id]!.text} ${broken.steps[s.id]!.alt}`);
    expect(subjects(s).every(({ record }) => tokens.some((t) => t.id === record))).toBe(false);
  });
});

describe('timeline', () => {
  it('highlights exactly the state’s entries and draws every policy entry', () => {
    for (const s of STEPS.filter((x) => x.chart === 'timeline')) {
      if (s.chart !== 'timeline') continue;
      const svg = draw(s);
      // A label may wrap, beside its dot, to lines of its own (tspans).
      const accentLabels = [...svg.querySelectorAll('g.text-accent text')].map((t) => {
        const lines = [...t.querySelectorAll('tspan')].map((l) => l.textContent);
        return lines.length ? lines.join(' ') : t.textContent;
      });
      const c = chartCopy(copy, 'timeline', dataset, format);
      expect(accentLabels.sort()).toEqual(
        s.state.highlight.map((id) => c.labels[id as keyof typeof c.labels]).sort(),
      );
      expect(tableOf(s).rows).toHaveLength(10);
    }
  });

  it.each(LANGS)('says in each passage’s title and subtitle what its state highlights, in %s', (lang) => {
    const ed = edition(lang);
    const ds = ed.localize(dataset);
    const c = chartCopy(ed.copy, 'timeline', ds, ed.format, ed.prose);
    const passages = new Map<string, Set<string>>();
    for (const s of STEPS) {
      if (s.chart !== 'timeline') continue;
      // Every state has a frame of its own, none the chart's one title over all of them.
      expect(timelineStateKey(s.state), s.id).not.toBeNull();
      const f = frameOf(s, c);
      const passage = passages.get(s.continues ?? s.id) ?? new Set<string>();
      passage.add(`${f.title}\n${f.subtitle}`);
      passages.set(s.continues ?? s.id, passage);
      // It dates what it highlights: its title names the date of one of the highlighted entries.
      const dateOf = (id: string) => plainText(ds, `{{${id}:date}}`, ed.prose);
      expect(
        s.state.highlight.some((id) => f.title.includes(dateOf(id))),
        `${s.id}: ${f.title}`,
      ).toBe(true);
    }
    // One frame per passage (its cards show one state) …
    for (const [id, p] of passages) expect(p.size, id).toBe(1);
    // … and no two passages share a title or a subtitle.
    const frames = [...passages.values()].map((p) => [...p][0]!.split('\n'));
    expect(passages.size).toBe(6);
    expect(new Set(frames.map(([title]) => title)).size).toBe(passages.size);
    expect(new Set(frames.map(([, subtitle]) => subtitle)).size).toBe(passages.size);
  });

  it('draws month-only dates as outlines, never as solid days', () => {
    const svg = draw(step('timeline-pilot'));
    // The month prosecutions of parents began, and the review window's first month.
    expect(svg.querySelectorAll('g.timeline-month rect')).toHaveLength(2);
  });

  it('keeps a label beside a dashed month three quarters of its text size clear of it', () => {
    // The story's phone drawing, the story embed's narrowest, and a laptop's.
    let beside = 0;
    for (const fit of [STATIC_FIT, bandFit(STEPPER_BANDS[0]!), fitFor(640, 520)]) {
      const svg = draw(step('timeline-pilot'), fit);
      const month = svg.querySelector('[data-key^="month:el_paso_pilot:"]')!;
      const label = svg.querySelector('[data-key="label:el_paso_pilot"]')!;
      const [x, y] = /translate\(([\d.]+),([\d.]+)\)/
        .exec(label.getAttribute('transform')!)!
        .slice(1)
        .map(Number);
      const monthRight = Number(month.getAttribute('x')) + Number(month.getAttribute('width'));
      const monthTop = Number(month.getAttribute('y'));
      // Beside the month (a label over it stands above its top instead).
      if (y! < monthTop - fit.fontSize) continue;
      expect(label.closest('g')!.getAttribute('text-anchor'), `${fit.width} px`).toBe('start');
      expect(x! - monthRight, `${fit.width} px`).toBeGreaterThanOrEqual(fit.fontSize * 0.75 - 1);
      beside++;
    }
    // The phones' drawings set it beside its month.
    expect(beside).toBeGreaterThanOrEqual(2);
  });
});

describe('finding', () => {
  it('says in each state’s title and subtitle what that state shows', () => {
    const c = chartCopy(copy, 'finding', dataset, format);
    const ids = [
      'finding-parents',
      'finding-claim',
      'finding-flawed-records',
      'finding-known-wish',
      'finding-recommendations',
    ];
    const frames = ids.map((id) => frameOf(step(id), c));
    expect(new Set(frames.map((f) => f.title)).size).toBe(ids.length);
    expect(new Set(frames.map((f) => f.subtitle)).size).toBe(ids.length);
    // … and the drawings differ too: no two of these states draw the same picture.
    expect(new Set(ids.map((id) => normalizeSvg(draw(step(id))))).size).toBe(ids.length);
    // A note under the dots never repeats the state's title.
    for (const id of ids) {
      const title = frameOf(step(id), c).title;
      expect(labels(draw(step(id))), id).not.toContain(title);
    }
  });

  it('keeps the accent for the parents: the later states’ notes are in ink, the dots dimmed', () => {
    for (const id of ['finding-flawed-records', 'finding-known-wish', 'finding-recommendations']) {
      const svg = draw(step(id));
      expect(svg.querySelectorAll('.finding-unit.mark-accent-dim circle').length, id).toBe(parents.value);
      expect(svg.querySelectorAll('.text-accent, .mark-accent').length, id).toBe(0);
    }
  });

  const parents = dataset.figures.find((f) => f.id === 'oig_removed_without_record')!;

  it.each([
    'finding-parents',
    'finding-claim',
    'finding-flawed-records',
    'finding-known-wish',
    'finding-recommendations',
  ])('%s draws one dot per parent', (id) => {
    expect(circles(draw(step(id)), 'finding-unit')).toHaveLength(parents.value);
  });

  it('leaves the end open and says "at least"', () => {
    const svg = draw(step('finding-parents'));
    expect(circles(svg, 'finding-open').length).toBeGreaterThan(0);
    expect(texts(svg)).toContain(format.figure(parents));
    expect(format.figure(parents)).toMatch(/^at least/);
  });

  it('singles out no dots for the finding the report does not count', () => {
    const svg = draw(step('finding-known-wish'));
    expect(svg.querySelectorAll('g.mark-accent circle')).toHaveLength(0);
    expect(tableOf(step('finding-known-wish')).rows[1]?.count).toBe('—');
  });

  it('lists both recommendations', () => {
    const c = chartCopy(copy, 'finding', dataset, format);
    const all = texts(draw(step('finding-recommendations'))).join(' ');
    for (const key of ['rec_document', 'rec_share'] as const) {
      const first = c.labels[key].split(' ').slice(0, 3).join(' ');
      expect(all).toContain(first);
    }
  });
});

describe('search', () => {
  const points = (id: string) => step(id).state as { until: string };
  const shown = (id: string) =>
    dataset.unreached.filter(
      (p) => p.asOf.localeCompare(points(id).until) <= 0 || p.asOf.startsWith(points(id).until),
    );
  /** The points drawn for reports (not the keys' symbols for a month-only or an emailed report). */
  const allDots = (svg: Element) =>
    [...svg.querySelectorAll('g.mark-halo circle, g.search-hollow circle, g.search-hollow path')].filter(
      (d) => !d.closest('[data-mark="monthKeyDot"], [data-mark="emailKeyDot"]'),
    );

  it('draws exactly one point at the first count', () => {
    expect(allDots(draw(step('search-first-count')))).toHaveLength(1);
    expect(tableOf(step('search-first-count')).rows).toHaveLength(1);
  });

  it('draws as many points, and table rows, as reports up to `until`', () => {
    for (const s of STEPS.filter((x) => x.chart === 'search')) {
      expect(allDots(draw(s)), s.id).toHaveLength(shown(s.id).length);
      expect(tableOf(s).rows, s.id).toHaveLength(shown(s.id).length);
    }
  });

  it('draws the emailed 666 hollow, in its own symbol, and not on the line', () => {
    const svg = draw(step('search-base-changes'));
    const email = dataset.unreached.find((p) => !p.courtFiling)!;
    expect(email.value).toBe(666);
    // A hollow diamond (a path), not the hollow circle of a day not given.
    expect(svg.querySelectorAll('g.search-hollow path')).toHaveLength(1);
    expect(svg.querySelectorAll('g.search-hollow circle')).toHaveLength(0);
    expect(labels(svg)).toContain(chartCopy(copy, 'search', dataset, format).labels.notFiling);
    const later = draw(step('search-list-grew'));
    const line = later.querySelector('g.line-strong path')?.getAttribute('d') ?? '';
    // Three filings up to mid-January, the email left out: the line has three vertices.
    expect(line.split(/[ML]/).filter(Boolean)).toHaveLength(3);
  });

  it('keeps the accent for "believed removed" in the breakdown: its point in focus is in ink', () => {
    const svg = draw(step('search-breakdown'));
    expect(svg.querySelectorAll('g.search-bar.mark-accent rect').length).toBeGreaterThan(0);
    const accented = [...svg.querySelectorAll('.mark-accent, .line-accent, .text-accent')].filter(
      (g) => !g.classList.contains('search-bar') && !g.closest('[data-mark="swatch"]'),
    );
    expect(accented.map((g) => g.getAttribute('class'))).toEqual([]);
    expect(svg.querySelectorAll('g.mark-ink circle').length).toBeGreaterThan(0);
  });

  it('marks month-only reports as hollow, and says what that means once, in a key', () => {
    const svg = draw(step('search-last-count'));
    const label = chartCopy(copy, 'search', dataset, format).labels.dateUncertain;
    const monthOnly = shown('search-last-count').filter((p) => p.dateConfidence === 'U');
    expect(monthOnly.map((p) => p.id)).toEqual([
      'unreached_2021_02',
      'unreached_2021_09',
      'unreached_2022_01',
    ]);
    const hollowCircles = allDots(svg).filter((d) => d.tagName === 'circle' && d.closest('g.search-hollow'));
    expect(hollowCircles).toHaveLength(monthOnly.length);
    // One key entry, with a hollow dot drawn as the points are, not a note on each point.
    expect(labels(svg).filter((t) => t === label)).toHaveLength(1);
    expect(svg.querySelectorAll('[data-mark="monthKeyDot"] circle')).toHaveLength(1);
    // No key before a month-only report is drawn.
    const before = draw(step('search-first-report'));
    expect(labels(before)).not.toContain(label);
  });

  it('draws a month-only report as its hollow dot alone, with no whisker the key does not explain', () => {
    const svg = draw(step('search-last-count'));
    const dots = allDots(svg).filter((d) => d.tagName === 'circle' && d.closest('g.search-hollow'));
    expect(dots.length).toBeGreaterThan(0);
    expect(svg.querySelectorAll('[data-mark="month"]')).toHaveLength(0);
    // The key names the hollow dot, and only the dot.
    expect(svg.textContent).toContain(
      (copyOf(step('search-last-count')).labels as Record<string, string>).dateUncertain,
    );
  });

  it('stacks breakdown bars that sum to each report’s count', () => {
    const svg = draw(step('search-breakdown'));
    const rects = [...svg.querySelectorAll('g.search-bar rect')];
    const withBreakdown = shown('search-breakdown').filter((p) => p.removed !== null);
    const groups = withBreakdown.reduce(
      (n, p) => n + [p.removed, p.inUS, p.noPhone].filter((v) => v !== null).length,
      0,
    );
    expect(rects).toHaveLength(groups);
    // Pixel heights per bar (grouped by x) sum to the height of the point's value.
    const byX = new Map<string, number>();
    for (const r of rects)
      byX.set(
        r.getAttribute('x') ?? '',
        (byX.get(r.getAttribute('x') ?? '') ?? 0) + Number(r.getAttribute('height')),
      );
    const heights = [...byX.values()].sort((a, b) => a - b);
    const perUnit = heights[0]! / Math.min(...withBreakdown.map((p) => p.value));
    const expected = withBreakdown.map((p) => p.value * perUnit).sort((a, b) => a - b);
    heights.forEach((h, i) => expect(h).toBeCloseTo(expected[i]!, 0));
    const c = chartCopy(copy, 'search', dataset, format);
    const all = texts(svg).join(' | ');
    // The key names each group, in its short form on a phone (the snapshots' width).
    for (const key of ['removedShort', 'inUSShort', 'noPhoneShort'] as const)
      expect(all).toContain(c.labels[key]);
  });

  it('writes "—" for what a report did not give, never 0', () => {
    const rows = tableOf(step('search-last-count')).rows;
    expect(rows[0]?.removed).toBe('—');
    expect(rows.some((r) => Object.values(r).includes('0'))).toBe(false);
  });
});

describe('reunify', () => {
  it('draws four squares for the first families', () => {
    const svg = draw(step('reunify-first-families'));
    // In blue, as "reunified by the Task Force" is in the next state: one colour, one meaning.
    expect(svg.querySelectorAll('g.mark-second rect')).toHaveLength(4);
    expect(svg.querySelectorAll('g.mark-accent rect')).toHaveLength(0);
    expect(tableOf(step('reunify-first-families')).rows).toHaveLength(1);
    // The name and its week in one block over the squares, nothing under them.
    const c = chartCopy(copy, 'reunify', dataset, format);
    const name = labels(svg).find((l) => l.startsWith(c.labels.first_families));
    expect(name).toBe(`${c.labels.first_families} ${format.date('2021-05-03')}`);
  });

  it('singles out one family in the state about her, and only there', () => {
    const one = draw(step('reunify-one-family'));
    expect(one.querySelectorAll('g.mark-second rect')).toHaveLength(4);
    expect(one.querySelectorAll('[data-key="rect:one"]')).toHaveLength(1);
    const c = chartCopy(copy, 'reunify', dataset, format);
    expect(labels(one).some((l) => l.startsWith(c.labels.one_family))).toBe(true);
    expect(draw(step('reunify-first-families')).querySelectorAll('[data-key="rect:one"]')).toHaveLength(0);
    expect(normalizeSvg(one)).not.toBe(normalizeSvg(draw(step('reunify-first-families'))));
  });

  it('draws the lawyers’ 68 in the unresolved state, beside the last task force count', () => {
    const row = dataset.unreached.find((r) => r.id === 'unreached_2023_12_08')!;
    expect(row.value).toBe(68);
    const svg = draw(step('reunify-unresolved'));
    expect(texts(svg)).toContain(format.count(row.value));
    expect(svg.querySelectorAll('[data-key="rect:unresolved"]')).toHaveLength(1);
    expect(svg.querySelectorAll('[data-key="rect:apart"], [data-key="rect:reunified"]')).toHaveLength(2);
    expect(texts(draw(step('reunify-2023')))).not.toContain(format.count(row.value));
    expect(tableOf(step('reunify-unresolved')).rows.at(-1)?.count).toBe(format.count(row.value));
  });

  it('gives every state a title and subtitle of its own', () => {
    const c = chartCopy(copy, 'reunify', dataset, format);
    const views = [
      ...new Set(STEPS.flatMap((s) => (s.chart === 'reunify' ? [s] : [])).map((s) => s.state.view)),
    ];
    const frames = views.map((v) => frameOf({ chart: 'reunify', state: { view: v } }, c));
    expect(new Set(frames.map((f) => f.title)).size).toBe(views.length);
    expect(new Set(frames.map((f) => f.subtitle)).size).toBe(views.length);
  });

  it('splits each report into its statuses, labelled with count and share', () => {
    for (const [id, n] of [
      ['reunify-2021', 3],
      ['reunify-2023', 2],
    ] as const) {
      const svg = draw(step(id));
      expect(svg.querySelectorAll('rect')).toHaveLength(n);
      const all = texts(svg).join(' | ');
      expect(all).not.toMatch(/· 0%/);
      expect(tableOf(step(id)).rows.length).toBeGreaterThanOrEqual(n);
    }
    // The Task Force's own 7 reunifications: a sliver, labelled below the bar with a finer share.
    const byTaskForce = dataset.figures.find((f) => f.id === 'tf2021_reunified_by_tf')!;
    expect(byTaskForce.value).toBe(7);
    expect(texts(draw(step('reunify-2021')))).toContain(`${format.count(byTaskForce.value)} · 0.2%`);
  });

  it('draws the settlement as a band with both ends, labelled as a range', () => {
    const svg = draw(step('reunify-settlement'));
    const figure = dataset.figures.find((f) => f.id === 'settlement_children')!;
    expect(texts(svg)).toContain(format.figure(figure));
    // Both edges drawn; not in accent, which means "not reunified" in this chart.
    expect(svg.querySelectorAll('g.line-text line')).toHaveLength(2);
    expect(svg.querySelectorAll('.mark-accent, .line-accent')).toHaveLength(0);
    expect(tableOf(step('reunify-settlement')).rows.at(-1)?.count).toBe('4,500–5,000');
    // With the task force's count beside it, as its subtitle says: a count, so a solid bar in the
    // grey of the first report's total; the estimate a light band, never a count's solid grey.
    const identified = dataset.figures.find((f) => f.id === 'tf2023_identified')!;
    const bar = svg.querySelector('[data-key="rect:identified"]')!;
    expect(paletteOf(bar)).toBe('mark-context-strong');
    expect(
      paletteOf(draw(step('reunify-task-force-count')).querySelector('[data-key="rect:identified"]')!),
    ).toBe('mark-context-strong');
    const band = svg.querySelector('[data-key="rect:settlement"]')!;
    expect(paletteOf(band)).toBe('settlement-band');
    expect(svg.querySelectorAll('[stroke-dasharray]')).toHaveLength(0);
    expect(texts(svg)).toContain(format.figure(identified));
  });

  it('dates each state', () => {
    expect(texts(draw(step('reunify-2023')))).toContain(format.date('2023-02-01'));
  });

  it('dates the settlement band with every day its cards give, and no other', () => {
    const days = (text: string) =>
      tokensOf(text)
        .filter((t) => t.kind === 'date')
        .map((t) => dataset.timeline.find((e) => e.id === t.id)?.date ?? '');
    for (const s of STEPS.filter((x) => x.chart === 'reunify' && x.state.view === 'settlement')) {
      const svg = draw(s);
      const c = copyOf(s).labels as Record<string, string>;
      const label = `${c.settlement_announced} ${c.settlement_approved}`;
      const drawn = [...svg.querySelectorAll('[data-key="text:date"]')].map(labelOf);
      expect(drawn, s.id).toEqual([label]);
      // The card read with the band names its day, and the label names that day (Oct. 16 or Dec. 8).
      const card = days(copy.steps[s.id]!.text);
      expect(card.length, s.id).toBeGreaterThan(0);
      for (const day of card) expect(label, `${s.id}: ${day}`).toContain(format.date(day));
      // Not the estimate's own date alone, which no card of the state gives as the band's.
      const dated = dataset.timeline.filter((e) => label.includes(format.date(e.date)));
      expect(dated.map((e) => e.id).sort(), s.id).toEqual(['settlement_announced', 'settlement_approved']);
    }
  });

  it('marks the Associated Press total in its own shape, only in the states whose card or head gives it', () => {
    const ap = dataset.figures.find((f) => f.id === 'tf2023_identified_ap')!;
    let heads = 0;
    for (const s of STEPS.filter((x) => x.chart === 'reunify')) {
      const svg = draw(s);
      const marked = svg.querySelectorAll('g.reunify-ap [data-key="marker:ap"]').length;
      const carded = /\{\{tf2023_identified_ap\}\}/.test(copy.steps[s.id]!.text);
      // A state whose subtitle names the AP's total (the settlement's, which compares with the task
      // force's count of the same update) marks it too: one mark, one meaning, in each state that
      // names it.
      const key = s.chart === 'reunify' ? reunifyStateKey(s.state) : null;
      const head = key ? (copyOf(s).states?.[key]?.subtitle ?? '') : '';
      const headed = head.includes(format.figure(ap));
      if (headed && !carded) heads++;
      const told = carded || headed;
      expect(marked, s.id).toBe(told ? 1 : 0);
      // No other mark of the chart takes its shape or class.
      expect(svg.querySelectorAll('.reunify-ap').length, s.id).toBe(marked);
      if (told) {
        expect(texts(svg), s.id).toContain(format.figure(ap));
        expect(view.alts[s.id], s.id).toContain(format.figure(ap));
        expect(
          tableOf(s).rows.some((r) => r.count === format.figure(ap)),
          s.id,
        ).toBe(true);
      }
      if (carded) {
        // The same bars as the state before: the AP's total is added, the task force's kept.
        const before = draw(step('reunify-2023'));
        expect(svg.querySelectorAll('rect').length).toBe(before.querySelectorAll('rect').length);
        expect(tableOf(s).rows.at(-1)?.count).toBe(format.figure(ap));
      }
    }
    // The settlement's cards (review fc9 I3).
    expect(heads).toBe(2);
  });
});

describe('reunify: what the rounded shares add up to, and one count axis', () => {
  const c = chartCopy(copy, 'reunify', dataset, format) as Parameters<typeof reunifyTable>[2];
  /** The rooms the chart is drawn for: the story's live box on phones and laptops, the page's drawings without scripts, and every embed band. */
  const FITS: [string, Fit][] = [
    ['story 320', fitFor(296, 330)],
    ['story 390', fitFor(366, 470)],
    ['story 1280', fitFor(720, 430)],
    ['static', STATIC_FIT],
    ['wide static', WIDE_STATIC_FIT],
    ...EMBED_BANDS.map((b): [string, Fit] => [`embed ${b.width}`, bandFit(b)]),
  ];
  /** The shares a drawing prints ("45.5%", "7 · 0.2%"), leaving out the note. */
  const printedShares = (svg: Element) =>
    [...svg.querySelectorAll('text:not([data-key="text:sum"])')]
      .flatMap((t) => {
        const spans = [...t.querySelectorAll('tspan')];
        return spans.length ? spans.map((x) => x.textContent ?? '') : [t.textContent ?? ''];
      })
      .flatMap((line) => {
        const m = /(?:^|· )(\d+(?:\.\d)?)%$/.exec(line);
        return m ? [Number(m[1])] : [];
      });
  const sumNotes = (svg: Element) => [...svg.querySelectorAll('[data-key="text:sum"]')].map(labelOf);

  it('sums the shares as printed, and only when they do not make 100', () => {
    expect(sharesSum([1779, 7, 2127])).toBeCloseTo(1.001, 6);
    expect(sharesSum([2926, 998])).toBeNull();
    expect(sharesSum([1, 1, 1])).toBeCloseTo(0.99, 6);
    expect(sharesSum([2, 1, 1])).toBeNull();
    expect(sharesSum([0, 0])).toBeNull();
  });

  it.each(FITS)(
    '2021 (%s): says the printed shares add to 100.1%%, in the drawing and the table',
    (_, fit) => {
      const svg = draw(step('reunify-2021'), fit);
      const shares = printedShares(svg);
      expect(shares).toHaveLength(3);
      const sum = Math.round(shares.reduce((a, b) => a + b, 0) * 10) / 10;
      expect(sum).toBe(100.1);
      const note = `${c.labels.shares_sum} ${format.share(sum / 100, 1)}`;
      expect(sumNotes(svg)).toEqual([note]);
      expect(tableOf(step('reunify-2021')).note).toBe(note);
    },
  );

  it.each(FITS)('2023 (%s): shares that make 100 get no note', (_, fit) => {
    for (const id of ['reunify-2023', 'reunify-2023-3', 'reunify-unresolved']) {
      const svg = draw(step(id), fit);
      const shares = printedShares(svg);
      expect(
        shares.reduce((a, b) => a + b, 0),
        id,
      ).toBe(100);
      expect(sumNotes(svg), id).toEqual([]);
      expect(tableOf(step(id)).note, id).toBeUndefined();
    }
  });

  it('says whatever sum the rounding gives: three equal counts make 99%, three of 2, 1, 1 make 100', () => {
    const data = chartData(dataset);
    const drawn = (counts: number[]) => {
      const rows = data.taskForce2021.map((r, i) => ({ ...r, count: counts[i] ?? 0 }));
      const d = { ...data, taskForce2021: rows };
      const { window } = new JSDOM('');
      const state = { view: 'status_2021' } as const;
      const svg = Plot.plot({ ...reunifySpec(d, state, c, format, STATIC_FIT), document: window.document });
      return { notes: sumNotes(svg as Element), note: reunifyTable(d, state, c, format).note };
    };
    const thirds = drawn([1, 1, 1]);
    expect(thirds.notes).toEqual([`${c.labels.shares_sum} ${format.share(0.99)}`]);
    expect(thirds.note).toBe(thirds.notes[0]);
    expect(drawn([2, 1, 1])).toEqual({ notes: [], note: undefined });
    expect(REUNIFY_LABELS).toContain('shares_sum');
  });

  it.each(FITS)(
    '%s: the count axis runs from 0 to 5,000 in equal steps, the bars on the same scale',
    (_, fit) => {
      const squares = ['first_families', 'one_family'];
      const steps = STEPS.flatMap((x) =>
        x.chart === 'reunify' && !squares.includes(x.state.view) ? [x] : [],
      );
      for (const s of steps) {
        const svg = draw(s, fit);
        // The axis's labels: the text outside the keyed marks.
        const ticks = [...svg.querySelectorAll('text')]
          .filter((t) => !t.closest('[data-mark]'))
          .map((t) => ({
            value: Number((t.textContent ?? '').replace(/\D/g, '')),
            x: Number(/translate\(([-\d.]+)/.exec(t.getAttribute('transform') ?? '')?.[1]),
          }));
        expect(ticks.length, s.id).toBeGreaterThanOrEqual(3);
        expect(ticks[0]?.value, s.id).toBe(0);
        expect(ticks.at(-1)?.value, s.id).toBe(5000);
        const step = ticks[1]!.value;
        expect(
          ticks.map((t) => t.value),
          s.id,
        ).toEqual(ticks.map((_, i) => i * step));
        // The bar's end stands where its total falls on that axis.
        if (!['status_2021', 'status_2023', 'status_2023_ap', 'unresolved'].includes(s.state.view)) continue;
        const x0 = ticks[0]!.x;
        const x1 = ticks.at(-1)!.x;
        const rects = [...svg.querySelectorAll('[data-key^="rect:"]')].filter(
          (r) => r.getAttribute('data-key') !== 'rect:unresolved',
        );
        const end = Math.max(
          ...rects.map((r) => Number(r.getAttribute('x')) + Number(r.getAttribute('width'))),
        );
        const rows =
          s.state.view === 'status_2021'
            ? chartData(dataset).taskForce2021
            : chartData(dataset).taskForce2023;
        const total = rows.reduce((a, r) => a + r.count, 0);
        // A sliver at the end is drawn a pixel wider on each side.
        expect(Math.abs(end - (x0 + ((x1 - x0) * total) / 5000)), s.id).toBeLessThanOrEqual(1.5);
      }
    },
  );
});
