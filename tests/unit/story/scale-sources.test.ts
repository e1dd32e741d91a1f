// @vitest-environment jsdom
/**
 * The scale chart's source line credits what each state draws (review fc17 S2): the two lists are the
 * HHS inspector general's figures alone, the 2019 disclosure adds the ACLU's (via The Hill), and only
 * the state that draws the lawyers' estimate credits them (via NBC News). Read where a reader reads
 * it: under the live chart (the line shown), under each step's own drawing (no scripts, print, the
 * handout) and in each step's image.
 */
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { edition, LANGS } from '../../../src/content/index.ts';
import { pageView } from '../../../src/lib/content/page-view.ts';
import { dataset as bundled } from '../../../src/lib/data/dataset.ts';
import Figure from '../../../src/lib/story/Figure.svelte';
import StepFigure from '../../../src/lib/story/StepFigure.svelte';
import { passageDrawing, STEPS } from '../../../src/lib/story/steps.ts';
import { prerender } from '../../../src/entry-server.ts';

/** The line each state's figures call for, as the fact-check gave it. */
const LINES = {
  en: {
    court_list: 'Source: HHS inspector general',
    revised_list: 'Source: HHS inspector general',
    expanded_class: 'Sources: HHS inspector general; ACLU via The Hill',
    families: "Sources: HHS inspector general; ACLU via The Hill; the families' lawyers via NBC News",
  },
  es: {
    court_list: 'Fuente: inspector general del HHS',
    revised_list: 'Fuente: inspector general del HHS',
    expanded_class: 'Fuentes: inspector general del HHS; ACLU, vía The Hill',
    families:
      'Fuentes: inspector general del HHS; ACLU, vía The Hill; abogados de las familias, vía NBC News',
  },
} as const;

const scaleSteps = STEPS.filter((s) => s.chart === 'scale');
/** The column a scale step puts forward: which state it is. */
const highlightOf = (step: (typeof STEPS)[number]) => {
  if (step.chart !== 'scale') throw new Error(`${step.id} is not a scale step`);
  return step.state.highlight;
};

describe.each(LANGS)('the scale chart’s source line in %s', (lang) => {
  const e = edition(lang);
  const view = pageView(e.copy, e.localize(bundled), e.locale, e.format);

  it.each(scaleSteps.map((s) => ({ id: s.id, step: s })))(
    'under the live chart names the sources of what $id draws',
    ({ step }) => {
      const { container, unmount } = render(Figure, { props: { step, view, prepare: false } });
      const shown = [...container.querySelectorAll('.chart-source-line.current')].map((l) => l.textContent);
      unmount();
      expect(shown).toEqual([LINES[lang][highlightOf(step)]]);
    },
  );

  it.each(scaleSteps.map((s) => ({ id: s.id, step: s })))(
    'under the step’s own drawing names the sources of what $id’s drawing shows',
    ({ step }) => {
      const { container, unmount } = render(StepFigure, { props: { step, view } });
      const line = container.querySelector('.step-figure-source')?.textContent;
      unmount();
      expect(line).toBe(LINES[lang][highlightOf(passageDrawing(step))]);
    },
  );

  it('in each step’s image names the sources of what it draws', () => {
    const cards = prerender(lang)
      .imageCards()
      .filter((c) => c.chart === 'scale');
    expect(cards.map((c) => [c.step, c.source])).toEqual(
      scaleSteps.map((s) => [s.id, LINES[lang][highlightOf(s)]]),
    );
  });
});
