/**
 * The build stops on a content file that sets one key twice in a block (review fc17 N6: a teacher
 * note's `answer:` line stood twice; ArchieML keeps the last and drops the first without a word),
 * naming the file, the block and the key.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { archiemlContent } from '../../../scripts/vite-plugins.ts';
import { duplicateKeys } from '../../../src/lib/content/aml-keys.ts';

const CONTENT = resolve(import.meta.dirname, '../../../src/content');
const FILES = ['en.aml', 'es.aml', 'es.dataset.aml'];

/** Bundles `text` as a content file (`name`) with the build's content plugin; returns its error message. */
async function buildError(name: string, text: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  writeFileSync(join(dir, name), text);
  const entry = join(dir, 'entry.js');
  writeFileSync(entry, `import copy from './${name}';\nexport default copy;\n`);
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      plugins: [archiemlContent()],
      build: { write: false, lib: { entry, formats: ['es'], fileName: 'x' } },
    });
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

/** en.aml with the teacher note's answer line of `finding-parents` set twice, as fc17 found it. */
const doubled = () =>
  readFileSync(join(CONTENT, 'en.aml'), 'utf8').replace(
    /(\{notes\.finding-parents\}\n(?:.*\n)*?)(answer:.*\n)/,
    '$1$2$2',
  );

describe('a key set twice in a content file', () => {
  it.each(FILES)('is in none of the content files (%s)', (file) => {
    expect(duplicateKeys(readFileSync(join(CONTENT, file), 'utf8'))).toEqual([]);
  });

  it('passes the real English copy through the build', async () => {
    expect(await buildError('en.aml', readFileSync(join(CONTENT, 'en.aml'), 'utf8'))).toBe('');
  });

  it('stops the build, naming file, block and key', async () => {
    const text = doubled();
    expect(text).not.toBe(readFileSync(join(CONTENT, 'en.aml'), 'utf8'));
    expect(await buildError('en.aml', text)).toMatch(
      /en\.aml › \{notes\.finding-parents\} › "answer" is set 2 times \(lines \d+, \d+\)/,
    );
  });

  it('reads blocks, nested blocks and arrays as ArchieML does', () => {
    const text = [
      'title: One',
      '{a.b}',
      'k: 1',
      '{.c}',
      'k: 2',
      '{}',
      'k: 3',
      '[list]',
      '{.item}',
      '{}',
      '* x',
      '[]',
      '[items]',
      'name: x',
      'name: y',
      '[]',
      '{d}',
      'k: 4',
      ':skip',
      'k: 5',
      ':endskip',
      'title: Two',
      '{}',
      'title: Three',
      ':ignore',
      'title: Four',
    ].join('\n');
    expect(duplicateKeys(text)).toEqual([
      { block: '', key: 'title', lines: [1, 24] },
      { block: 'a.b', key: 'k', lines: [3, 7] },
    ]);
  });
});
