// kg accept and kg reject: a person's decisions on draft items, moved into the curated files or dropped.
// Every file a decision changes is checked together before any is written, then each is replaced whole.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CurationError, commitFiles, type FileChanges, serializeJson } from './commit-files.ts';
import {
  type Drafts,
  type DraftUse,
  draftFile,
  draftText,
  entityOwners,
  entityUses,
  type Handover,
  handOver,
  readDraft,
  readDrafts,
  withoutNote,
} from './drafts.ts';
import { ENTITIES_FILE, RELATIONS_FILE } from './load.ts';
import { describeStatement, sameStatement } from './relation-key.ts';
import type { DraftFile, EntitiesFile, RelationsFile } from './schema.ts';

/** Which draft items a command acts on: all, or these ids (entities and relations alike). */
export type Selection = 'all' | string[];

function pick<T extends { id: string }>(items: T[], selection: Selection): T[] {
  return selection === 'all' ? items : items.filter((item) => selection.includes(item.id));
}

function checkSelection(draft: DraftFile, selection: Selection, sourceId: string): void {
  if (selection === 'all') return;
  const known = new Set([...draft.entities, ...draft.relations].map((item) => item.id));
  const unknown = selection.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new CurationError(
      `${unknown.map((id) => `"${id}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in the draft of ${sourceId}; expected ids from ${join('graph-data', draftFile(sourceId))}`,
    );
  }
}

/** Reads the draft of `sourceId` and every other draft, in file-name order. */
async function readAll(dir: string, sourceId: string): Promise<{ draft: DraftFile; others: Drafts }> {
  const draft = await readDraft(dir, sourceId);
  const others = await readDrafts(dir);
  others.delete(sourceId);
  return { draft, others };
}

/** Entities of another draft that accepted relations needed, moved into the curated files with them. */
export interface BroughtAlong {
  source: string;
  entities: string[];
  /** Nothing was left of that draft, so it was removed. */
  removed: boolean;
}

export interface AcceptResult {
  /** Entities of this draft added to the curated files. */
  entities: number;
  /** Relations of this draft added as new curated relations. */
  relations: number;
  /** Curated relations that this draft's relations added evidence to. */
  corroborated: number;
  /** Entities of other drafts the accepted relations needed, per draft in file-name order. */
  broughtAlong: BroughtAlong[];
}

/**
 * Moves draft items into the curated files: new entities and relations are added; a relation
 * that has a curated twin adds its evidence to it. The entities an accepted relation needs come
 * along, from this draft or from the draft that owns them; reviewers' notes are dropped. What is
 * left of each draft stays; an emptied draft is removed.
 * @throws CurationError for ids not in the draft, or a relation whose curated twin states something
 * else; GraphDataError when the result would not load. Either way nothing was written.
 */
export async function acceptDraft(dir: string, sourceId: string, selection: Selection): Promise<AcceptResult> {
  const { draft, others } = await readAll(dir, sourceId);
  checkSelection(draft, selection, sourceId);
  const entitiesFile = JSON.parse(await readFile(join(dir, ENTITIES_FILE), 'utf8')) as EntitiesFile;
  const relationsFile = JSON.parse(await readFile(join(dir, RELATIONS_FILE), 'utf8')) as RelationsFile;

  const relations = pick(draft.relations, selection);
  const own = new Set(draft.entities.map((e) => e.id));
  const owners = entityOwners(others);
  const entityIds = new Set(pick(draft.entities, selection).map((e) => e.id));
  const needed = new Map<string, Set<string>>();
  for (const relation of relations) {
    for (const end of [relation.from, relation.to]) {
      const owner = owners.get(end);
      if (own.has(end)) entityIds.add(end);
      else if (owner !== undefined) needed.set(owner, (needed.get(owner) ?? new Set()).add(end));
    }
  }
  for (const entity of draft.entities) if (entityIds.has(entity.id)) entitiesFile.entities.push(withoutNote(entity));

  const files: FileChanges = new Map();
  const broughtAlong: BroughtAlong[] = [];
  for (const [source, other] of others) {
    const ids = needed.get(source);
    if (!ids) continue;
    for (const entity of other.entities) if (ids.has(entity.id)) entitiesFile.entities.push(withoutNote(entity));
    const text = draftText({ ...other, entities: other.entities.filter((e) => !ids.has(e.id)) });
    files.set(draftFile(source), text);
    broughtAlong.push({ source, entities: [...ids], removed: text === null });
  }

  let corroborated = 0;
  const curated = new Map(relationsFile.relations.map((r) => [r.id, r]));
  for (const relation of relations) {
    const twin = curated.get(relation.id);
    if (!twin) {
      relationsFile.relations.push(relation);
      continue;
    }
    if (!sameStatement(twin, relation)) {
      throw new CurationError(
        `"${relation.id}" in the draft of ${sourceId} states ${describeStatement(relation)}, but the curated relation with its id states ${describeStatement(twin)}; expected a new id, or the same type and entities to add evidence to it`,
      );
    }
    const seen = new Set(twin.evidence.map((e) => `${e.source}\u0000${e.quote}`));
    twin.evidence.push(...relation.evidence.filter((e) => !seen.has(`${e.source}\u0000${e.quote}`)));
    corroborated++;
  }

  const accepted = new Set([...entityIds, ...relations.map((r) => r.id)]);
  files.set(
    draftFile(sourceId),
    draftText({
      ...draft,
      entities: draft.entities.filter((e) => !accepted.has(e.id)),
      relations: draft.relations.filter((r) => !accepted.has(r.id)),
    }),
  );
  files.set(ENTITIES_FILE, serializeJson(entitiesFile));
  files.set(RELATIONS_FILE, serializeJson(relationsFile));
  await commitFiles(dir, files);
  return { entities: entityIds.size, relations: relations.length - corroborated, corroborated, broughtAlong };
}

