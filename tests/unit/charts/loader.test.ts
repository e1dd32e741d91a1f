/**
 * The chart loader with its code and its time injected: a fake renderer that records what it draws,
 * and a scheduler whose load event and idle periods the test hands out one by one. Nothing here
 * depends on how fast the machine is: time passes only when the test says so.
 */
import { describe, expect, it } from 'vitest';
import {
  browserScheduler,
  createLoader,
  type ChartCode,
  type DrawJob,
  type Scheduler,
} from '../../../src/lib/charts/loader.ts';
import type { Format, Locale } from '../../../src/lib/content/format.ts';
import type { Dataset } from '../../../src/lib/data/schema.ts';
import { fitFor } from '../../../src/lib/charts/fit.ts';
import { STEPS } from '../../../src/lib/story/steps.ts';

/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function harness() {
  const log: string[] = [];
  const idles: ((timeRemaining: number) => void)[] = [];
  let fireLoad = () => {};
  const loadEvent = new Promise<void>((resolve) => (fireLoad = resolve));
  const scheduler: Scheduler = {
    loaded: () => loadEvent,
    idle: (callback) => void idles.push(callback),
    wake: () => {},
    pause: () => Promise.resolve(),
  };
  const code: ChartCode = {
    dataset: async () => {
      log.push('dataset');
      return {} as Dataset;
    },
    prepare: async () => {
      log.push('prepare');
      return async (_ds, pause, run = (_, derive) => derive()) => {
        for (const table of ['a', 'b']) {
          run(table, () => log.push(`derive ${table}`));
          await pause();
        }
      };
    },
    renderer: async () => {
      log.push('renderer');
      return {
        makeFormat: () => {
          log.push('format');
          return {} as Format;
        },
        renderChart: (step, _document, _copy, _alt, _fmt, fit) => {
          const id = (step as DrawJob['step']).id;
          log.push(`draw ${id}${fit.width === FIT.width ? '' : ` at ${fit.width}`}`);
          return {
            setAttribute: () => {},
            cloneNode: () => ({ clone: id, width: fit.width }),
          } as unknown as Element;
        },
        morph: async () => {},
      };
    },
  };
  const loader = createLoader({ code, scheduler, document: {} as Document, lang: 'en' });
  return {
    loader,
    log,
    load: async () => {
      fireLoad();
      await settle();
    },
    /** Hands out one idle period of `ms` to everything waiting for one. */
    idle: async (ms = 50) => {
      for (const callback of idles.splice(0)) callback(ms);
      await settle();
    },
    /** Idle periods until nothing waits for one (or `max` of them). */
    idleUntilDone: async (max = 50) => {
      for (let i = 0; i < max && idles.length; i++) {
        for (const callback of idles.splice(0)) callback(50);
        await settle();
      }
    },
  };
}

const locale = {} as Locale;
const FIT = fitFor(400, 300);
const job = (id: string, fit = FIT): DrawJob => {
  const step = STEPS.find((s) => s.id === id)!;
  return {
    step,
    copy: { title: '', subtitle: '', source: '', labels: {}, columns: {} },
    alt: '',
    locale,
    fit,
  };
};
const draws = (log: string[]) => log.filter((l) => l.startsWith('draw '));

