/**
 * Build-time plugins shared by the dev server, the build and the tests.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import archieml from 'archieml';
import type { Plugin } from 'vite';
import { duplicateKeyProblems } from '../src/lib/content/aml-keys.ts';
import { DATA_FILES } from '../src/lib/data/schema.ts';
import { DatasetError, parseDataFile, validateDataset } from '../src/lib/data/validate.ts';

/**
 * Turns `*.aml` content files (ArchieML, the newsroom convention for copy) into JSON modules. A file
 * that sets one key twice in a block stops the build, naming file, block and key: ArchieML would keep
 * the last line and drop the first without a word.
 */
export function archiemlContent(): Plugin {
  return {
    name: 'archieml-content',
    transform(code, id) {
      if (!id.endsWith('.aml')) return null;
      const problems = duplicateKeyProblems(code, relative(process.cwd(), id));
      if (problems.length) this.error(`A content file sets a key twice:\n${problems.join('\n')}`);
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
