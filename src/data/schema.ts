// The shape of the files in graph-data/, as zod schemas; the JSON Schemas editors use are generated from these.
import { z } from 'zod';
import { isPartialDate, PARTIAL_DATE_HINT } from '../dates.ts';
import { ENTITY_KINDS, RELATION_TYPE_INFO, RELATION_TYPES } from '../model.ts';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_HINT = 'a lowercase slug of letters, digits and single dashes, such as "fumio-kishida"';
/** The shortest quote that can state a relation: about a clause. */
export const MIN_QUOTE_LENGTH = 20;

const slug = (what: string) =>
  z
    .string()
    .regex(SLUG_PATTERN, { error: `${what} must be ${SLUG_HINT}` })
    .describe(`${what}: ${SLUG_HINT}.`);

const text = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${what} must not be empty` });

const partialDate = (what: string) =>
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: `${what} must be ${PARTIAL_DATE_HINT}` })
    .refine(isPartialDate, { error: `${what} is not a real date; expected ${PARTIAL_DATE_HINT}` })
    .describe(`${what}: ${PARTIAL_DATE_HINT}.`);

export const EntitySchema = z.strictObject({
  id: slug('id'),
  name: text('name').describe('The full usual name: "Fumio Kishida", "United States".'),
  kind: z.enum(ENTITY_KINDS).describe('What the entity is.'),
  aliases: z
    .array(text('an alias'))
    .default([])
    .describe('Other names, as sources write them and readers type them: "Tokyo", "U.S.", "Kishida".'),
  description: z.string().optional().describe('One sentence saying what the entity is.'),
});

export const EvidenceSchema = z.strictObject({
  source: slug('source').describe('The id of the source the quote is taken from.'),
  quote: z
    .string()
    .min(MIN_QUOTE_LENGTH, { error: `a quote must be at least ${MIN_QUOTE_LENGTH} characters (a clause or more)` })
    .describe(`A verbatim span of the source's text, at least ${MIN_QUOTE_LENGTH} characters.`),
});

export const RelationSchema = z.strictObject({
  id: slug('id'),
  type: z
    .enum(RELATION_TYPES as [keyof typeof RELATION_TYPE_INFO, ...(keyof typeof RELATION_TYPE_INFO)[]])
    .describe(RELATION_TYPES.map((t) => `${t}: ${RELATION_TYPE_INFO[t].description}`).join('\n')),
  from: slug('from').describe('Entity id: the subject of a directed relation, one party of a symmetric one.'),
  to: slug('to').describe('Entity id: the object of a directed relation, the other party of a symmetric one.'),
  summary: text('summary').describe('One plain sentence that states the relation.'),
  confidence: z
    .number({ error: 'confidence must be a number from 0 to 1' })
    .min(0, { error: 'confidence must be from 0 to 1' })
    .max(1, { error: 'confidence must be from 0 to 1' })
    .describe('1 where the source states the relation outright, lower where it only implies it.'),
  validFrom: partialDate('validFrom').optional(),
  validTo: partialDate('validTo').optional(),
  evidence: z
    .array(EvidenceSchema)
    .min(1, { error: 'a relation needs at least one evidence quote' })
    .describe('The quotes that state the relation.'),
});

export const SourceSchema = z.strictObject({
  $schema: z.string().optional(),
  id: slug('id').describe('Must match the file names: sources/<id>.json and sources/<id>.txt.'),
  title: text('title'),
  author: z.string().optional(),
  publisher: z.string().optional(),
  publishedOn: partialDate('publishedOn').optional(),
  url: z.string().optional(),
});

export const EntitiesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  entities: z.array(EntitySchema),
});

export const RelationsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  relations: z.array(RelationSchema),
});

/** An entity as a draft proposes it: a curated entity's fields, and a note for the reviewer. */
export const DraftEntitySchema = EntitySchema.extend({
  note: text('note')
    .optional()
    .describe(
      'For the reviewer: what to look at before accepting, such as "may be the same as X in drafts/Y.json: ...". Dropped when the entity is accepted.',
    ),
});

export const DraftFileSchema = z.strictObject({
  $schema: z.string().optional(),
  source: slug('source').describe('The id of the source the draft was extracted from.'),
  entities: z
    .array(DraftEntitySchema)
    .describe(
      "The new entities the draft proposes (and owns), in neither entities.json nor another draft; its relations, and other drafts' relations, may name them.",
    ),
  relations: z
    .array(RelationSchema)
    .describe(
      "Relations proposed by the extractor; each end a curated entity, one of this draft's or one of another draft's. One with the id of a curated relation, or of another draft's relation, that states the same (type and entities) adds its evidence to it.",
    ),
});

