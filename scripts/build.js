// Builds the site into dist/: the client bundle (Vite), then the prerendered pages (the same Svelte
// components rendered in Node, with every chart state drawn by Plot into a jsdom document), then the
// data downloads. A broken dataset or copy that does not match the step list stops it here.
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
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
export function fillSlots(html, slots) {
  return html.replace(
    /(<(div|noscript)\b[^>]*\bdata-slot="([^"]+)"[^>]*>)(<\/\2>)/g,
    /** @type {(m: string, open: string, tag: string, name: string, close: string) => string} */
    (_, open, _tag, name, close) => {
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
    define: { __CLASSIC_CHARTS__: 'true' },
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
  const problems = server.problems();
  if (problems.length) throw new Error(`The copy does not source its figures:\n  ${problems.join('\n  ')}`);

  const slots = server.renderSlots();
  /**
   * Writes a prerendered page from a built template.
   * @param {string} template path of the template
   * @param {string} target path of the page, relative to dist/
   * @param {{ head: string, body: string }} markup
   * @param {string} [chart] chart id for a single-chart embed
   */
  const page = async (template, target, markup, chart) => {
    let html = await readFile(template, 'utf8');
    html = html
      .replace('<!--ssr-head-->', markup.head)
      .replace('<!--ssr-body-->', fillSlots(markup.body, slots));
    if (chart) html = html.replace('data-embed-chart=""', `data-embed-chart="${chart}"`);
    const assets = chart ? '../assets/' : 'assets/';
    html = html.replace(
      '<!--embed-assets-->',
      `<link rel="stylesheet" href="${assets}embed.css"><script defer src="${assets}embed.js"></script>`,
    );
    await mkdir(dirname(join(outDir, target)), { recursive: true });
    await writeFile(join(outDir, target), html);
  };

  const embedTemplate = join(root, 'embed/index.html');
  await page(join(outDir, 'index.html'), 'index.html', server.renderStory());
  await page(embedTemplate, 'embed/index.html', server.renderEmbedStory());
  // Site-relative unless SITE_URL is set: oEmbed consumers need absolute addresses.
  const siteUrl = process.env.SITE_URL ? process.env.SITE_URL.replace(/\/?$/, '/') : '../../';
  for (const chart of server.EMBED_CHARTS) {
    await page(embedTemplate, `embed/${chart}/index.html`, server.renderEmbedChart(chart), chart);
    const oembed = JSON.stringify(server.oembedFor(chart, siteUrl), null, 2);
    await writeFile(join(outDir, `embed/${chart}/oembed.json`), `${oembed}\n`);
  }
  await writeFile(join(outDir, 'embed/charts.json'), `${JSON.stringify(server.manifest(), null, 2)}\n`);
  // pym.js for hosts that paste the embed code without having it already.
  await mkdir(join(outDir, 'vendor'), { recursive: true });
  await copyFile(join(root, 'node_modules/pym.js/dist/pym.v1.min.js'), join(outDir, 'vendor/pym.v1.min.js'));

  for (const file of server.downloadFiles(server.dataset)) {
    const path = join(outDir, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.contents);
  }
  await rm(ssrDir, { recursive: true, force: true });
  console.log(`Built the story into ${outDir}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(`\nBuild failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
