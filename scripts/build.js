// Builds the site into dist/: the client bundle (Vite), then the prerendered pages (the same Svelte
// components rendered in Node, with every chart state drawn by Plot into a jsdom document), then the
// data downloads and what a site publishes beside its pages. A broken dataset or copy that does not
// match the step list stops it here.
//
// The build is atomic: everything is written into a fresh staging folder, which replaces dist/ only
// once the whole build has succeeded. A failed build leaves dist/ exactly as it was.
import { chmod, copyFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { arqueroPrecompiled, recordCompiledCode, recordParsedCode } from './arquero-aot.js';
import { LOADER_SCRIPT, PYM_PATH, PYM_SCRIPT, ROOT } from './paths.js';
import {
  bundledPackages,
  contentSecurityPolicy,
  hashedName,
  headersFile,
  inlineHash,
  licenseNotices,
  pageUrl,
  robotsTxt,
  siteAddress,
  sitemap,
} from './publish.js';
import { chartImagePng, chartImageSvg } from './chart-image.js';
import { SHARE_HEIGHT, SHARE_WIDTH, sharePng } from './share-image.js';

/**
 * Puts the prerendered markup for each `data-slot` into its (empty) element.
 * @param {string} html
 * @param {Map<string, string>} slots
 */
function fillSlots(html, slots) {
  /** @type {Set<string>} */
  const filled = new Set();
  const out = html.replace(
    /(<(div|noscript|template)\b[^>]*\bdata-slot="([^"]+)"[^>]*>)(<\/\2>)/g,
    /** @type {(m: string, open: string, tag: string, name: string, close: string) => string} */
    (_, open, _tag, name, close) => {
      const inner = slots.get(name);
      if (inner === undefined) throw new Error(`No prerendered markup for slot "${name}"`);
      filled.add(name);
      return open + inner + close;
    },
  );
  // A slot on an element of another kind, or not empty, would silently stay unfilled.
  for (const [, name] of html.matchAll(/\bdata-slot="([^"]+)"/g)) {
    if (name && !filled.has(name))
      throw new Error(`The slot "${name}" is not an empty <div>, <noscript> or <template>`);
  }
  return out;
}

/**
 * Replaces the one `marker` in `html` with `markup`, taken literally: a function replacer, so `$&`,
 * `` $` ``, `$'` or `$$` in the copy are text, not replacement patterns. A template without the
 * marker stops the build.
 * @param {string} html
 * @param {string} marker
 * @param {string} markup
 * @param {string} template the template's name, for the error
 */
export function insert(html, marker, markup, template) {
  if (!html.includes(marker)) throw new Error(`${template}: no ${marker} to fill`);
  return html.replace(marker, () => markup);
}

/**
 * What kind of page a template makes, for its security policy.
 * @param {import('../src/pages.ts').Template} template
 * @returns {import('./publish.js').PageKind}
 */
const pageKind = (template) =>
  template === 'embed/index.html' ? 'embed' : template === 'offline.html' ? 'offline' : 'page';

/**
 * @typedef {{ script: string, style: string, hashes: import('./publish.js').InlineHashes }} OfflineAssets
 *   the offline edition's script and stylesheet as they stand in its file, and their hashes
 */

/**
 * The offline edition's script and stylesheet, made safe to stand inside `<script>` and `<style>`.
 * In the script, `<!--`, `<script` and `</script` (the bundler writes them only in strings, template
 * literals and regular expressions: the embed code, Svelte's templates) would end the element early
 * or change how its end is found; each gets one character escaped (`<\x21--`, `<\x73cript`,
 * `<\/script`), which means the same in all three. A stylesheet that could end its element early,
 * or a stylesheet that names a file to load, stops the build: the file must load nothing.
 * @param {Record<'js' | 'css', Buffer | null>} files
 * @returns {OfflineAssets}
 */
