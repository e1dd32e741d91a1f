/**
 * Loads and runs the chart renderer in the browser without long main-thread tasks while the reader
 * scrolls. Nothing starts before the page's load event. Then, one piece per task and each piece
 * only when the browser reports a long idle period (so never in the middle of a scroll): the data
 * layer (Arquero) is evaluated, the chart data derived table by table, Plot evaluated, and every
 * chart state drawn ahead of time, nearest states first. A step change then only swaps in a
 * finished drawing. When a drawing is needed before that, the rest of the loading stops waiting
 * for idle time.
 */
import type { Format, Locale } from '../content/format.ts';
import type { Step } from '../story/steps.ts';
import type { ChartCopy } from './types.ts';

type Renderer = typeof import('./render.ts');

/** What a drawing needs: the step, its chart's copy, the step's description of the chart and the locale. */
export interface DrawJob {
  step: Step;
  copy: ChartCopy;
  alt: string;
  locale: Locale;
}

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
    script.src = new URL(__CHARTS_SCRIPT__, scriptUrl ?? location.href).href;
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
    const lang = document.documentElement.lang || undefined;
    timed('Intl number format', () => new Intl.NumberFormat(lang).format(1));
    await quiet();
    timed('Intl date format', () =>
      new Intl.DateTimeFormat(lang, { timeZone: 'UTC', month: 'short' }).format(0),
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
const formats = new WeakMap<Locale, Format>();

function draw({ step, copy, alt, locale }: DrawJob, renderer: Renderer): Element {
  let element = drawn.get(step.id);
  if (!element) {
    let format = formats.get(locale);
    if (!format) formats.set(locale, (format = renderer.makeFormat(locale)));
    const fmt = format;
    element = timed(`draw ${step.id}`, () => renderer.renderChart(step, document, copy, alt, fmt));
    drawn.set(step.id, element);
  }
  return element;
}

/**
 * The drawing of `step`: the one drawn ahead of time or, failing that, drawn now. Each step's chart
 * is shown by one figure, so the drawing itself is handed out (no copy) unless it is on the page.
 */
export async function drawing(job: DrawJob): Promise<Element> {
  const { step } = job;
  let element = drawn.get(step.id);
  if (!element) {
    hurry();
    element = draw(job, await loadRenderer());
  }
  return element.isConnected ? (element.cloneNode(true) as Element) : element;
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
      queue.delete(next.job.step.id);
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
    if (drawn.has(job.step.id)) continue;
    const entry = queue.get(job.step.id);
    if (entry) entry.priority = Math.min(entry.priority, priority);
    else queue.set(job.step.id, { job, priority, order: queued++ });
  }
  void pump();
}
