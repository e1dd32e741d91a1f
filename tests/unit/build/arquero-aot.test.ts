import { describe, expect, it } from 'vitest';
import { chartData } from '../../../src/lib/charts/data.ts';
import { dataset } from '../../../src/lib/data/bundled.ts';
import {
  ARQUERO_FUNCTION_CALLS,
  arqueroPrecompiled,
  parsedModule,
  precompiledModule,
  recordCompiledCode,
  recordParsedCode,
} from '../../../scripts/arquero-aot.js';
import { parse as acornParse } from 'acorn';

/** The browser's derivations, recorded as the build records them. */
let records: string[][] = [];
const parsed = await recordParsedCode(() => {
  records = recordCompiledCode(() => chartData({ ...dataset }));
});

/** The precompiled module, loaded as the bundle would load it. */
async function loadPrecompiled(): Promise<(...args: string[]) => (...args: unknown[]) => unknown> {
  const source = precompiledModule(records);
  const module = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  return module.default;
}

describe('Arquero compiled at build time', () => {
  it('records the code Arquero generates for the charts’ data (expressions, sorts, row objects)', () => {
    expect(records.length).toBeGreaterThan(5);
    // A sort comparator (orderby), row-object builders (objects()) and an escaped function.
    expect(records.some((args) => args[0] === 'op' && args[1] === 'keys')).toBe(true);
    expect(records.some((args) => args.at(-1)!.includes('({"id":data["id"][row]'))).toBe(true);
    expect(records.some((args) => args.at(-1)!.includes('=>fn('))).toBe(true);
    expect(globalThis.Function.name).toBe('Function');
  });

  it('hands back, for each recorded piece of code, a function that does what Function would have made', async () => {
    const precompiled = await loadPrecompiled();
    for (const args of records) {
      const ahead = precompiled(...args);
      const now = Function(...args);
      expect(typeof ahead).toBe('function');
      expect(ahead.length).toBe(now.length);
    }
    // A row-object builder made ahead builds the same row as one made now.
    const builder = records.find((a) => a.at(-1)!.includes('"share":data["share"][row]'))!;
    const data = { status: ['s'], label: ['l'], count: [3], share: [0.5] };
    const ahead = precompiled(...builder)(null, {}) as (row: number, data: unknown) => unknown;
    const now = Function(...builder)(null, {}) as (row: number, data: unknown) => unknown;
    expect(ahead(0, data)).toEqual(now(0, data));
  });

  it('fails loudly, naming the code, for anything the build did not see', async () => {
    const precompiled = await loadPrecompiled();
    expect(() => precompiled('fn', '$', '"use strict"; return 1 + 1;')).toThrow(
      /not compiled at build time: "use strict"; return 1 \+ 1;/,
    );
  });

  it('records the text Arquero parses and hands back the same syntax tree, a fresh copy each time, without acorn', async () => {
    // Column names become field expressions; string filters are parsed as written.
    expect([...parsed.keys()]).toContain('expr=(d => d.count != null)');
    expect([...parsed.keys()].some((text) => text.includes('d["start"]'))).toBe(true);
    const source = parsedModule(parsed);
    expect(source).not.toMatch(/acorn/);
    const module = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
    for (const text of parsed.keys()) {
      expect(module.parse(text)).toEqual(JSON.parse(JSON.stringify(acornParse(text, { ecmaVersion: 11 }))));
    }
    const [text] = parsed.keys();
    expect(module.parse(text)).not.toBe(module.parse(text));
    expect(() => module.parse('expr=(d => d.nope)')).toThrow(
      /not parsed at build time: expr=\(d => d\.nope\)/,
    );
  });

  it('gives the recorded trees to Arquero’s import of acorn, and to nothing else', () => {
    const plugin = arqueroPrecompiled(records, parsed);
    const resolveId = plugin.resolveId as (id: string, importer?: string) => string | null;
    const load = plugin.load as (id: string) => string | null;
    const id = resolveId('acorn', '/x/node_modules/arquero/src/expression/parse-expression.js');
    expect(id).toMatch(/arquero-parsed/);
    expect(load(id!)).toMatch(/export function parse/);
    expect(resolveId('acorn', '/x/src/other.ts')).toBeNull();
  });

  it('stops the build if Arquero calls Function more or fewer times than expected', () => {
    const plugin = arqueroPrecompiled(records, parsed);
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    const file = Object.keys(ARQUERO_FUNCTION_CALLS)[0]!;
    const once = 'export const f = (c) => Function("fn", c); const isFunction = (x) => x;';
    expect(transform(once, `/x/node_modules/${file}`)!.code).toMatch(/__aqFunction\("fn", c\)/);
    expect(transform(once, `/x/node_modules/${file}`)!.code).not.toMatch(/[^\w.]Function\(/);
    expect(() => transform(`${once} Function("a");`, `/x/node_modules/${file}`)).toThrow(
      /expected 1 call\(s\) to Function, found 2/,
    );
    expect(transform(once, '/x/src/other.js')).toBeNull();
  });
});
