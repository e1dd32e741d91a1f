// Files the build and its configuration share.
import { resolve } from 'node:path';

/** The project folder. */
export const ROOT = resolve(import.meta.dirname, '..');

/** pym.js as the npm package ships it; published verbatim at `PYM_PATH` for hosts that lack it. */
export const PYM_SCRIPT = resolve(ROOT, 'node_modules/pym.js/dist/pym.v1.min.js');

/** The embed code's own script, published verbatim at `LOADER_PATH` (src/lib/embed/code.ts). */
export const LOADER_SCRIPT = resolve(ROOT, 'src/lib/embed/loader.v1.js');

/** Where the site publishes pym.js, relative to its root. */
export const PYM_PATH = 'vendor/pym.v1.min.js';
