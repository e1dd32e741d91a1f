// Building dist/ when needed, and the size of every file in it (raw and gzip -9).
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from '../serve-static.js';
import { ROOT } from './config.js';

/** @param {string[]} args */
export function run(args) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done(undefined) : fail(new Error(`${args.join(' ')} exited ${code}`)),
    );
  });
}

/**
 * Every file under `dir`, as paths relative to it with "/" separators.
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
async function walk(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * @typedef {object} FileSize
 * @property {string} file path relative to dist/
 * @property {string} type js | css | html
 * @property {number} raw bytes
 * @property {number} gzip bytes, gzip -9
 */

/** @returns {Promise<FileSize[]>} */
export async function measureBytes() {
  /** @type {FileSize[]} */
  const sizes = [];
  for (const file of await walk(DIST)) {
    const type = extname(file).slice(1).toLowerCase();
    if (!['js', 'css', 'html'].includes(type)) continue;
    const bytes = await readFile(join(DIST, file));
    sizes.push({ file, type, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return sizes;
}
