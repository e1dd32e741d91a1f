/**
 * The real build (`node scripts/build.js`) run on a copy of the project whose copy is hostile: text
 * that looks like replacement patterns (`$'`, `` $` ``, `$&`, `$$`) and a `</script>`, with the
 * site address set. Then the same copy broken, to see that a failed build leaves dist/ as it was.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlineProblems } from './offline-file.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SITE = 'https://news.example/graphics/2021/separated/';
/** What the hostile copy adds to the title and the dek. */
const TITLE_TAIL = ` — $' $\` $& $$ and $<name>`;
const DEK_TAIL = ' </script><script>window.hacked=true</script><!--';
/** Folders of the working copy that the project copy does without. */
const SKIP = new Set(['node_modules', 'dist', '.git', '.reports', '.bench', 'screenshots']);

let project: string;

/** Runs the build in the project copy; resolves with its exit code and output. */
function runBuild(env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['scripts/build.js'],
      { cwd: project, env: { ...process.env, ...env }, maxBuffer: 10 * 1024 * 1024 },
      (error, stdout, stderr) =>
        done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

/** Every file under `dir` with the hash of its contents. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

function editCopy(edit: (text: string) => string) {
  const file = join(project, 'src/content/en.aml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
}

const dist = (path: string) => readFileSync(join(project, 'dist', path), 'utf8');

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'separated-'));
  cpSync(ROOT, project, {
    recursive: true,
    filter: (src) => {
      const top = relative(ROOT, src).split(/[\\/]/)[0] ?? '';
      return !SKIP.has(top) && !top.startsWith('.ssr') && !top.startsWith('.build-');
    },
  });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  editCopy((text) =>
    text
      .replace(/^title: (.*)$/m, (_, title: string) => `title: ${title}${TITLE_TAIL}`)
      .replace(/^dek: (.*)$/m, (_, dek: string) => `dek: ${dek}${DEK_TAIL}`),
  );
  const { code, output } = await runBuild({ SITE_URL: SITE });
  if (code !== 0) throw new Error(`the build failed:\n${output}`);
}, 240_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('a build whose copy holds $ patterns and </script>', () => {
  const pages = () => ['index.html', 'embed/index.html', 'embed/search/index.html', 'offline.html'];

  it('writes each page once, whole, with the copy as typed', () => {
    for (const path of pages()) {
      const html = dist(path);
      expect(html.match(/<!doctype html>/gi), path).toHaveLength(1);
      expect(html.match(/<\/html>/g), path).toHaveLength(1);
    }
    const { document } = new JSDOM(dist('index.html')).window;
    expect(document.querySelector('h1')?.textContent).toMatch(
      /^ICE removed .* — \$' \$` \$& \$\$ and \$<name>$/,
    );
    expect(document.title.endsWith(TITLE_TAIL)).toBe(true);
    expect(document.querySelector('.dek')?.textContent?.endsWith(DEK_TAIL)).toBe(true);
  });

  it('keeps the page data one script whose JSON holds the copy, </script> and all', () => {
    for (const path of pages()) {
      const { document } = new JSDOM(dist(path)).window;
      const scripts = [...document.querySelectorAll('script')];
      expect(
        scripts.filter((s) => s.id === 'page-view'),
        path,
      ).toHaveLength(1);
      // Nothing the copy carried became a script of its own.
      expect(
        scripts.some((s) => s.id !== 'page-view' && s.textContent?.includes('hacked')),
        path,
      ).toBe(false);
      const view = JSON.parse(document.getElementById('page-view')?.textContent ?? '');
      expect(view.title.endsWith(TITLE_TAIL), path).toBe(true);
      expect(view.dek.endsWith(DEK_TAIL), path).toBe(true);
    }
  });

  it('publishes a sitemap, robots.txt, canonical links and share tags at the site address', () => {
    expect(dist('sitemap.xml')).toContain(`<loc>${SITE}</loc>`);
    // Every edition's story page.
    expect(dist('sitemap.xml')).toContain(`<loc>${SITE}es/</loc>`);
    expect(dist('sitemap.xml')).not.toContain('embed/');
    expect(dist('robots.txt')).toContain(`Sitemap: ${SITE}sitemap.xml`);
    const { document } = new JSDOM(dist('index.html')).window;
    const meta = (key: string) =>
      document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
    expect(document.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(SITE);
    expect(meta('og:url')).toBe(SITE);
    expect(meta('og:title')?.endsWith(TITLE_TAIL)).toBe(true);
    expect(meta('twitter:card')).toBe('summary_large_image');
    const image = meta('og:image') ?? '';
    expect(image).toMatch(new RegExp(`^${SITE.replace(/[.]/g, '\\.')}assets/share-en-[\\w-]{8}\\.png$`));
    expect(meta('twitter:image')).toBe(image);
    expect(meta('og:image:alt')).toBeTruthy();
    const png = readFileSync(join(project, 'dist', image.slice(SITE.length)));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // The PNG's own header: 1200 × 630, as the tags say.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
      Number(meta('og:image:width')),
      Number(meta('og:image:height')),
    ]);
    const embed = new JSDOM(dist('embed/search/index.html')).window.document;
    expect(embed.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(SITE);
  });

  it('gives oEmbed answers and one discovery link per page, every address absolute', () => {
    const link = (path: string) =>
      [...new JSDOM(dist(path)).window.document.querySelectorAll('link[type="application/json+oembed"]')].map(
        (l) => l.getAttribute('href'),
      );
    expect(link('index.html')).toEqual([`${SITE}embed/oembed.json`]);
    expect(link('es/index.html')).toEqual([`${SITE}es/embed/oembed.json`]);
    expect(link('embed/index.html')).toEqual([`${SITE}embed/oembed.json`]);
    expect(link('es/embed/search/index.html')).toEqual([`${SITE}es/embed/search/oembed.json`]);
    for (const [path, edition] of [
      ['embed/oembed.json', SITE],
      ['embed/search/oembed.json', SITE],
      ['es/embed/scale/oembed.json', `${SITE}es/`],
    ] as const) {
      const answer = JSON.parse(dist(path));
      expect(answer, path).toMatchObject({ version: '1.0', type: 'rich', provider_url: edition });
      expect(answer.width).toBe(600);
      expect(answer.height).toBeGreaterThan(300);
      // Every address in the embed code is absolute, on the site.
      const addresses = [...answer.html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      expect(addresses.length, path).toBeGreaterThanOrEqual(3);
      for (const url of addresses) expect(url.startsWith(SITE), `${path}: ${url}`).toBe(true);
      // The thumbnail is the static image of the state the embed opens on, at its pixel size.
      expect(answer.thumbnail_url.startsWith(`${edition}embed/`), path).toBe(true);
      const png = readFileSync(join(project, 'dist', answer.thumbnail_url.slice(SITE.length)));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
        answer.thumbnail_width,
        answer.thumbnail_height,
      ]);
    }
  });

  it('writes the offline edition as one file that loads nothing, its links to the site absolute', () => {
    for (const [path, edition, story] of [
      ['offline.html', SITE, 'index.html'],
      ['es/offline.html', `${SITE}es/`, 'es/index.html'],
    ] as const) {
      const html = dist(path);
      expect(offlineProblems(html), path).toEqual([]);
      const { document } = new JSDOM(html).window;
      const hrefs = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
      expect(hrefs, path).toContain(`${edition}handout/`);
      expect(hrefs, path).toContain(`${edition}data/figures.csv`);
      expect(hrefs.filter((h) => h.startsWith(`${edition}embed/`) && h.endsWith('.svg')).length).toBe(
        document.querySelectorAll('.story [data-step]').length,
      );
      // Nothing of the site's is linked relatively but the other edition's file.
      const relative = hrefs.filter((h) => !/^(https?:|#)/.test(h) && !/(^|\/)offline\.html(#|$)/.test(h));
      expect(relative, path).toEqual([]);
      // The story page offers it for download, in its own language.
      const offer = new JSDOM(dist(story)).window.document.querySelector('a[href="offline.html"][download]');
      expect(offer?.getAttribute('download'), story).toMatch(/\.html$/);
      expect(offer?.textContent, story).toBeTruthy();
      // A host that reads _headers sends the same policy, with frame-ancestors.
      const policy = document
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute('content');
      const rule = dist('_headers')
        .split('\n\n')
        .find((r) => r.startsWith(`/graphics/2021/separated/${path}\n`));
      expect(rule, path).toContain(`Content-Security-Policy: ${policy}; frame-ancestors 'self'`);
    }
  });

  it('ships the license notices of the code in its scripts', () => {
    const notices = dist('THIRD-PARTY-NOTICES.txt');
    for (const name of ['@observablehq/plot', 'arquero', 'svelte', 'pym.js', 'd3-array', 'd3-scale']) {
      expect(notices, name).toMatch(
        new RegExp(`^${name.replace(/[.]/g, '\\.')} \\d+\\.\\d+\\.\\d+ \\(`, 'm'),
      );
    }
    expect(notices).toMatch(/Permission to use, copy, modify/);
    // Only what ships: acorn stays at build time (scripts/arquero-aot.js).
    expect(notices).not.toMatch(/^acorn /m);
  });

  it('names the embed assets by content hash, and the embed code pins its script by its hash', () => {
    const files = readdirSync(join(project, 'dist/embed/assets'));
    expect(files.map((f) => f.replace(/-[\w-]{8}\./, '-#.')).sort()).toEqual([
      'charts-#.js',
      'embed-#.css',
      'embed-#.js',
    ]);
    for (const file of files) {
      const contents = readFileSync(join(project, 'dist/embed/assets', file));
      expect(file).toContain(createHash('sha256').update(contents).digest('base64url').slice(0, 8));
    }
    const html = dist('embed/search/index.html');
    for (const file of files.filter((f) => !f.startsWith('charts')))
      expect(html).toContain(`../assets/${file}"`);
    // The embed script finds the chart script by its hashed name, from its own tag.
    const embedJs = files.find((f) => f.startsWith('embed-') && f.endsWith('.js'))!;
    const chartsJs = files.find((f) => f.startsWith('charts-'))!;
    expect(html).toContain(`<script defer src="../assets/${embedJs}" data-charts="${chartsJs}"></script>`);
    const loader = readFileSync(join(project, 'dist/embed/loader.v1.js'));
    const sri = `sha384-${createHash('sha384').update(loader).digest('base64')}`;
    const oembed = JSON.parse(dist('embed/search/oembed.json'));
    expect(oembed.html).toContain(
      `<script src="${SITE}embed/loader.v1.js" integrity="${sri}" crossorigin="anonymous"></script>`,
    );
    // pym.js stays published, verbatim, for hosts that frame the embeds with it themselves.
    expect(readFileSync(join(project, 'dist/vendor/pym.v1.min.js'))).toEqual(
      readFileSync(join(ROOT, 'node_modules/pym.js/dist/pym.v1.min.js')),
    );
  });
});

/** A step of an embed as `embed/charts.json` lists it. */
interface ManifestStep {
  id: string;
  label: string;
  alt: string;
  chart: string;
  url?: string;
  images: { svg: string; png: string; width: number; height: number };
  data: { csv: string; json: string };
  frame?: Frame;
}
interface Frame {
  width: number;
  height: number;
  aspectRatio: number;
  heights: Record<string, number>;
  padding: string;
}
interface Manifest {
  version: number;
  lang: string;
  url: string;
  title: string;
  story: { id: string; url: string; oembed: string; key: string; steps: ManifestStep[]; frame: Frame };
  charts: {
    id: string;
    url: string;
    oembed: string;
    key: string;
    defaultStep: string;
    steps: ManifestStep[];
  }[];
  data: { name: string; url: string }[];
}

const EDITIONS = ['', 'es/'];
const manifestOf = (dir: string): Manifest => JSON.parse(dist(`${dir}embed/charts.json`));

/** Every string in `value` that looks like an address (has a `/`), with where it sits. */
function addresses(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return value.includes('/') ? [[at, value]] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => addresses(v, `${at}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => addresses(v, at ? `${at}.${k}` : k));
  return [];
}

/**
 * The file in dist/ an absolute address at the site serves: its query dropped, a folder's
 * `index.html`; null for an address that is not the site's.
 */
function fileAt(url: string): string | null {
  if (!url.startsWith(SITE)) return null;
  const path = decodeURI(new URL(url).pathname.slice(new URL(SITE).pathname.length));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

describe('the embed manifest (embed/charts.json)', () => {
  it('has a version, and every address in it is absolute and a file the build wrote', () => {
    for (const dir of EDITIONS) {
      const manifest = manifestOf(dir);
      expect(manifest.version, dir).toBe(2);
      expect(manifest.url).toBe(`${SITE}${dir}`);
      const urls = addresses(manifest);
      // The story, its embed and oEmbed, 5 charts' embeds and answers, 2 images a step, a url a chart's step, the data.
      expect(urls.length, dir).toBeGreaterThan(150);
      for (const [at, url] of urls) {
        if (at.endsWith('.padding')) continue;
        const file = fileAt(url);
        expect(file, `${dir}embed/charts.json › ${at}: ${url} is not at the site address`).not.toBeNull();
        expect(
          existsSync(join(project, 'dist', file!)),
          `${dir}embed/charts.json › ${at}: ${url} (${file})`,
        ).toBe(true);
      }
      expect(manifest.data.map((d) => d.name)).toEqual(
        expect.arrayContaining(['figures.csv', 'dataset.json', 'README.txt']),
      );
    }
  });

  it('lists every step of every chart and of the story, labelled, each chart step opening on itself', async () => {
    const { STEPS, stepsOf } = await import('../../../src/lib/story/steps.ts');
    const { CHART_IDS } = await import('../../../src/lib/charts/index.ts');
    for (const dir of EDITIONS) {
      const manifest = manifestOf(dir);
      expect(manifest.story.url).toBe(`${SITE}${dir}embed/`);
      expect(manifest.story.oembed).toBe(`${SITE}${dir}embed/oembed.json`);
      expect(manifest.story.steps.map((s) => [s.id, s.chart])).toEqual(STEPS.map((s) => [s.id, s.chart]));
      expect(manifest.charts.map((c) => c.id)).toEqual([...CHART_IDS]);
      for (const chart of manifest.charts) {
        const ids = stepsOf(chart.id as never).map((s) => s.id);
        expect(
          chart.steps.map((s) => s.id),
          `${dir}${chart.id}`,
        ).toEqual(ids);
        expect(chart.defaultStep).toBe(ids[ids.length - 1]);
        expect(chart.key).toBe(`separated-${chart.id}`);
        chart.steps.forEach((step, i) => {
          expect(step.url).toBe(`${SITE}${dir}embed/${chart.id}/?step=${step.id}`);
          expect(step.label).toMatch(new RegExp(`\\b${i + 1}\\b.*\\b${ids.length}\\b`));
          expect(step.alt.length, `${dir}${chart.id} › ${step.id}: alt`).toBeGreaterThan(20);
          expect(step.images.svg).toBe(`${SITE}${dir}embed/${chart.id}/${step.id}.svg`);
        });
      }
      // The story's and each chart's step at the same id show the same images.
      const images = new Map(manifest.charts.flatMap((c) => c.steps.map((s) => [s.id, s.images])));
      for (const step of manifest.story.steps) expect(step.images, step.id).toEqual(images.get(step.id));
    }
  });

  it('gives each frame the heights of its measured box (boxes.ts)', async () => {
    const { EMBED_BOXES } = await import('../../../src/lib/embed/boxes.ts');
    const { boxHeight } = await import('../../../src/lib/embed/snippet.ts');
    type Box = Parameters<typeof boxHeight>[0];
    const expectFrame = (frame: Frame | undefined, box: Box, at: string) => {
      expect(frame, at).toBeDefined();
      expect(Object.keys(frame!.heights).map(Number), at).toEqual([320, 375, 600, 680, 1000]);
      for (const [width, height] of Object.entries(frame!.heights))
        expect(height, `${at} at ${width} px`).toBe(boxHeight(box, Number(width)));
      expect(frame!.height, at).toBe(boxHeight(box, frame!.width));
      expect(frame!.aspectRatio, at).toBeCloseTo(frame!.width / frame!.height, 3);
    };
    for (const dir of EDITIONS) {
      const manifest = manifestOf(dir);
      expectFrame(manifest.story.frame, EMBED_BOXES.story, `${dir}story`);
      for (const chart of manifest.charts) {
        const boxes = EMBED_BOXES.charts[chart.id as keyof typeof EMBED_BOXES.charts] as Record<string, Box>;
        for (const step of chart.steps)
          expectFrame(step.frame, boxes[step.id]!, `${dir}${chart.id} › ${step.id}`);
      }
      // A chart's oEmbed answer is sized as its frame at its default step.
      for (const chart of manifest.charts) {
        const answer = JSON.parse(dist(`${dir}embed/${chart.id}/oembed.json`));
        const frame = chart.steps.find((s) => s.id === chart.defaultStep)!.frame!;
        expect([answer.width, answer.height], chart.id).toEqual([frame.width, frame.height]);
      }
    }
  });
});

describe('the step data files', () => {
  it('link, for every step of every chart and of the story, the rows its chart draws, in the edition’s words', async () => {
    const { fromCSV } = await import('arquero');
    for (const dir of EDITIONS) {
      const manifest = manifestOf(dir);
      // The story page's "show the data" table of each step: the same rows, as readers see them.
      const page = new JSDOM(dist(`${dir}index.html`)).window.document;
      const steps = [...manifest.charts.flatMap((c) => c.steps), ...manifest.story.steps];
      for (const step of steps) {
        const at = `${dir}embed/charts.json › ${step.chart} › ${step.id}`;
        expect(fileAt(step.data.csv), at).toBe(`${dir}embed/${step.chart}/${step.id}.csv`);
        expect(fileAt(step.data.json), at).toBe(`${dir}embed/${step.chart}/${step.id}.json`);
        const table = page.querySelector(`[data-slot="table:${step.id}"] table`);
        expect(table, `${at}: no table in the story`).not.toBeNull();
        const names = [...table!.querySelectorAll('thead th')].map((th) => th.textContent);
        const shown = [...table!.querySelectorAll('tbody tr')].map((tr) =>
          [...tr.querySelectorAll('td')].map((td) => td.textContent),
        );
        expect(shown.length, at).toBeGreaterThan(0);
        const json = JSON.parse(dist(fileAt(step.data.json)!));
        expect(json.caption, at).toBe(table!.querySelector('caption')?.textContent);
        expect(
          json.columns.map((c: { name: string }) => c.name),
          at,
        ).toEqual(names);
        const keys = json.columns.map((c: { key: string }) => c.key);
        expect(
          json.rows.map((row: Record<string, string>) => keys.map((k: string) => row[k])),
          at,
        ).toEqual(shown);
        const csv = fromCSV(dist(fileAt(step.data.csv)!), { autoType: false });
        // The table's columns, then the source line's (fc18 S4, the test below).
        expect(csv.columnNames().slice(0, -1), at).toEqual(names);
        expect(
          csv.objects().map((row) => names.map((n) => (row as Record<string, string | null>)[n!] ?? '')),
          at,
        ).toEqual(shown);
      }
      // Each chart's "Embed this" dialog links the rows of the step it embeds (its last, until picked).
      const links = [...page.querySelectorAll('.embed-this .embed-data a')].map((a) =>
        a.getAttribute('href')!,
      );
      for (const chart of manifest.charts) {
        for (const ext of ['csv', 'json'])
          expect(links, `${dir}index.html: ${chart.id}`).toContain(
            `embed/${chart.id}/${chart.defaultStep}.${ext}`,
          );
      }
      for (const href of links) expect(existsSync(join(project, 'dist', dir, href)), href).toBe(true);
      // Each edition its own words: the Spanish files name their columns in Spanish.
      if (dir) {
        const en = JSON.parse(dist(fileAt(manifestOf('').charts[0]!.steps[0]!.data.json)!));
        const es = JSON.parse(dist(fileAt(manifest.charts[0]!.steps[0]!.data.json)!));
        expect(es.columns.map((c: { name: string }) => c.name)).not.toEqual(
          en.columns.map((c: { name: string }) => c.name),
        );
      }
    }
  });
});

describe('the step data files’ source', () => {
  it('credit each step’s rows with the source line its image prints: JSON `source`, a last CSV column', async () => {
    const { fromCSV } = await import('arquero');
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    for (const dir of EDITIONS) {
      const manifest = manifestOf(dir);
      const view = JSON.parse(
        new JSDOM(dist(`${dir}embed/search/index.html`)).window.document.getElementById('page-view')
          ?.textContent ?? '',
      );
      for (const chart of manifest.charts) {
        for (const { id: step, images, data } of chart.steps) {
          const at = `${dir}embed/${chart.id}/${step}`;
          const line = (view.frames[step] ?? view.charts[chart.id]).source as string;
          // The line the step's image draws (a state may credit fewer sources than its chart).
          const image = new JSDOM(dist(fileAt(images.svg)!), { contentType: 'image/svg+xml' }).window
            .document;
          const drawn = squeeze([...image.querySelectorAll('text')].map((t) => t.textContent ?? '').join(''));
          expect(drawn, at).toContain(squeeze(line));
          expect(JSON.parse(dist(fileAt(data.json)!)).source, `${at}.json`).toBe(line);
          const csv = fromCSV(dist(fileAt(data.csv)!), { autoType: false });
          expect(csv.columnNames().at(-1), `${at}.csv`).toBe(view.ui.source);
          expect(csv.array(view.ui.source), `${at}.csv`).toEqual(Array(csv.numRows()).fill(line));
          expect(csv.numRows(), `${at}.csv`).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('the static images', () => {
  it('draws every chart at every step as an SVG and a PNG in each edition, listed in charts.json', () => {
    for (const dir of EDITIONS) {
      const manifest = manifestOf(dir);
      const view = JSON.parse(
        new JSDOM(dist(`${dir}embed/search/index.html`)).window.document.getElementById('page-view')
          ?.textContent ?? '',
      );
      let count = 0;
      for (const chart of manifest.charts) {
        for (const { id: step, images: image } of chart.steps) {
          count++;
          const svgFile = fileAt(image.svg)!;
          expect(svgFile).toBe(`${dir}embed/${chart.id}/${step}.svg`);
          const svg = new JSDOM(dist(svgFile), { contentType: 'image/svg+xml' }).window.document;
          const root = svg.documentElement;
          expect(root.getAttribute('width'), svgFile).toBe(String(image.width));
          expect(root.getAttribute('height'), svgFile).toBe(String(image.height));
          // The title, the drawing, the source line and the credit, as the reader sees them.
          const text = (root.textContent ?? '').replace(/\s+/g, '');
          const squeeze = (s: string) => s.replace(/\s+/g, '');
          // The state's source line: a state may credit fewer sources than its chart (fc17 S2).
          expect(text, svgFile).toContain(squeeze((view.frames[step] ?? view.charts[chart.id]).source));
          expect(text, svgFile).toContain(squeeze(view.ui.credit));
          // The state's title is drawn, not only named in the file's <title>.
          const drawn = squeeze([...root.querySelectorAll('text')].map((t) => t.textContent ?? '').join(''));
          expect(drawn, svgFile).toContain(squeeze((view.frames[step] ?? view.charts[chart.id]).title));
          expect(root.querySelectorAll('svg.chart-drawing'), svgFile).toHaveLength(1);
          expect(root.querySelector('script'), svgFile).toBeNull();
          const png = readFileSync(join(project, 'dist', fileAt(image.png)!));
          expect(png.subarray(1, 4).toString()).toBe('PNG');
          // Twice the SVG's size: sharp on high-density screens.
          expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([image.width * 2, image.height * 2]);
        }
      }
      expect(count, dir).toBeGreaterThanOrEqual(25);
    }
  });
});

describe('a failed build', () => {
  it('exits non-zero naming file and key, and leaves dist/ exactly as it was', async () => {
    const before = snapshot(join(project, 'dist'));
    expect(Object.keys(before).length).toBeGreaterThan(20);
    editCopy((text) => text.replace(/^intro: /m, 'intro: {{no_such_figure}} {families_separated} '));
    const { code, output } = await runBuild({ SITE_URL: SITE });
    expect(code).not.toBe(0);
    expect(output).toMatch(/src\/content\/en\.aml › intro.*no_such_figure/);
    expect(output).toMatch(/src\/content\/en\.aml › intro: "\{families_separated\}" is not a token/);
    expect(snapshot(join(project, 'dist'))).toEqual(before);
    // No staging folder is left behind.
    expect(readdirSync(project).filter((f) => f.startsWith('.build-') || f.startsWith('.ssr'))).toEqual([]);
    expect(existsSync(join(project, 'dist/index.html'))).toBe(true);
  }, 240_000);
});
