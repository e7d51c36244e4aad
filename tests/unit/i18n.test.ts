import { de } from '../../src/i18n/de';
import { en as core } from '../../src/i18n/en';
import { enAuthoring } from '../../src/i18n/en-authoring';
import { enDeal } from '../../src/i18n/en-deal';
import { enPresent } from '../../src/i18n/en-present';
import { enTour } from '../../src/i18n/en-tour';

// Every English message: the core and the areas that load with their views.
const en = { ...core, ...enDeal, ...enPresent, ...enTour, ...enAuthoring };
import { formatDate, pick, translate } from '../../src/i18n/i18n';
import type { IsoDate } from '../../src/model/types';
import { tickLabel } from '../../src/views/timeline/timeline-text';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('German has exactly the English keys, none empty, with the same placeholders', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      const german = de[key as keyof typeof en];
      expect(german.trim(), key).not.toBe('');
      expect(placeholders(german), key).toEqual(placeholders(text));
    }
  });

  it('knows an area’s English once its views have loaded it', () => {
    expect(translate('en', 'deal.title')).toBe(enDeal['deal.title']);
  });

  it('fills parameters and leaves unknown ones visible', () => {
    expect(translate('en', 'cell.since', { date: 'today' })).toBe('stated today');
    expect(translate('de', 'cell.since')).toBe('geäußert am {date}');
  });
});

describe('formatDate', () => {
  it('formats days and months per language, independent of the local time zone', () => {
    expect(formatDate('2024-12-04', 'en')).toBe('4 December 2024');
    expect(formatDate('2024-12-04', 'de')).toBe('4. Dezember 2024');
    expect(formatDate('2024-06', 'de')).toBe('Juni 2024');
  });

  // Our own month tables stand in for Intl.DateTimeFormat (slow to create, see i18n/months.ts):
  // they must write every date exactly as Intl does for en-GB and de-DE.
  it.each([
    ['en', 'en-GB'],
    ['de', 'de-DE'],
  ] as const)('writes every day and month as Intl does (%s)', (lang, locale) => {
    const intl = (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    const long = intl({ year: 'numeric', month: 'long', day: 'numeric' });
    const monthOnly = intl({ year: 'numeric', month: 'long' });
    const shortDay = intl({ month: 'short', day: 'numeric' });
    const shortMonth = intl({ month: 'short', year: '2-digit' });
    for (let day = 0; day < 366; day += 1) {
      const date = new Date(Date.UTC(2024, 0, 1 + day));
      const iso = date.toISOString().slice(0, 10) as IsoDate;
      expect(formatDate(iso, lang)).toBe(long.format(date));
      expect(tickLabel({ x: 0, day: iso, year: 2024, unit: 'day' }, lang)).toBe(
        shortDay.format(date),
      );
      if (iso.endsWith('-01')) {
        expect(formatDate(iso.slice(0, 7), lang)).toBe(monthOnly.format(date));
        expect(tickLabel({ x: 0, day: iso, year: 2024, unit: 'month' }, lang)).toBe(
          shortMonth.format(date),
        );
      }
    }
  });
});

describe('pick', () => {
  it('falls back to English, then to any language', () => {
    expect(pick({ en: 'Border', de: 'Grenze' }, 'de')).toBe('Grenze');
    expect(pick({ en: 'Border' }, 'de')).toBe('Border');
    expect(pick({ fr: 'Frontière' }, 'de')).toBe('Frontière');
    expect(pick(undefined, 'en')).toBe('');
  });
});
