// Loads graph-data/: reads and validates every file, resolves references, locates quotes; all or nothing.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { NotFoundGraphError, UsageGraphError } from 'graphology';
import { DEFAULT_LIMITS } from '../config.ts';
import { dateSpan } from '../dates.ts';
import { type DataProblem, GraphDataError } from '../errors.ts';
import { addRelation, createEntityGraph, createKnowledgeGraph, type KnowledgeGraph } from '../graph/knowledge-graph.ts';
import { type Entity, type Evidence, LocatedQuote, type Relation, type Source } from '../model.ts';
import { type JsonDocument, readJsonDocument, show, validateDocument, validateList, validItems } from './json-file.ts';
import { explainMissingQuote } from './locate-quote.ts';
import { type LocateQuotes, locateHere, locateInWorker } from './locate-quotes.ts';
import { normalizeName } from './names.ts';
import { describeStatement, type Statement, sameStatement } from './relation-key.ts';
import {
  DraftEntitySchema,
  DraftFileSchema,
  EntitiesFileSchema,
  EntitySchema,
  isCanonicalEntity,
  isCanonicalRelation,
  type RelationInput,
  RelationSchema,
  RelationsFileSchema,
  SourceSchema,
} from './schema.ts';

/** Everything graph-data/ holds, validated and with every quote located. */
export interface GraphData {
  entities: Entity[];
  relations: Relation[];
  sources: Source[];
}

export const ENTITIES_FILE = 'entities.json';
export const RELATIONS_FILE = 'relations.json';
export const SOURCES_DIR = 'sources';
/** Where `kg ingest` writes its proposals, one file per source, for review. */
export const DRAFTS_DIR = 'drafts';

export interface LoadOptions {
  /**
   * What to do with drafts/: `ignore` them (the default: what the server serves), `check` them
   * too (kg validate: a broken draft is a problem), or `include` them, checked, marked as drafts.
   */
  drafts?: 'ignore' | 'check' | 'include';
  /**
   * From what size of relations.json, in bytes, its quotes are located in a worker thread
   * (KG_QUOTE_WORKER_MIN_BYTES); below it, in-process.
   */
  quoteWorkerMinBytes?: number;
}

/**
 * Reads, validates and resolves the graph data in `dir`.
 * @throws GraphDataError with every problem found; nothing is returned half-loaded.
 */
export async function loadGraphData(dir: string, options: LoadOptions = {}): Promise<GraphData> {
  return (await loadGraph(dir, options)).data;
}

/**
 * Reads, validates and resolves the graph data in `dir`, and gives its graph too: the loader
 * checks relation ids and references by adding the relations to a graph of the entities, so
 * the graph comes built (with drafts included, it is built again from the data).
 * @throws GraphDataError with every problem found; nothing is returned half-loaded.
 */
