// Where a long task's time went, read from a Chromium trace.
import { LONG_TASK_MS } from './config.js';
import { distPath } from './page.js';
import { round } from './util.js';

/** Trace categories for attributing long tasks: tasks, script runs, style/layout/paint, GC. */
export const TASK_TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
];

/** Trace events that start running a script, and how to name them. */
const JS_ENTRIES = new Map([
  ['EvaluateScript', 'evaluate'],
  ['v8.evaluateModule', 'evaluate module'],
  ['FunctionCall', 'call'],
  ['TimerFire', 'timer'],
  ['FireIdleCallback', 'idle callback'],
  ['FireAnimationFrame', 'animation frame'],
  ['EventDispatch', 'event'],
  ['RunMicrotasks', 'microtasks'],
  ['v8.run', 'microtasks'],
]);

/** Browser work that is not a script, by trace event name. */
const WORK = new Map([
  ['UpdateLayoutTree', 'style recalc'],
  ['RecalculateStyles', 'style recalc'],
  ['Layout', 'layout'],
  ['PrePaint', 'paint'],
  ['Paint', 'paint'],
  ['PaintImage', 'paint'],
  ['Layerize', 'paint'],
  ['UpdateLayer', 'paint'],
  ['Commit', 'paint'],
  ['ParseHTML', 'parse HTML'],
  ['ParseAuthorStyleSheet', 'parse CSS'],
  ['MinorGC', 'GC'],
  ['MajorGC', 'GC'],
  ['V8.GC_SCAVENGER', 'GC'],
  ['V8.GC_MARK_COMPACTOR', 'GC'],
  ['BlinkGC.AtomicPhase', 'GC'],
  ['v8.compile', 'compile'],
  ['v8.compileModule', 'compile'],
  ['V8.CompileCode', 'compile'],
  ['v8.parseOnBackground', 'compile'],
  ['HitTest', 'hit test'],
  ['ScrollLayer', 'scroll'],
]);

/**
 * Every main-thread task of the page over LONG_TASK_MS in a Chromium trace, with where its time went:
 * self time summed per script (entry kind, dist file, function) and per kind of browser work (style
 * recalc, layout, paint, GC, compile…), largest first. Times in ms from the page's navigation start.
 * Null if the trace has no navigation start for the page.
 * @param {{ traceEvents?: any[] } | any[]} trace
 * @param {string} url
 * @param {string} origin
 * @returns {{ start: number, duration: number, causes: string[] }[] | null}
 */
export function longTaskCauses(trace, url, origin) {
  /** @type {any[]} */
  const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
  const nav = events
    .filter((event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL === url)
    .at(-1);
  if (typeof nav?.ts !== 'number') return null;
  const { pid, tid, ts: zero } = nav;
  // The page's own User Timing measures (the chart loader names its pieces of work `charts: …`).
  /** @type {{ name: string, start: number, end: number }[]} */
  const measures = [];
  /** @type {Map<string, number>} */
  const begun = new Map();
  for (const event of events) {
    if (event.pid !== pid || !String(event.cat).includes('blink.user_timing')) continue;
    if (!String(event.name).startsWith('charts: ')) continue;
    const key = `${event.name}:${event.id ?? event.id2?.local ?? ''}`;
    if (event.ph === 'b') begun.set(key, event.ts);
    else if (event.ph === 'e' && begun.has(key)) {
      measures.push({
        name: event.name.slice(8),
        start: /** @type {number} */ (begun.get(key)),
        end: event.ts,
      });
      begun.delete(key);
    }
  }
  const main = events
    .filter(
      (event) => event.pid === pid && event.tid === tid && event.ph === 'X' && typeof event.dur === 'number',
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = main.filter(
    (event) =>
      (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask') &&
      event.dur > LONG_TASK_MS * 1000,
  );
  /** @param {any} event */
  const scriptOf = (event) => {
    const data = event.args?.data ?? {};
    const file = typeof data.url === 'string' && data.url ? (distPath(data.url, origin) ?? data.url) : '';
    const what =
      event.name === 'EventDispatch'
        ? `${JS_ENTRIES.get(event.name)} ${data.type ?? ''}`
        : JS_ENTRIES.get(event.name);
    return [what, file, data.functionName].filter(Boolean).join(' ');
  };
  /** @type {{ start: number, duration: number, causes: string[] }[]} */
  const found = [];
  let from = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur;
    while (from < main.length && main[from].ts < task.ts) from++;
    /** @type {Map<string, number>} */
    const self = new Map();
    /** @type {{ event: any, end: number, label: string, child: number }[]} */
    const stack = [];
    const close = () => {
      const done = /** @type {{ event: any, end: number, label: string, child: number }} */ (stack.pop());
      self.set(done.label, (self.get(done.label) ?? 0) + done.event.dur - done.child);
    };
    for (let i = from; i < main.length && main[i].ts < end; i++) {
      const event = main[i];
      while (stack.length && event.ts >= /** @type {any} */ (stack.at(-1)).end) close();
      const parent = stack.at(-1);
      if (parent) parent.child += event.dur;
      let label = WORK.get(event.name);
      if (!label && JS_ENTRIES.has(event.name)) {
        label = scriptOf(event);
        // A microtask checkpoint or an event takes the name of the script that runs in it, when known.
      } else if (!label) {
        label = parent ? parent.label : 'other';
      }
      if (!parent && event === task) label = 'task (unattributed)';
      stack.push({ event, end: event.ts + event.dur, label, child: 0 });
    }
    while (stack.length) close();
    const causes = [...self]
      .filter(([, us]) => us >= 1000)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([label, us]) => `${label} ${Math.round(us / 1000)} ms`);
    const named = measures
      .filter((m) => m.start < end && m.end > task.ts && m.end - m.start >= 1000)
      .map((m) => `${m.name} ${Math.round((m.end - m.start) / 1000)} ms`);
    if (named.length) causes.push(`[chart loader: ${named.join(', ')}]`);
    found.push({ start: round((task.ts - zero) / 1000), duration: round(task.dur / 1000), causes });
  }
  return found;
}