export type EntitiesFile = z.infer<typeof EntitiesFileSchema>;
export type EntityInput = z.infer<typeof EntitySchema>;
export type RelationInput = z.infer<typeof RelationSchema>;

// What the schemas accept, written out for the loader's fast path: `isCanonical*` accepts an item
// only when the schema would accept it and return it unchanged (nothing to trim or default), so the
// loader can take it as it is. Anything else goes through zod, which also words the problems. A
// property test holds each check to its schema.

const RELATION_TYPE_SET: ReadonlySet<string> = new Set(RELATION_TYPES);
const ENTITY_KIND_SET: ReadonlySet<string> = new Set(ENTITY_KINDS);
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isSlug = (value: unknown) => typeof value === 'string' && SLUG_PATTERN.test(value);
const isTrimmedText = (value: unknown) => typeof value === 'string' && value.length > 0 && value.trim() === value;
const isDate = (value: unknown) => typeof value === 'string' && PARTIAL_DATE.test(value) && isPartialDate(value);

/** Whether `value` has only `allowed` keys, none of them undefined. */
function hasOnlyKeys(value: Record<string, unknown>, allowed: ReadonlySet<string>): boolean {
  for (const key in value) {
    if (!Object.hasOwn(value, key) || !allowed.has(key) || value[key] === undefined) return false;
  }
  return true;
}

const EVIDENCE_KEYS: ReadonlySet<string> = new Set(Object.keys(EvidenceSchema.shape));
const RELATION_KEYS: ReadonlySet<string> = new Set(Object.keys(RelationSchema.shape));
const ENTITY_KEYS: ReadonlySet<string> = new Set(Object.keys(EntitySchema.shape));

function isCanonicalEvidence(value: unknown): boolean {
  return (
    isObject(value) &&
    hasOnlyKeys(value, EVIDENCE_KEYS) &&
    isSlug(value.source) &&
    typeof value.quote === 'string' &&
    value.quote.length >= MIN_QUOTE_LENGTH
  );
}

/** Whether `RelationSchema` accepts `value` and returns it unchanged. */
export function isCanonicalRelation(value: unknown): value is RelationInput {
  return (
    isObject(value) &&
    hasOnlyKeys(value, RELATION_KEYS) &&
    isSlug(value.id) &&
    typeof value.type === 'string' &&
    RELATION_TYPE_SET.has(value.type) &&
    isSlug(value.from) &&
    isSlug(value.to) &&
    isTrimmedText(value.summary) &&
    typeof value.confidence === 'number' &&
    value.confidence >= 0 &&
    value.confidence <= 1 &&
    (value.validFrom === undefined || isDate(value.validFrom)) &&
    (value.validTo === undefined || isDate(value.validTo)) &&
    Array.isArray(value.evidence) &&
    value.evidence.length > 0 &&
    value.evidence.every(isCanonicalEvidence)
  );
}

/** Whether `EntitySchema` accepts `value` and returns it unchanged (so `aliases` is present). */
export function isCanonicalEntity(value: unknown): value is EntityInput {
  return (
    isObject(value) &&
    hasOnlyKeys(value, ENTITY_KEYS) &&
    isSlug(value.id) &&
    isTrimmedText(value.name) &&
    typeof value.kind === 'string' &&
    ENTITY_KIND_SET.has(value.kind) &&
    Array.isArray(value.aliases) &&
    value.aliases.every(isTrimmedText) &&
    (value.description === undefined || typeof value.description === 'string')
  );
}
export type DraftFile = z.infer<typeof DraftFileSchema>;
export type DraftEntity = z.infer<typeof DraftEntitySchema>;
export type RelationsFile = z.infer<typeof RelationsFileSchema>;
export type SourceFile = z.infer<typeof SourceSchema>;

/** The JSON Schemas written to graph-data/schema/, by file name. */
export function dataJsonSchemas(): Record<string, unknown> {
  const toJson = (schema: z.ZodType, title: string) => ({
    ...z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }),
    title,
  });
  return {
    'entities.schema.json': toJson(EntitiesFileSchema, 'alliance-graph entities (graph-data/entities.json)'),
    'relations.schema.json': toJson(RelationsFileSchema, 'alliance-graph relations (graph-data/relations.json)'),
    'source.schema.json': toJson(SourceSchema, 'alliance-graph source metadata (graph-data/sources/<id>.json)'),
    'draft.schema.json': toJson(DraftFileSchema, 'alliance-graph draft (graph-data/drafts/<source-id>.json)'),
  };
}

/** The bytes a JSON Schema is committed as. */
export function serializeJsonSchema(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