export async function loadGraph(
  dir: string,
  { drafts = 'ignore', quoteWorkerMinBytes = DEFAULT_LIMITS.quoteWorkerMinBytes }: LoadOptions = {},
): Promise<{ data: GraphData; graph: KnowledgeGraph }> {
  const problems: DataProblem[] = [];
  const isDirectory = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDirectory) {
    throw new GraphDataError(dir, [
      {
        file: dir,
        message: `no such directory; expected a graph-data directory holding ${ENTITIES_FILE}, ${RELATIONS_FILE} and ${SOURCES_DIR}/`,
      },
    ]);
  }
  const at = (file: string) => join(dir, file);

  const sources = await loadSources(dir, problems);
  // A large file's quotes are located in a worker thread, which indexes the texts from now on.
  const here = locateHere();
  const relationsBytes = await stat(at(RELATIONS_FILE)).then(
    (s) => s.size,
    () => 0,
  );
  const locate =
    relationsBytes >= quoteWorkerMinBytes && sources.size > 0 ? locateInWorker([...sources.values()], here) : undefined;
  try {
    // A file that fails validation still has its valid items cross-checked, so one run reports every problem.
    // (Items are pushed one by one: spreading a million of them into push() overflows the stack.)
    const entitiesDoc = await readJsonDocument(at(ENTITIES_FILE), at(ENTITIES_FILE), problems);
    const entities: Entity[] = [];
    const claims: Claims = new Map();
    if (entitiesDoc) {
      const items = validateList(
        entitiesDoc,
        EntitiesFileSchema,
        'entities',
        EntitySchema,
        isCanonicalEntity,
        problems,
      );
      for (const entity of checkEntities(entitiesDoc, items, problems, claims)) entities.push(entity);
    }

    const relationsDoc = await readJsonDocument(at(RELATIONS_FILE), at(RELATIONS_FILE), problems);
    const relations: Relation[] = [];
    let graph = createEntityGraph(entities, [...sources.values()]);
    if (relationsDoc) {
      const items = validateList(
        relationsDoc,
        RelationsFileSchema,
        'relations',
        RelationSchema,
        isCanonicalRelation,
        problems,
      );
      // Without entities.json there is nothing to check references against; an entity that is
      // itself invalid still counts as existing, so its problem is not reported twice.
      if (entitiesDoc) {
        const entityIds = idTable([...rawIds(entitiesDoc, 'entities'), ...entities.map((e) => e.id)]);
        for (const relation of await resolveRelations(
          relationsDoc,
          items,
          entityIds,
          sources,
          locate ?? here,
          problems,
          { graph },
        ))
          relations.push(relation);
      }
    }

    if (drafts !== 'ignore' && entitiesDoc && relationsDoc) {
      const fromDrafts = await loadDrafts(dir, { entities, relations, sources, claims }, here, problems);
      if (drafts === 'include') {
        for (const entity of fromDrafts.entities) entities.push(entity);
        mergeRelations(relations, fromDrafts.relations);
        graph = createKnowledgeGraph({ entities, relations, sources: [...sources.values()] });
      }
    }

    if (problems.length > 0) throw new GraphDataError(dir, problems);
    return { data: { entities, relations, sources: [...sources.values()] }, graph };
  } finally {
    locate?.stop();
  }
}

/**
 * Drafts in `drafts/*.json` (proposals from `kg ingest`, not yet reviewed), checked like the
 * curated files against the curated graph. Every draft's entities are gathered before any
 * draft's relations are resolved, so a relation may name an entity of any draft, whatever the
 * order of their files. A draft relation whose id is a curated relation's, or another draft's,
 * and that states the same (type and entities) adds its evidence to it; any other draft item is new.
 */
async function loadDrafts(
  dir: string,
  curated: { entities: Entity[]; relations: Relation[]; sources: Map<string, Source>; claims: Claims },
  locate: LocateQuotes,
  problems: DataProblem[],
): Promise<{ entities: Entity[]; relations: Relation[] }> {
  const draftsDir = join(dir, DRAFTS_DIR);
  const files = (await readdir(draftsDir).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).sort();
  const entities: Entity[] = [];
  const read: { document: JsonDocument; relationItems: readonly (RelationInput | undefined)[] }[] = [];
  // An entity that is itself invalid still counts as existing, so its problem is not reported twice.
  const rawEntityIds: string[] = [];
  for (const name of files) {
    const path = join(draftsDir, name);
    const document = await readJsonDocument(path, path, problems);
    if (!document) continue;
    const file = validateDocument(document, DraftFileSchema, problems);
    if (file && !curated.sources.has(file.source)) {
      problems.push(
        document.problem(['source'], `no source has the id "${file.source}"; expected the id of a source in sources/`),
      );
    }
    const entityItems = file ? file.entities : validItems(document, 'entities', DraftEntitySchema);
    for (const { note: _, ...entity } of checkEntities(document, entityItems, problems, curated.claims)) {
      entities.push({ ...entity, draft: true });
    }
    for (const id of rawIds(document, 'entities')) rawEntityIds.push(id);
    read.push({ document, relationItems: file ? file.relations : validItems(document, 'relations', RelationSchema) });
  }

  const entityIds = idTable([...rawEntityIds, ...[...curated.entities, ...entities].map((e) => e.id)]);
  const curatedRelations = new Map(curated.relations.map((r) => [r.id, r]));
  const firstWithId: DraftRelationIds = new Map();
  const relations: Relation[] = [];
  for (const { document, relationItems } of read) {
    for (const relation of await resolveRelations(
      document,
      relationItems,
      entityIds,
      curated.sources,
      locate,
      problems,
      { twins: curatedRelations },
    )) {
      relations.push(curatedRelations.has(relation.id) ? relation : { ...relation, draft: true });
    }
    checkDraftTwins(document, relationItems, curatedRelations, firstWithId, problems);
  }
  return { entities, relations };
}

