// What the build publishes beside the pages, as small pure functions: content hashes and subresource
// integrity, the third-party license notices of what the bundles contain, the sitemap and robots.txt,
// the site address setting, and the `_headers` file (security policy and cache rules) for static hosts.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The short content hash put into file names (`embed-<hash>.js`): 8 URL-safe characters, as Vite's.
 * @param {string | Buffer} contents
 */
export function contentHash(contents) {
  return createHash('sha256').update(contents).digest('base64url').slice(0, 8);
}

/**
 * A subresource integrity value (`sha384-…`) for `contents`.
 * @param {string | Buffer} contents
 */
export function integrity(contents) {
  return `sha384-${createHash('sha384').update(contents).digest('base64')}`;
}

/**
 * `name.ext` with its content hash: `name-<hash>.ext`.
 * @param {string} file a file name (no directory)
 * @param {string | Buffer} contents
 */
export function hashedName(file, contents) {
  const dot = file.lastIndexOf('.');
  return `${file.slice(0, dot)}-${contentHash(contents)}${file.slice(dot)}`;
}

/**
 * The site's absolute address from the `SITE_URL` setting, with a trailing slash; `null` when unset.
 * Anything but an absolute http(s) address stops the build, naming the setting.
 * @param {string | undefined} value
 * @returns {string | null}
 */
export function siteAddress(value) {
  if (value === undefined || value.trim() === '') return null;
  /** @type {URL} */
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL: not an absolute address: "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL: must start with https:// or http://, got "${value}"`);
  }
  if (url.search || url.hash) throw new Error(`SITE_URL: must not carry a query or fragment: "${value}"`);
  return url.href.replace(/\/?$/, '/');
}

/**
 * The address of a page (`index.html`, `de/index.html`) under the site address: the folder, since
 * static hosts serve a folder's index.html at the folder's address.
 * @param {string} site absolute, ending in "/"
 * @param {string} path relative to the site root
 */
export function pageUrl(site, path) {
  return new URL(path.replace(/(^|\/)index\.html$/, '$1'), site).href;
}

/**
 * @param {string} text
 */
function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A sitemap (sitemaps.org 0.9) of `urls`, which must be absolute.
 * @param {{ url: string, lastmod?: string }[]} entries
 */
export function sitemap(entries) {
  const urls = entries.map(({ url, lastmod }) => {
    const mod = lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : '';
    return `  <url><loc>${escapeXml(url)}</loc>${mod}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('\n')}
</urlset>
`;
}

/**
 * robots.txt: everything may be crawled (the embeds carry `noindex` themselves); names the sitemap
 * when its absolute address is known.
 * @param {string | null} sitemapUrl
 */
export function robotsTxt(sitemapUrl) {
  return `User-agent: *\nAllow: /\n${sitemapUrl ? `\nSitemap: ${sitemapUrl}\n` : ''}`;
}

/**
 * The npm package a bundled module belongs to (`d3-array`, `@observablehq/plot`), or null for the
 * project's own modules.
 * @param {string} id a module id (file path) from the bundler
 */
export function packageOf(id) {
  const at = id.lastIndexOf('node_modules/');
  if (at < 0) return null;
  const [scope = '', name = ''] = id.slice(at + 'node_modules/'.length).split('/');
  return scope.startsWith('@') ? `${scope}/${name}` : scope;
}

/**
 * A Vite plugin that adds to `found` the name of every npm package with code in the bundle (modules
 * tree-shaken to nothing do not count), for the license notices.
 * @param {Set<string>} found
 * @returns {import('vite').Plugin}
 */
export function bundledPackages(found) {
  return {
    name: 'bundled-packages',
    generateBundle(_, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(output.modules)) {
          const name = packageOf(id);
          if (name && module.renderedLength > 0) found.add(name);
        }
      }
    },
  };
}

const LICENSE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i;

/**
 * THIRD-PARTY-NOTICES.txt: for each package, its name, version, license and the full text of its
 * license file, read from node_modules. A package without a license file stops the build: the site
 * must not ship code whose terms it cannot show.
 * @param {string} root the project folder (with node_modules/)
 * @param {Iterable<string>} names
 */
