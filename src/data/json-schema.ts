import { z } from 'zod';
import { datasetSchema } from './schema';

/**
 * Dataset format v1 as a JSON Schema (draft 2020-12), generated from the app's own zod schema so
 * the two cannot drift: `public/schema/dataset-v1.json` is this, committed, and a unit test fails
 * when it differs (regenerate with `UPDATE_SCHEMA=1 npx vitest run tests/unit/data/json-schema.test.ts`).
 * It describes what an author writes (the schema's input). Checks that JSON Schema cannot express
 * — real calendar dates, references between parts, unique ids, every text in every language — are
 * stated in `description`s; the app checks them when it loads a file.
 */

type Json = Record<string, unknown>;

const DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$';
const DAY_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';

/** Patterns for the refinements that have one (the app still checks the calendar). */
const REFINED: Readonly<Record<string, Json>> = {
  date: {
    pattern: DATE_PATTERN,
    description: 'A calendar date YYYY-MM-DD, or YYYY-MM when only the month is known.',
  },
  day: { pattern: DAY_PATTERN, description: 'A calendar day YYYY-MM-DD.' },
  url: {
    pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$',
    description: 'An http:// or https:// address; nothing else is linked.',
  },
};

/** Descriptions by place in the format (`items` stands for any element of a list). */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  '': 'Common Ground dataset, format v1: who accepts what in a negotiation, issue by issue, over time. See docs/AUTHORING.md.',
  id: 'Ids contain only a-z, 0-9 and hyphens; ids are unique within their kind (parties, issues, statements, sources, events, plans, tour steps; speakers within a party; outcomes within an issue).',
  asOf: 'The date the data is current to; no statement, event or plan may be dated after it.',
  languages:
    'Language codes of the texts; every text must exist in each of them (a quote needs translations into all but its own language).',
  version: 'YYYY-MM-DD.N — change it whenever the data changes.',
  'parties.items.speakers.items.from': 'First day in the role (optional).',
  'parties.items.speakers.items.to': 'Last day in the role (optional).',
  'issues.items.ordered':
    'true when the outcomes form a spectrum, listed from one end to the other; then the distance between outcomes means something.',
  'issues.items.outcomes': 'The possible outcomes; on an ordered issue, in spectrum order.',
  'statements.items.party': 'The id of a party.',
  'statements.items.speaker': 'The id of a speaker of that party.',
  'statements.items.issue': 'The id of an issue.',
  'statements.items.accepts':
    'Outcome ids of the statement’s issue that the party accepts; may be empty when it states only red lines.',
  'statements.items.prefers': 'The outcome it prefers; must also be in accepts.',
  'statements.items.rejects':
    'Outcome ids the party rejects (red lines); none may also be accepted.',
  'statements.items.quote.lang': 'The language of the quote’s text.',
  'statements.items.quote.translations':
    'The quote in each of the dataset’s languages other than its own, keyed by language code.',
  'statements.items.sources': 'Ids of sources.',
  'statements.items.reliability':
    'official: a government or alliance document or formal statement; on-record: a named speaker in public; reported: second-hand or anonymous sources.',
  'sources.items.via':
    'The id of the source this one reports from; the chain must not loop back on itself.',
  'sources.items.type':
    'What kind of outlet, so readers can tell an official text or a wire report from state media or a reposting site.',
  'events.items.endDate': 'Not before date.',
  'events.items.parties': 'Ids of parties.',
  'events.items.sources': 'Ids of sources.',
  'plans.items.proposer': 'The id of a party.',
  'plans.items.terms.items.issue': 'The id of an issue.',
  'plans.items.terms.items.outcomes': 'Outcome ids of that issue that the plan proposes.',
  'plans.items.sources': 'Ids of sources.',
  'tour.items.state':
    'The view the step shows, with the same values as the app’s URL parameters; a value the app does not understand is ignored.',
  'tour.items.state.route': 'One of /, /matrix, /timeline, /deal; anything else shows /.',
  'tour.items.state.focus': 'party:issue, e.g. "ukraine:nato".',
};

const LOCALIZED_NOTE =
  'Text keyed by language code, e.g. {"en": "…", "de": "…"}; one entry for each of the dataset’s languages.';

/** The dataset format as a JSON Schema object. */
export function datasetJsonSchema(): Json {
  const generated = z.toJSONSchema(datasetSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      for (const check of zodSchema._zod.def.checks ?? []) {
        const error = (check._zod.def as { error?: unknown }).error;
        const name = typeof error === 'function' ? (error as () => unknown)() : error;
        if (typeof name === 'string' && name in REFINED) Object.assign(jsonSchema, REFINED[name]);
      }
    },
  }) as Json;
  // A deep copy: the generator may share one object between places that get different notes.
  const schema = JSON.parse(JSON.stringify(generated)) as Json;
  schema.title = 'Common Ground dataset (format v1)';
  describe(schema, '');
  return schema;
}

function describe(node: Json, at: string): void {
  const last = at.split('.').pop();
  const note =
    DESCRIPTIONS[at] ??
    (last === 'id' ? DESCRIPTIONS.id : node.propertyNames ? LOCALIZED_NOTE : undefined);
  if (note !== undefined)
    node.description = typeof node.description === 'string' ? `${node.description} ${note}` : note;
  const join = (key: string) => (at === '' ? key : `${at}.${key}`);
  const properties = node.properties as Record<string, Json> | undefined;
  for (const [key, child] of Object.entries(properties ?? {})) describe(child, join(key));
  if (node.items && typeof node.items === 'object') describe(node.items as Json, join('items'));
}