/** The first draft relation with each id that is no curated relation's: where it is, and what it states. */
type DraftRelationIds = Map<string, { statement: Statement; file: string; index: number }>;

/**
 * Checks that a draft relation that has the id of a relation in an earlier draft states the same
 * (it then adds its evidence to it); records the ids it uses first. Repeats within one draft
 * and curated ids are `resolveRelations`' to judge.
 */
function checkDraftTwins(
  document: JsonDocument,
  items: readonly (RelationInput | undefined)[],
  curatedRelations: Map<string, Relation>,
  firstWithId: DraftRelationIds,
  problems: DataProblem[],
): void {
  items.forEach((raw, index) => {
    if (raw === undefined || curatedRelations.has(raw.id)) return;
    const first = firstWithId.get(raw.id);
    if (first === undefined) {
      firstWithId.set(raw.id, {
        statement: { type: raw.type, from: raw.from, to: raw.to },
        file: document.file,
        index,
      });
    } else if (first.file !== document.file && !sameStatement(first.statement, raw)) {
      problems.push(
        document.problem(
          ['relations', index, 'id'],
          `duplicate id "${raw.id}", already used by ${first.file} relations[${first.index}] (${describeStatement(first.statement)}); expected a unique id, or the same type and entities to add evidence to it`,
        ),
      );
    }
  });
}

/** Adds draft relations: new ones as they are, the evidence of corroborating ones to their curated twin. */
function mergeRelations(relations: Relation[], drafts: Relation[]): void {
  const byId = new Map(relations.map((r, i) => [r.id, i]));
  for (const draft of drafts) {
    const index = byId.get(draft.id);
    if (index === undefined) {
      byId.set(draft.id, relations.length);
      relations.push(draft);
      continue;
    }
    const curated = relations[index] as Relation;
    const seen = new Set(curated.evidence.map((e) => `${e.sourceId}\u0000${e.quote}`));
    const added = draft.evidence.filter((e) => !seen.has(`${e.sourceId}\u0000${e.quote}`));
    relations[index] = { ...curated, evidence: [...curated.evidence, ...added] };
  }
}

/**
 * Each id, as itself: a relation end looked up here (by `lookUpIds`, or when the graph refuses
 * a relation) is replaced by the entity's own id string, so that relations hold one string per
 * entity rather than a copy per mention. (Relations the graph accepts need no lookup: it keys
 * adjacency by its own node keys.)
 */
function idTable(ids: string[]): Map<string, string> {
  return new Map(ids.map((id) => [id, id]));
}

/** The string ids of the items of the array at `key`, whether or not the items are valid. */
function rawIds(document: JsonDocument, key: string): string[] {
  const items = (document.value as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(items)) return [];
  return items
    .map((item) => (item as { id?: unknown } | null)?.id)
    .filter((id): id is string => typeof id === 'string');
}

