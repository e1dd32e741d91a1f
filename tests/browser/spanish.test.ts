/**
 * The Spanish edition as its readers get it, from the built site: every es/ page in Spanish (its
 * prose, chart text, tables, descriptions and labels, in the static drawings and in the charts the
 * browser draws), its figures and dates written the Spanish way, no axe violation at phone and
 * laptop sizes in light and dark, and links between the editions that keep the reader's step.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { COPY, edition } from '../../src/content/index.ts';
import { copyStrings } from '../../src/lib/content/copy.ts';
import { isOwnTitle } from '../../src/lib/content/dataset-copy.ts';
import { plainText } from '../../src/lib/content/tokens.ts';
import { dataset } from '../../src/lib/data/dataset.ts';
import { STEPS } from '../../src/lib/story/steps.ts';
import { PAGES } from '../../src/pages.ts';
import { axe, openPage, scrollStepTo, useSite } from './harness.ts';
import { waitForState } from './measure.ts';

const env = useSite();

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
/** A page's address on the test server. */
const urlOf = (path: string) => env.site.url + path.replace(/index\.html$/, '');
const SPANISH_PAGES = PAGES.filter((p) => p.lang === 'es');

/** Waits until the step is current and its chart draws its state. */
async function reach(page: Page, step: (typeof STEPS)[number]) {
  await scrollStepTo(page, step.id);
  await waitForState(page, step.id, step.chart, { drawn: false, timeout: 30_000 });
}

/**
 * Everything of `root` a reader can read or hear: its text (HTML and SVG, hidden steps and static
 * drawings included) and the attributes that are shown or read aloud, in the page's language: text
 * inside an element marked with another language (a citation, a link to the English edition) is left
 * out, as are code for newsrooms (the embed code) and the source titles figure links show on hover.
 */
function readable(selector: string): string[] {
  const root = document.querySelector(selector);
  if (!root) return [];
  const lang = document.documentElement.lang;
  const inPageLanguage = (el: Element | null) =>
    (el?.closest('[lang]')?.getAttribute('lang') ?? lang) === lang;
  const out: string[] = [];
  if (selector === 'html') {
    out.push(
      document.title,
      document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
    );
  }
  const visit = (from: Node, held: boolean) => {
    const walker = document.createTreeWalker(from, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement;
        if (!held && (!parent || parent.closest('script, style, textarea, head, noscript'))) continue;
        if (held || inPageLanguage(parent)) out.push(node.textContent ?? '');
        continue;
      }
      const el = node as Element;
      if (!held && (!inPageLanguage(el) || el.closest('head'))) continue;
      if (el.matches('noscript')) {
        // Markup held as text while scripts run (src/lib/story/tables.ts: the data tables, each
        // step's own drawing): read as the markup it becomes.
        const markup = document.createElement('template');
        markup.innerHTML = el.textContent ?? '';
        visit(markup.content, true);
        continue;
      }
      for (const name of ['aria-label', 'aria-description', 'alt', 'placeholder', 'title']) {
        if (name === 'title' && el.matches('.figure-ref')) continue;
        let value = el.getAttribute(name);
        // A figure link is named after its figure and its source, whose title is cited as published.
        const cited = el.matches('.figure-ref') ? el.getAttribute('title') : null;
        if (value && name === 'aria-label' && cited) value = value.replace(cited, '');
        if (value) out.push(value);
      }
    }
  };
  visit(root, false);
  return out;
}

/** The English edition's words: every string of its copy as a reader gets it, and each sentence of it. */
function englishPhrases(): string[] {
  const { copy, format, prose } = edition('en');
  const phrases = new Set<string>();
  for (const { path, text } of copyStrings(copy)) {
    // The copy's templates and its language tag are not text on a page.
    if (path === 'lang' || text.includes('{n}') || path.startsWith('downloads.')) continue;
    const fmt = path.startsWith('charts.') ? format : prose;
    const resolved = plainText(dataset, text, fmt).replace(/\s+/g, ' ').trim();
    phrases.add(resolved);
    for (const sentence of resolved.split(/(?<=[.;:?!])\s+/)) {
      const phrase = sentence.replace(/[.;:]$/, '');
      // A source list's item can be a name alone ("The Washington Post"), which Spanish keeps too.
      if (phrase.split(' ').length >= 3 && !PROPER_NOUNS.includes(phrase)) phrases.add(phrase);
    }
  }
  return [...phrases];
}

