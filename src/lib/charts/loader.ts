/**
 * Loads and runs the chart renderer in the browser without long main-thread tasks while the reader
 * scrolls. Nothing starts before the page's load event. Then, one piece per task and each piece
 * only when the browser reports a long idle period (so never in the middle of a scroll): the data
 * layer (Arquero) is evaluated, the chart data derived table by table, Plot evaluated, and every
 * chart state drawn ahead of time, nearest states first. A step change then only swaps in a
 * finished drawing. When a drawing is needed before that, the rest of the loading stops waiting
 * for idle time.
 *
 * A page's entry creates one loader (`createLoader`) with the way its chart code arrives and hands
 * it down through Svelte context (`loaderContext`, `getLoader`); tests inject a fake code source
 * and a scheduler they drive themselves.
 */
import { getContext } from 'svelte';
import type { Format, Locale } from '../content/format.ts';
import type { Dataset } from '../data/schema.ts';
import type { prepareChartData } from './data.ts';
import type { Fit } from './fit.ts';
import type { ChartState } from './index.ts';
import type { ChartCopy } from './types.ts';

/** What the loader needs of the renderer module (`render.ts`). */
export interface Renderer {
  renderChart(
    step: ChartState,
    document: Document,
    copy: ChartCopy,
    alt: string,
    fmt: Format,
    fit: Fit,
  ): Element;
  makeFormat(locale: Locale): Format;
  /** Turns the drawing on the page into the next one, moving the marks they share (`motion.ts`). */
  morph(live: SVGSVGElement, next: SVGSVGElement, duration: number): Promise<void>;
}

/**
 * Where the chart code comes from, piece by piece (each piece is evaluated in a task of its own):
 * the page's module chunks, or the embeds' classic script.
 */
export interface ChartCode {
  /** The dataset the charts draw (the data layer, Arquero, comes with it). */
  dataset(): Promise<Dataset>;
  /** The chart data derivations. */
  prepare(): Promise<typeof prepareChartData>;
  /** The renderer (Plot comes with it). */
  renderer(): Promise<Renderer>;
}

/** When the browser has time for the loader's work. */
export interface Scheduler {
  /** Resolves after the page's load event. */
  loaded(): Promise<void>;
  /** Calls `callback` in the browser's next idle period, with the milliseconds that period leaves. */
  idle(callback: (timeRemaining: number) => void): void;
  /**
   * Lets idle periods begin where the browser may hold them back until a frame is due: asked once
   * for each wait for a long idle period, not at each idle period asked for within it.
   */
  wake(): void;
  /** Resolves in a later task, after input and painting. */
  pause(): Promise<void>;
}

/**
 * What a drawing needs: the step, its chart's copy, the step's description of the chart, the locale
 * and the room it is laid out for.
 */
export interface DrawJob {
  /** The step (its id keys the drawing, with the room) and the chart state it shows. */
  step: ChartState & { id: string };
  copy: ChartCopy;
  alt: string;
  locale: Locale;
  fit: Fit;
}

/**
 * Names a drawing: its step, the size it was laid out for (also set on the SVG, `data-fit`) and its
 * text size (a phone on its side tries a box's drawing at smaller text, Figure.svelte `legible`).
 */
const drawingKey = ({ step, fit }: Pick<DrawJob, 'step' | 'fit'>) =>
  `${step.id}@${fit.width}x${fit.height}@${fit.fontSize}`;

export interface ChartLoader {
  /** Starts loading the renderer: after the load event, in idle periods. */
  warmUp(): void;
  /**
   * A copy of the drawing `job` asks for (the page's drawing takes its marks, so the one drawn ahead
   * stays whole for a reader scrolling back): drawn ahead of time or, failing that, drawn now.
   */
  drawing(job: DrawJob): Promise<SVGSVGElement>;
  /**
   * A copy of the drawing `job` asks for, once it has been drawn ahead of time (first in the queue,
   * but in idle time: nobody is waiting for it yet).
   */
  drawnAhead(job: DrawJob): Promise<SVGSVGElement>;
  /** Turns the drawing on the page into `next`, moving the marks they share over `duration` ms. */
  morph(live: SVGSVGElement, next: SVGSVGElement, duration: number): Promise<void>;
  /**
   * Draws `jobs` ahead of time, in long idle periods, skipping those already drawn. `priority` orders
   * them against drawings already queued (lower first; a queued state keeps its most urgent priority).
   */
  drawAhead(jobs: DrawJob[], priority?: number): void;
}

