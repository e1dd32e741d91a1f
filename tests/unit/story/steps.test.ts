import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../../src/lib/charts/index.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';
import {
  carriesPassageDrawing,
  CHAPTERS,
  endsPassage,
  findStep,
  PASSAGE_STARTS,
  passageDrawing,
  passageStart,
  stateKey,
  STEPS,
  stepsOf,
} from '../../../src/lib/story/steps.ts';

describe('the step list', () => {
  it('has at least twelve steps, unique ids usable as URL fragments, chapters in order', () => {
    expect(STEPS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(STEPS.map((s) => s.id)).size).toBe(STEPS.length);
    for (const s of STEPS) expect(s.id).toMatch(/^[a-z][a-z0-9-]*$/);
    const order = STEPS.map((s) => CHAPTERS.indexOf(s.chapter));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('drives every chart of the registry, and only those, each chapter with its own chart', () => {
    expect([...CHAPTERS].sort()).toEqual([...CHART_IDS].sort());
    for (const s of STEPS) expect(s.chapter, s.id).toBe(s.chart);
  });

  it('names only records the dataset has in its chart states', () => {
    const timeline = new Set(dataset.timeline.map((e) => e.id));
    const unreached = new Set(dataset.unreached.map((p) => p.id));
    const dates = new Set(dataset.unreached.map((p) => p.asOf));
    for (const s of STEPS) {
      if (s.chart === 'timeline')
        for (const id of s.state.highlight) expect(timeline, `${s.id}: ${id}`).toContain(id);
      if (s.chart === 'search') {
        for (const id of s.state.highlight) expect(unreached, `${s.id}: ${id}`).toContain(id);
        expect(dates, `${s.id}: until ${s.state.until}`).toContain(s.state.until);
      }
    }
  });

  it('finds steps by id and refuses anything else', () => {
    expect(findStep('search-breakdown')?.chart).toBe('search');
    for (const bad of [null, undefined, '', 'nope', '__proto__', 'constructor'])
      expect(findStep(bad)).toBeUndefined();
    const finding = stepsOf('finding').map((s) => s.id);
    expect(finding[0]).toBe('finding-parents');
    expect(finding).toEqual(STEPS.filter((s) => s.chapter === 'finding').map((s) => s.id));
    expect(stepsOf('scale').every((s) => s.chart === 'scale')).toBe(true);
  });

  it('groups a passage’s cards behind its first step, whose one drawing carries what they all show', () => {
    const later = STEPS.filter((s) => s.continues !== undefined);
    expect(later.length).toBeGreaterThan(0);
    for (const s of later) {
      const first = passageStart(s);
      expect(first.id, s.id).toBe(s.continues);
      expect(first.continues, s.id).toBeUndefined();
      // The same state; a search breakdown's cards may each put forward another part of it, and the
      // scale's may hold back a column until the card that reports it (the passage's one drawing has it).
      const shown = (x: typeof s) =>
        x.chart === 'search'
          ? { ...x.state, breakdown: Boolean(x.state.breakdown) }
          : x.chart === 'scale'
            ? {}
            : x.state;
      expect({ chart: first.chart, state: shown(first) }, s.id).toEqual({ chart: s.chart, state: shown(s) });
      const drawing = passageDrawing(first);
      if (s.chart === 'scale' && drawing.chart === 'scale')
        for (const card of [first, s])
          if (card.chart === 'scale')
            expect(drawing.state.show, s.id).toEqual(expect.arrayContaining(card.state.show));
      // Where a card shows another state than the first, the first names the passage's one drawing
      // (without scripts, in print, the handout); where they agree, that drawing is the first card's.
      if (JSON.stringify(s.state) !== JSON.stringify(first.state))
        expect(first.together, `${first.id}: its cards differ but it has no together state`).toBeDefined();
      expect(s.together, s.id).toBeUndefined();
      // The cards of a passage follow one another: the step before a later card is of the same passage.
      const before = STEPS[STEPS.indexOf(s) - 1]!;
      expect(passageStart(before).id, s.id).toBe(first.id);
    }
    expect(passageStart(findStep('finding-parents')!).id).toBe('finding-parents');
    // A passage whose cards agree draws its one drawing in their state.
    const same = STEPS.filter((s) => s.continues === undefined && s.together === undefined);
    for (const s of same) expect(passageDrawing(s), s.id).toBe(s);
    const breakdown = findStep('search-breakdown')!;
    expect(passageDrawing(breakdown).state).toEqual({ ...breakdown.state, breakdown: 'all' });
    expect(PASSAGE_STARTS.length + later.length).toBe(STEPS.length);
    // One passage ends where the next begins, and the story's last step ends one.
    const ends = STEPS.flatMap((s, i) => (endsPassage(i) ? [passageStart(s).id] : []));
    expect(ends).toEqual(PASSAGE_STARTS.map((s) => s.id));
  });
});

/**
 * Where a passage's one drawing stands on a screen without scripts (review r17 NJ1): in one card
 * per passage, never before the card whose own state it is.
 */
describe('the card carrying a passage’s drawing', () => {
  it('is one card per passage, the first whose own state is the drawing’s, else the first', () => {
    const carriers = STEPS.filter(carriesPassageDrawing);
    expect(carriers.map((s) => passageStart(s).id)).toEqual(PASSAGE_STARTS.map((s) => s.id));
    for (const card of carriers) {
      const drawing = stateKey(passageDrawing(passageStart(card)));
      const before = STEPS.slice(0, STEPS.indexOf(card)).filter((s) => stateKey(s) === drawing);
      if (stateKey(card) === drawing)
        expect(before.filter((s) => passageStart(s) === passageStart(card))).toEqual([]);
      else expect(card.continues, card.id).toBeUndefined();
    }
    // The scale passage's drawing adds the 2019 disclosure, which its last card reports; the search
    // breakdown's sums what its three cards say, and stays with the first.
    expect(carriers.map((s) => s.id)).toContain('scale-expanded-class-3');
    expect(carriers.map((s) => s.id)).not.toContain('scale-expanded-class');
    expect(carriers.map((s) => s.id)).toContain('search-breakdown');
  });
});
