/**
 * The search breakdown on paper printed in black and white: its groups ("believed removed", "believed
 * in the U.S.", "no phone number") must print as greys a reader can tell apart, in the bars and in
 * the key, while the screen keeps the story's two hues. Measured as CIE L* of each fill the browser
 * computes under print emulation (a greyscale print keeps lightness and drops hue). The reunify
 * chart's two statuses likewise.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/content/index.ts';
import { EDITION_DIRS } from '../../src/pages.ts';
import { openPage, useSite } from './harness.ts';

const env = useSite();

/** The lightness a greyscale print keeps of a computed colour ("rgb(r, g, b)"), CIE L* 0–100. */
function lightness(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  if (r === undefined || g === undefined || b === undefined) throw new Error(`not a colour: ${rgb}`);
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const y = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 116 + 100 : (24389 / 27) * y;
}

/** Every distinct fill of the search breakdowns' bars and key swatches, by group, on the page. */
function fills(): Record<string, string[]> {
  const groups = { removed: 'mark-accent', inUS: 'mark-second', noPhone: 'mark-outline' };
  const out: Record<string, string[]> = {};
  const drawings = [...document.querySelectorAll('svg.plot-search')].filter(
    (svg) => svg.querySelector('.search-bar') && svg.getBoundingClientRect().width > 0,
  );
  for (const [group, className] of Object.entries(groups)) {
    const marks = drawings.flatMap((svg) => [
      ...svg.querySelectorAll(`g.search-bar.${className} rect, g.${className}[data-mark="swatch"] path`),
    ]);
    out[group] = [...new Set(marks.map((m) => getComputedStyle(m).fill))];
  }
  out.drawings = [String(drawings.length)];
  return out;
}

describe.each(LANGS)('the search breakdown printed in black and white, in %s', (lang) => {
  it('prints its groups as greys far apart; the screen keeps the two hues', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(env.site.url + EDITION_DIRS[lang]);
    await page.emulateMedia({ media: 'print' });
    // The drawings are laid out for paper once the print styles apply.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('svg.plot-search')].some((svg) => svg.getBoundingClientRect().width > 0),
    );
    const printed = await page.evaluate(fills);
    expect(Number(printed.drawings![0]), 'printed breakdown drawings').toBeGreaterThan(0);
    for (const group of ['removed', 'inUS', 'noPhone']) {
      // One fill per group, bars and key alike: the key names what the bars show.
      expect(printed[group], group).toHaveLength(1);
    }
    const removed = lightness(printed.removed![0]!);
    const inUS = lightness(printed.inUS![0]!);
    const noPhone = lightness(printed.noPhone![0]!);
    expect(Math.abs(removed - inUS), `removed L* ${removed}, in the U.S. L* ${inUS}`).toBeGreaterThan(30);
    // "No phone number" is also outlined in ink, so a smaller step apart still reads.
    expect(Math.abs(noPhone - inUS), `no phone L* ${noPhone}, in the U.S. L* ${inUS}`).toBeGreaterThan(25);

    // On screen, the same marks keep the story's hues (a drawing of the breakdown's marks, probed).
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
    const screen = await page.evaluate(() => {
      const ns = 'http://www.w3.org/2000/svg';
      const svg = document.createElementNS(ns, 'svg');
      svg.setAttribute('class', 'plot-search');
      const fill = (className: string) => {
        const g = document.createElementNS(ns, 'g');
        g.setAttribute('class', className);
        g.append(document.createElementNS(ns, 'rect'));
        svg.append(g);
        return g.firstElementChild!;
      };
      const marks = { removed: fill('mark-accent search-bar'), inUS: fill('mark-second search-bar') };
      document.body.append(svg);
      const css = getComputedStyle(document.documentElement);
      const probe = document.createElement('div');
      document.body.append(probe);
      const colour = (v: string) => {
        probe.style.color = css.getPropertyValue(v);
        return getComputedStyle(probe).color;
      };
      const out = {
        removed: getComputedStyle(marks.removed).fill,
        inUS: getComputedStyle(marks.inUS).fill,
        accent: colour('--accent'),
        second: colour('--second'),
      };
      svg.remove();
      probe.remove();
      return out;
    });
    expect(screen.removed).toBe(screen.accent);
    expect(screen.inUS).toBe(screen.second);
    expect(screen.removed).toBe('rgb(180, 67, 14)');
    await close();
  });
});

/** Every distinct fill of the reunify chart's bars on the page, reunified (second) and not (accent). */
function reunifyFills(): { reunified: string[]; apart: string[]; drawings: number } {
  const drawings = [...document.querySelectorAll('svg.plot-reunify')].filter(
    (svg) => svg.getBoundingClientRect().width > 0,
  );
  const of = (className: string) => [
    ...new Set(
      drawings.flatMap((svg) =>
        [...svg.querySelectorAll(`g.${className} rect`)].map((m) => getComputedStyle(m).fill),
      ),
    ),
  ];
  return { reunified: of('mark-second'), apart: of('mark-accent'), drawings: drawings.length };
}

describe.each(LANGS)('the reunify chart printed in black and white, in %s', (lang) => {
  it('prints reunified and not reunified as greys far apart', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(env.site.url + EDITION_DIRS[lang]);
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('svg.plot-reunify')].some((svg) => svg.getBoundingClientRect().width > 0),
    );
    const printed = await page.evaluate(reunifyFills);
    expect(printed.drawings, 'printed reunify drawings').toBeGreaterThan(0);
    expect(printed.reunified, 'reunified').toHaveLength(1);
    expect(printed.apart, 'not reunified').toHaveLength(1);
    const reunified = lightness(printed.reunified[0]!);
    const apart = lightness(printed.apart[0]!);
    expect(Math.abs(reunified - apart), `reunified L* ${reunified}, not L* ${apart}`).toBeGreaterThan(30);
    await close();
  });
});
