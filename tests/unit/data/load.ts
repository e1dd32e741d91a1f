/**
 * Reads the real data files from disk as plain parsed JSON, so each test can break its own
 * `structuredClone` without touching the module the app imports.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_FILES } from '../../../src/lib/data/schema.ts';
import { parseDataFile } from '../../../src/lib/data/validate.ts';

export type RawFiles = Record<string, unknown>;
export type RawRecord = Record<string, unknown>;

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Text of a file relative to the project root. */
export const readText = (path: string): string => readFileSync(resolve(root, path), 'utf8');

/** Every data file, parsed, keyed by file name as `validateDataset` expects. */
export function loadRawFiles(): RawFiles {
  const files: RawFiles = {};
  for (const name of Object.values(DATA_FILES)) files[name] = parseDataFile(name, readText(`data/${name}`));
  return files;
}

/** The record with this id in a table file, and its 1-based position as messages show it. */
export function findRecord(
  files: RawFiles,
  fileName: string,
  id: string,
): { record: RawRecord; label: string } {
  const rows = files[fileName] as RawRecord[];
  const index = rows.findIndex((r) => r.id === id);
  const record = rows[index];
  if (!record) throw new Error(`test setup: no record "${id}" in ${fileName}`);
  return { record, label: `"${id}" (#${index + 1})` };
}