export function offlineAssets(files) {
  if (!files.js || !files.css)
    throw new Error('src/offline.ts: the build wrote no offline.js or offline.css');
  const script = String(files.js)
    .trim()
    .replace(/<!--/g, '<\\x21--')
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(/<(script)/gi, (_, word) => `<\\x${word.charCodeAt(0).toString(16)}${word.slice(1)}`);
  const style = String(files.css).trim();
  if (/<\/style/i.test(style)) throw new Error('src/offline.ts: its stylesheet contains "</style"');
  const url = /url\(\s*['"]?(?!data:|#)([^'")]+)/i.exec(style) ?? /@import\s/i.exec(style);
  if (url) throw new Error(`src/offline.ts: its stylesheet loads a file (${url[0]})`);
  return { script, style, hashes: { scripts: [inlineHash(script)], styles: [inlineHash(style)] } };
}

/**
 * The offline edition's page: the template filled with the prerendered markup and slots, its own
 * script and stylesheet written in, and a security policy that allows those two by hash and loads
 * nothing. Its head has no links to other pages or files (no canonical, oEmbed or share tags): a
 * saved file has no address of its own.
 * @param {string} template
 * @param {import('../src/pages.ts').Page} page
 * @param {import('../src/entry-server.ts').PageMarkup} markup
 * @param {Map<string, string>} slots
 * @param {OfflineAssets} assets
 */
function offlinePage(template, page, markup, slots, assets) {
  const name = page.template;
  const csp = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy('offline', 'meta', assets.hashes)}">`;
  let html = insert(template, '<!--ssr-csp-->', csp, name);
  html = insert(html, '<!--ssr-lang-->', page.lang, name);
  html = insert(html, '<!--ssr-head-->', markup.head, name);
  html = insert(html, '<!--ssr-body-->', fillSlots(markup.body, slots), name);
  html = insert(html, '<!--offline-style-->', `<style>${assets.style}</style>`, name);
  return insert(html, '<!--offline-script-->', `<script>${assets.script}</script>`, name);
}

/**
 * Moves `staging` into place as `outDir`: the old `outDir` is renamed aside first and removed only
 * after the new one is in place (both on the same file system, so each step is a rename).
 * @param {string} staging
 * @param {string} outDir
 */
async function publish(staging, outDir) {
  const old = `${staging}-old`;
  const hadOld = await rename(outDir, old).then(
    () => true,
    (/** @type {NodeJS.ErrnoException} */ error) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (hadOld) await rename(old, outDir);
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}

/**
 * Builds the site of the project at `root` into `outDir`.
 * @param {{ root?: string, outDir?: string, siteUrl?: string }} [options] `siteUrl` defaults to the
 *   `SITE_URL` setting (environment variable).
 */
export async function buildSite(options = {}) {
  const root = options.root ?? ROOT;
  const outDir = options.outDir ?? join(root, 'dist');
  const siteUrl = siteAddress(options.siteUrl ?? process.env.SITE_URL);
  // Beside dist/ (one file system, so the final move is a rename), and unique per build.
  const staging = await mkdtemp(join(dirname(outDir), '.build-'));
  const ssrDir = await mkdtemp(join(root, '.ssr-'));
  try {
    await buildInto(root, staging, ssrDir, siteUrl);
    // mkdtemp makes the folder private; the published one must be readable by a web server.
    await chmod(staging, 0o755);
    await publish(staging, outDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(ssrDir, { recursive: true, force: true });
  }
  return outDir;
}

/**
 * @param {string} root
 * @param {string} outDir the staging folder
 * @param {string} ssrDir
 * @param {string | null} siteUrl
 */
async function buildInto(root, outDir, ssrDir, siteUrl) {
  /** @type {import('vite').InlineConfig} */
  const quiet = { root, logLevel: 'warn', configFile: join(root, 'vite.config.ts') };
  /** npm packages with code in the browser bundles, for the license notices. */
  const packages = new Set(['pym.js']);
  await build({
    ...quiet,
    build: { ssr: 'src/entry-server.ts', outDir: ssrDir, emptyOutDir: true, copyPublicDir: false },
  });
  const server = await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href);
  // Arquero's expressions, compiled now so the browser never generates code (see arquero-aot.js).
  /** @type {string[][]} */
  let compiled = [];
  const parsed = await recordParsedCode(() => {
    compiled = recordCompiledCode(() => server.deriveAsBrowser());
  });
  const arquero = arqueroPrecompiled(compiled, parsed);
  const browserPlugins = () => [bundledPackages(packages), arquero];
  await build({ ...quiet, plugins: browserPlugins(), build: { outDir, emptyOutDir: true } });

  // The embeds load classic scripts and a plain stylesheet: a sandboxed frame has an opaque origin,
  // and module scripts or crossorigin stylesheets would then need CORS headers from the host. Their
  // names carry a content hash, like Vite's chunks, so that a cached old script never meets new
  // HTML after a deploy. The embed script finds the chart code (Plot, Arquero), which it loads only
  // when a chart changes, by the `data-charts` attribute of its own script tag.
  const embedAssets = join(outDir, 'embed/assets');
  /**
   * Builds `entry` as one classic script (global `name`), everything it imports in it (dynamic
   * imports too), with its stylesheet if it has one. Returns their contents.
   * @param {string} entry
   * @param {string} name
   * @param {string} file
   * @returns {Promise<Record<'js' | 'css', Buffer | null>>}
   */
  const bundle = async (entry, name, file) => {
    const out = await mkdtemp(join(outDir, '.classic-'));
    await build({
      ...quiet,
      publicDir: false,
      plugins: browserPlugins(),
      build: {
        outDir: out,
        emptyOutDir: true,
        lib: { entry, formats: ['iife'], name, fileName: () => `${file}.js`, cssFileName: file },
        rollupOptions: { input: entry },
      },
    });
    const read = (/** @type {string} */ ext) => readFile(join(out, `${file}.${ext}`)).catch(() => null);
    const files = { js: await read('js'), css: await read('css') };
    await rm(out, { recursive: true, force: true });
    if (!files.js) throw new Error(`${entry}: the build wrote no ${file}.js`);
    return files;
  };
  /**
   * Builds `entry` as one classic script (global `name`) into embed/assets/, then gives the script
   * and its stylesheet (if any) content-hashed names. Returns the names.
   * @param {string} entry
   * @param {string} name
   * @param {string} file
   */
  const classic = async (entry, name, file) => {
    const files = await bundle(entry, name, file);
    await mkdir(embedAssets, { recursive: true });
    /** @type {Record<'js' | 'css', string | undefined>} */
    const names = { js: undefined, css: undefined };
    for (const ext of /** @type {const} */ (['js', 'css'])) {
      const contents = files[ext];
      if (!contents) continue;
      names[ext] = hashedName(`${file}.${ext}`, contents);
      await writeFile(join(embedAssets, names[ext]), contents);
    }
    return names;
  };
  const charts = await classic('src/embed-charts.ts', 'separatedCharts', 'charts');
  const embed = await classic('src/embed.ts', 'separatedEmbed', 'embed');
  if (!embed.css) throw new Error('src/embed.ts: the build wrote no embed.css');
  // The offline edition: one file, its script (the chart code and the dataset in it) and stylesheet
  // written into it, allowed by their hashes.
  const offline = offlineAssets(await bundle('src/offline.ts', 'separatedOffline', 'offline'));

  /** @type {import('../src/pages.ts').Page[]} */
  const pages = server.PAGES;
  /** @type {Record<string, string>} each edition's folder */
  const dirs = server.EDITION_DIRS;
  const langs = [...new Set(pages.map((p) => p.lang))];
  if (!langs.length) throw new Error('src/pages.ts: the page table lists no page');

  // One prerenderer per language, its copy checked and its slots rendered once for all its pages.
  /** @type {Map<string, { site: import('../src/entry-server.ts').Prerenderer, slots: Map<string, string> }>} */
  const prerenderers = new Map();
  for (const lang of langs) {
    const site = server.prerender(lang);
    const problems = site.problems();
    if (problems.length) throw new Error(`The copy does not source its figures:\n  ${problems.join('\n  ')}`);
    prerenderers.set(lang, { site, slots: site.renderSlots() });
  }
  /** @param {string} lang */
  const prerendered = (lang) => {
    const found = prerenderers.get(lang);
    if (!found) throw new Error(`No prerenderer for ${lang}`);
    return found;
  };

  // Each edition's share image: its headline beside the headline chart, with the page's colours.
  const css = await readFile(join(root, 'src/styles/global.css'), 'utf8');
  await mkdir(join(outDir, 'assets'), { recursive: true });
  /** @type {Map<string, string>} share image path (from the site root), by language */
  const shareImages = new Map();
  for (const lang of langs) {
    const png = sharePng({ ...prerendered(lang).site.shareCard(), css });
    const path = `assets/${hashedName(`share-${lang}.png`, png)}`;
    await writeFile(join(outDir, path), png);
    shareImages.set(lang, path);
  }

  // Every chart at every step as a static image (SVG and PNG) in each edition's folder, beside the
  // embeds: for app readers, social cards, the embeds' script-free fallback and downloads.
  /** @type {Map<string, Map<string, { width: number, height: number }>>} image sizes (CSS px) by language, then step */
  const imageSizes = new Map();
  for (const lang of langs) {
    /** @type {Map<string, { width: number, height: number }>} */
    const sizes = new Map();
    for (const card of prerendered(lang).site.imageCards()) {
      const { svg, width, height } = chartImageSvg(card, css);
      /** @type {{ svg: string, png: string }} */
      const paths = server.stateImagePaths(card.chart, card.step, dirs[lang] ?? '');
      await mkdir(dirname(join(outDir, paths.svg)), { recursive: true });
      await writeFile(join(outDir, paths.svg), svg);
      await writeFile(join(outDir, paths.png), chartImagePng(svg, server.IMAGE_DENSITY));
      sizes.set(card.step, { width, height });
    }
    imageSizes.set(lang, sizes);
    // Beside each step's images, the rows its chart draws (CSV, JSON), in the edition's words.
    for (const { chart, step, csv, json } of prerendered(lang).site.stepData()) {
      /** @type {{ csv: string, json: string }} */
      const paths = server.stateDataPaths(chart, step, dirs[lang] ?? '');
      await writeFile(join(outDir, paths.csv), csv);
      await writeFile(join(outDir, paths.json), json);
    }
  }

  /** Where an edition's oEmbed answer for `chart` (or, without it, the story) is published. */
  const oembedPath = (/** @type {string} */ lang, /** @type {string | undefined} */ chart) =>
    `${dirs[lang] ?? ''}embed/${chart ? `${chart}/` : ''}oembed.json`;

  // The story template is the page Vite built; read it before the story page replaces it.
  const templates = {
    'index.html': await readFile(join(outDir, 'index.html'), 'utf8'),
    'embed/index.html': await readFile(join(root, 'embed/index.html'), 'utf8'),
    'present.html': await readFile(join(outDir, 'present.html'), 'utf8'),
    'offline.html': await readFile(join(root, 'offline.html'), 'utf8'),
  };
  // The classroom pages' template is not a page itself: each edition's are written from it.
  await rm(join(outDir, 'present.html'));
  for (const page of pages) {
    const { site, slots } = prerendered(page.lang);
    // The page's folder online: where an offline page's links to what a file cannot carry lead, and
    // the address a printed page gives.
    const online = siteUrl ? new URL('./', new URL(page.path, siteUrl)).href : null;
    if (page.template === 'offline.html') {
      const markup = page.render(site, server.placeOf(page), online);
      await writeFile(
        join(outDir, page.path),
        offlinePage(templates[page.template], page, markup, slots, offline),
      );
      continue;
    }
    const markup = page.render(site, server.placeOf(page), online);
    // Asset paths relative to the page: `./assets/` in Vite's template, `embed/assets/` for embeds.
    const toRoot = posix.relative(posix.dirname(page.path), '.') || '.';
    const assets = posix.relative(posix.dirname(page.path), 'embed/assets');
    const template = templates[page.template];
    const kind = pageKind(page.template);
    const csp = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(kind, 'meta')}">`;
    // One oEmbed discovery link: the chart's for a chart's embed, the story's for every other page.
    const oembedHref = siteUrl
      ? new URL(oembedPath(page.lang, page.chart), siteUrl).href
      : posix.relative(posix.dirname(page.path), oembedPath(page.lang, page.chart));
    let head = markup.head + server.headLinks(page, siteUrl) + site.oembedLink(page.chart, oembedHref);
    if (kind === 'page') {
      const image = shareImages.get(page.lang) ?? '';
      const url = siteUrl ? new URL(image, siteUrl).href : posix.relative(posix.dirname(page.path), image);
      head += site.socialHead(siteUrl ? pageUrl(siteUrl, page.path) : null, {
        url,
        width: SHARE_WIDTH,
        height: SHARE_HEIGHT,
      });
    }
    let html = insert(template, '<!--ssr-csp-->', csp, page.template);
    html = insert(html, '<!--ssr-lang-->', page.lang, page.template);
    html = insert(html, '<!--ssr-head-->', head, page.template);
    html = insert(html, '<!--ssr-body-->', fillSlots(markup.body, slots), page.template);
    if (kind === 'embed') {
      const tags = `<link rel="stylesheet" href="${assets}/${embed.css}"><script defer src="${assets}/${embed.js}" data-charts="${charts.js}"></script>`;
      html = insert(html, '<!--embed-assets-->', tags, page.template);
    }
    if (toRoot !== '.') html = html.replaceAll('"./assets/', () => `"${toRoot}/assets/`);
    if (page.chart) {
      html = insert(html, 'data-embed-chart=""', `data-embed-chart="${page.chart}"`, page.template);
    }
    await mkdir(dirname(join(outDir, page.path)), { recursive: true });
    await writeFile(join(outDir, page.path), html);
  }

  // What each edition publishes beside its pages, in its own folder and language: the oEmbed
  // answers, the embeds' manifest and the data downloads.
  // One answer per chart embed and one for the story (beside the story's embed).
  for (const { path, chart, lang, template } of pages) {
    if (template !== 'embed/index.html') continue;
    // oEmbed consumers need absolute addresses: site-relative unless the site address is set.
    const base = siteUrl ?? `${posix.relative(posix.dirname(path), '.')}/`;
    const answer = prerendered(lang).site.oembedFor(
      chart,
      base,
      dirs[lang] ?? '',
      imageSizes.get(lang) ?? new Map(),
    );
    await writeFile(join(outDir, oembedPath(lang, chart)), `${JSON.stringify(answer, null, 2)}\n`);
  }
  for (const [lang, { site }] of prerenderers) {
    const dir = join(outDir, dirs[lang] ?? '');
    // The manifest's addresses: absolute with the site address, else relative to its own folder.
    const edition = siteUrl
      ? new URL(dirs[lang] ?? '', siteUrl).href
      : `${posix.relative(posix.join(dirs[lang] ?? '', 'embed'), dirs[lang] ?? '.')}/`;
    await writeFile(
      join(dir, 'embed/charts.json'),
      `${JSON.stringify(site.manifest(edition, imageSizes.get(lang) ?? new Map()), null, 2)}\n`,
    );
    for (const file of site.downloads()) {
      const path = join(dir, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.contents);
    }
  }
  // pym.js for hosts that paste the embed code without having it already (one copy, at the root,
  // verbatim: the embed code pins its integrity hash).
  await mkdir(join(outDir, dirname(PYM_PATH)), { recursive: true });
  await copyFile(PYM_SCRIPT, join(outDir, PYM_PATH));
  // The embed code's script, verbatim: the embed code pins its integrity hash too.
  await copyFile(LOADER_SCRIPT, join(outDir, server.LOADER_PATH));

  // For search engines: the pages a reader lands on, in every language (not the embeds, which are
  // `noindex`). A sitemap needs absolute addresses, so it is written only when the site address is set.
  const indexed = pages.filter((p) => p.template === 'index.html');
  if (siteUrl) {
    const entries = indexed.map((p) => ({ url: pageUrl(siteUrl, p.path) }));
    await writeFile(join(outDir, 'sitemap.xml'), sitemap(entries));
  }
  await writeFile(join(outDir, 'robots.txt'), robotsTxt(siteUrl ? `${siteUrl}sitemap.xml` : null));
  await writeFile(join(outDir, 'THIRD-PARTY-NOTICES.txt'), licenseNotices(root, packages));
  // Security policy and cache rules for hosts that read a `_headers` file (README: Publishing).
  const headers = headersFile(
    pages.map((p) => ({ path: p.path, kind: pageKind(p.template) })),
    siteUrl ? new URL(siteUrl).pathname : '/',
    {
      shared: [
        PYM_PATH,
        server.LOADER_PATH,
        ...langs.map((lang) => `${dirs[lang] ?? ''}embed/charts.json`),
        ...pages.flatMap((p) => (p.template === 'embed/index.html' ? [oembedPath(p.lang, p.chart)] : [])),
      ],
      offline: offline.hashes,
    },
  );
  await writeFile(join(outDir, '_headers'), headers);
  if (!siteUrl) {
    console.warn(
      'SITE_URL is not set: no sitemap.xml, canonical and language links are relative, and the share tags have no page address.',
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildSite().then(
    (outDir) => console.log(`Built the story into ${outDir}`),
    (error) => {
      console.error(
        `\nBuild failed (dist/ left as it was): ${error instanceof Error ? error.message : error}`,
      );
      process.exit(1);
    },
  );
}
