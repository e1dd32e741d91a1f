/**
 * Every day a chart names reads as the edition's copy writes a day: AP style in English ("Feb. 1,
 * 2023", "May 4, 2021"), "1 de febrero de 2023" in Spanish. Never the bare abbreviations a date
 * formatter gives by default ("Feb 1, 2023", "1 feb. 2023"). Checked on each step's drawing, at a
 * phone's width and a laptop's (labels wrap differently), and on the chart's title, subtitle and
 * source line, in both editions.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { edition, LANGS, type Lang } from '../../../src/content/index.ts';
import { chartCopy } from '../../../src/lib/charts/copy.ts';
import { fitFor } from '../../../src/lib/charts/fit.ts';
import { frameOf } from '../../../src/lib/charts/index.ts';
import { renderChart, STATIC_FIT } from '../../../src/lib/charts/render.ts';
import { pageView } from '../../../src/lib/content/page-view.ts';
import { dataset as bundled } from '../../../src/lib/data/dataset.ts';
import { STEPS } from '../../../src/lib/story/steps.ts';

/**
 * A month with its year, or a month alone (an axis tick), abbreviated: AP spells out a month used
 * without a day ("July 2018", "October"), and the Spanish copy writes "julio de 2018".
 */
const SHORT_MONTH: Record<Lang, RegExp> = {
  en: /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{4}\b|^(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/,
  es: /\b(ene|feb|mar|abr|may|jun|jul|ago|sep|sept|oct|nov|dic)\.? (de )?\d{4}\b|^(ene|feb|mar|abr|may|jun|jul|ago|sep|sept|oct|nov|dic)\.?$/i,
};

/** A day written with a bare abbreviated month, in each edition: what the labels must never show. */
const BARE_DAY: Record<Lang, RegExp> = {
  // "Feb 1, 2023", "Sep 30, 2021" (AP abbreviates with a period, and only Jan. Feb. Aug. Sept. Oct. Nov. Dec.)
  en: /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec) \d{1,2}\b|\b(Mar|Apr|Jun|Jul|Sep)\. \d{1,2}\b/,
  // "1 feb. 2023", "8 dic 2023": Spanish copy writes "1 de febrero de 2023".
  es: /\b\d{1,2}\.? (ene|feb|mar|abr|may|jun|jul|ago|sep|sept|oct|nov|dic)\.? \d{4}\b/i,
};

/** A text mark's whole label, its wrapped lines joined again. */
function labelOf(t: Element): string {
  const spans = [...t.querySelectorAll('tspan')];
  return spans.length ? spans.map((s) => s.textContent ?? '').join(' ') : (t.textContent ?? '');
}

/** Every label of every step's drawing at these fits, with the chart's frame, for one edition. */
function renderedTexts(lang: Lang): { step: string; text: string }[] {
  const { copy, locale, format, localize } = edition(lang);
  const dataset = localize(bundled);
  const view = pageView(copy, dataset, locale, format);
  const fits = [STATIC_FIT, fitFor(304, 380), fitFor(720, 520)];
  const out: { step: string; text: string }[] = [];
  for (const step of STEPS) {
    const chart = chartCopy(copy, step.chart, dataset, format);
    const frame = frameOf(step, chart);
    for (const text of [frame.title, frame.subtitle, chart.source])
      if (text) out.push({ step: step.id, text });
    for (const fit of fits) {
      const { window } = new JSDOM('');
      const svg = renderChart(step, window.document, chart, view.alts[step.id] ?? '', format, fit, dataset);
      for (const t of svg.querySelectorAll('text')) out.push({ step: step.id, text: labelOf(t) });
    }
  }
  return out;
}

describe.each(LANGS)('chart labels in %s', (lang) => {
  const texts = renderedTexts(lang);
  const { format } = edition(lang);

  it('write no day with a bare abbreviated month', () => {
    const bare = texts.filter(({ text }) => BARE_DAY[lang].test(text)).map((t) => `${t.step}: ${t.text}`);
    expect(bare).toEqual([]);
  });

  it('write out every month named without a day, on axes and in titles', () => {
    const short = texts
      .filter(({ text }) => SHORT_MONTH[lang].test(text.trim()))
      .map((t) => `${t.step}: ${t.text}`);
    expect(short).toEqual([]);
  });

  it('name the days they date as the copy writes them', () => {
    // The labels that date a count with its day: the task force's first reunions and its 2023 count,
    // the first reunited family, the lawyers' statement in court.
    for (const day of ['2021-05-03', '2023-02-01', '2021-05-04', '2023-12-08']) {
      const long = format.date(day);
      expect(
        texts.some(({ text }) => text.includes(long)),
        long,
      ).toBe(true);
    }
  });

  it('catch the old forms (the check itself)', () => {
    const old = { en: ['as of Feb 1, 2023', 'on Dec 8, 2023'], es: ['al 1 feb. 2023', 'el 8 dic. 2023'] }[
      lang
    ];
    for (const text of old) expect(BARE_DAY[lang].test(text), text).toBe(true);
    const months = { en: ['Jul 2018', 'Oct', 'Sept. 2021'], es: ['jul. 2017', 'ene.', 'sept. de 2021'] }[
      lang
    ];
    for (const text of months) expect(SHORT_MONTH[lang].test(text), text).toBe(true);
    const written = {
      en: ['July 2018', 'October', 'May 2021'],
      es: ['julio de 2017', 'enero', 'mayo de 2021'],
    }[lang];
    for (const text of written) expect(SHORT_MONTH[lang].test(text), text).toBe(false);
  });
});