async function loadSources(dir: string, problems: DataProblem[]): Promise<Map<string, Source>> {
  const sources = new Map<string, Source>();
  const sourcesDir = join(dir, SOURCES_DIR);
  let files: string[];
  try {
    files = (await readdir(sourcesDir)).sort();
  } catch {
    problems.push({
      file: sourcesDir,
      message: 'no such directory; expected a folder of <id>.json and <id>.txt files',
    });
    return sources;
  }
  const texts = new Set(files.filter((f) => f.endsWith('.txt')));
  for (const file of files.filter((f) => f.endsWith('.json'))) {
    const id = basename(file, '.json');
    const path = join(sourcesDir, file);
    const document = await readJsonDocument(path, path, problems);
    const meta = document && validateDocument(document, SourceSchema, problems);
    if (!document || !meta) continue;
    if (meta.id !== id) {
      problems.push(document.problem(['id'], `found ${show(meta.id)}; expected "${id}", the file's own name`));
      continue;
    }
    const textFile = `${id}.txt`;
    if (!texts.delete(textFile)) {
      problems.push({ file: join(sourcesDir, textFile), message: `not found; expected the text of source "${id}"` });
      continue;
    }
    const text = await readFile(join(sourcesDir, textFile), 'utf8');
    const { $schema: _, ...metadata } = meta;
    sources.set(id, { ...metadata, text });
  }
  for (const orphan of texts) {
    problems.push({
      file: join(sourcesDir, orphan),
      message: `a source text without metadata; expected ${basename(orphan, '.txt')}.json beside it`,
    });
  }
  return sources;
}

/** Who claims each name: the entity, where it stands, and the name as written. */
type Claims = Map<string, { index: number; entity: Entity; name: string; file: string }>;

/** Checks entity ids are unique and that no name or alias is claimed by two entities (across files, through `claimedBy`). */
function checkEntities<E extends Entity>(
  document: JsonDocument,
  /** The file's entities, each at its index; undefined where invalid. */
  items: readonly (E | undefined)[],
  problems: DataProblem[],
  claimedBy: Claims = new Map(),
): E[] {
  const firstIndex = new Map<string, number>();
  const entities: E[] = [];
  for (let index = 0; index < items.length; index++) {
    const entity = items[index];
    if (entity === undefined) continue;
    const earlier = claimedBy.get(normalizeName(entity.id));
    if (earlier && earlier.file !== document.file && earlier.entity.id === entity.id) {
      problems.push(
        document.problem(
          ['entities', index, 'id'],
          `"${entity.id}" is already an entity of ${earlier.file}; expected a new id, or a relation that refers to the existing entity`,
        ),
      );
      continue;
    }
    const seen = firstIndex.get(entity.id);
    if (seen !== undefined) {
      problems.push(
        document.problem(
          ['entities', index, 'id'],
          `duplicate id "${entity.id}", already used by entities[${seen}]; expected a unique id`,
        ),
      );
      continue;
    }
    entities.push(entity);
    firstIndex.set(entity.id, index);
    const names: [string, (string | number)[]][] = [
      [entity.id, ['entities', index, 'id']],
      [entity.name, ['entities', index, 'name']],
      ...entity.aliases.map((alias, i): [string, (string | number)[]] => [alias, ['entities', index, 'aliases', i]]),
    ];
    for (const [name, path] of names) {
      const key = normalizeName(name);
      const owner = claimedBy.get(key);
      if (owner && owner.entity !== entity) {
        const where =
          owner.file === document.file ? `entities[${owner.index}]` : `${owner.file} entities[${owner.index}]`;
        problems.push(
          document.problem(
            path,
            `"${name}" is claimed by two entities: "${owner.entity.id}" (${where}, as "${owner.name}") and "${entity.id}"; expected each name and alias to name one entity`,
          ),
        );
      } else if (!owner) {
        claimedBy.set(key, { index, entity, name, file: document.file });
      }
    }
  }
  return entities;
}

function closestIds(id: string, ids: Iterable<string>): string {
  const close = [...ids]
    .map((candidate) => ({ candidate, d: distance(id, candidate) }))
    .filter(({ d }) => d <= Math.max(2, Math.floor(id.length / 3)))
    .sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate))
    .slice(0, 3)
    .map(({ candidate }) => `"${candidate}"`);
  return close.length > 0 ? ` (did you mean ${close.join(', ')}?)` : '';
}

/** Whether a relation valid from `from` to `to` would begin after it ended; partial dates by their span. */
function startsAfterEnd(from: string, to: string): boolean {
  const first = dateSpan(from)?.first;
  const last = dateSpan(to)?.last;
  return first !== undefined && last !== undefined && first > last;
}

