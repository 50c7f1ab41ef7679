// Generates a synthetic graph-data/ tree of any size, for benchmarks: scale-free, with the real graph's type mix, every quote verbatim in a source.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ENTITIES_FILE, RELATIONS_FILE, SOURCES_DIR } from '../data/load.ts';
import { dataJsonSchemas, serializeJsonSchema } from '../data/schema.ts';
import { ENTITY_KINDS, type EntityKind, RELATION_TYPES, type RelationType } from '../model.ts';
import { createJsonArrayWriter } from './json-writer.ts';
import { createEntity, createWordMaker } from './names.ts';
import { createRandom, type Random } from './random.ts';
import { FILLER_SENTENCES, fill, QUOTE_TEMPLATES, SUMMARY_TEMPLATES } from './sentences.ts';
import { assignKinds, createRelationDrawer, type TypeMix } from './topology.ts';

/** Changes whenever the same options would give different files, so caches of generated graphs know to regenerate. */
export const GENERATOR_VERSION = 1;

/** The sizes the generator accepts, and its defaults. */
export const SYNTH_LIMITS = {
  entities: { min: 10, max: 2_000_000 },
  relations: { min: 10, max: 10_000_000 },
  seed: { min: 0, max: 2 ** 32 - 1 },
  relationsPerSource: { min: 1, max: 100_000 },
} as const;
export const DEFAULT_RELATIONS_PER_SOURCE = 2_500;
/** Entities per relation when only the number of relations is given, about the real graph's ratio. */
export const ENTITIES_PER_RELATION = 0.1;
/** The share of relations with validFrom or validTo, about the real graph's. */
export const DATED_SHARE = 0.4;
/** The share of relations with a second quote. */
export const SECOND_QUOTE_SHARE = 0.2;
/** How often a sentence that quotes no relation follows one that does. */
const FILLER_SHARE = 0.25;
/** How often a source refers to an entity by an alias rather than its name. */
const ALIAS_SHARE = 0.25;
const SENTENCES_PER_PARAGRAPH = 6;
const CONFIDENCES = [1, 1, 1, 0.9, 0.9, 0.8, 0.7] as const;

export interface SynthOptions {
  entities: number;
  relations: number;
  seed: number;
  /** The relation-type mix to follow, such as the counts of the real graph's (`readTypeMix`). */
  typeMix: TypeMix;
  /** Relations stated per source text; default `DEFAULT_RELATIONS_PER_SOURCE`. */
  relationsPerSource?: number;
  /** Told how far the writing has got, at most every `progressEveryMs` (default 2000). */
  onProgress?: (progress: SynthProgress) => void;
  progressEveryMs?: number;
}

export interface SynthProgress {
  entities: number;
  relations: number;
  totalEntities: number;
  totalRelations: number;
  elapsedMs: number;
}

/** What was written. */
export interface SynthSummary {
  entities: number;
  relations: number;
  sources: number;
  quotes: number;
  /** Relations with validFrom or validTo. */
  dated: number;
  relationTypes: Partial<Record<RelationType, number>>;
  entityKinds: Partial<Record<EntityKind, number>>;
  maxDegree: number;
  medianDegree: number;
  /** Bytes written, all files together. */
  bytes: number;
}

/**
 * Guards the options (callers such as `kg synth` validate them first, with their own messages).
 * @throws RangeError naming the option out of range.
 */
export function checkSynthOptions(options: SynthOptions): void {
  for (const name of ['entities', 'relations', 'seed', 'relationsPerSource'] as const) {
    const value = options[name];
    if (value === undefined) continue;
    const { min, max } = SYNTH_LIMITS[name];
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      throw new RangeError(`${name} is ${value}; it must be a whole number from ${min} to ${max}`);
    }
  }
  if (options.relations < options.entities) {
    throw new RangeError(
      `relations (${options.relations}) must be at least entities (${options.entities}), so every entity has one`,
    );
  }
}