/** Names Spanish prose keeps as they are: they hold English words but are not English copy. */
const PROPER_NOUNS = ['The Hill', 'The Washington Post', 'Homeland Security Today', 'Times of San Diego'];
/** Words of English that are not Spanish: one of them in Spanish text is English copy. */
const ENGLISH_WORDS =
  /\b(?:the|and|with|were|was|had|that|from|their|which|have|has|been|this|of|to|by|for|on|at|is|are|or|children|parents|families|removed|court|filing|report|step|data|source|chart)\b/i;

/** The English on a page: English copy it shows, and sentences with English words. */
function englishIn(texts: string[], phrases: string[]): string[] {
  const text = texts
    .join('\n')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[ \t]+/g, ' ');
  const found = phrases.filter((phrase) => {
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
  });
  const prose = PROPER_NOUNS.reduce((t, name) => t.replaceAll(name, ' '), text);
  for (const line of prose.split(/\n|(?<=[.;:])\s/)) {
    if (ENGLISH_WORDS.test(line)) found.push(`(English words) ${line.trim()}`);
  }
  return found;
}

describe('the check for English on a Spanish page', () => {
  const phrases = englishPhrases();

  it('knows the English edition’s copy', () => {
    expect(phrases).toContain(
      plainText(dataset, COPY.en.charts.search.labels.notFiling, edition('en').format),
    );
    expect(phrases.length).toBeGreaterThan(300);
  });

  it('finds an English label, sentence or word, and lets proper nouns and Spanish through', () => {
    const english = englishIn(
      ['Fuente: The Hill', 'La línea termina.', 'Email, not a court filing', 'Sin número de teléfono'],
      phrases,
    );
    expect(english).toEqual(['Email, not a court filing', '(English words) Email, not a court filing']);
    expect(englishIn(['Los padres fueron deportados the next month.'], phrases)).toHaveLength(1);
  });
});