export function licenseNotices(root, names) {
  const sections = [...new Set(names)].sort().map((name) => {
    const dir = join(root, 'node_modules', name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = existsSync(dir) ? readdirSync(dir).find((f) => LICENSE_FILE.test(f)) : undefined;
    if (!file) throw new Error(`node_modules/${name}: no license file to publish`);
    const text = readFileSync(join(dir, file), 'utf8').trim();
    return `${name} ${pkg.version} (${pkg.license ?? 'see below'})\n${'-'.repeat(72)}\n${text}\n`;
  });
  return `Third-party software in this site's scripts, with the notices its licenses require.\n\n${sections.join('\n\n')}`;
}

/**
 * @typedef {'page' | 'embed' | 'offline'} PageKind a page readers open (the story), one made for other
 *   sites' iframes (`embed/…`), or the offline edition (`offline.html`), one file that carries its
 *   own script and stylesheet
 */

/**
 * @typedef {{ scripts: string[], styles: string[] }} InlineHashes the `'sha256-…'` sources of the
 *   offline edition's inline scripts and styles
 */

/**
 * The source a Content Security Policy allows an inline script or style by: `'sha256-<base64>'` of
 * its text exactly as it stands between its tags.
 * @param {string} text
 */
export function inlineHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The Content Security Policy of a page: scripts, styles, fonts and data only from the site itself,
 * no inline script or style and no `eval` (Arquero's expressions are compiled at build time, Plot's
 * inline styles moved to the stylesheet), no plugins, no `<base>`, no forms. Images may also be
 * `data:` (the page's empty favicon). `frame-ancestors`, which a `<meta>` cannot carry, is in the
 * header version only: the story may be framed by the site itself, the embeds by any site.
 *
 * The offline edition loads nothing at all: everything is denied (`default-src 'none'`) but its own
 * inline script and stylesheet, allowed by hash (`inline`; never `'unsafe-inline'`), and `data:`
 * images.
 * @param {PageKind} kind
 * @param {'meta' | 'header'} delivery
 * @param {InlineHashes} [inline] the offline edition's
 */
export function contentSecurityPolicy(kind, delivery, inline) {
  if (kind === 'offline') {
    if (!inline?.scripts.length || !inline.styles.length)
      throw new Error('The offline edition needs the hashes of its inline script and stylesheet');
    const directives = [
      "default-src 'none'",
      `script-src ${inline.scripts.join(' ')}`,
      `style-src ${inline.styles.join(' ')}`,
      'img-src data:',
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ];
    if (delivery === 'header') directives.push("frame-ancestors 'self'");
    return directives.join('; ');
  }
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
  ];
  if (delivery === 'header') directives.push(`frame-ancestors ${kind === 'embed' ? '*' : "'self'"}`);
  return directives.join('; ');
}

export const CACHE = {
  /** Files whose name carries a content hash: never change under the same name. */
  hashed: 'public, max-age=31536000, immutable',
  /** Pages: a correction reaches readers within minutes. */
  html: 'public, max-age=300, must-revalidate',
  /** Everything else (downloads, manifests, pym.js, robots.txt, sitemap). */
  other: 'public, max-age=3600',
};

/**
 * The `_headers` file that Netlify, Cloudflare Pages and similar hosts read: for each page its
 * security policy and a short cache lifetime, a year (immutable) for content-hashed assets, and
 * CORS for what other sites load (pym.js with subresource integrity, the oEmbed answers, the
 * manifest). No path gets the same header from two rules (such hosts would join the values).
 * @param {{ path: string, kind: PageKind }[]} pages paths relative to the site root
 * @param {string} base the site's path on its host (`/` or `/graphics/2021/separated/`)
 * @param {{ shared: string[], offline?: InlineHashes }} files other published files, relative to the site
 *   root, shared with other sites; the offline edition's inline hashes
 */
export function headersFile(pages, base, { shared, offline }) {
  /** @type {string[]} */
  const rules = [];
  /** @param {string} path @param {Record<string, string>} headers */
  const rule = (path, headers) =>
    rules.push([`${base}${path}`, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'));
  for (const { path, kind } of pages) {
    const headers = {
      'Content-Security-Policy': contentSecurityPolicy(kind, 'header', offline),
      'Cache-Control': CACHE.html,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    };
    const folder = path.replace(/(^|\/)index\.html$/, '$1');
    rule(folder, headers);
    if (folder !== path) rule(path, headers);
  }
  rule('assets/*', { 'Cache-Control': CACHE.hashed, 'X-Content-Type-Options': 'nosniff' });
  rule('embed/assets/*', { 'Cache-Control': CACHE.hashed, 'X-Content-Type-Options': 'nosniff' });
  for (const path of shared) {
    rule(path, {
      'Cache-Control': CACHE.other,
      'Access-Control-Allow-Origin': '*',
      'X-Content-Type-Options': 'nosniff',
    });
  }
  rule('data/*', { 'Cache-Control': CACHE.other, 'X-Content-Type-Options': 'nosniff' });
  return `${rules.join('\n\n')}\n`;
}

/**
 * Reads a `_headers` file into rules: a path (exact, or ending in `*` for a prefix) and its headers.
 * @param {string} text
 * @returns {{ path: string, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ path: string, headers: [string, string][] }[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const current = rules[rules.length - 1];
    if (colon < 0 || !current) throw new Error(`_headers: cannot read "${line.trim()}"`);
    current.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The headers of the rules that match `path`, as a host applies them.
 * @param {{ path: string, headers: [string, string][] }[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const rule of rules) {
    const match = rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
    if (!match) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] ? `${headers[key]}, ${value}` : value;
    }
  }
  return headers;
}
