// Arquero in the browser without runtime code generation, so the site runs under a Content Security
// Policy without 'unsafe-eval'. Arquero compiles every expression, escaped function, sort comparator
// and row-object builder with `Function(...)`, at three places in its source. The build runs the
// browser's own data derivations in Node first and records each code string Arquero compiles; the
// browser bundles then get those functions as ordinary source, and Arquero's three `Function(...)`
// calls are replaced by a look-up. The transforms still run in the browser on the bundled data, as
// before: only the step that turned strings into functions moved to build time.

/** The files of Arquero (8.0.3) that call `Function`, with how many calls each makes. */
export const ARQUERO_FUNCTION_CALLS = {
  'arquero/src/expression/compile.js': 1,
  'arquero/src/expression/compare.js': 1,
  'arquero/src/util/unroll.js': 1,
};

const VIRTUAL = 'virtual:arquero-precompiled';
const RESOLVED = `\0${VIRTUAL}`;
/** `Function(` as a call, not as the end of a longer name (`isFunction(`, `toFunction(`). */
const CALL = /(?<![\w$.])Function\(/g;

/**
 * Runs `work` while recording the arguments of every call to the global `Function`, and returns
 * them (parameter names, then the body), without duplicates.
 * @param {() => void} work
 * @returns {string[][]}
 */
export function recordCompiledCode(work) {
  const real = globalThis.Function;
  /** @type {Map<string, string[]>} */
  const seen = new Map();
  const record = (/** @type {unknown[]} */ args) => {
    const strings = args.map(String);
    seen.set(JSON.stringify(strings), strings);
  };
  globalThis.Function = new Proxy(real, {
    apply(target, self, args) {
      record(args);
      return Reflect.apply(target, self, args);
    },
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget);
    },
  });
  try {
    work();
  } finally {
    globalThis.Function = real;
  }
  return [...seen.values()];
}

/**
 * The source of the module that hands Arquero its precompiled functions: each recorded code string,
 * keyed by its arguments, as a function written in the source. A code string the build did not see
 * fails with a message that names it, never by falling back to `Function`.
 * @param {string[][]} records
 */
export function precompiledModule(records) {
  const entries = records.map((args) => {
    const params = args.slice(0, -1);
    const body = args[args.length - 1] ?? '';
    return `  [${JSON.stringify(JSON.stringify(args))}, function (${params.join(', ')}) {\n${body}\n}],`;
  });
  return `const __aqPrecompiled = new Map([
${entries.join('\n')}
]);
export default function __aqFunction(...args) {
  const compiled = __aqPrecompiled.get(JSON.stringify(args.map(String)));
  if (!compiled) {
    throw new Error('Arquero: this expression was not compiled at build time: ' + String(args[args.length - 1]).slice(0, 300));
  }
  return compiled;
}
`;
}

/**
 * The Vite plugin for the browser builds: serves the precompiled functions as a virtual module and
 * points Arquero's `Function(...)` calls at it. A change in Arquero's source (a call more or fewer
 * than expected) stops the build rather than leaving a call to `Function` in the bundle.
 * @param {string[][]} records from `recordCompiledCode`
 * @returns {import('vite').Plugin}
 */
export function arqueroPrecompiled(records) {
  const source = precompiledModule(records);
  return {
    name: 'arquero-precompiled',
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : null;
    },
    load(id) {
      return id === RESOLVED ? source : null;
    },
    transform(code, id) {
      const file = Object.keys(ARQUERO_FUNCTION_CALLS).find((f) => id.replace(/\\/g, '/').endsWith(f));
      if (!file) return null;
      const calls = code.match(CALL)?.length ?? 0;
      const expected = ARQUERO_FUNCTION_CALLS[/** @type {keyof typeof ARQUERO_FUNCTION_CALLS} */ (file)];
      if (calls !== expected) {
        throw new Error(
          `${file}: expected ${expected} call(s) to Function, found ${calls}; update scripts/arquero-aot.js`,
        );
      }
      return {
        code: `import __aqFunction from '${VIRTUAL}';\n${code.replace(CALL, () => '__aqFunction(')}`,
        map: null,
      };
    },
  };
}
