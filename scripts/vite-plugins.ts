/**
 * Build-time plugins shared by the dev server, the build and the tests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import archieml from 'archieml';
import type { Plugin } from 'vite';
import { DATA_FILES } from '../src/lib/data/schema.ts';
import { DatasetError, parseDataFile, validateDataset } from '../src/lib/data/validate.ts';

/** Turns `*.aml` content files (ArchieML, the newsroom convention for copy) into JSON modules. */
export function archiemlContent(): Plugin {
  return {
    name: 'archieml-content',
    transform(code, id) {
      if (!id.endsWith('.aml')) return null;
      return { code: `export default ${JSON.stringify(archieml.load(code))};`, map: null };
    },
  };
}

/**
 * Validates `data/` before anything is bundled, so a broken dataset stops the build with a message
 * naming file, record and field instead of surfacing later as a blank chart.
 */
export function validateData(dataDir = 'data'): Plugin {
  const check = () => {
    const files: Record<string, unknown> = {};
    for (const name of Object.values(DATA_FILES)) {
      const path = resolve(dataDir, name);
      files[name] = parseDataFile(name, readFileSync(path, 'utf8'));
    }
    return validateDataset(files);
  };
  return {
    name: 'validate-data',
    buildStart() {
      for (const name of Object.values(DATA_FILES)) this.addWatchFile(resolve(dataDir, name));
      try {
        check();
      } catch (error) {
        if (error instanceof DatasetError) this.error(`The dataset is broken:\n${error.message}`);
        throw error;
      }
    },
  };
}
