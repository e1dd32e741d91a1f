// A tiny static server for the built site, mounted under a newsroom-style sub-path so relative asset
// paths are exercised. Used by the browser tests (tests/browser/harness.ts) and by the bench (scripts/bench/).
// By default no compression and no cache headers (byte sizes are measured separately, from the
// files); with `{ asHost: true }` it answers the way a static host or CDN does, for Lighthouse.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, isAbsolute, sep } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from './publish.js';

export const DIST = resolve(import.meta.dirname, '../dist');
export const SUB_PATH = '/graphics/2021/separated/';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** Types a static host compresses. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.webmanifest',
  '.csv',
  '.txt',
  '.xml',
  '.svg',
]);
/** Files whose name carries a content hash (Vite's `name-[hash].ext`): cached for a year. */
const HASHED = /-[\w-]{8,}\.[a-z0-9]+$/i;
const CACHE_HASHED = 'public, max-age=31536000, immutable';
const CACHE_HTML = 'public, max-age=300, must-revalidate';
const CACHE_OTHER = 'public, max-age=3600';

/**
 * @typedef {object} ServeOptions
 * @property {boolean} [asHost] answer like a static host: brotli or gzip (by `Accept-Encoding`) for
 *   text types with `Content-Encoding` and `Vary`, and the headers of the site's `_headers` file (its
 *   security policy and cache rules, with paths relative to the served prefix); where that file sets
 *   no `Cache-Control`, a year (immutable) for hashed files under assets/, five minutes for HTML and
 *   an hour for the rest. Default off.
 */

/**
 * @typedef {object} Served
 * @property {string} path
 * @property {string} encoding `br`, `gzip` or `identity`
 * @property {string} cacheControl
 * @property {number} bytes bytes sent (body)
 */

/**
 * @typedef {object} StaticServer
 * @property {string} origin The server's origin (`http://localhost:<port>` when bound to 127.0.0.1).
 * @property {string} url The site's address: origin + sub-path.
 * @property {number} port The port the server listens on.
 * @property {() => Promise<void>} close Stops the server (open keep-alive connections included).
 * @property {Served[]} served with `asHost`, each 200 response (empty otherwise)
 */

/**
 * The `Cache-Control` a static host would send for `file` (served at `path` under `prefix`).
 * @param {string} file
 * @param {string} path
 * @param {string} prefix
 */
function cacheControl(file, path, prefix) {
  const ext = extname(file).toLowerCase();
  if (ext === '.html') return CACHE_HTML;
  const inAssets = path.slice(prefix.length).split('/').includes('assets');
  return inAssets && HASHED.test(file) ? CACHE_HASHED : CACHE_OTHER;
}

/**
 * The encoding a static host would pick for a client that accepts `accepted`.
 * @param {string} accepted the request's Accept-Encoding
 */
function pickEncoding(accepted) {
  const names = accepted
    .toLowerCase()
    .split(',')
    .map((part) => part.split(';'))
    .filter(([, q]) => !q || !/^\s*q=0(\.0*)?\s*$/.test(q))
    .map(([name]) => name?.trim());
  return names.includes('br') ? 'br' : names.includes('gzip') ? 'gzip' : 'identity';
}

/** Compressed bodies, by encoding, path and modification time. @type {Map<string, Buffer>} */
const compressed = new Map();

/**
 * @param {string} file
 * @param {number} mtime
 * @param {'br' | 'gzip'} encoding
 */
async function compressedBody(file, mtime, encoding) {
  const key = `${encoding}:${mtime}:${file}`;
  let body = compressed.get(key);
  if (!body) {
    const raw = await readFile(file);
    body =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(raw, { level: 9 });
    compressed.set(key, body);
  }
  return body;
}

/**
 * Maps a request path to a file under `root`, or null if it is outside the prefix or escapes `root`.
 * @param {string} root absolute, resolved
 * @param {string} prefix
 * @param {string} path decoded URL pathname
 */
function fileFor(root, prefix, path) {
  if (!path.startsWith(prefix) || path.includes('\0')) return null;
  const file = resolve(root, '.' + sep + path.slice(prefix.length));
  const rel = relative(root, file);
  if (rel.startsWith('..') || isAbsolute(rel)) return null;
  return file;
}

/**
 * Serves `root` under `prefix` on a free port of `host`; anything outside the prefix is a 404.
 * @param {string} [root]
 * @param {string} [prefix] must start and end with "/"
 * @param {string} [host]
 * @param {ServeOptions} [options]
 * @returns {Promise<StaticServer>}
 */
export async function serve(root = DIST, prefix = SUB_PATH, host = '127.0.0.1', options = {}) {
  /** @type {Served[]} */
  const served = [];
  const base = resolve(root);
  const index = await stat(join(base, 'index.html')).catch(() => null);
  if (!index?.isFile()) throw new Error(`${base} has no index.html: run "npm run build" first`);
  const headerRules = options.asHost
    ? parseHeadersFile(await readFile(join(base, '_headers'), 'utf8').catch(() => ''))
    : [];

  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      let path;
      try {
        path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      let file = fileFor(base, prefix, path);
      if (!file) {
        res.writeHead(path.startsWith(prefix) ? 403 : 404).end();
        return;
      }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!path.endsWith('/')) {
          // As static hosts do, so that the page's relative URLs resolve inside the directory.
          const url = new URL(req.url ?? '/', 'http://x');
          res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) {
        res.writeHead(404).end();
        return;
      }
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      if (options.asHost) {
        const extra = headersFor(headerRules, `/${path.slice(prefix.length)}`);
        const cache = extra['cache-control'] ?? cacheControl(file, path, prefix);
        const accepted = String(req.headers['accept-encoding'] ?? '');
        const encoding = COMPRESSIBLE.has(extname(file).toLowerCase()) ? pickEncoding(accepted) : 'identity';
        const body =
          encoding === 'identity' ? await readFile(file) : await compressedBody(file, info.mtimeMs, encoding);
        res.writeHead(200, {
          ...extra,
          'content-type': type,
          'content-length': body.length,
          'cache-control': cache,
          'last-modified': info.mtime.toUTCString(),
          ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
          ...(COMPRESSIBLE.has(extname(file).toLowerCase()) ? { vary: 'Accept-Encoding' } : {}),
        });
        served.push({ path, encoding, cacheControl: cache, bytes: body.length });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      res.writeHead(200, {
        'content-type': type,
        'content-length': info.size,
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, host, () => done(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://${host === '127.0.0.1' ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    origin,
    url: origin + prefix,
    port,
    served,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