/** Relations of another draft dropped because they named a rejected entity. */
export interface Cascaded {
  source: string;
  relations: string[];
  /** Nothing was left of that draft, so it was removed. */
  removed: boolean;
}

export interface RejectResult {
  /** Entities dropped from this draft. */
  entities: number;
  /** Relations dropped from this draft. */
  relations: number;
  /** With `cascade`: other drafts' relations dropped with the entities they named, per draft in file-name order. */
  cascaded: Cascaded[];
  /** With `all`: entities of this draft that other drafts name, handed over to the first of them. */
  handovers: Handover[];
}

/** The refusal to drop entities (in the order of `entityIds`) that other drafts' relations name. */
function refuse(sourceId: string, entityIds: Iterable<string>, uses: Map<string, DraftUse[]>): CurationError {
  const clauses = [...entityIds].flatMap((entity) => {
    const list = uses.get(entity);
    if (!list) return [];
    return [
      `"${entity}" is still named by ${list.map((u) => `${draftFile(u.source)} (${u.relations.join(', ')})`).join(', ')}`,
    ];
  });
  return new CurationError(
    `${clauses.join('; ')}; nothing was rejected from the draft of ${sourceId}; expected --cascade to drop those relations too, or ids of entities no other draft names`,
  );
}

/**
 * Drops draft items; a relation of this draft that names a dropped entity goes with it. An
 * entity that other drafts' relations name is refused, unless `cascade` (those relations are
 * dropped too); with `all` it is handed over to the first draft (by file name) that names it,
 * so that rejecting one source never destroys another's proposals. An emptied draft is removed.
 * @throws CurationError for ids not in the draft, or entities other drafts name; nothing was written.
 */
export async function rejectDraft(
  dir: string,
  sourceId: string,
  selection: Selection,
  { cascade = false }: { cascade?: boolean } = {},
): Promise<RejectResult> {
  const { draft, others } = await readAll(dir, sourceId);
  checkSelection(draft, selection, sourceId);
  const rejected = pick(draft.entities, selection);
  const handovers: Handover[] = [];
  const handed = selection === 'all' && !cascade ? handOver(others, sourceId, rejected, handovers) : new Set();
  const entityIds = new Set(rejected.map((e) => e.id).filter((id) => !handed.has(id)));
  const uses = entityUses(others, entityIds);
  if (uses.size > 0 && !cascade) throw refuse(sourceId, entityIds, uses);

  const relationIds = new Set(pick(draft.relations, selection).map((r) => r.id));
  for (const r of draft.relations) if (entityIds.has(r.from) || entityIds.has(r.to)) relationIds.add(r.id);
  const files: FileChanges = new Map();
  const cascaded: Cascaded[] = [];
  for (const [source, other] of others) {
    const dropped = other.relations.filter((r) => entityIds.has(r.from) || entityIds.has(r.to)).map((r) => r.id);
    const receives = handovers.some((h) => h.to === source);
    if (dropped.length === 0 && !receives) continue;
    const text = draftText({ ...other, relations: other.relations.filter((r) => !dropped.includes(r.id)) });
    files.set(draftFile(source), text);
    if (dropped.length > 0) cascaded.push({ source, relations: dropped, removed: text === null });
  }
  files.set(
    draftFile(sourceId),
    draftText({
      ...draft,
      entities: draft.entities.filter((e) => !entityIds.has(e.id) && !handed.has(e.id)),
      relations: draft.relations.filter((r) => !relationIds.has(r.id)),
    }),
  );
  await commitFiles(dir, files);
  return { entities: entityIds.size, relations: relationIds.size, cascaded, handovers };
}
