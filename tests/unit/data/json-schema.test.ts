import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { datasetJsonSchema } from '../../../src/data/json-schema';

/**
 * The committed JSON Schema (public/schema/dataset-v1.json, served at /schema/dataset-v1.json) is
 * generated from the app's zod schema. When the schema changes, regenerate the file with
 *   UPDATE_SCHEMA=1 npx vitest run tests/unit/data/json-schema.test.ts
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const FILE = resolve(ROOT, 'public/schema/dataset-v1.json');
const readJson = (path: string): unknown => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));

type Schema = Record<string, unknown>;
const KEYWORDS = new Set([
  '$schema',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'items',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
]);

const typeOf = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;
const fits = (type: string, v: unknown) =>
  type === typeOf(v) || (type === 'number' && typeof v === 'number');

/**
 * A JSON Schema check for exactly the keywords the generated schema uses; it refuses a schema with
 * any other keyword, so that it never passes something it cannot read.
 */
function check(schema: Schema, value: unknown, path = '$'): string[] {
  const unknown = Object.keys(schema).filter((k) => !KEYWORDS.has(k));
  if (unknown.length > 0) throw new Error(`${path}: unsupported keywords ${unknown.join(', ')}`);
  const type = schema.type as string | undefined;
  if (type !== undefined && !fits(type, value)) return [`${path}: not ${type}`];
  const errors: string[] = [];
  const fail = (why: string) => errors.push(`${path}: ${why}`);
  if ('const' in schema && value !== schema.const) fail('const');
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) fail('enum');
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      fail('pattern');
    const length = [...value].length;
    if (length < ((schema.minLength as number) ?? 0)) fail('minLength');
    if (length > ((schema.maxLength as number) ?? Infinity)) fail('maxLength');
  }
  if (Array.isArray(value)) {
    if (value.length < ((schema.minItems as number) ?? 0)) fail('minItems');
    if (value.length > ((schema.maxItems as number) ?? Infinity)) fail('maxItems');
    if (schema.items)
      value.forEach((item, i) =>
        errors.push(...check(schema.items as Schema, item, `${path}[${i}]`)),
      );
  }
  if (typeOf(value) === 'object') errors.push(...checkObject(schema, value as Schema, path));
  return errors;
}

function checkObject(schema: Schema, value: Schema, path: string): string[] {
  const errors: string[] = [];
  for (const key of (schema.required as string[] | undefined) ?? [])
    if (!Object.hasOwn(value, key)) errors.push(`${path}.${key}: required`);
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  for (const [key, child] of Object.entries(value)) {
    const at = `${path}.${key}`;
    if (schema.propertyNames)
      errors.push(...check(schema.propertyNames as Schema, key, `${at} (name)`));
    if (Object.hasOwn(properties, key)) errors.push(...check(properties[key]!, child, at));
    else if (schema.additionalProperties === false) errors.push(`${at}: not allowed`);
    else if (typeof schema.additionalProperties === 'object')
      errors.push(...check(schema.additionalProperties as Schema, child, at));
  }
  return errors;
}

describe('datasetJsonSchema', () => {
  const generated = datasetJsonSchema();

  it('is what public/schema/dataset-v1.json holds (UPDATE_SCHEMA=1 rewrites the file)', async () => {
    if (process.env.UPDATE_SCHEMA === '1') {
      const options = (await resolveConfig(FILE)) ?? {};
      mkdirSync(dirname(FILE), { recursive: true });
      writeFileSync(FILE, await format(JSON.stringify(generated), { ...options, parser: 'json' }));
    }
    expect(JSON.parse(readFileSync(FILE, 'utf8'))).toEqual(generated);
  });

  it('describes the input format: optional lists are optional, refinements are written down', () => {
    const properties = generated.properties as Record<string, Schema>;
    expect(generated.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'parties', 'issues', 'statements', 'sources']),
    );
    expect(generated.required).not.toContain('events');
    expect(properties.asOf?.pattern).toBe('^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$');
    const statement = (properties.statements?.items as Schema).properties as Record<string, Schema>;
    expect(statement.prefers?.description).toContain('must also be in accepts');
    expect(statement.date?.description).toContain('YYYY-MM');
  });

  it.each([
    ['the bundled dataset', 'public/datasets/russia-ukraine.json'],
    ['the template', 'public/templates/template.json'],
  ])('accepts %s', (_name, path) => {
    expect(check(generated, readJson(path))).toEqual([]);
  });

  it('rejects what the app rejects where JSON Schema can say so', () => {
    const d = readJson('public/templates/template.json') as {
      statements: Schema[];
      sources: Schema[];
      languages: unknown[];
    };
    d.statements[0]!.date = '2025-13-01';
    delete d.statements[1]!.summary;
    d.sources[0]!.url = 'javascript:alert(1)';
    d.statements[2]!.reliability = 'rumour';
    d.languages.push('English');
    expect(check(generated, d)).toEqual([
      '$.languages[2]: pattern',
      '$.statements[0].date: pattern',
      '$.statements[1].summary: required',
      '$.statements[2].reliability: enum',
      '$.sources[0].url: pattern',
    ]);
  });
});
