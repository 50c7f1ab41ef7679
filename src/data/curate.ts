// Changes to graph-data/ that a person asks for: ingest a source as a draft, accept or reject draft items.
// Curated files are only ever replaced whole, after the result has been checked: a failed step loses nothing.
import { cp, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../errors.ts';
import { type Entity, isSymmetric, type Relation } from '../model.ts';
import { DRAFTS_DIR, ENTITIES_FILE, loadGraphData, RELATIONS_FILE, SOURCES_DIR } from './load.ts';
import type { DraftFile, EntitiesFile, RelationsFile, SourceFile } from './schema.ts';

/** A change to graph-data/ that cannot be made as asked; nothing was written. */
export class CurationError extends UserError {
  readonly code = 'CURATION_FAILED';
}

type RelationInput = RelationsFile['relations'][number];

/** JSON as the curated files are written: two spaces, a final newline. */
export const serializeJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Writes through a temporary file beside the target, so the target is never half written. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

export function draftPath(dir: string, sourceId: string): string {
  return join(dir, DRAFTS_DIR, `${sourceId}.json`);
}

async function readDraft(dir: string, sourceId: string): Promise<DraftFile> {
  const path = draftPath(dir, sourceId);
  try {
    return JSON.parse(await readFile(path, 'utf8')) as DraftFile;
  } catch {
    throw new CurationError(`no draft at ${path}; expected one written by kg ingest --id ${sourceId}`);
  }
}

/**
 * Checks that `files` (path relative to `dir` → new text) leave graph-data valid, drafts
 * included, by loading a copy with them; then writes them, each atomically.
 * @throws GraphDataError with every problem, having written nothing.
 */
async function commitFiles(dir: string, files: Map<string, string | null>): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'kg-curate-'));
  try {
    await cp(dir, scratch, { recursive: true });
    for (const [file, text] of files) {
      if (text === null) await rm(join(scratch, file), { force: true });
      else await writeFile(join(scratch, file), text);
    }
    await loadGraphData(scratch, { drafts: 'check' });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  for (const [file, text] of files) {
    if (text === null) await rm(join(dir, file), { force: true });
    else await writeAtomically(join(dir, file), text);
  }
}

export interface SourceInput extends Omit<SourceFile, '$schema'> {
  text: string;
}

export interface ProposedItems {
  entities: Entity[];
  relations: RelationInput[];
}

/** The key that says two relations state the same thing: type and entities, either order when symmetric. */
function relationKey(type: string, from: string, to: string): string {
  const [a, b] = isSymmetric(type as Relation['type']) && to < from ? [to, from] : [from, to];
  return `${type}\u0000${a}\u0000${b}`;
}

/**
 * Stores a source's text and metadata under sources/ and the extractor's proposals as
 * drafts/<id>.json; never touches the curated entities.json and relations.json. A proposal
 * that states a curated relation takes its id, so that accepting it adds evidence to it.
 * Running it again replaces only its own draft.
 * @throws CurationError when the id names another text; GraphDataError when the result would not load.
 */
export async function ingestSource(
  dir: string,
  source: SourceInput,
  propose: (known: Entity[]) => ProposedItems,
): Promise<{ entities: number; relations: number; corroborating: number; path: string }> {
  const { text, ...metadata } = source;
  const textPath = join(dir, SOURCES_DIR, `${source.id}.txt`);
  if ((await exists(textPath)) && (await readFile(textPath, 'utf8')) !== text) {
    throw new CurationError(
      `--id: a different text is already stored as sources/${source.id}.txt; expected a new id, or the same text to ingest it again`,
    );
  }
  const curated = await loadGraphData(dir);
  const proposal = propose(curated.entities);
  // Where parallel curated relations state the same, the first (by id) is the one corroborated.
  const curatedByKey = new Map<string, string>();
  for (const r of [...curated.relations].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const key = relationKey(r.type, r.from, r.to);
    if (!curatedByKey.has(key)) curatedByKey.set(key, r.id);
  }
  const curatedIds = new Set(curated.relations.map((r) => r.id));
  const usedIds = new Set<string>();
  let corroborating = 0;
  const relations = proposal.relations.map(
    ({ id, type, from, to, summary, confidence, evidence, validFrom, validTo }) => {
      const twin = curatedByKey.get(relationKey(type, from, to));
      let newId = twin ?? id;
      if (twin) corroborating++;
      for (let n = 2; !twin && (curatedIds.has(newId) || usedIds.has(newId)); n++) newId = `${id}-${n}`;
      usedIds.add(newId);
      return {
        id: newId,
        type,
        from,
        to,
        summary,
        confidence,
        ...(validFrom ? { validFrom } : {}),
        ...(validTo ? { validTo } : {}),
        evidence: evidence.map((e) => ({ source: e.source, quote: e.quote })),
      };
    },
  );
  const draft: DraftFile = {
    $schema: '../schema/draft.schema.json',
    source: source.id,
    entities: proposal.entities.map(({ draft: _, ...entity }) => entity),
    relations,
  };
  const files = new Map<string, string | null>([
    [join(SOURCES_DIR, `${source.id}.json`), serializeJson({ $schema: '../schema/source.schema.json', ...metadata })],
    [join(SOURCES_DIR, `${source.id}.txt`), text],
    [join(DRAFTS_DIR, `${source.id}.json`), serializeJson(draft)],
  ]);
  await mkdir(join(dir, DRAFTS_DIR), { recursive: true });
  await commitFiles(dir, files);
  return {
    entities: draft.entities.length,
    relations: relations.length,
    corroborating,
    path: draftPath(dir, source.id),
  };
}

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
      `${unknown.map((id) => `"${id}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in the draft of ${sourceId}; expected ids from ${draftPath('graph-data', sourceId)}`,
    );
  }
}

