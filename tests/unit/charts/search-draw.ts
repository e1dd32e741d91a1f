/** A step's drawing, as the page renders it in jsdom, for the charts' unit tests. */
import { JSDOM } from 'jsdom';
import { edition, type LANGS } from '../../../src/content/index.ts';
import { chartCopy } from '../../../src/lib/charts/copy.ts';
import { STATIC_FIT, type Fit } from '../../../src/lib/charts/fit.ts';
import { renderChart } from '../../../src/lib/charts/render.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';
import { STEPS, type Step } from '../../../src/lib/story/steps.ts';

export const step = (id: string): Step => {
  const s = STEPS.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id}`);
  return s;
};

/** Step `id`'s drawing for `fit` in `lang`; `shown` picks what is drawn (a passage's one drawing). */
export function draw(
  id: string,
  fit: Fit = STATIC_FIT,
  lang: (typeof LANGS)[number] = 'en',
  shown: (s: Step) => Step = (s) => s,
): Element {
  const { copy, format, prose } = edition(lang);
  const s = shown(step(id));
  const { window } = new JSDOM('');
  return renderChart(
    s,
    window.document,
    chartCopy(copy, s.chart, dataset, format, prose),
    '',
    format,
    fit,
    dataset,
  );
}
