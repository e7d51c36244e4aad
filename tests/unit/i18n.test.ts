import { de } from '../../src/i18n/de';
import { en as core } from '../../src/i18n/en';
import { enAuthoring } from '../../src/i18n/en-authoring';
import { enDeal } from '../../src/i18n/en-deal';
import { enPresent } from '../../src/i18n/en-present';
import { enTour } from '../../src/i18n/en-tour';

// Every English message: the core and the areas that load with their views.
const en = { ...core, ...enDeal, ...enPresent, ...enTour, ...enAuthoring };
import { formatDate, pick, translate } from '../../src/i18n/i18n';

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
});

describe('pick', () => {
  it('falls back to English, then to any language', () => {
    expect(pick({ en: 'Border', de: 'Grenze' }, 'de')).toBe('Grenze');
    expect(pick({ en: 'Border' }, 'de')).toBe('Border');
    expect(pick({ fr: 'Frontière' }, 'de')).toBe('Frontière');
    expect(pick(undefined, 'en')).toBe('');
  });
});
