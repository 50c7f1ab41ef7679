// Gold files: what a careful reader finds in an article (its actors, and the relations it states), the
// yardstick `npm run eval:extract` scores the extractors against. Read, checked against the article's text.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { normalizeName } from '../data/names.ts';
import { SLUG_PATTERN } from '../data/schema.ts';
import { UserError } from '../errors.ts';
import { CONTRACT_RELATION_TYPES, ENTITY_KINDS, type RelationType } from '../model.ts';

const slug = z.string().regex(SLUG_PATTERN, { error: 'expected a lowercase slug such as "fumio-kishida"' });

export const GoldEntitySchema = z.strictObject({
  id: slug,
  name: z.string().trim().min(1),
  kind: z.enum(ENTITY_KINDS),
  aliases: z.array(z.string().trim().min(1)).default([]),
  note: z.string().optional(),
});

export const GoldRelationSchema = z.strictObject({
  types: z
    .array(z.enum(CONTRACT_RELATION_TYPES as [RelationType, ...RelationType[]]))
    .min(1, { error: 'expected at least one type: the one a reader would choose first' }),
  from: slug,
  to: slug,
  quote: z.string().min(20, { error: 'a quote must be at least 20 characters' }),
  optional: z.boolean().optional(),
  note: z.string().optional(),
});

export const GENRES = ['analysis', 'wire', 'op-ed', 'explainer'] as const;

export const GoldFileSchema = z.strictObject({
  source: slug,
  genre: z.enum(GENRES),
  region: z.string().min(1),
  entities: z.array(GoldEntitySchema),
  relations: z.array(GoldRelationSchema),
});

export type GoldEntity = z.infer<typeof GoldEntitySchema>;
export type GoldRelation = z.infer<typeof GoldRelationSchema>;
export type GoldFile = z.infer<typeof GoldFileSchema>;

/**
 * What is wrong with a gold file against its article's text: a quote not in the text, an id used
 * twice or unknown, a name given to two entities, a relation of an entity with itself. Empty when sound.
 */
export function checkGold(gold: GoldFile, text: string): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const names = new Map<string, string>();
  for (const [i, e] of gold.entities.entries()) {
    if (ids.has(e.id)) problems.push(`entities[${i}].id: "${e.id}" is used twice; expected each entity once`);
    ids.add(e.id);
    for (const name of [e.name, ...e.aliases]) {
      const key = normalizeName(name);
      const owner = names.get(key);
      if (owner && owner !== e.id)
        problems.push(`entities[${i}]: the name "${name}" is also a name of "${owner}"; expected one owner per name`);
      names.set(key, e.id);
    }
  }
  const seen = new Set<string>();
  for (const [i, r] of gold.relations.entries()) {
    const at = `relations[${i}]`;
    for (const end of ['from', 'to'] as const) {
      if (!ids.has(r[end])) problems.push(`${at}.${end}: no entity has the id "${r[end]}"`);
    }
    if (r.from === r.to) problems.push(`${at}: a relation of "${r.from}" with itself`);
    if (!text.includes(r.quote)) problems.push(`${at}.quote: not found verbatim in the text: "${r.quote}"`);
    const key = `${r.types[0]} ${r.from} ${r.to}`;
    if (seen.has(key)) problems.push(`${at}: ${key} is listed twice; expected one entry per pair and type`);
    seen.add(key);
  }
  return problems;
}

/** A gold file that cannot be read or is not of the schema. */
export class GoldFileError extends UserError {
  readonly code = 'GOLD_FILE_INVALID';
}

/** Reads and parses a gold file. @throws GoldFileError naming the file and the field when it is malformed. */
export async function readGold(path: string): Promise<GoldFile> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new GoldFileError(
      `${path}: ${(error as Error).message}; expected a gold file (tests/fixtures/corpus/README.md)`,
    );
  }
  const parsed = GoldFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new GoldFileError(`${path}: ${issues.join('; ')}`);
  }
  return parsed.data;
}