describe('every Spanish page', () => {
  const phrases = englishPhrases();

  it('(the check reads what a page shows: on the English story it finds English everywhere)', async () => {
    const { page, close } = await openPage(env.browser, { viewport: PHONE });
    await page.goto(env.site.url);
    const found = englishIn(await page.evaluate(readable, 'html'), phrases);
    expect(found.length).toBeGreaterThan(200);
    expect(found).toContain(
      plainText(dataset, COPY.en.steps['finding-known-wish']!.alt, edition('en').prose),
    );
    await close();
  });

  it('is marked Spanish and links to its English version', async () => {
    for (const page of SPANISH_PAGES) {
      const html = await (await fetch(urlOf(page.path))).text();
      expect(html, page.path).toMatch(/^<!doctype html>\s*<html lang="es"/i);
      const english = PAGES.find((p) => p.lang === 'en' && p.editionPath === page.editionPath);
      expect(english, page.path).toBeDefined();
      expect(html, page.path).toMatch(
        /<a class="lang-switch[^"]*" href="[^"]+" hreflang="en" lang="en"><span class="words[^"]*">Read in English<\/span>/,
      );
    }
  });

  it.each(SPANISH_PAGES.map((p) => p.path))(
    '%s shows no English copy, in its text, charts and descriptions',
    async (path) => {
      const { page, errors, close } = await openPage(env.browser, { viewport: PHONE });
      await page.goto(urlOf(path));
      await page.waitForFunction(() => document.documentElement.classList.contains('js'));
      const texts = await page.evaluate(readable, 'html');
      expect(texts.join(' ').length, path).toBeGreaterThan(path === 'es/index.html' ? 20_000 : 400);
      expect(englishIn(texts, phrases), path).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    },
  );

  it('describes in Spanish the sources we titled ourselves, and cites published headlines in English', async () => {
    const { page, close } = await openPage(env.browser, { viewport: LAPTOP });
    await page.goto(urlOf('es/index.html'));
    const cited = await page.evaluate(() =>
      [...document.querySelectorAll('.sources > li')].map((li) => {
        const cite = li.querySelector('cite')!;
        const tooltips = [...document.querySelectorAll(`.figure-ref[href$="#${li.id}"]`)];
        return {
          id: li.id.replace(/^source-/, ''),
          title: cite.textContent?.trim() ?? '',
          lang: cite.closest('[lang]')?.getAttribute('lang'),
          tooltips: tooltips.map((a) => a.getAttribute('title') ?? ''),
        };
      }),
    );
    expect(cited).toHaveLength(dataset.sources.length);
    const own = dataset.sources.filter((s) => isOwnTitle(s.title)).map((s) => s.id);
    expect(own.length).toBeGreaterThan(0);
    for (const { id, title, lang, tooltips } of cited) {
      const english = dataset.sources.find((s) => s.id === id)!.title;
      if (own.includes(id)) {
        expect(lang, id).toBe('es');
        expect(title, id).toMatch(/^\[.+\]$/);
        expect(title, id).not.toBe(english);
        expect(englishIn([title, ...tooltips], phrases), id).toEqual([]);
        expect(englishIn([english], phrases).length, id).toBeGreaterThan(0);
      } else {
        expect(lang, id).toBe('en');
        expect(title, id).toBe(english);
      }
    }
    await close();
  });

  it('draws every chart state in Spanish as the reader scrolls the story', async () => {
    const { page, errors, close } = await openPage(env.browser, { viewport: PHONE });
    await page.goto(urlOf('es/index.html'));
    const texts: string[] = [];
    for (const step of STEPS) {
      await reach(page, step);
      texts.push(...(await page.evaluate(readable, `[data-chart="${step.chart}"]`)));
    }
    expect(englishIn(texts, phrases)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('figures and dates on the Spanish story', () => {
  it('read the Spanish way in prose, live charts and tables', async () => {
    const { page, close } = await openPage(env.browser, { viewport: LAPTOP });
    await page.goto(urlOf('es/index.html'));
    const text = async (selector: string) => (await page.locator(selector).first().textContent()) ?? '';
    // Prose: a figure with its qualifier, a date with its month name, a count with a comma.
    await expect(text('#scale-families .prose')).resolves.toMatch(
      /más de 5,500 familias.*19 de mayo de 2021/s,
    );
    await expect(text('#search-first-report .prose')).resolves.toMatch(
      /El 20 de octubre de 2020.*de los 1,030 niños/s,
    );
    // Charts, as the browser draws them for the current step.
    await reach(
      page,
      STEPS.find((s) => s.id === 'scale-families')!,
    );
    await expect(text('[data-chart="scale"] svg')).resolves.toMatch(/5,500\+[\s\S]*mayo de ?2021/);
    await reach(
      page,
      STEPS.find((s) => s.id === 'search-list-grew')!,
    );
    const search = await text('[data-chart="search"] svg');
    expect(search).toContain('La lista creció: 1,030 → 1,198');
    // Month names written out, as many as the width has room for.
    expect(search).toMatch(/octubre ?2020[\s\S]*abril/);
    expect(search).not.toMatch(/\b(oct|ene|abr|jul)\./);
    // Tables: the same counts and short dates.
    await page.locator('#search-list-grew details summary').click();
    const row = await page.locator('#search-list-grew table tbody tr').nth(2).innerText();
    expect(row).toMatch(/^2 dic\. 2020\s+628\s+1,198\s+295\s+333/);
    await close();
  });
});

/**
 * Rules for a whole page that an embed, a part of its host's page, does not keep: a main landmark of
 * its own would be a second one inside the host's, the host's headline is its level-one heading, and
 * the host's landmark (where the frame sits) holds its content.
 */
const EMBED_PAGE_RULES = ['landmark-one-main', 'page-has-heading-one', 'region'];

describe('accessibility of the Spanish pages', () => {
  const SIZES = [
    { name: 'phone', viewport: PHONE },
    { name: 'laptop', viewport: LAPTOP },
  ];
  const cases = SIZES.flatMap((size) =>
    (['light', 'dark'] as const).map((colorScheme) => ({ ...size, colorScheme })),
  );

  it.each(cases)(
    'no axe violation on the story at $name size, $colorScheme',
    async ({ viewport, colorScheme }) => {
      const { page, close } = await openPage(env.browser, { viewport, colorScheme });
      await page.goto(urlOf('es/index.html'));
      expect(await axe(page)).toEqual([]);
      // Mid-story, with the language link floating and a data table open.
      await reach(
        page,
        STEPS.find((s) => s.id === 'search-breakdown')!,
      );
      await page.locator('#search-breakdown details summary').click();
      // The floating link steps aside while a card is under it: the card goes past its corner (on a
      // phone, the bottom one: the card goes up past it; on a laptop, the top left one, over the
      // cards' column: the card goes down, under it).
      await page.evaluate(() => {
        const card = document.querySelector('#search-breakdown .card')!.getBoundingClientRect();
        const link = document.querySelector('a.lang-switch')!.getBoundingClientRect();
        if (link.top < innerHeight / 2) scrollBy(0, card.top - (link.bottom + 40));
        else scrollBy(0, Math.max(0, card.bottom - (innerHeight - 120)));
      });
      // Shown and done fading in (while it fades out, as a card comes under it, it is still 'visible').
      await page.waitForFunction(() => {
        const link = document.querySelector('.lang-switch')!;
        const style = getComputedStyle(link);
        return !link.classList.contains('tucked') && style.visibility === 'visible' && style.opacity === '1';
      });
      await expect(page.locator('.lang-switch').first().isVisible()).resolves.toBe(true);
      expect(await axe(page)).toEqual([]);
      await close();
    },
  );

  it.each(cases)(
    'no axe violation on the embeds at $name size, $colorScheme',
    async ({ viewport, colorScheme }) => {
      const { page, close } = await openPage(env.browser, { viewport, colorScheme });
      for (const path of ['es/embed/index.html', 'es/embed/reunify/index.html']) {
        await page.goto(urlOf(path));
        await page.waitForFunction(() => document.documentElement.classList.contains('js'));
        expect(await axe(page, EMBED_PAGE_RULES), path).toEqual([]);
      }
      await close();
    },
  );
});

describe('the language link', () => {
  it('takes the reader to the same step in the other edition, and back', async () => {
    const { page, errors, close } = await openPage(env.browser, { viewport: PHONE });
    await page.goto(env.site.url);
    const step = STEPS.find((s) => s.id === 'search-breakdown')!;
    await reach(page, step);
    const link = page.locator('a.lang-switch');
    await expect(link.isVisible()).resolves.toBe(true);
    await expect(link.getAttribute('href')).resolves.toBe('es/#search-breakdown');
    await link.click();
    await page.waitForURL(`${env.site.url}es/#search-breakdown`);
    await page.waitForFunction(
      () =>
        document.documentElement.lang === 'es' &&
        document.querySelector('[aria-current="step"]')?.id === 'search-breakdown' &&
        document.querySelector('[data-chart="search"]')?.getAttribute('data-state') === 'search-breakdown',
    );
    // …and back, from another step.
    await reach(
      page,
      STEPS.find((s) => s.id === 'timeline-injunction')!,
    );
    await page.locator('a.lang-switch').click();
    await page.waitForURL(`${env.site.url}#timeline-injunction`);
    await page.waitForFunction(
      () => document.querySelector('[aria-current="step"]')?.id === 'timeline-injunction',
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('sits above the headline until the reader scrolls past it, then stays at hand in a corner', async () => {
    const { page, close } = await openPage(env.browser, { viewport: PHONE });
    await page.goto(urlOf('es/index.html'));
    const link = page.locator('a.lang-switch');
    const headline = await page.locator('h1').boundingBox();
    const atTop = await link.boundingBox();
    expect(atTop!.y + atTop!.height).toBeLessThanOrEqual(headline!.y);
    await expect(link.innerText()).resolves.toBe('Read in English');
    await reach(
      page,
      STEPS.find((s) => s.id === 'finding-claim')!,
    );
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('a.lang-switch')!).position === 'fixed',
    );
    const floating = await link.boundingBox();
    expect(floating!.y + floating!.height).toBeLessThanOrEqual(PHONE.height);
    expect(floating!.y).toBeGreaterThan(PHONE.height / 2);
    // On a phone the step text scrolls under it: one word, in a small (but tappable) pill.
    await expect(link.innerText()).resolves.toBe('English');
    await expect(link.getAttribute('lang')).resolves.toBe('en');
    expect(floating!.height).toBeGreaterThanOrEqual(24);
    expect(floating!.width * floating!.height).toBeLessThan(100 * 40);
    await close();
  });

  it('keeps an embed’s step and options when it switches the embed’s language', async () => {
    const { page, errors, close } = await openPage(env.browser, { viewport: { width: 600, height: 800 } });
    await page.goto(`${urlOf('es/embed/search/index.html')}?step=search-spring-2021&theme=dark`);
    const link = page.locator('a.lang-switch');
    await expect(link.getAttribute('href')).resolves.toBe(
      '../../../embed/search/?step=search-spring-2021&theme=dark',
    );
    await link.click();
    await page.waitForFunction(
      () =>
        document.documentElement.lang === 'en' &&
        document.documentElement.dataset.theme === 'dark' &&
        document.querySelector('[data-chart="search"]')?.getAttribute('data-state') === 'search-spring-2021',
    );
    // The stepper of the whole story follows the step the reader has moved to.
    await page.goto(urlOf('embed/index.html'));
    await page.locator('.stepper-nav button').last().click();
    await page.locator('.stepper-nav button').last().click();
    await expect(page.locator('a.lang-switch').getAttribute('href')).resolves.toBe(
      `../es/embed/?step=${STEPS[2]!.id}`,
    );
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the search chart’s subtitle on phones', () => {
  // fc14 N1: the Spanish subtitle names the lawyers as court-appointed ("designados") in a wording
  // that keeps to the English's lines: a longer one took a third line at 320 px and squeezed the chart.
  it.each([
    { width: 320, height: 640 },
    { width: 390, height: 844 },
  ])('takes no more lines in Spanish than in English ($width px)', async (viewport) => {
    const first = STEPS.find((s) => s.chart === 'search')!;
    const lines: Record<string, number> = {};
    for (const path of ['index.html', 'es/index.html']) {
      const { page, errors, close } = await openPage(env.browser, { viewport });
      await page.goto(urlOf(path));
      await reach(page, first);
      lines[path] = await page.evaluate(() => {
        const el = document.querySelector('[data-chart="search"] .chart-frame.current .chart-subtitle')!;
        return Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
      });
      expect(errors).toEqual([]);
      await close();
    }
    expect(lines['index.html']).toBeGreaterThan(0);
    expect(lines['es/index.html']).toBeLessThanOrEqual(lines['index.html']!);
  });
});

describe('the scale waffle’s unit in Spanish', () => {
  // r16 ES1: at 320 px the Spanish waffle counted 500 children a square (English 100), and at that
  // unit 2,654 → 2,737 showed no change. Each state of the chart counts as many a square as the
  // English at the same screen, and the frame keeps its height from state to state.
  it.each([
    { width: 320, height: 640 },
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ])('is the English unit in every scale state ($width px)', async (viewport) => {
    const steps = STEPS.filter((s) => s.chart === 'scale');
    const seen: Record<string, { unit: string; frame: number }[]> = {};
    for (const path of ['index.html', 'es/index.html']) {
      const { page, errors, close } = await openPage(env.browser, { viewport });
      await page.goto(urlOf(path));
      seen[path] = [];
      for (const step of steps) {
        await scrollStepTo(page, step.id);
        await waitForState(page, step.id, step.chart, { timeout: 30_000 });
        seen[path].push(
          await page.evaluate(() => {
            const figure = document.querySelector('[data-chart="scale"]')!;
            const key = figure.querySelector('.chart-body > svg[data-fit] [data-key="key:square"]');
            return {
              unit: /(\d[\d,]*)/.exec(key?.textContent ?? '')?.[1] ?? '',
              frame: Math.round(figure.getBoundingClientRect().height),
            };
          }),
        );
      }
      expect(errors).toEqual([]);
      await close();
    }
    const en = seen['index.html']!;
    const es = seen['es/index.html']!;
    expect(en.every((s) => s.unit !== '')).toBe(true);
    expect(es.map((s) => s.unit)).toEqual(en.map((s) => s.unit));
    // The frame does not change height between the states.
    expect(new Set(es.map((s) => s.frame)).size).toBe(1);
  });
});
