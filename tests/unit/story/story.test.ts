// @vitest-environment jsdom
import { render, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { edition } from '../../../src/content/index.ts';
import { CHART_IDS } from '../../../src/lib/charts/index.ts';
import { loaderContext, type ChartLoader, type DrawJob } from '../../../src/lib/charts/loader.ts';
import { pageView } from '../../../src/lib/content/page-view.ts';
import { frameOf } from '../../../src/lib/content/view.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';
import Story from '../../../src/lib/story/Story.svelte';
import { STEPS } from '../../../src/lib/story/steps.ts';

const { copy, locale, format } = edition('en');
const view = pageView(copy, dataset, locale, format);

/**
 * A loader that draws at once: an SVG naming the state and labelled with the chart's title, so the
 * tests see what the figure asked for. Each test gets its own, so no drawing outlives a test.
 */
function fakeLoader(): ChartLoader & { jobs: DrawJob[] } {
  const jobs: DrawJob[] = [];
  return {
    jobs,
    warmUp() {},
    drawAhead() {},
    async drawing(job) {
      jobs.push(job);
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.setAttribute('data-drawn', job.step.id);
      svg.setAttribute('aria-label', job.copy.title);
      return svg;
    },
    drawnAhead(job) {
      return this.drawing(job);
    },
    async morph(live, next) {
      live.replaceWith(next);
    },
  };
}

/** Renders the story with a fresh fake loader. */
function renderStory() {
  const loader = fakeLoader();
  return { loader, ...render(Story, { props: { view }, context: loaderContext(loader) }) };
}

/** Waits for a condition, however slow the machine: no assertion here depends on speed. */
const until = (check: () => void) => waitFor(check, { timeout: 30_000 });

/** Lays the steps out 800 px apart, as if the page were scrolled to `scrollY`. */
let scrollY = 0;
function layout() {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    // A step's text (what the scroller measures) stands where its step does.
    const step = (this as HTMLElement).closest?.<HTMLElement>('[data-step]')?.dataset.step;
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
    const { container } = renderStory();
    const steps = container.querySelectorAll('[data-step]');
    expect([...steps].map((s) => s.id)).toEqual(STEPS.map((s) => s.id));
    expect([...steps].map((s) => s.getAttribute('data-step'))).toEqual(STEPS.map((s) => s.id));
    await new Promise((r) => requestAnimationFrame(r));
    expect(container.querySelector('[aria-current="step"]')).toBeNull();
  });

  it('marks the step the reader scrolled to as current and draws its chart state', async () => {
    const { container, loader } = renderStory();
    const target = STEPS.findIndex((s) => s.id === 'search-spring-2021');
    scrollTo(yFor(target));
    await until(() =>
      expect(container.querySelector('[aria-current="step"]')?.id).toBe('search-spring-2021'),
    );
    const figure = container.querySelector('[data-chart="search"]');
    await until(() => expect(figure?.getAttribute('data-state')).toBe('search-spring-2021'));
    const svg = figure?.querySelector('.chart-body svg');
    expect(svg?.getAttribute('data-drawn')).toBe('search-spring-2021');
    expect(svg?.getAttribute('aria-label')).toBe(view.charts.search.title);
    expect(loader.jobs.at(-1)?.alt).toBe(view.alts['search-spring-2021']);
    // The chart describes the state it shows.
    expect(figure?.querySelector('.chart-caption')?.textContent).toBe(view.alts['search-spring-2021']);
  });

  it('after a fling past a whole chapter, earlier charts show their last state', async () => {
    const { container } = renderStory();
    scrollTo(yFor(STEPS.findIndex((s) => s.id === 'reunify-2021')));
    await until(() =>
      expect(container.querySelector('[data-chart="scale"]')?.getAttribute('data-state')).toBe(
        STEPS.filter((s) => s.chart === 'scale').at(-1)!.id,
      ),
    );
    expect(container.querySelector('[aria-current="step"]')?.id).toBe('reunify-2021');
  });

  it('gives each chart a title and a source line', () => {
    const { container } = renderStory();
    for (const chart of CHART_IDS) {
      const figure = container.querySelector(`figure[data-chart="${chart}"]`) as HTMLElement;
      // The title over its first state: the state's own where it has one (every timeline state).
      const first = STEPS.find((s) => s.chart === chart)!;
      expect(within(figure).getByRole('heading', { name: view.frames[first.id]!.title })).toBeInTheDocument();
      // And the source line of that state (the scale chart's first states credit fewer sources, fc17 S2).
      expect(figure.querySelector('figcaption .chart-source .current')?.textContent).toBe(
        view.frames[first.id]!.source,
      );
    }
  });

  it('names each chart image link by its format and its chart, in both editions (not "SVG" alone)', () => {
    for (const lang of ['en', 'es'] as const) {
      const e = edition(lang);
      const v = pageView(e.copy, dataset, e.locale, e.format);
      const { container, unmount } = render(Story, {
        props: { view: v, images: './' },
        context: loaderContext(fakeLoader()),
      });
      for (const step of STEPS) {
        const { title } = frameOf(v, step.id, step.chart);
        const links = within(container.querySelector<HTMLElement>(`#${step.id} .step-images`)!).getAllByRole(
          'link',
        );
        expect(links.map((a) => a.textContent)).toEqual(['SVG', 'PNG']);
        for (const a of links) {
          const name = a.getAttribute('aria-label') ?? '';
          // The name starts with what the link shows (voice control), then says which chart.
          expect(name.startsWith(a.textContent!), `${lang} ${step.id}: ${name}`).toBe(true);
          expect(name, `${lang} ${step.id}`).toContain(title);
        }
      }
      unmount();
    }
  });

  it('ignores a resize that only changes the height (the mobile address bar)', async () => {
    const { container } = renderStory();
    const target = STEPS.findIndex((s) => s.id === 'finding-parents');
    scrollTo(yFor(target));
    await until(() => expect(container.querySelector('[aria-current="step"]')?.id).toBe('finding-parents'));
    // A shorter viewport would move the trigger line above this step's top, but must not re-trigger.
    Object.defineProperty(window, 'innerHeight', { value: 500, configurable: true });
    window.dispatchEvent(new Event('resize'));
    scrollTo(scrollY);
    await new Promise((r) => requestAnimationFrame(r));
    expect(container.querySelector('[aria-current="step"]')?.id).toBe('finding-parents');
  });
});
