import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatasetInput } from '../../../src/data/schema';
import { hintFor } from '../../../src/data/hints';
import { parseDataset, validateDataset } from '../../../src/data/validate';
import { datasetWarnings } from '../../../src/data/warnings';
import { en } from '../../../src/i18n/en';
import { enAuthoring } from '../../../src/i18n/en-authoring';
import { miniDataset } from '../../fixtures/mini-dataset';

type Mini = ReturnType<typeof miniDataset> & DatasetInput;
/** The mini dataset without its one warning (s3 cites a source from two years before). */
const clean = (): Mini => {
  const d = structuredClone(miniDataset()) as Mini;
  d.statements[2]!.sources = ['src-c'];
  return d;
};
const warningsOf = (edit: (d: Mini) => void = () => {}) => {
  const d = clean();
  edit(d);
  const result = validateDataset(d);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path} ${e.message.en}`).join('\n'));
  return datasetWarnings(result.dataset);
};
const found = (edit: (d: Mini) => void) => warningsOf(edit).map((w) => [w.path, w.key]);

describe('datasetWarnings', () => {
  it('finds nothing to warn about in a tidy dataset', () => {
    expect(warningsOf()).toEqual([]);
  });

  it('warns about a party or an issue without statements, in both languages', () => {
    const warnings = warningsOf((d) => {
      d.parties.push({ id: 'east', name: { en: 'East', de: 'Ost' }, kind: 'state' });
      d.issues.push({
        id: 'water',
        name: { en: 'Water', de: 'Wasser' },
        question: { en: 'Who gets the water?', de: 'Wer bekommt das Wasser?' },
        ordered: false,
        outcomes: [
          { id: 'share', label: { en: 'Share', de: 'Teilen' } },
          { id: 'keep', label: { en: 'Keep', de: 'Behalten' } },
        ],
      });
    });
    expect(warnings.map((w) => [w.path, w.key])).toEqual([
      ['$.parties[3]', 'authoring.warn.partyNoStatements'],
      ['$.issues[2]', 'authoring.warn.issueNoStatements'],
      ['$.issues[2].outcomes[0]', 'authoring.warn.outcomeUnused'],
      ['$.issues[2].outcomes[1]', 'authoring.warn.outcomeUnused'],
    ]);
    expect(warnings[0]?.message.en).toBe(
      'The party “east” has no statements, so all its cells will be empty. Add statements, or remove the party.',
    );
    expect(warnings[0]?.message.de).toContain('Die Partei „east“ hat keine Aussagen');
  });

  it('warns about an issue with a single outcome', () => {
    const edit = (d: Mini) => {
      d.issues[1]!.outcomes.shift();
      d.statements[3]!.rejects = [];
      d.statements[4]!.accepts = ['neutral'];
    };
    expect(found(edit)).toContainEqual(['$.issues[1].outcomes', 'authoring.warn.singleOutcome']);
  });

  it('counts an outcome as used when only a plan names it', () => {
    expect(found((d) => (d.statements[0]!.rejects = []))).toEqual([]);
    expect(
      found((d) => {
        d.statements[0]!.rejects = [];
        d.statements[1]!.accepts = ['front-line'];
      }),
    ).toEqual([['$.issues[0].outcomes[2]', 'authoring.warn.outcomeUnused']]);
  });

  it('warns when a speaker is quoted before taking up or after leaving the role', () => {
    const warnings = warningsOf((d) => {
      d.parties[1]!.speakers![0]!.from = '2022-03-02';
      d.parties[0]!.speakers![0]!.to = '2022-02';
    });
    expect(warnings.map((w) => [w.path, w.key])).toEqual([
      ['$.statements[0].speaker', 'authoring.warn.speakerNotYet'],
      ['$.statements[1].speaker', 'authoring.warn.speakerNoLonger'],
      ['$.statements[3].speaker', 'authoring.warn.speakerNoLonger'],
    ]);
    expect(warnings[0]?.message.en).toBe(
      'S. Leader is quoted on 2022-03-01, before taking up the role (2022-03-02). Check the date, the speaker or “from”.',
    );
  });

  it('reads month precision generously: a month overlaps every day in it', () => {
    expect(found((d) => (d.parties[0]!.speakers![0]!.to = '2022-03-01'))).toEqual([
      ['$.statements[3].speaker', 'authoring.warn.speakerNoLonger'],
    ]);
  });

  it('warns about a source published before the statement that cites it', () => {
    const warnings = warningsOf((d) => (d.statements[2]!.sources = ['src-c', 'src-a']));
    expect(warnings.map((w) => [w.path, w.key])).toEqual([
      ['$.statements[2].sources[1]', 'authoring.warn.sourceBeforeStatement'],
    ]);
    expect(warnings[0]?.params).toEqual({
      id: 'src-a',
      published: '2022-03-01',
      date: '2024-06-14',
    });
  });

  it('warns about two statements of a party on one issue on the same day', () => {
    expect(found((d) => (d.statements[2]!.date = '2022-03-01'))).toEqual([
      ['$.statements[2].date', 'authoring.warn.sameDay'],
    ]);
  });

  it('warns about a statement that accepts and rejects nothing (reads as withdrawn)', () => {
    expect(
      found((d) => {
        d.statements[4]!.accepts = [];
        d.plans![0]!.terms[0]!.outcomes = ['join', 'neutral'];
      }),
    ).toEqual([['$.statements[4].accepts', 'authoring.warn.withdrawn']]);
  });

  it('warns about sources nothing cites, counting sources relayed through via as cited', () => {
    expect(
      found((d) => {
        d.sources.push({ id: 'src-x', outlet: 'X', url: 'https://example.org/x' });
      }),
    ).toEqual([
      ['$.sources[5]', 'authoring.warn.sourceUnused'],
      ['$.sources[5].type', 'authoring.warn.sourceNoType'],
    ]);
  });

  it('warns about plans without terms and about empty texts', () => {
    expect(
      found((d) => {
        d.plans!.push({ ...d.plans![0]!, id: 'plan-2', terms: [] });
        d.statements[0]!.summary = { en: 'South wants the old line.', de: ' ' };
        d.statements[0]!.quote!.translations = { de: '' };
      }),
    ).toEqual([
      ['$.plans[1].terms', 'authoring.warn.planNoTerms'],
      ['$.statements[0].summary', 'authoring.warn.emptyText'],
      ['$.statements[0].quote.translations', 'authoring.warn.emptyText'],
    ]);
  });

  it('gives every warning of the bundled dataset a path that exists in it', () => {
    const file = resolve(
      dirname(fileURLToPath(import.meta.url)),
      '../../../public/datasets/russia-ukraine.json',
    );
    const result = parseDataset(readFileSync(file, 'utf8'));
    if (!result.ok) throw new Error('bundled dataset');
    for (const w of datasetWarnings(result.dataset)) {
      expect(w.path).toMatch(/^\$(\.\w+|\[\d+\])+$/);
      expect(w.message.en).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('hintFor', () => {
  it('says how to fix what a validation message says is wrong, in both languages', () => {
    expect(hintFor({ key: 'validation.date', params: {} })?.en).toContain(
      'format the column as text',
    );
    expect(hintFor({ key: 'validation.unknownRef', params: { kind: 'party', id: 'x' } })).toEqual({
      en: 'Check the spelling (ids are lowercase, with hyphens), or add the party it refers to.',
      de: 'Prüfen Sie die Schreibweise (IDs sind kleingeschrieben, mit Bindestrichen) oder ergänzen Sie das Element (Partei), auf das verwiesen wird.',
    });
    expect(hintFor({ key: 'validation.missingLanguage', params: { lang: 'de' } })?.en).toBe(
      'Add the text in “de”, or remove “de” from the dataset’s languages.',
    );
  });

  it('has no hint for messages that already say how to fix them', () => {
    expect(hintFor({ key: 'validation.enum', params: {} })).toBeUndefined();
    expect(hintFor({ key: 'authoring.csv.bool', params: {} })).toBeUndefined();
    expect(hintFor({ key: 'authoring.warn.withdrawn', params: {} })).toBeUndefined();
  });

  it('belongs to a validation message, for each hint there is', () => {
    const hints = Object.keys(enAuthoring).filter((k) => k.startsWith('authoring.hint.'));
    expect(hints.length).toBeGreaterThan(15);
    for (const hint of hints) expect(Object.keys(en)).toContain(`validation.${hint.slice(15)}`);
  });
});
