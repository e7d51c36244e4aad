import { z } from 'zod';
import type { Dataset, IsoDate } from '../model/types';
import { isDay, isValidDate } from '../model/dates';

// Zod compiles fast paths with `new Function` unless told not to; the app's CSP forbids eval, and
// even zod's probe for it is reported as a violation.
z.config({ jitless: true });

/**
 * Dataset format v1 — the one schema that validates input; the domain types in `model/types.ts`
 * are checked against it at compile time (see the assignment at the bottom).
 * Unknown fields are ignored, so datasets written for later minor versions still load.
 */

export const ID_PATTERN = /^[a-z0-9-]+$/;

const id = z.string().regex(ID_PATTERN, { error: 'id' });
const date = z
  .string()
  .refine(isValidDate, { error: 'date' })
  .transform((s) => s as IsoDate);
const LANG_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const localized = z.record(z.string().regex(LANG_CODE, { error: 'lang' }), z.string());
const httpUrl = z.string().refine((s) => /^https?:\/\/[^\s]+$/i.test(s), { error: 'url' });
const version = z.string().regex(/^\d{4}-\d{2}-\d{2}\.\d+$/, { error: 'version' });
const reliability = z.enum(['official', 'on-record', 'reported']);

const speaker = z.object({
  id,
  name: z.string().min(1),
  role: localized,
  from: date.optional(),
  to: date.optional(),
});

const party = z.object({
  id,
  name: localized,
  kind: z.enum(['state', 'alliance', 'organisation', 'grouping']),
  speakers: z.array(speaker).default([]),
});

const outcome = z.object({ id, label: localized, description: localized.optional() });

const issue = z.object({
  id,
  name: localized,
  question: localized,
  ordered: z.boolean(),
  outcomes: z.array(outcome).min(1),
});

const quote = z.object({
  text: z.string().min(1),
  lang: z.string().min(2),
  translations: localized.optional(),
});

const statement = z.object({
  id,
  date,
  party: id,
  speaker: id.optional(),
  issue: id,
  accepts: z.array(id),
  prefers: id.optional(),
  rejects: z.array(id).optional(),
  summary: localized,
  quote: quote.optional(),
  sources: z.array(id).min(1),
  reliability,
});

const source = z.object({
  id,
  outlet: z.string().min(1),
  url: httpUrl,
  title: z.string().optional(),
  published: date.optional(),
  language: z.string().optional(),
  via: id.optional(),
  type: z
    .enum(['official', 'wire', 'newspaper', 'broadcaster', 'state-media', 'aggregator', 'blog'])
    .optional(),
});

const event = z.object({
  id,
  date,
  endDate: date.optional(),
  kind: z.enum(['talks', 'summit', 'plan', 'election', 'military', 'other']),
  title: localized,
  summary: localized.optional(),
  parties: z.array(id).optional(),
  sources: z.array(id).optional(),
});

const plan = z.object({
  id,
  date,
  proposer: id,
  title: localized,
  summary: localized,
  terms: z.array(z.object({ issue: id, outcomes: z.array(id).min(1), note: localized.optional() })),
  sources: z.array(id),
  reliability,
});

const param = z.string().max(2000).optional();

export const tourStepSchema = z.object({
  id,
  title: localized,
  body: localized,
  question: localized.optional(),
  state: z.object({
    route: z.string().optional(),
    at: date.optional(),
    parties: z.array(id).optional(),
    issues: z.array(id).optional(),
    focus: z.string().optional(),
    mode: z.enum(['positions', 'overlap']).optional(),
    plan: id.optional(),
    // Further view parameters, written exactly as in the URL; the app checks them like a link.
    terms: param,
    vs: param,
    compare: param,
    overlap: param,
    order: param,
    from: param,
    to: param,
    lanes: param,
    pair: param,
    rel: param,
  }),
});

export const datasetSchema = z.object({
  schemaVersion: z.literal(1),
  id,
  asOf: z
    .string()
    .refine(isDay, { error: 'day' })
    .transform((s) => s as IsoDate),
  languages: z.array(z.string().regex(LANG_CODE, { error: 'lang' })).min(1),
  title: localized,
  description: localized,
  parties: z.array(party).min(1),
  issues: z.array(issue).min(1),
  statements: z.array(statement),
  sources: z.array(source),
  events: z.array(event).default([]),
  plans: z.array(plan).default([]),
  tour: z.array(tourStepSchema).optional(),
  version,
  changelog: z.array(z.object({ version, date, changes: localized })).optional(),
});

export type DatasetInput = z.input<typeof datasetSchema>;
type Parsed = z.output<typeof datasetSchema>;
// Compile-time proof that what the schema outputs is a domain Dataset.
const _proof: (p: Parsed) => Dataset = (p) => p;
void _proof;
