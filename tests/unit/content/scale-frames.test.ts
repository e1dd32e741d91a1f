/**
 * The scale chart's frame says what each state draws (review r15 N5): at the first steps only the
 * list given to the court is drawn, yet the chart's own title said the count "grew as the government
 * disclosed more" and its subtitle explained the lawyers' estimate, which comes last.
 */
import { describe, expect, it } from 'vitest';
import { edition, LANGS } from '../../../src/content/index.ts';
import { MEASURES } from '../../../src/lib/charts/scale.ts';
import { pageView } from '../../../src/lib/content/page-view.ts';
import { frameOf } from '../../../src/lib/content/view.ts';
import { dataset as bundled } from '../../../src/lib/data/dataset.ts';
import { getFigure } from '../../../src/lib/data/tables.ts';
import { passageDrawing, STEPS } from '../../../src/lib/story/steps.ts';

/** The word for the lawyers' estimate, which only the last state draws. */
const LAWYERS = { en: /lawyers/i, es: /abogad/i } as const;

describe.each(LANGS)('the scale chart’s frames in %s', (lang) => {
  const e = edition(lang);
  const dataset = e.localize(bundled);
  const view = pageView(e.copy, dataset, e.locale, e.format);
  const scaleSteps = STEPS.filter((s) => s.chart === 'scale');

  /** The state a step's frame stands over: `still`, its passage's one drawing. */
  const shown = (step: (typeof STEPS)[number], still: boolean) => {
    const drawn = still ? passageDrawing(step) : step;
    if (drawn.chart !== 'scale') throw new Error(`${step.id} is not a scale step`);
    return drawn.state;
  };

  it.each([false, true])(
    'names in each state’s title the count it highlights, and the estimate only where it is drawn (still: %s)',
    (still) => {
      const problems: string[] = [];
      for (const step of scaleSteps) {
        const state = shown(step, still);
        const { title, subtitle } = frameOf(view, step.id, 'scale', still);
        const measure = MEASURES.find((m) => m.measure === state.highlight)!;
        const figure = getFigure(dataset, measure.segments.at(-1)!);
        if (!state.show.includes('families')) {
          if (!title.includes(e.format.count(figure.value)))
            problems.push(`${step.id}: "${title}" does not name ${figure.value}`);
          if (LAWYERS[lang].test(`${title} ${subtitle}`))
            problems.push(`${step.id}: "${title} / ${subtitle}" speaks of the lawyers' estimate, not drawn`);
        } else if (!LAWYERS[lang].test(subtitle)) {
          problems.push(`${step.id}: "${subtitle}" does not explain the lawyers' estimate it draws`);
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it('gives the states that differ frames that differ, and one state one frame', () => {
    const byState = new Map<string, string>();
    for (const step of scaleSteps)
      for (const still of [false, true]) {
        const key = JSON.stringify(shown(step, still));
        const frame = JSON.stringify(frameOf(view, step.id, 'scale', still));
        expect(byState.get(key) ?? frame, `${step.id} (still: ${still})`).toBe(frame);
        byState.set(key, frame);
      }
    expect(new Set(byState.values()).size).toBe(byState.size);
    expect(byState.size).toBe(4);
  });
});
