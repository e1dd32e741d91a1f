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
/** Stands in for acorn in the browser bundles: the syntax trees of the expressions seen at build time. */
const PARSED = 'virtual:arquero-parsed';
const PARSED_RESOLVED = `\0${PARSED}`;
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
 * Runs `work` while recording every expression Arquero parses with acorn (its column names and string
 * expressions, e.g. `'d => d.count != null'`) and the syntax tree acorn gave, as JSON. With these the
 * browser needs no JavaScript parser: acorn is most of Arquero's weight in the bundle (about 35 KB of
 * gzipped JavaScript), and its only use there is to read these same few strings again.
 * @param {() => void} work
 * @returns {Promise<Map<string, string>>} source text → syntax tree (JSON)
 */
export async function recordParsedCode(work) {
  const { Parser } = await import('acorn');
  const real = Parser.parse;
  /** @type {Map<string, string>} */
  const seen = new Map();
  Parser.parse = function (/** @type {string} */ input, /** @type {any} */ options) {
    const tree = real.call(this, input, options);
    seen.set(String(input), JSON.stringify(tree));
    return tree;
  };
  try {
    work();
  } finally {
    Parser.parse = real;
  }
  if (!seen.size)
    throw new Error('arquero-aot: no expression was parsed; is acorn bundled into the server build?');
  return seen;
}

/**
 * The source of the module that stands in for acorn's `parse`: a fresh copy of each recorded tree
 * (Arquero rewrites the trees it is given). Text the build did not see fails with a message naming it.
 * @param {Map<string, string>} parsed from `recordParsedCode`
 */
export function parsedModule(parsed) {
  const entries = [...parsed].map(
    ([input, tree]) => `  [${JSON.stringify(input)}, ${JSON.stringify(tree)}],`,
  );
  return `const __aqParsed = new Map([
${entries.join('\n')}
]);
export function parse(input) {
  const tree = __aqParsed.get(String(input));
  if (tree === undefined) {
    throw new Error('Arquero: this expression was not parsed at build time: ' + String(input).slice(0, 300));
  }
  return JSON.parse(tree);
}
`;
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
 * @param {Map<string, string>} parsed from `recordParsedCode`
 * @returns {import('vite').Plugin}
 */
export function arqueroPrecompiled(records, parsed) {
  const source = precompiledModule(records);
  const trees = parsedModule(parsed);
  return {
    name: 'arquero-precompiled',
    // Before Vite's own resolver, which would otherwise find acorn in node_modules first.
    enforce: 'pre',
    resolveId(id, importer) {
      if (id === VIRTUAL) return RESOLVED;
      // Arquero's one import of acorn (expression/parse-expression.js) gets the recorded trees.
      if (id === 'acorn' && importer && /[\\/]arquero[\\/]/.test(importer)) return PARSED_RESOLVED;
      return null;
    },
    load(id) {
      if (id === RESOLVED) return source;
      if (id === PARSED_RESOLVED) return trees;
      return null;
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
