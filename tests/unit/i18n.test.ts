import { de } from '../../src/i18n/de';
import { en as core } from '../../src/i18n/en';
import { enAuthoring } from '../../src/i18n/en-authoring';
import { enDeal } from '../../src/i18n/en-deal';
import { enPresent } from '../../src/i18n/en-present';
import { enTour } from '../../src/i18n/en-tour';

// Every English message: the core and the areas that load with their views.
const en = { ...core, ...enDeal, ...enPresent, ...enTour, ...enAuthoring };
import { formatDate, formatNumber, pick, translate } from '../../src/i18n/i18n';
import { joinList, pluralForm } from '../../src/i18n/words';
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

describe('formatNumber', () => {
  // Integers are grouped by hand (the first Intl.NumberFormat is slow to create): as Intl does.
  const samples = [0, 7, -7, 999, 1000, -1000, 1234, 12345, 50000, 123456, 1234567, -98765432];
  it.each(['en', 'de'] as const)('groups integers as Intl does (%s)', (lang) => {
    const intl = new Intl.NumberFormat(lang);
    for (const n of [...samples, Number.MAX_SAFE_INTEGER])
      expect(formatNumber(n, lang)).toBe(intl.format(n));
  });

  it('leaves fractions to Intl', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5');
  });
});

describe('lists and plurals', () => {
  // Written from rules (the first Intl object is slow to create, see i18n/words.ts): as Intl does.
  const lists = [[], ['A'], ['A', 'B'], ['A', 'B', 'C'], ['Nato', 'EU', 'UN', 'OSZE']];
  it.each(['en', 'de'] as const)('joins lists as Intl.ListFormat does (%s)', (lang) => {
    for (const [kind, type] of [
      ['and', 'conjunction'],
      ['or', 'disjunction'],
    ] as const) {
      const intl = new Intl.ListFormat(lang, { style: 'long', type });
      for (const items of lists) expect(joinList(items, lang, kind)).toBe(intl.format(items));
    }
  });

  it.each(['en', 'de'] as const)('picks the plural form as Intl.PluralRules does (%s)', (lang) => {
    const intl = new Intl.PluralRules(lang);
    for (const n of [0, 1, 2, 3, 11, 21, 101, 1000, 0.5, 1.5]) {
      const form = intl.select(n) === 'one' ? 'one' : 'other';
      expect(pluralForm(n, lang)).toBe(form);
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
