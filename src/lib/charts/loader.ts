/**
 * Loads and runs the chart renderer in the browser without long main-thread tasks while the reader
 * scrolls. Nothing starts before the page's load event. Then, one piece per task and each piece
 * only when the browser reports a long idle period (so never in the middle of a scroll): the data
 * layer (Arquero) is evaluated, the chart data derived table by table, Plot evaluated, and every
 * chart state drawn ahead of time, nearest states first. A step change then only swaps in a
 * finished drawing. When a drawing is needed before that, the rest of the loading stops waiting
 * for idle time.
 */
import type { ChartCopy } from './types.ts';
import type { Fit } from './fit.ts';
import type { Step } from '../story/steps.ts';

type Renderer = typeof import('./render.ts');

/**
 * What a drawing needs: the step, its chart's copy, the step's description of the chart and the
 * room it is laid out for.
 */
export interface DrawJob {
  step: Step;
  copy: ChartCopy;
  alt: string;
  fit: Fit;
}

/** Names a drawing: its step and the size it was laid out for (also set on the SVG, `data-fit`). */
const drawingKey = ({ step, fit }: Pick<DrawJob, 'step' | 'fit'>) => `${step.id}@${fit.width}x${fit.height}`;

/**
 * An idle period at least this long (ms) is free for one piece of work. Chromium's longest idle
 * period is 50 ms, and it hands out only short ones while the reader scrolls.
 */
const MIN_IDLE_MS = 40;

/** Set once a drawing is needed now: the loading then only yields between pieces. */
let urgent = false;
const waiting = new Set<() => void>();
/** The waits that `hurry()` leaves alone: drawing ahead of time. */
const patient = new WeakSet<() => void>();

/** Yields to the browser for a task: input and painting first. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves in an idle period of at least MIN_IDLE_MS, or after a plain yield once loading became
 * urgent (unless `always`).
 */
function quiet(always = false): Promise<void> {
  if (urgent && !always) return pause();
  if (!('requestIdleCallback' in window)) return new Promise((resolve) => setTimeout(resolve, 200));
  return new Promise((resolve) => {
    const done = () => {
      waiting.delete(done);
      resolve();
    };
    waiting.add(done);
    if (always) patient.add(done);
    const check = (deadline: IdleDeadline) => {
      if (!waiting.has(done)) return;
      if (deadline.timeRemaining() >= MIN_IDLE_MS || (urgent && !always)) done();
      else requestIdleCallback(check);
    };
    requestIdleCallback(check);
  });
}

/** Stops waiting for idle periods: a reader is waiting for a drawing. */
function hurry(): void {
  if (urgent) return;
  urgent = true;
  for (const done of [...waiting]) if (!patient.has(done)) void pause().then(done);
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

/** Resolves after the page's load event. */
function loaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

type ClassicCharts = typeof import('../../embed-charts.ts');

/** The embeds' own script, whose address leads to their chart script (read while it first runs). */
const scriptUrl =
  typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null)?.src : undefined;
let classic: Promise<ClassicCharts> | null = null;

/** The embeds' chart code: one classic script beside the embed script, which sets a global. */
function classicCharts(): Promise<ClassicCharts> {
  classic ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('charts.js', scriptUrl ?? location.href).href;
    script.onload = () => resolve((window as unknown as { separatedCharts: ClassicCharts }).separatedCharts);
    script.onerror = () => reject(new Error(`Could not load ${script.src}`));
    document.head.append(script);
  });
  return classic;
}

let loading: Promise<Renderer> | null = null;

