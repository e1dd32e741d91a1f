/**
 * The passages split over several cards for phones say what their one card said before the split:
 * each passage's cards, joined, are the text of the step it was (tests/fixtures/steps-before-split.json,
 * the 29 steps' copy as it stood before the split, and reunify-2023-3, whose card has shown a state
 * of its own since), in every edition, but for the rewordings listed
 * here, each made so that a sentence could end where a card does. A deliberate change to a step's copy
 * changes the fixture with it.
 */
import { describe, expect, it } from 'vitest';
import { COPY, LANGS, type Lang } from '../../../src/content/index.ts';
import { PASSAGE_STARTS, passageStart, STEPS } from '../../../src/lib/story/steps.ts';
import before from '../../fixtures/steps-before-split.json';

/** Each rewording as it reads now, and as it read in the one card before the split. */
const REWORDED: Record<Lang, { now: string; was: string }[]> = {
  en: [
    {
      now: 'gave federal prosecutors on the southwest border a directive. It told them to prosecute',
      was: 'told federal prosecutors on the southwest border to prosecute',
    },
    {
      // Fact-check fc4 I6: read alone, "ICE should document…" was the newsroom's demand.
      now: "recommendations. The first: that ICE document each parent's decision about the children before removal. The second: that it share",
      was: "recommendations. ICE should document each parent's decision about the children before removal, and share",
    },
  ],
  es: [
    {
      now: 'Desde {{el_paso_pilot:date}}, el Departamento de Seguridad Nacional remitió a la fiscalía, para procesarlos penalmente, a algunos padres que cruzaron la frontera con sus hijos, informó',
      was: 'A partir de {{el_paso_pilot:date}}, el Departamento de Seguridad Nacional remitió a la fiscalía a algunos padres que cruzaron la frontera con sus hijos, para que fueran procesados penalmente, informó',
    },
    {
      now: 'dio una directiva a los fiscales federales de la frontera suroeste. Les ordenó procesar',
      was: 'ordenó a los fiscales federales de la frontera suroeste procesar',
    },
    {
      // Fact-check fc4 I6: read alone, "Que ICE documente…" was an exhortation.
      now: 'recomendaciones. La primera: que ICE documente la decisión de cada padre sobre sus hijos antes de deportarlo. La segunda: que comparta',
      was: 'recomendaciones: que ICE documente la decisión de cada padre sobre sus hijos antes de deportarlo, y que comparta',
    },
    // Review r6: the search chapter's longest cards, shorter, leave its chart room at 320 px.
    {
      now: 'en un correo que también contaba a los niños sin número de teléfono. No era un escrito judicial y contaba de otra manera: por eso',
      was: 'en un correo electrónico que también contaba a los niños sin número de teléfono registrado. No era un escrito judicial y contaba de otra manera, por eso',
    },
    {
      now: 'En un escrito del que KYMA informó el {{unreached_2022_01:reported}}, los abogados aún buscaban a los padres de {{unreached_2022_01}} niños: la última cifra de este tipo que hallamos.',
      was: 'En un escrito del que informó KYMA el {{unreached_2022_01:reported}}, los abogados aún intentaban localizar a los padres de {{unreached_2022_01}} niños, la cifra más reciente de este tipo en las fuentes que encontramos.',
    },
  ],
};

/** Each passage's cards' text, joined as one card's. */
function passages(lang: Lang): Record<string, string> {
  const joined: Record<string, string> = {};
  for (const step of STEPS) {
    const text = COPY[lang].steps[step.id]!.text.trim();
    const start = passageStart(step).id;
    joined[start] = joined[start] === undefined ? text : `${joined[start]} ${text}`;
  }
  return joined;
}

describe.each(LANGS)('the passages in %s', (lang) => {
  it('are the steps there were before the split, in their order', () => {
    expect(PASSAGE_STARTS.map((s) => s.id)).toEqual(Object.keys(before[lang]));
  });

  it('say, joined, what their one card said', () => {
    const now = passages(lang);
    for (const { now: reworded, was } of REWORDED[lang]) {
      const hits = Object.entries(now).filter(([, text]) => text.includes(reworded));
      // Each rewording is in the copy once: one that no longer matches is stale and must go.
      expect(
        hits.map(([id]) => id),
        reworded,
      ).toHaveLength(1);
      const [id, text] = hits[0]!;
      now[id] = text.replace(reworded, was);
    }
    expect(now).toEqual(before[lang]);
  });
});