/**
 * Checks every relation's references, dates and quotes, and locates each quote in its source.
 * The quotes are sent to be located first; while that runs (in a worker thread, for a large
 * file), ids and references are looked up, by adding the relations to `graph` when given; then
 * each relation is judged in turn, its problems reported in the order of its fields.
 */
async function resolveRelations(
  document: JsonDocument,
  /** The file's relations, each at its index; undefined where invalid. */
  items: readonly (RelationInput | undefined)[],
  /** Every entity id, as itself (see `idTable`). */
  entityIds: Map<string, string>,
  sources: Map<string, Source>,
  locate: LocateQuotes,
  problems: DataProblem[],
  {
    twins,
    graph,
  }: {
    /** For a draft: the curated relations, whose ids a draft may reuse to add evidence to them. */
    twins?: Map<string, Relation>;
    /** A graph of the entities, to add the relations to (each with its evidence once located). */
    graph?: KnowledgeGraph;
  } = {},
): Promise<Relation[]> {
  // Every quote whose source exists, in the order of relations and their evidence.
  const quoteSources: Source[] = [];
  const quotes: string[] = [];
  for (const raw of items) {
    for (const { source: sourceId, quote } of raw?.evidence ?? []) {
      const source = sources.get(sourceId);
      if (source) {
        quoteSources.push(source);
        quotes.push(quote);
      }
    }
  }
  const located = locate(quoteSources, quotes);

  const ids: IdLookups = { duplicateOf: new Map(), unknownEnds: new Uint8Array(items.length) };
  if (graph) addToGraph(graph, items, entityIds, ids);
  else lookUpIds(items, entityIds, ids);
  const { duplicateOf, unknownEnds } = ids;

  const starts = await located;
  let next = 0;
  const relations: Relation[] = [];
  for (let index = 0; index < items.length; index++) {
    const raw = items[index];
    if (raw === undefined) continue;
    const path = ['relations', index];
    const before = problems.length;
    const twin = twins?.get(raw.id);
    if (twin && !sameStatement(twin, raw)) {
      problems.push(
        document.problem(
          [...path, 'id'],
          `"${raw.id}" is the id of a curated relation (${twin.type} from "${twin.from}" to "${twin.to}"); expected a new id, or the same type and entities to add evidence to it`,
        ),
      );
    }
    const seen = duplicateOf.get(index);
    if (seen !== undefined) {
      problems.push(
        document.problem(
          [...path, 'id'],
          `duplicate id "${raw.id}", already used by relations[${seen}]; expected a unique id`,
        ),
      );
    }
    for (const [end, bit] of [
      ['from', 1],
      ['to', 2],
    ] as const) {
      if (((unknownEnds[index] as number) & bit) === 0) continue;
      problems.push(
        document.problem(
          [...path, end],
          `no entity has the id "${raw[end]}"; expected an id from entities.json${closestIds(raw[end], entityIds.keys())}`,
        ),
      );
    }
    if (raw.from === raw.to) {
      problems.push(
        document.problem([...path, 'to'], `"${raw.to}" relates to itself; expected two different entities`),
      );
    }
    if (raw.validFrom && raw.validTo && startsAfterEnd(raw.validFrom, raw.validTo)) {
      problems.push(
        document.problem(
          [...path, 'validTo'],
          `"${raw.validTo}" is before validFrom "${raw.validFrom}"; expected validTo on or after validFrom`,
        ),
      );
    }
    // Each quote, once located, takes the place of its item in the evidence array: the array the
    // relation (and its edge, where it was added to a graph) already holds, not a copy of it.
    const evidence = raw.evidence as unknown as Evidence[];
    raw.evidence.forEach(({ source: sourceId, quote }, i) => {
      const source = sources.get(sourceId);
      if (!source) {
        problems.push(
          document.problem(
            [...path, 'evidence', i, 'source'],
            `no source has the id "${sourceId}"; expected one of ${[...sources.keys()].map((s) => `"${s}"`).join(', ') || 'the ids in sources/'}`,
          ),
        );
        return;
      }
      const start = starts[next++] as number;
      if (start < 0) {
        problems.push(
          document.problem(
            [...path, 'evidence', i, 'quote'],
            `${explainMissingQuote(source.text, quote)} (sources/${sourceId}.txt)`,
          ),
        );
        return;
      }
      evidence[i] = new LocatedQuote(source, start, start + quote.length);
    });
    if (problems.length === before) {
      // The item itself, its quotes now located: the loader owns it (parsed for this load), and a
      // copy of each of a million relations was a good part of loading's garbage.
      relations.push(raw as Omit<RelationInput, 'evidence'> as Relation);
    }
  }
  return relations;
}