/** A partial date (2019, 2019-04, 2019-04-17) in `year`. */
function partialDate(year: number, random: Random): string {
  const shape = random.next();
  if (shape < 0.4) return `${year}`;
  const month = String(1 + random.below(12)).padStart(2, '0');
  if (shape < 0.8) return `${year}-${month}`;
  return `${year}-${month}-${String(1 + random.below(28)).padStart(2, '0')}`;
}

/** validFrom and validTo for a dated share of relations; validTo always in a later year. */
function drawDates(random: Random): { validFrom?: string; validTo?: string } {
  if (!random.chance(DATED_SHARE)) return {};
  const fromYear = 1995 + random.below(30);
  const hasFrom = !random.chance(0.1);
  const hasTo = !hasFrom || random.chance(0.4);
  return {
    ...(hasFrom ? { validFrom: partialDate(fromYear, random) } : {}),
    ...(hasTo ? { validTo: partialDate(fromYear + 1 + random.below(8), random) } : {}),
  };
}

const typeSlug = (type: RelationType) => type.toLowerCase().replace(/_/g, '-');

/**
 * Writes a graph-data tree into `dir` (created if need be; files of the same names are
 * overwritten): entities.json, relations.json, sources/<id>.json and .txt, and schema/.
 * `loadGraphData` accepts it. The same options always give the same bytes.
 *
 * Entities have readable, unique names and aliases (each owns an invented word; see names.ts)
 * and kinds in the proportions of `KIND_MIX`. Relations are drawn by preferential attachment
 * as the world grows (topology.ts), with `typeMix`'s proportions exactly, some with dates and
 * some with two quotes. Each source states `relationsPerSource` relations, one sentence per
 * quote, with filler between. Files are streamed, so a million relations take little memory.
 * @throws RangeError for options out of range (see `checkSynthOptions`).
 */
