/**
 * Loads and runs the chart renderer in the browser without long main-thread tasks while the reader
 * scrolls: after the page has painted and gone idle, it evaluates Arquero and Plot in separate
 * tasks, derives the chart data table by table, and then draws the states next to the current one
 * ahead of time, one per idle period, so a step change only swaps in a finished drawing.
 */
import type { ChartCopy } from '../content/copy.ts';
import type { Step } from '../story/steps.ts';

type Renderer = typeof import('./render.ts');

/** Yields to the browser: to input and painting first, then to the next task. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function idle(): Promise<void> {
  return new Promise((resolve) =>
    'requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 200),
  );
}

let loading: Promise<Renderer> | null = null;

/** The renderer, loaded once. */
export function loadRenderer(): Promise<Renderer> {
  loading ??= (async () => {
    // Separate dynamic imports evaluate in separate tasks: the data layer (Arquero), then Plot.
    const [{ dataset }, { prepareChartData }] = await Promise.all([
      import('../data/bundled.ts'),
      import('./data.ts'),
    ]);
    await pause();
    await prepareChartData(dataset, pause);
    const renderer = await import('./render.ts');
    await pause();
    return renderer;
  })();
  return loading;
}

/** Starts loading once the page is idle; nothing is fetched before the first paint. */
export function warmUp(): void {
  void idle().then(loadRenderer);
}

const drawn = new Map<string, Element>();

/** The drawing of `step`, from the cache of drawings made ahead of time or drawn now. */
export async function drawing(step: Step, copy: ChartCopy, alt: string): Promise<Element> {
  const cached = drawn.get(step.id);
  if (cached) return cached.cloneNode(true) as Element;
  const { renderChart } = await loadRenderer();
  const element = renderChart(step, document, copy, alt);
  drawn.set(step.id, element.cloneNode(true) as Element);
  return element;
}

/** Draws `steps` ahead of time, one per idle period, skipping those already drawn. */
export function drawAhead(steps: { step: Step; copy: ChartCopy; alt: string }[]): void {
  void (async () => {
    for (const { step, copy, alt } of steps) {
      if (drawn.has(step.id)) continue;
      await idle();
      if (!drawn.has(step.id)) await drawing(step, copy, alt);
    }
  })();
}
