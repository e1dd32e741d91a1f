/**
 * The search breakdown on paper printed in black and white: its groups ("believed removed", "believed
 * in the U.S.", "no phone number") must print as greys a reader can tell apart, in the bars and in
 * the key, while the screen keeps the story's two hues. Measured as CIE L* of each fill the browser
 * computes under print emulation (a greyscale print keeps lightness and drops hue). The reunify
 * chart's two statuses likewise.
 */
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/content/index.ts';
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

/**
 * Opens the story in `lang`, prints it (emulated), waits for the drawings `drawing` selects to be laid
 * out for paper, and reads every distinct fill the browser computes for each group's marks (`groups`:
 * a selector inside those drawings, by group). The page stays open for more.
 */
async function printedFills(lang: Lang, drawing: string, groups: Record<string, string>) {
  const { page, close } = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
  await page.goto(env.site.url + EDITION_DIRS[lang]);
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(
    (sel) => [...document.querySelectorAll(sel)].some((svg) => svg.getBoundingClientRect().width > 0),
    drawing,
  );
  const { fills, drawings } = await page.evaluate(
    ([sel, marks]) => {
      const shown = [...document.querySelectorAll(sel)].filter(
        (svg) => svg.getBoundingClientRect().width > 0,
      );
      const fills: Record<string, string[]> = {};
      for (const [group, mark] of Object.entries(marks))
        fills[group] = [
          ...new Set(
            shown.flatMap((svg) => [...svg.querySelectorAll(mark)].map((m) => getComputedStyle(m).fill)),
          ),
        ];
      return { fills, drawings: shown.length };
    },
    [drawing, groups] as const,
  );
  expect(drawings, `printed ${drawing}`).toBeGreaterThan(0);
  // One fill per group, wherever its marks are (bars and key alike: the key names what the bars show).
  for (const group of Object.keys(groups)) expect(fills[group], group).toHaveLength(1);
  /** The printed lightness of `group`'s fill. */
  const grey = (group: string) => lightness(fills[group]![0]!);
  /** Expects groups `a` and `b` to print more than `min` L* apart. */
  const apart = (a: string, b: string, min: number) =>
    expect(Math.abs(grey(a) - grey(b)), `${a} L* ${grey(a)}, ${b} L* ${grey(b)}`).toBeGreaterThan(min);
  return { page, close, apart };
}

describe.each(LANGS)('the search breakdown printed in black and white, in %s', (lang) => {
  it('prints its groups as greys far apart; the screen keeps the two hues', async () => {
    const { page, close, apart } = await printedFills(lang, 'svg.plot-search:has(.search-bar)', {
      removed: 'g.search-bar.mark-accent rect, g.mark-accent[data-mark="swatch"] path',
      inUS: 'g.search-bar.mark-second rect, g.mark-second[data-mark="swatch"] path',
      noPhone: 'g.search-bar.mark-outline rect, g.mark-outline[data-mark="swatch"] path',
    });
    apart('removed', 'inUS', 30);
    // "No phone number" is also outlined in ink, so a smaller step apart still reads.
    apart('noPhone', 'inUS', 25);

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

describe.each(LANGS)('the reunify chart printed in black and white, in %s', (lang) => {
  it('prints reunified and not reunified as greys far apart', async () => {
    const { close, apart } = await printedFills(lang, 'svg.plot-reunify', {
      reunified: 'g.mark-second rect',
      apart: 'g.mark-accent rect',
    });
    apart('reunified', 'apart', 30);
    await close();
  });
});

describe.each(LANGS)('the scale chart printed in black and white, in %s', (lang) => {
  it('prints each kind of square as one grey in every state, the three far apart', async () => {
    // Every state's drawing is printed: a kind's squares and key square must print one fill across
    // all of them (review r7: dark meant "disclosed later" in one state and "families" in the next).
    const { close, apart } = await printedFills(lang, 'svg.plot-scale', {
      list: 'g.mark-context[data-mark="squares"] rect, g.mark-context[data-mark="key-square"] path',
      added: 'g.mark-accent[data-mark="squares"] rect, g.mark-accent[data-mark="key-square"] path',
      families: 'g.mark-second[data-mark="squares"] rect, g.mark-second[data-mark="key-square"] path',
    });
    apart('list', 'added', 30);
    apart('list', 'families', 20);
    apart('added', 'families', 20);
    await close();
  });
});