/**
 * Moves draft items into the curated files: new entities and relations are added; a relation
 * that has a curated twin adds its evidence to it. The entities an accepted relation needs come
 * along. What is left of the draft stays; an empty draft is removed.
 */
export async function acceptDraft(
  dir: string,
  sourceId: string,
  selection: Selection,
): Promise<{ entities: number; relations: number; corroborated: number }> {
  const draft = await readDraft(dir, sourceId);
  checkSelection(draft, selection, sourceId);
  const entitiesFile = JSON.parse(await readFile(join(dir, ENTITIES_FILE), 'utf8')) as EntitiesFile;
  const relationsFile = JSON.parse(await readFile(join(dir, RELATIONS_FILE), 'utf8')) as RelationsFile;

  const relations = pick(draft.relations, selection);
  const draftEntities = new Map(draft.entities.map((e) => [e.id, e]));
  const entityIds = new Set(pick(draft.entities, selection).map((e) => e.id));
  for (const relation of relations) {
    for (const end of [relation.from, relation.to]) if (draftEntities.has(end)) entityIds.add(end);
  }
  for (const entity of draft.entities) if (entityIds.has(entity.id)) entitiesFile.entities.push(entity);

  let corroborated = 0;
  const curated = new Map(relationsFile.relations.map((r) => [r.id, r]));
  for (const relation of relations) {
    const twin = curated.get(relation.id);
    if (!twin) {
      relationsFile.relations.push(relation);
      continue;
    }
    const seen = new Set(twin.evidence.map((e) => `${e.source}\u0000${e.quote}`));
    twin.evidence.push(...relation.evidence.filter((e) => !seen.has(`${e.source}\u0000${e.quote}`)));
    corroborated++;
  }

  const accepted = new Set([...entityIds, ...relations.map((r) => r.id)]);
  const rest: DraftFile = {
    ...draft,
    entities: draft.entities.filter((e) => !accepted.has(e.id)),
    relations: draft.relations.filter((r) => !accepted.has(r.id)),
  };
  const draftFile = join(DRAFTS_DIR, `${sourceId}.json`);
  await commitFiles(
    dir,
    new Map([
      [ENTITIES_FILE, serializeJson(entitiesFile)],
      [RELATIONS_FILE, serializeJson(relationsFile)],
      [draftFile, rest.entities.length + rest.relations.length === 0 ? null : serializeJson(rest)],
    ]),
  );
  return { entities: entityIds.size, relations: relations.length - corroborated, corroborated };
}

/** Drops draft items; a relation that needs a dropped entity goes with it. An empty draft is removed. */
export async function rejectDraft(
  dir: string,
  sourceId: string,
  selection: Selection,
): Promise<{ entities: number; relations: number }> {
  const draft = await readDraft(dir, sourceId);
  checkSelection(draft, selection, sourceId);
  const entityIds = new Set(pick(draft.entities, selection).map((e) => e.id));
  const relationIds = new Set(pick(draft.relations, selection).map((r) => r.id));
  for (const r of draft.relations) if (entityIds.has(r.from) || entityIds.has(r.to)) relationIds.add(r.id);
  const rest: DraftFile = {
    ...draft,
    entities: draft.entities.filter((e) => !entityIds.has(e.id)),
    relations: draft.relations.filter((r) => !relationIds.has(r.id)),
  };
  const draftFile = join(DRAFTS_DIR, `${sourceId}.json`);
  await commitFiles(
    dir,
    new Map([[draftFile, rest.entities.length + rest.relations.length === 0 ? null : serializeJson(rest)]]),
  );
  return { entities: entityIds.size, relations: relationIds.size };
}