/**
 * An idle period at least this long (ms) is free for one piece of work. Chromium's longest idle
 * period is 50 ms, and it hands out only short ones while the reader scrolls.
 */
const MIN_IDLE_MS = 40;

/** The browser's scheduler: the load event, `requestIdleCallback` (or a slow timer without it), `setTimeout`. */
export function browserScheduler(window: Window): Scheduler {
  return {
    loaded: () =>
      window.document.readyState === 'complete'
        ? Promise.resolve()
        : new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true })),
    idle: (callback) => {
      // Safari has no requestIdleCallback: a slow timer stands in for an idle period.
      if (typeof window.requestIdleCallback === 'function')
        window.requestIdleCallback((d) => callback(d.timeRemaining()));
      else setTimeout(() => callback(MIN_IDLE_MS), 200);
    },
    wake: () => {
      // Chromium can hold idle periods back until a frame is due, which may be never on a page that
      // changes nothing (a story embed whose step kept its drawing): asking for one lets them begin.
      if (typeof window.requestIdleCallback === 'function') window.requestAnimationFrame(() => {});
    },
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
  };
}

/** Runs `work`, recorded as a User Timing measure `charts: <name>` (the bench names long tasks by them). */
function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(`charts: ${name}`, { start });
  }
}

interface Options {
  code: ChartCode;
  scheduler: Scheduler;
  /** The document the drawings belong to. */
  document: Document;
  /** The page's language, whose `Intl` data is loaded in a task of its own. */
  lang: string;
}

