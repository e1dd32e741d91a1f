/**
 * Each edition's numbers and dates, as its copy, charts and tables write them. The Spanish edition
 * groups thousands with a comma and marks decimals with a point, as the Spanish-language press in
 * the U.S. does (see src/content/locales.ts for why), and writes dates "18 de mayo de 2021".
 */
import { describe, expect, it } from 'vitest';
import { edition } from '../../../src/content/index.ts';
import { LOCALES } from '../../../src/content/locales.ts';
import { getFigure } from '../../../src/lib/data/tables.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';

const { format, prose } = edition('es');
const figure = (id: string) => getFigure(dataset, id);

describe('the Spanish edition’s formats', () => {
  it('writes figures for U.S. readers of Spanish: comma for thousands, point for decimals', () => {
    expect(LOCALES.es.number).toMatchObject({ thousands: ',', decimal: '.' });
  });

  const cases: { name: string; run: () => string; text: string }[] = [
    { name: 'a count', run: () => format.count(5500), text: '5,500' },
    { name: 'a share', run: () => format.share(0.4546), text: '45%' },
    { name: 'a small share', run: () => format.share(7 / 3913, 1), text: '0.2%' },
    {
      name: 'a lower bound',
      run: () => format.figure(figure('oig_removed_without_record')),
      text: 'al menos 348',
    },
    {
      name: 'an open estimate',
      run: () => format.figure(figure('families_separated')),
      text: 'más de 5,500',
    },
    {
      name: 'a range in a chart',
      run: () => format.figure(figure('settlement_children')),
      text: '4,500–5,000',
    },
    {
      name: 'a range in prose',
      run: () => prose.figure(figure('settlement_children')),
      text: '4,500 y 5,000',
    },
    {
      name: 'a small count in prose',
      run: () => prose.figure(figure('tf2021_reunified_by_tf')),
      text: 'siete',
    },
    { name: 'a day', run: () => format.date('2021-05-18'), text: '18 de mayo de 2021' },
    { name: 'the first of a month', run: () => format.date('2017-07-01'), text: '1 de julio de 2017' },
    { name: 'a month known only to the month', run: () => format.date('2021-02'), text: 'febrero de 2021' },
    { name: 'a day in a table', run: () => format.date('2020-10-20', 'short'), text: '20 oct. 2020' },
    { name: 'a month in a table', run: () => format.date('2021-09', 'short'), text: 'septiembre de 2021' },
    {
      name: 'a month and year',
      run: () => format.month(new Date(Date.UTC(2021, 0, 1))),
      text: 'enero de 2021',
    },
    {
      name: 'an axis tick’s month',
      run: () => format.monthName(new Date(Date.UTC(2021, 0, 1))),
      text: 'enero',
    },
  ];
  it.each(cases)('$name: $text', ({ run, text }) => expect(run()).toBe(text));

  it('never writes an English month', () => {
    const english = new RegExp(LOCALES.en.time.months.join('|'));
    for (let m = 0; m < 12; m++) {
      const day = new Date(Date.UTC(2021, m, 15)).toISOString().slice(0, 10);
      for (const text of [format.date(day), format.date(day, 'short'), format.date(day.slice(0, 7))])
        expect(text).not.toMatch(english);
    }
  });
});
