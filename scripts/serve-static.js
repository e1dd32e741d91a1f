// A tiny static server for the built site, mounted under a newsroom-style sub-path so relative asset
// paths are exercised. Used by the browser tests (tests/browser/harness.ts) and by scripts/bench.js.
// No compression: byte sizes are measured separately, from the files.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, isAbsolute, sep } from 'node:path';

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

/**
 * @typedef {object} StaticServer
 * @property {string} origin The server's origin (`http://localhost:<port>` when bound to 127.0.0.1).
 * @property {string} url The site's address: origin + sub-path.
 * @property {number} port The port the server listens on.
 * @property {() => Promise<void>} close Stops the server (open keep-alive connections included).
 */

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
 * @returns {Promise<StaticServer>}
 */
export async function serve(root = DIST, prefix = SUB_PATH, host = '127.0.0.1') {
  const base = resolve(root);
  const index = await stat(join(base, 'index.html')).catch(() => null);
  if (!index?.isFile()) throw new Error(`${base} has no index.html: run "npm run build" first`);

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
      res.writeHead(200, {
        'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
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
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
