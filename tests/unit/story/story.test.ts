// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COPY } from '../../../src/content/index.ts';
import { CHART_IDS } from '../../../src/lib/charts/index.ts';
import { pageView } from '../../../src/lib/content/page-view.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';
import Story from '../../../src/lib/story/Story.svelte';
import { STEPS } from '../../../src/lib/story/steps.ts';

const view = pageView(COPY.en, dataset);

/** Lays the steps out 800 px apart, as if the page were scrolled to `scrollY`. */
let scrollY = 0;
function layout() {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const step = (this as HTMLElement).dataset?.step;
    const index = STEPS.findIndex((s) => s.id === step);
    const top = index < 0 ? 0 : 1000 + index * 800 - scrollY;
    return {
      top,
      bottom: top + 300,
      left: 0,
      right: 390,
      width: 390,
      height: 300,
      x: 0,
      y: top,
      toJSON() {},
    };
  });
}

function scrollTo(y: number) {
  scrollY = y;
  window.dispatchEvent(new Event('scroll'));
}

/** Scroll so that the step's top sits at 400 px: its 300 px card is fully on the 800 px screen. */
const yFor = (index: number) => 1000 + index * 800 - 400;

beforeEach(() => {
  scrollY = 0;
  Object.defineProperty(window, 'innerHeight', { value: 800, configurable: true });
  Object.defineProperty(window, 'innerWidth', { value: 390, configurable: true });
  layout();
});

afterEach(() => vi.restoreAllMocks());

describe('Story', () => {
  it('renders every step with its id, its data-step and no current step before the story starts', async () => {
    const { container } = render(Story, { view });
    const steps = container.querySelectorAll('[data-step]');
    expect([...steps].map((s) => s.id)).toEqual(STEPS.map((s) => s.id));
    expect([...steps].map((s) => s.getAttribute('data-step'))).toEqual(STEPS.map((s) => s.id));
    await new Promise((r) => requestAnimationFrame(r));
    expect(container.querySelector('[aria-current="step"]')).toBeNull();
  });

  it('marks the step the reader scrolled to as current and draws its chart state', async () => {
    const { container } = render(Story, { view });
    const target = STEPS.findIndex((s) => s.id === 'search-spring-2021');
    scrollTo(yFor(target));
    await waitFor(() =>
      expect(container.querySelector('[aria-current="step"]')?.id).toBe('search-spring-2021'),
    );
    const figure = container.querySelector('[data-chart="search"]');
    await waitFor(() => expect(figure?.getAttribute('data-state')).toBe('search-spring-2021'));
    expect(figure?.querySelector('.chart-body svg')).not.toBeNull();
    // The chart describes the state it shows.
    expect(figure?.querySelector('.chart-caption')?.textContent).toBe(view.alts['search-spring-2021']);
  });

  it('after a fling past a whole chapter, earlier charts show their last state', async () => {
    const { container } = render(Story, { view });
    scrollTo(yFor(STEPS.findIndex((s) => s.id === 'reunify-2021')));
    await waitFor(() =>
      expect(container.querySelector('[data-chart="scale"]')?.getAttribute('data-state')).toBe(
        'scale-task-force',
      ),
    );
    expect(container.querySelector('[aria-current="step"]')?.id).toBe('reunify-2021');
  });

  it('gives each chart a title and a source line', () => {
    render(Story, { view });
    for (const chart of CHART_IDS) {
      expect(screen.getByRole('heading', { name: view.charts[chart].title })).toBeInTheDocument();
    }
  });

  it('ignores a resize that only changes the height (the mobile address bar)', async () => {
    const { container } = render(Story, { view });
    const target = STEPS.findIndex((s) => s.id === 'finding-parents');
    scrollTo(yFor(target));
    await waitFor(() => expect(container.querySelector('[aria-current="step"]')?.id).toBe('finding-parents'));
    // A shorter viewport would move the trigger line above this step's top, but must not re-trigger.
    Object.defineProperty(window, 'innerHeight', { value: 500, configurable: true });
    window.dispatchEvent(new Event('resize'));
    scrollTo(scrollY);
    await new Promise((r) => requestAnimationFrame(r));
    expect(container.querySelector('[aria-current="step"]')?.id).toBe('finding-parents');
  });
});