/** A page's chart loader. */
export function createLoader({ code, scheduler, document, lang }: Options): ChartLoader {
  /** Set once a drawing is needed now: the loading then only yields between pieces. */
  let urgent = false;
  const waiting = new Set<() => void>();
  /** The waits that `hurry()` leaves alone: drawing ahead of time. */
  const patient = new WeakSet<() => void>();

  /**
   * Resolves in an idle period of at least MIN_IDLE_MS, or after a plain yield once loading became
   * urgent (unless `always`).
   */
  function quiet(always = false): Promise<void> {
    if (urgent && !always) return scheduler.pause();
    return new Promise((resolve) => {
      const done = () => {
        waiting.delete(done);
        resolve();
      };
      waiting.add(done);
      if (always) patient.add(done);
      const check = (timeRemaining: number) => {
        if (!waiting.has(done)) return;
        if (timeRemaining >= MIN_IDLE_MS || (urgent && !always)) done();
        else scheduler.idle(check);
      };
      scheduler.idle(check);
      scheduler.wake();
    });
  }

  /** Stops waiting for idle periods: a reader is waiting for a drawing. */
  function hurry(): void {
    if (urgent) return;
    urgent = true;
    for (const done of [...waiting]) if (!patient.has(done)) void scheduler.pause().then(done);
  }

  let loading: Promise<Renderer> | null = null;

  /** The renderer, loaded once, one piece per task. */
  function loadRenderer(): Promise<Renderer> {
    loading ??= (async () => {
      await scheduler.loaded();
      await quiet();
      const dataset = await code.dataset();
      await quiet();
      const prepare = await code.prepare();
      await quiet();
      await prepare(dataset, quiet, (table, derive) => timed(`derive ${table}`, derive));
      // Plot makes number and date formatters when it is evaluated; the first formatter loads the
      // locale data, which is worth a task of its own.
      timed('Intl number format', () => new Intl.NumberFormat(lang).format(1));
      await quiet();
      timed('Intl date format', () =>
        new Intl.DateTimeFormat(lang, { timeZone: 'UTC', month: 'short' }).format(0),
      );
      await quiet();
      return code.renderer();
    })().catch((error: unknown) => {
      // A failed load (blocked or offline) is not kept: the next drawing asked for tries again.
      loading = null;
      throw error;
    });
    return loading;
  }

  const drawn = new Map<string, Element>();
  const formats = new Map<Locale, Format>();
  /** Who waits for a drawing made ahead of time, by drawing. */
  const awaited = new Map<string, (() => void)[]>();

  function draw(job: DrawJob, renderer: Renderer): Element {
    const key = drawingKey(job);
    let element = drawn.get(key);
    if (!element) {
      const { step, copy, alt, locale, fit } = job;
      let format = formats.get(locale);
      if (!format) formats.set(locale, (format = renderer.makeFormat(locale)));
      const fmt = format;
      element = timed(`draw ${step.id}`, () => renderer.renderChart(step, document, copy, alt, fmt, fit));
      element.setAttribute('data-fit', `${fit.width}x${fit.height}`);
      drawn.set(key, element);
      for (const done of awaited.get(key) ?? []) done();
      awaited.delete(key);
    }
    return element;
  }

  const copyOf = (key: string) => drawn.get(key)!.cloneNode(true) as SVGSVGElement;

  /** Drawings to make ahead of time, by step id, with their priority (lower first). */
  const queue = new Map<string, { job: DrawJob; priority: number; order: number }>();
  let queued = 0;
  let pumping = false;

  /** Draws the queued states one per long idle period, most urgent first. */
  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    try {
      const renderer = await loadRenderer().catch(() => null);
      // Without chart code nothing is drawn ahead; the prerendered drawings stand in.
      if (!renderer) return;
      while (queue.size) {
        await quiet(true);
        let next: { job: DrawJob; priority: number; order: number } | undefined;
        for (const entry of queue.values()) {
          if (
            !next ||
            entry.priority < next.priority ||
            (entry.priority === next.priority && entry.order < next.order)
          )
            next = entry;
        }
        if (!next) break;
        queue.delete(drawingKey(next.job));
        draw(next.job, renderer);
      }
    } finally {
      pumping = false;
    }
  }

  function drawAhead(jobs: DrawJob[], priority = 0): void {
    for (const job of jobs) {
      const key = drawingKey(job);
      if (drawn.has(key)) continue;
      const entry = queue.get(key);
      if (entry) entry.priority = Math.min(entry.priority, priority);
      else queue.set(key, { job, priority, order: queued++ });
    }
    void pump();
  }

  return {
    drawAhead,
    warmUp() {
      // A failure here shows at the next drawing asked for, which tries again.
      loadRenderer().catch(() => {});
    },
    async drawing(job) {
      const key = drawingKey(job);
      if (!drawn.has(key)) {
        hurry();
        draw(job, await loadRenderer());
      }
      return copyOf(key);
    },
    drawnAhead(job) {
      const key = drawingKey(job);
      if (drawn.has(key)) return Promise.resolve(copyOf(key));
      return new Promise((resolve) => {
        awaited.set(key, [...(awaited.get(key) ?? []), () => resolve(copyOf(key))]);
        drawAhead([job], -1);
      });
    },
    async morph(live, next, duration) {
      return (await loadRenderer()).morph(live, next, duration);
    },
  };
}

/** The context key the page's loader is handed down under. */
const LOADER: unique symbol = Symbol('chart loader');

/** The context to mount a page with, so its figures find `loader`. */
export function loaderContext(loader: ChartLoader): Map<typeof LOADER, ChartLoader> {
  return new Map([[LOADER, loader]]);
}

/** The page's loader, from a component's context; absent while prerendering, where nothing is drawn live. */
export function getLoader(): ChartLoader | undefined {
  return getContext<ChartLoader | undefined>(LOADER);
}