/** The renderer, loaded once, one piece per task. */
export function loadRenderer(): Promise<Renderer> {
  loading ??= (async () => {
    await loaded();
    await quiet();
    // Separate dynamic imports evaluate in separate tasks: the data layer (Arquero), then Plot.
    // (`__CLASSIC_CHARTS__` is a build-time constant: each build keeps one branch.)
    const { dataset } = __CLASSIC_CHARTS__ ? await classicCharts() : await import('../data/bundled.ts');
    await quiet();
    const { prepareChartData } = __CLASSIC_CHARTS__ ? await classicCharts() : await import('./data.ts');
    await quiet();
    await prepareChartData(dataset, quiet, (table, derive) => timed(`derive ${table}`, derive));
    // Plot makes number and date formatters when it is evaluated; the first formatter loads the
    // locale data, which is worth a task of its own.
    timed('Intl number format', () => new Intl.NumberFormat('en-US').format(1));
    await quiet();
    timed('Intl date format', () =>
      new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short' }).format(0),
    );
    await quiet();
    return __CLASSIC_CHARTS__ ? (await classicCharts()).render : import('./render.ts');
  })();
  return loading;
}

/** Starts loading the renderer: after the load event, in idle periods. */
export function warmUp(): void {
  void loadRenderer();
}

const drawn = new Map<string, Element>();
/** Who waits for a drawing made ahead of time, by drawing. */
const awaited = new Map<string, (() => void)[]>();

function draw(job: DrawJob, renderer: Renderer): Element {
  const key = drawingKey(job);
  let element = drawn.get(key);
  if (!element) {
    const { step, copy, alt, fit } = job;
    element = timed(`draw ${step.id}`, () => renderer.renderChart(step, document, copy, alt, fit));
    element.setAttribute('data-fit', `${fit.width}x${fit.height}`);
    drawn.set(key, element);
    for (const done of awaited.get(key) ?? []) done();
    awaited.delete(key);
  }
  return element;
}

/**
 * A copy of the drawing `job` asks for, once it has been drawn ahead of time (at the head of the
 * queue, but in idle time: nobody is waiting for it yet).
 */
export function drawnAhead(job: DrawJob): Promise<SVGSVGElement> {
  const key = drawingKey(job);
  const copy = () => drawn.get(key)!.cloneNode(true) as SVGSVGElement;
  if (drawn.has(key)) return Promise.resolve(copy());
  return new Promise((resolve) => {
    awaited.set(key, [...(awaited.get(key) ?? []), () => resolve(copy())]);
    drawAhead([job], -1);
  });
}

/**
 * A copy of the drawing `job` asks for (the page's drawing takes its marks, so the one drawn ahead
 * of time stays whole for a reader scrolling back): drawn ahead or, failing that, drawn now.
 */
export async function drawing(job: DrawJob): Promise<SVGSVGElement> {
  let element = drawn.get(drawingKey(job));
  if (!element) {
    hurry();
    element = draw(job, await loadRenderer());
  }
  return element.cloneNode(true) as SVGSVGElement;
}

/** Turns the drawing on the page into `next`, moving the marks they share over `duration` ms. */
export async function morph(live: SVGSVGElement, next: SVGSVGElement, duration: number): Promise<void> {
  return (await loadRenderer()).morph(live, next, duration);
}

/** Drawings to make ahead of time, by step id, with their priority (lower first). */
const queue = new Map<string, { job: DrawJob; priority: number; order: number }>();
let queued = 0;
let pumping = false;

/** Draws the queued states one per long idle period, most urgent first. */
async function pump(): Promise<void> {
  if (pumping) return;
  pumping = true;
  try {
    const renderer = await loadRenderer();
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

/**
 * Draws `jobs` ahead of time, in long idle periods, skipping those already drawn. `priority` orders
 * them against drawings already queued (lower first; a queued state keeps its most urgent priority).
 */
export function drawAhead(jobs: DrawJob[], priority = 0): void {
  for (const job of jobs) {
    const key = drawingKey(job);
    if (drawn.has(key)) continue;
    const entry = queue.get(key);
    if (entry) entry.priority = Math.min(entry.priority, priority);
    else queue.set(key, { job, priority, order: queued++ });
  }
  void pump();
}