export async function generateGraphData(dir: string, options: SynthOptions): Promise<SynthSummary> {
  checkSynthOptions(options);
  const { entities: entityCount, relations: relationCount, seed, typeMix } = options;
  const perSource = options.relationsPerSource ?? DEFAULT_RELATIONS_PER_SOURCE;
  const began = performance.now();
  const progressEveryMs = options.progressEveryMs ?? 2_000;
  let reportedAt = began;
  /** Reports at most every `progressEveryMs`; `last` reports the end, if anything was reported before it. */
  const report = (entities: number, relations: number, last = false) => {
    const now = performance.now();
    if (!options.onProgress || (last ? reportedAt === began : now - reportedAt < progressEveryMs)) return;
    reportedAt = now;
    options.onProgress({
      entities,
      relations,
      totalEntities: entityCount,
      totalRelations: relationCount,
      elapsedMs: now - began,
    });
  };

  await mkdir(join(dir, SOURCES_DIR), { recursive: true });
  await mkdir(join(dir, 'schema'), { recursive: true });
  let bytes = 0;
  for (const [file, schema] of Object.entries(dataJsonSchemas())) {
    const text = serializeJsonSchema(schema);
    await writeFile(join(dir, 'schema', file), text);
    bytes += Buffer.byteLength(text);
  }

  const kinds = assignKinds(entityCount, createRandom(seed, 1));
  const word = createWordMaker(2 * entityCount, createRandom(seed, 2));
  const entityRandom = createRandom(seed, 3);
  const entities = kinds.map((kind, i) => createEntity(kind, word(i), word(entityCount + i), entityRandom));
  const entityWriter = await createJsonArrayWriter(
    join(dir, ENTITIES_FILE),
    './schema/entities.schema.json',
    'entities',
  );
  for (const [i, entity] of entities.entries()) {
    await entityWriter.push(entity);
    if ((i & 1023) === 0) report(i, 0);
  }
  bytes += await entityWriter.close();

  const drawer = createRelationDrawer(kinds, relationCount, typeMix, createRandom(seed, 4));
  const text = createRandom(seed, 5);
  const mention = (entity: number) => {
    const { name, aliases } = entities[entity] as (typeof entities)[number];
    return aliases.length > 0 && text.chance(ALIAS_SHARE) ? text.pick(aliases) : name;
  };
  const relationTypes: Partial<Record<RelationType, number>> = {};
  let quotes = 0;
  let dated = 0;
  const relationWriter = await createJsonArrayWriter(
    join(dir, RELATIONS_FILE),
    './schema/relations.schema.json',
    'relations',
  );
  const sourceCount = Math.ceil(relationCount / perSource);
  const digits = Math.max(4, String(sourceCount).length);
  let index = 0;
  for (let s = 0; s < sourceCount; s++) {
    const sourceId = `synth-${seed}-${String(s + 1).padStart(digits, '0')}`;
    const title = `Synthetic dispatch ${s + 1} of ${sourceCount} (seed ${seed})`;
    const lines = [title, ''];
    let paragraph: string[] = [];
    for (const end = Math.min(relationCount, (s + 1) * perSource); index < end; index++) {
      const { from, to, type, repeat } = drawer.next();
      const subject = entities[from] as (typeof entities)[number];
      const object = entities[to] as (typeof entities)[number];
      const templates = QUOTE_TEMPLATES[type];
      const first = text.below(templates.length);
      const said = [fill(templates[first] as string, mention(from), mention(to))];
      if (text.chance(SECOND_QUOTE_SHARE)) {
        const second = (first + 1 + text.below(templates.length - 1)) % templates.length;
        said.push(fill(templates[second] as string, mention(from), mention(to)));
      }
      for (const quote of said) paragraph.push(`${quote}.`);
      if (text.chance(FILLER_SHARE)) paragraph.push(text.pick(FILLER_SENTENCES));
      if (paragraph.length >= SENTENCES_PER_PARAGRAPH) {
        lines.push(paragraph.join(' '), '');
        paragraph = [];
      }
      const dates = drawDates(text);
      await relationWriter.push({
        id: `${subject.id}-${typeSlug(type)}-${object.id}${repeat > 0 ? `-${repeat + 1}` : ''}`,
        type,
        from: subject.id,
        to: object.id,
        summary: fill(SUMMARY_TEMPLATES[type], subject.name, object.name),
        confidence: text.pick(CONFIDENCES),
        ...dates,
        evidence: said.map((quote) => ({ source: sourceId, quote })),
      });
      relationTypes[type] = (relationTypes[type] ?? 0) + 1;
      quotes += said.length;
      if (dates.validFrom || dates.validTo) dated++;
      if ((index & 1023) === 0) report(entityCount, index);
    }
    if (paragraph.length > 0) lines.push(paragraph.join(' '), '');
    const sourceText = lines.join('\n');
    const meta = `${JSON.stringify(
      {
        $schema: '../schema/source.schema.json',
        id: sourceId,
        title,
        author: 'kg synth',
        publisher: 'alliance-graph synthetic corpus',
        publishedOn: `${2000 + (s % 25)}-${String(1 + (s % 12)).padStart(2, '0')}-${String(1 + (s % 28)).padStart(2, '0')}`,
      },
      null,
      2,
    )}\n`;
    await writeFile(join(dir, SOURCES_DIR, `${sourceId}.txt`), sourceText);
    await writeFile(join(dir, SOURCES_DIR, `${sourceId}.json`), meta);
    bytes += Buffer.byteLength(sourceText) + Buffer.byteLength(meta);
  }
  bytes += await relationWriter.close();
  report(entityCount, relationCount, true);

  const degrees = Int32Array.from(drawer.degree).sort();
  const entityKinds: Partial<Record<EntityKind, number>> = {};
  for (const kind of kinds) entityKinds[kind] = (entityKinds[kind] ?? 0) + 1;
  return {
    entities: entityCount,
    relations: relationCount,
    sources: sourceCount,
    quotes,
    dated,
    relationTypes: Object.fromEntries(RELATION_TYPES.filter((t) => relationTypes[t]).map((t) => [t, relationTypes[t]])),
    entityKinds: Object.fromEntries(ENTITY_KINDS.filter((k) => entityKinds[k]).map((k) => [k, entityKinds[k]])),
    maxDegree: degrees[degrees.length - 1] ?? 0,
    medianDegree: degrees[degrees.length >> 1] ?? 0,
    bytes,
  };
}
