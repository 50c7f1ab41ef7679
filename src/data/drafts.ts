// The drafts kg ingest wrote, read for curating: which draft owns each entity, which drafts' relations name it.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Entity } from '../model.ts';
import { CurationError, serializeJson } from './commit-files.ts';
import { DRAFTS_DIR } from './load.ts';
import { type DraftEntity, type DraftFile, DraftFileSchema } from './schema.ts';

/** Drafts by the id of their source, in the order of their file names. */
export type Drafts = Map<string, DraftFile>;

/** Where the draft of `sourceId` is: `<dir>/drafts/<sourceId>.json`. */
export function draftPath(dir: string, sourceId: string): string {
  return join(dir, DRAFTS_DIR, `${sourceId}.json`);
}

/** The draft's file relative to the data directory, as messages and `commitFiles` name it. */
export function draftFile(sourceId: string): string {
  return join(DRAFTS_DIR, `${sourceId}.json`);
}

/**
 * The draft of `sourceId`, as written.
 * @throws CurationError when there is none, or it is not a draft.
 */
export async function readDraft(dir: string, sourceId: string): Promise<DraftFile> {
  const path = draftPath(dir, sourceId);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new CurationError(`no draft at ${path}; expected one written by kg ingest --id ${sourceId}`);
  }
  const draft = parseDraft(text);
  if (!draft) {
    throw new CurationError(
      `${path} is not a valid draft; expected one that kg validate accepts: run it to see what is wrong`,
    );
  }
  return draft;
}

function parseDraft(text: string): DraftFile | undefined {
  try {
    const parsed = DraftFileSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every draft in drafts/, by source id in file-name order. One that is not a valid draft is left
 * out: checking the result of a change (`commitFiles`) reports its problems.
 */
export async function readDrafts(dir: string): Promise<Drafts> {
  const names = (await readdir(join(dir, DRAFTS_DIR)).catch(() => [] as string[]))
    .filter((name) => name.endsWith('.json'))
    .sort();
  const drafts: Drafts = new Map();
  for (const name of names) {
    const draft = parseDraft(await readFile(join(dir, DRAFTS_DIR, name), 'utf8'));
    if (draft) drafts.set(basename(name, '.json'), draft);
  }
  return drafts;
}

/** The draft (by source id) that owns each draft entity id. */
export function entityOwners(drafts: Drafts): Map<string, string> {
  const owners = new Map<string, string>();
  for (const [sourceId, draft] of drafts) for (const entity of draft.entities) owners.set(entity.id, sourceId);
  return owners;
}

/** An item of a draft: its id, and the draft (by source id) that holds it. */
export interface DraftItem {
  id: string;
  source: string;
}

/** The relations of one draft that name some entity. */
export interface DraftUse {
  source: string;
  relations: string[];
}

/** For each of `entityIds` that some draft's relations name, which drafts (in file-name order) and relations. */
export function entityUses(drafts: Drafts, entityIds: ReadonlySet<string>): Map<string, DraftUse[]> {
  const uses = new Map<string, DraftUse[]>();
  for (const [source, draft] of drafts) {
    for (const relation of draft.relations) {
      for (const end of new Set([relation.from, relation.to])) {
        if (!entityIds.has(end)) continue;
        const list = uses.get(end) ?? [];
        if (list.at(-1)?.source !== source) list.push({ source, relations: [] });
        (list.at(-1) as DraftUse).relations.push(relation.id);
        uses.set(end, list);
      }
    }
  }
  return uses;
}

/** An entity that moved from one draft to another, which now owns it. */
export interface Handover {
  entity: string;
  from: string;
  to: string;
}

/**
 * Hands each of `entities` (leaving the draft of `from`) that other drafts' relations name to the
 * first of those drafts: adds it to that draft in `drafts` and says so. Gives the ids handed over.
 */
export function handOver(drafts: Drafts, from: string, entities: DraftEntity[], handovers: Handover[]): Set<string> {
  const others = new Map([...drafts].filter(([source]) => source !== from));
  const uses = entityUses(others, new Set(entities.map((e) => e.id)));
  const handed = new Set<string>();
  for (const entity of entities) {
    const to = uses.get(entity.id)?.[0]?.source;
    const draft = to === undefined ? undefined : drafts.get(to);
    if (to === undefined || draft === undefined) continue;
    drafts.set(to, { ...draft, entities: [...draft.entities, entity] });
    handovers.push({ entity: entity.id, from, to });
    handed.add(entity.id);
  }
  return handed;
}

/** The text a draft is written as; null (the file is removed) when nothing is left in it. */
export function draftText(draft: DraftFile): string | null {
  return draft.entities.length + draft.relations.length === 0 ? null : serializeJson(draft);
}

/** A draft entity as a curated or known one: without the reviewer's note. */
export function withoutNote({ note: _, ...entity }: DraftEntity): Entity {
  return entity;
}
