// Builds the site into dist/: the client bundle (Vite), then the prerendered pages (the same Svelte
// components rendered in Node, with every chart state drawn by Plot into a jsdom document), then the
// data downloads. A broken dataset or copy that does not match the step list stops it here.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
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

  const server = await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href);
  const problems = server.problems();
  if (problems.length) throw new Error(`The copy does not match the step list:\n  ${problems.join('\n  ')}`);

  const slots = server.renderSlots();
  const page = join(outDir, 'index.html');
  const { head, body } = server.renderStory();
  const template = await readFile(page, 'utf8');
  await writeFile(
    page,
    template.replace('<!--ssr-head-->', head).replace('<!--ssr-body-->', fillSlots(body, slots)),
  );

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