describe('the chart loader', () => {
  it('loads nothing before the load event, then one piece per long idle period', async () => {
    const h = harness();
    h.loader.warmUp();
    await h.idle();
    expect(h.log).toEqual([]);
    await h.load();
    await h.idle(10); // too short for a piece of work
    expect(h.log).toEqual([]);
    await h.idle();
    expect(h.log).toEqual(['dataset']);
    await h.idle();
    expect(h.log).toEqual(['dataset', 'prepare']);
    await h.idleUntilDone();
    expect(h.log).toEqual(['dataset', 'prepare', 'derive a', 'derive b', 'renderer']);
  });

  it('draws ahead by priority, lower first, in the order queued when equal', async () => {
    const h = harness();
    h.loader.drawAhead([job('scale-families'), job('scale-court-list')], 2);
    h.loader.drawAhead([job('timeline-pilot')], 1);
    h.loader.drawAhead([job('finding-parents')], 2);
    await h.load();
    await h.idleUntilDone();
    expect(draws(h.log)).toEqual([
      'draw timeline-pilot',
      'draw scale-families',
      'draw scale-court-list',
      'draw finding-parents',
    ]);
  });

  it('keeps the most urgent priority of a state queued twice, and skips states already drawn', async () => {
    const h = harness();
    h.loader.drawAhead([job('scale-families'), job('scale-court-list')], 3);
    h.loader.drawAhead([job('scale-court-list')], 0);
    h.loader.drawAhead([job('scale-families')], 5);
    await h.load();
    await h.idleUntilDone();
    expect(draws(h.log)).toEqual(['draw scale-court-list', 'draw scale-families']);
    h.loader.drawAhead([job('scale-families')]);
    await h.idleUntilDone();
    expect(draws(h.log)).toHaveLength(2);
  });

  it('draws one state per idle period while drawing ahead', async () => {
    const h = harness();
    h.loader.drawAhead(['search-first-count', 'search-breakdown', 'search-last-count'].map((id) => job(id)));
    await h.load();
    for (let i = 0; i < 8 && !draws(h.log).length; i++) await h.idle();
    expect(draws(h.log)).toEqual(['draw search-first-count']);
    await h.idle();
    expect(draws(h.log)).toHaveLength(2);
  });

  it('draws a state needed now without waiting for idle time, and hands out the drawing', async () => {
    const h = harness();
    await h.load();
    const pending = h.loader.drawing(job('reunify-2023'));
    await settle();
    await settle();
    expect(h.log).toEqual([
      'dataset',
      'prepare',
      'derive a',
      'derive b',
      'renderer',
      'format',
      'draw reunify-2023',
    ]);
    await expect(pending).resolves.toEqual({ clone: 'reunify-2023', width: FIT.width });
  });

  it('reuses a drawing made ahead, handing out a copy each time (the page takes its marks)', async () => {
    const h = harness();
    h.loader.drawAhead([job('finding-known-wish')]);
    await h.load();
    await h.idleUntilDone();
    const first = await h.loader.drawing(job('finding-known-wish'));
    expect(draws(h.log)).toEqual(['draw finding-known-wish']);
    const second = await h.loader.drawing(job('finding-known-wish'));
    expect(second).not.toBe(first);
    expect(second).toEqual({ clone: 'finding-known-wish', width: FIT.width });
    expect(draws(h.log)).toHaveLength(1);
  });

  it('draws a state again for a box of another size', async () => {
    const h = harness();
    await h.load();
    await h.loader.drawing(job('finding-parents'));
    await h.loader.drawing(job('finding-parents', fitFor(720, 600)));
    await h.loader.drawing(job('finding-parents'));
    expect(draws(h.log)).toEqual(['draw finding-parents', 'draw finding-parents at 720']);
  });

  it('hands out a drawing made ahead once it is made, without hurrying the loading', async () => {
    const h = harness();
    h.loader.drawAhead([job('search-first-count')], 0);
    const pending = h.loader.drawnAhead(job('search-breakdown'));
    let done = false;
    void pending.then(() => (done = true));
    await h.load();
    await settle();
    // Still waiting for idle time: nothing is loaded or drawn yet.
    expect(draws(h.log)).toEqual([]);
    expect(done).toBe(false);
    await h.idleUntilDone();
    // Asked for now, it went first.
    expect(draws(h.log)).toEqual(['draw search-breakdown', 'draw search-first-count']);
    await expect(pending).resolves.toEqual({ clone: 'search-breakdown', width: FIT.width });
  });

  it('keeps drawing ahead only in idle periods after a reader needed a drawing now', async () => {
    const h = harness();
    h.loader.drawAhead([job('timeline-pilot'), job('timeline-oig-window')]);
    await h.load();
    for (let i = 0; i < 20 && !draws(h.log).length; i++) await h.idle();
    expect(draws(h.log)).toEqual(['draw timeline-pilot']);
    // The next drawing ahead waits for an idle period; a reader's drawing does not.
    await h.loader.drawing(job('search-breakdown'));
    await settle();
    expect(draws(h.log)).toEqual(['draw timeline-pilot', 'draw search-breakdown']);
    await h.idle(10);
    expect(draws(h.log)).toHaveLength(2);
    await h.idle();
    expect(draws(h.log)).toEqual([
      'draw timeline-pilot',
      'draw search-breakdown',
      'draw timeline-oig-window',
    ]);
  });

  it('asks the browser for one frame per wait for a long idle period, however many short ones come', async () => {
    // A browser window that hands out the idle periods the test gives and counts the frames asked for.
    const idles: ((deadline: { timeRemaining: () => number }) => void)[] = [];
    let frames = 0;
    const window = {
      document: { readyState: 'complete' },
      requestIdleCallback: (callback: (typeof idles)[number]) => void idles.push(callback),
      requestAnimationFrame: () => void frames++,
    } as unknown as Window;
    const log: string[] = [];
    const code = {
      dataset: async () => void log.push('dataset'),
      prepare: async () => new Promise(() => {}),
    } as unknown as ChartCode;
    const loader = createLoader({
      code,
      scheduler: browserScheduler(window),
      document: {} as Document,
      lang: 'en',
    });
    const idle = async (ms: number) => {
      for (const callback of idles.splice(0)) callback({ timeRemaining: () => ms });
      await settle();
    };
    loader.warmUp();
    await settle();
    // Chromium's idle periods while a reader scrolls: too short for a piece of work, asked for again.
    for (let i = 0; i < 5; i++) await idle(10);
    expect(log).toEqual([]);
    expect(idles).toHaveLength(1);
    expect(frames).toBe(1);
    await idle(50);
    expect(log).toEqual(['dataset']);
    // The next piece's wait asks for its own frame.
    expect(frames).toBe(2);
  });

  it('makes the formatters once per locale', async () => {
    const h = harness();
    await h.load();
    await h.loader.drawing(job('scale-families'));
    await h.loader.drawing(job('scale-court-list'));
    expect(h.log.filter((l) => l === 'format')).toHaveLength(1);
  });
});