/** What looking up relations' ids and ends finds. */
interface IdLookups {
  /** The index of the first relation with the same id, for each relation that is not the first. */
  duplicateOf: Map<number, number>;
  /** For each relation, which ends name no entity: 1 for `from`, 2 for `to`. */
  unknownEnds: Uint8Array;
}

/** The index of the first relation with each id. */
function firstIndices(items: readonly (RelationInput | undefined)[]): Map<string, number> {
  const firstIndex = new Map<string, number>();
  items.forEach((raw, index) => {
    if (raw && !firstIndex.has(raw.id)) firstIndex.set(raw.id, index);
  });
  return firstIndex;
}

/** Flags the ends of `raw` that name no entity; replaces those that do by the entity's own id string. */
function lookUpEnds(raw: RelationInput, index: number, entityIds: Map<string, string>, ids: IdLookups): void {
  const from = entityIds.get(raw.from);
  if (from === undefined) ids.unknownEnds[index] = 1;
  else raw.from = from;
  const to = entityIds.get(raw.to);
  if (to === undefined) ids.unknownEnds[index] = (ids.unknownEnds[index] as number) | 2;
  else raw.to = to;
}

/** Looks up each relation's id among those before it, and its ends among the entities. */
function lookUpIds(
  items: readonly (RelationInput | undefined)[],
  entityIds: Map<string, string>,
  ids: IdLookups,
): void {
  const firstIndex = new Map<string, number>();
  for (let index = 0; index < items.length; index++) {
    const raw = items[index];
    if (raw === undefined) continue;
    const seen = firstIndex.get(raw.id);
    if (seen === undefined) firstIndex.set(raw.id, index);
    else ids.duplicateOf.set(index, seen);
    lookUpEnds(raw, index, entityIds, ids);
  }
}

/**
 * Adds each relation to `graph`, a graph of the entities: graphology's own checks as it adds
 * one (a new id, ends that are entities, two of them) are the lookups, made once rather than
 * again when the graph is built (at a million relations, a second or two). A relation it
 * refuses is looked up as `lookUpIds` would, to say why. The relations are added with their
 * evidence array as written, whose items the caller replaces by the located quotes.
 */
function addToGraph(
  graph: KnowledgeGraph,
  items: readonly (RelationInput | undefined)[],
  entityIds: Map<string, string>,
  ids: IdLookups,
): void {
  // Built on the first refusal: the index of each id's first relation.
  let firstIndex: Map<string, number> | undefined;
  // The first index of each id whose relation was refused: a later relation with it is added, yet a duplicate.
  const refused = new Map<string, number>();
  for (let index = 0; index < items.length; index++) {
    const raw = items[index];
    if (raw === undefined) continue;
    try {
      addRelation(graph, raw as Omit<RelationInput, 'evidence'> as Relation);
      const first = refused.size > 0 ? refused.get(raw.id) : undefined;
      if (first !== undefined) ids.duplicateOf.set(index, first);
    } catch (error) {
      if (!(error instanceof UsageGraphError || error instanceof NotFoundGraphError)) throw error;
      firstIndex ??= firstIndices(items);
      const first = firstIndex.get(raw.id) as number;
      if (first < index) ids.duplicateOf.set(index, first);
      if (!refused.has(raw.id)) refused.set(raw.id, index);
      lookUpEnds(raw, index, entityIds, ids);
    }
  }
}
