import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { validateData } from '../../../scripts/vite-plugins.ts';

const DATA = resolve(import.meta.dirname, '../../../data');

/** A copy of data/ with one file changed by `edit`. */
function brokenData(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'data-'));
  cpSync(DATA, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

/** Runs a real Vite build with the build's validation plugin over `dataDir`; returns its error message. */
async function buildError(dataDir: string): Promise<string> {
  const entry = join(mkdtempSync(join(tmpdir(), 'entry-')), 'entry.js');
  writeFileSync(entry, 'export default 1;\n');
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      plugins: [validateData(dataDir)],
      build: { write: false, lib: { entry, formats: ['es'], fileName: 'x' } },
    });
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('the build stops on a broken dataset', () => {
  it('passes the real dataset', async () => {
    expect(await buildError(DATA)).toBe('');
  });

  const cases = [
    {
      name: 'a negative count',
      file: 'figures.json',
      edit: (t: string) => t.replace('"value": 348,', '"value": -348,'),
      message: /data\/figures\.json › record "oig_removed_without_record" \(#\d+\) › field "value"/,
    },
    {
      name: 'an unknown source id',
      file: 'unreached.json',
      edit: (t: string) => t.replace('"source": "S9"', '"source": "S99"'),
      message: /data\/unreached\.json › record "unreached_2021_04_07" \(#\d+\) › field "source"/,
    },
    {
      name: 'a breakdown that does not add up (the misprinted 227)',
      file: 'unreached.json',
      edit: (t: string) => t.replace('"removed": 277', '"removed": 227'),
      message: /data\/unreached\.json › record "unreached_2021_05_19" \(#\d+\) › field "removed"/,
    },
    {
      name: 'bad JSON',
      file: 'timeline.json',
      edit: (t: string) => t.replace(/\]\s*$/, ''),
      message: /data\/timeline\.json/,
    },
  ];
  it.each(cases)('fails on $name, naming file, record and field', async ({ file, edit, message }) => {
    expect(await buildError(brokenData(file, edit))).toMatch(message);
  });
});
