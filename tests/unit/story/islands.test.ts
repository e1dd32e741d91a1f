// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { edition } from '../../../src/content/index.ts';
import { pageView } from '../../../src/lib/content/page-view.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';
import EmbedThis from '../../../src/lib/story/EmbedThis.svelte';
import Figure from '../../../src/lib/story/Figure.svelte';
import { fillIslands, islandOf, type Island } from '../../../src/lib/story/islands.ts';
import LangSwitch from '../../../src/lib/story/LangSwitch.svelte';
import { CHAPTERS, STEPS } from '../../../src/lib/story/steps.ts';

const { copy, locale, format } = edition('en');
const view = pageView(copy, dataset, locale, format);

/** What a fake render names an island by: its component and the step or chart it shows. */
function named({ component, props }: Island): string {
  if (component === (Figure as unknown)) return `figure ${(props.step as { id: string }).id}`;
  if (component === (LangSwitch as unknown)) return `lang ${String(props.step)}`;
  if (component === (EmbedThis as unknown)) return `embed ${String(props.chart ?? 'story')}`;
  return 'unknown';
}

describe('the story page’s islands', () => {
  it('fills each place with its own island, drawn as prerendered (no step yet)', () => {
    const places = [
      '<div class="island" data-island="lang"></div>',
      ...CHAPTERS.map((c) => `<div class="graphic" data-island="figure:${c}"></div>`),
      '<div class="island" data-island="embed:search"></div>',
      '<div class="island" data-island="embed:story"></div>',
    ].join('');
    const filled = fillIslands(places, named, view);
    expect(filled).toContain('<div class="island" data-island="lang">lang undefined</div>');
    for (const chapter of CHAPTERS) {
      const first = STEPS.find((s) => s.chapter === chapter)!;
      expect(filled).toContain(`data-island="figure:${chapter}">figure ${first.id}</div>`);
    }
    expect(filled).toContain('data-island="embed:search">embed search</div>');
    expect(filled).toContain('data-island="embed:story">embed story</div>');
  });

  it('follows the reader: a chart shows the current step, or its chapter’s nearest end', () => {
    const reading = { active: -1 };
    const finding = islandOf('figure:finding', view, reading);
    const lang = islandOf('lang', view, reading);
    const findingSteps = STEPS.filter((s) => s.chapter === 'finding');
    expect(named(finding)).toBe(`figure ${findingSteps[0]!.id}`);
    reading.active = STEPS.indexOf(findingSteps[1]!);
    expect(named(finding)).toBe(`figure ${findingSteps[1]!.id}`);
    expect(named(lang)).toBe(`lang ${findingSteps[1]!.id}`);
    reading.active = STEPS.length - 1;
    expect(named(finding)).toBe(`figure ${findingSteps.at(-1)!.id}`);
  });

  it('refuses a place that names no island, saying which', () => {
    expect(() => fillIslands('<div data-island="figure:nope"></div>', named, view)).toThrow(
      'No island is named "figure:nope"',
    );
  });
});
