// Builds the site into dist/: the client bundle (Vite), then the prerendered pages (the same Svelte
// components rendered in Node, with every chart state drawn by Plot into a jsdom document), then the
// data downloads. A broken dataset or copy that does not match the step list stops it here.
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, posix, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'dist');
const ssrDir = join(root, '.ssr');

/**
 * Puts the prerendered markup for each `data-slot` into its (empty) element.
 * @param {string} html
 * @param {Map<string, string>} slots
 */
function fillSlots(html, slots) {
  return html.replace(
    /(<div\b[^>]*\bdata-slot="([^"]+)"[^>]*>)(<\/div>)/g,
    /** @type {(m: string, open: string, name: string, close: string) => string} */
    (_, open, name, close) => {
      const inner = slots.get(name);
      if (inner === undefined) throw new Error(`No prerendered markup for slot "${name}"`);
      return open + inner + close;
    },
  );
}

async function main() {
  /** @type {import('vite').InlineConfig} */
  const quiet = { logLevel: 'warn', configFile: join(root, 'vite.config.ts') };
  await build({
    ...quiet,
    build: { ssr: 'src/entry-server.ts', outDir: ssrDir, emptyOutDir: true, copyPublicDir: false },
  });
  await build(quiet);
  // The embeds load one classic script and a plain stylesheet: a sandboxed frame has an opaque
  // origin, and module scripts or crossorigin stylesheets would then need CORS headers from the host.
  await build({
    ...quiet,
    publicDir: false,
    build: {
      outDir: join(outDir, 'embed/assets'),
      emptyOutDir: true,
      lib: {
        entry: 'src/embed.ts',
        formats: ['iife'],
        name: 'separatedEmbed',
        fileName: () => 'embed.js',
        cssFileName: 'embed',
      },
      rollupOptions: { input: 'src/embed.ts' },
    },
  });
  // …and the chart code (Plot, Arquero) as a second classic script, loaded only when a chart changes.
  await build({
    ...quiet,
    publicDir: false,
    build: {
      outDir: join(outDir, 'embed/assets'),
      emptyOutDir: false,
      lib: {
        entry: 'src/embed-charts.ts',
        formats: ['iife'],
        name: 'separatedCharts',
        fileName: () => 'charts.js',
      },
      rollupOptions: { input: 'src/embed-charts.ts' },
    },
  });

  const server = await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href);
  /** @type {import('../src/pages.ts').Page[]} */
  const pages = server.PAGES;
  /** @type {Record<string, string>} each edition's folder */
  const dirs = server.EDITION_DIRS;
  // The site's address, when it is known: canonical, hreflang and oEmbed links are absolute then.
  const siteUrl = process.env.SITE_URL ? process.env.SITE_URL.replace(/\/?$/, '/') : null;
  // One prerenderer per language, its copy checked and its slots rendered once for all its pages.
  /** @type {Map<string, { site: import('../src/entry-server.ts').Prerenderer, slots: Map<string, string> }>} */
  const langs = new Map();
  for (const lang of new Set(pages.map((p) => p.lang))) {
    const site = server.prerender(lang);
    const problems = site.problems();
    if (problems.length) throw new Error(`The copy does not source its figures:\n  ${problems.join('\n  ')}`);
    langs.set(lang, { site, slots: site.renderSlots() });
  }
  /** @param {string} lang */
  const prerendered = (lang) => {
    const found = langs.get(lang);
    if (!found) throw new Error(`No prerenderer for ${lang}`);
    return found;
  };

  // The story template is the page Vite built; read it before the story page replaces it.
  const templates = {
    'index.html': await readFile(join(outDir, 'index.html'), 'utf8'),
    'embed/index.html': await readFile(join(root, 'embed/index.html'), 'utf8'),
  };
  for (const page of pages) {
    const { site, slots } = prerendered(page.lang);
    const markup = page.render(site, server.placeOf(page));
    // Asset paths relative to the page: `./assets/` in Vite's template, `embed/assets/` for embeds.
    const toRoot = posix.relative(posix.dirname(page.path), '.') || '.';
    const embedAssets = posix.relative(posix.dirname(page.path), 'embed/assets');
    let html = templates[page.template]
      .replace('<!--ssr-lang-->', page.lang)
      .replace('<!--ssr-head-->', markup.head + server.headLinks(page, siteUrl))
      .replace('<!--ssr-body-->', fillSlots(markup.body, slots))
      .replace(
        '<!--embed-assets-->',
        `<link rel="stylesheet" href="${embedAssets}/embed.css"><script defer src="${embedAssets}/embed.js"></script>`,
      );
    if (toRoot !== '.') html = html.replaceAll('"./assets/', `"${toRoot}/assets/`);
    if (page.chart) html = html.replace('data-embed-chart=""', `data-embed-chart="${page.chart}"`);
    await mkdir(dirname(join(outDir, page.path)), { recursive: true });
    await writeFile(join(outDir, page.path), html);
  }

  // What each edition publishes beside its pages, in its own folder and language: the oEmbed
  // answers, the embeds' manifest and the data downloads.
  for (const { path, chart, lang } of pages) {
    if (!chart) continue;
    // oEmbed consumers need absolute addresses: site-relative unless SITE_URL is set.
    const base = siteUrl ?? `${posix.relative(posix.dirname(path), '.')}/`;
    const oembed = JSON.stringify(prerendered(lang).site.oembedFor(chart, base, dirs[lang]), null, 2);
    await writeFile(join(outDir, posix.dirname(path), 'oembed.json'), `${oembed}\n`);
  }
  for (const [lang, { site }] of langs) {
    const dir = join(outDir, dirs[lang] ?? '');
    await writeFile(join(dir, 'embed/charts.json'), `${JSON.stringify(site.manifest(), null, 2)}\n`);
    for (const file of site.downloads()) {
      const path = join(dir, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.contents);
    }
  }
  // pym.js for hosts that paste the embed code without having it already (one copy, at the root).
  await mkdir(join(outDir, 'vendor'), { recursive: true });
  await copyFile(join(root, 'node_modules/pym.js/dist/pym.v1.min.js'), join(outDir, 'vendor/pym.v1.min.js'));
  await rm(ssrDir, { recursive: true, force: true });
  console.log(`Built the story into ${outDir}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(`\nBuild failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
