// kg ingest's part in changing graph-data/: a source's text and metadata stored, the extractor's proposals
// written as its draft for review. The curated files are never touched; other drafts only to hand over.
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Entity } from '../model.ts';
import { CurationError, commitFiles, type FileChanges, serializeJson } from './commit-files.ts';
import {
  type DraftItem,
  draftFile,
  draftPath,
  entityOwners,
  type Handover,
  handOver,
  readDrafts,
  withoutNote,
} from './drafts.ts';
import { fitProposal, type ProposedItems } from './fit-proposal.ts';
import { DRAFTS_DIR, loadGraphData, SOURCES_DIR } from './load.ts';
import type { DraftFile, SourceFile } from './schema.ts';

export interface SourceInput extends Omit<SourceFile, '$schema'> {
  text: string;
}

/**
 * Proposes a source's items, given the entities graph-data holds: the curated ones and every
 * other draft's, these marked `draft: true`, with the draft (by source id) that owns each, and for
 * each the entities its relations (curated or drafted) link it to.
 */
export type Propose = (
  known: Entity[],
  owners: ReadonlyMap<string, string>,
  related: ReadonlyMap<string, readonly string[]>,
) => ProposedItems | Promise<ProposedItems>;

/** What ingesting a source did: what a summary of one ingest, or of a batch, needs. */
export interface IngestResult {
  /** The draft written: `<dir>/drafts/<source id>.json`. */
  path: string;
  /** The new entities the draft proposes (and owns), by id. */
  newEntities: string[];
  /** The known entities its relations name: curated ones, and other drafts' (with the draft that owns each). */
  knownEntities: { curated: string[]; drafted: DraftItem[] };
  /** Every relation the draft proposes, by id, corroborations included. */
  relations: string[];
  /** Its relations that state what a relation already holds, and so took its id: curated ones, other drafts'. */
  corroborations: { curated: string[]; drafted: DraftItem[] };
  /** Entities its previous draft owned that this one no longer proposes and other drafts name: now theirs. */
  handovers: Handover[];
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * Stores a source's text and metadata under sources/ and the extractor's proposals as
 * drafts/<id>.json; never touches the curated entities.json and relations.json. The draft refers
 * to entities graph-data holds, curated or in other drafts, rather than proposing them again, and
 * its relations take the ids of those that state the same (see `fitProposal`), so that drafts
 * never conflict. Running it again replaces only its own draft: an entity the previous draft
 * owned, that other drafts name and the new one no longer proposes, is handed over to the first
 * draft (by file name) that names it.
 * @throws CurationError when the id names another text; GraphDataError when the result would not load.
 */
export async function ingestSource(dir: string, source: SourceInput, propose: Propose): Promise<IngestResult> {
  const { text, ...metadata } = source;
  const textPath = join(dir, SOURCES_DIR, `${source.id}.txt`);
  if ((await exists(textPath)) && (await readFile(textPath, 'utf8')) !== text) {
    throw new CurationError(
      `--id: a different text is already stored as sources/${source.id}.txt; expected a new id, or the same text to ingest it again`,
    );
  }
  const curated = await loadGraphData(dir);
  const drafts = await readDrafts(dir);
  const previous = drafts.get(source.id)?.entities ?? [];
  drafts.delete(source.id);
  const owners = entityOwners(drafts);
  const known: Entity[] = [
    ...curated.entities,
    ...[...drafts.values()].flatMap((d) => d.entities.map((e) => ({ ...withoutNote(e), draft: true }))),
  ];

  const related = new Map<string, string[]>();
  const link = (a: string, b: string) => related.set(a, [...(related.get(a) ?? []), b]);
  for (const r of [...curated.relations, ...[...drafts.values()].flatMap((d) => d.relations)]) {
    link(r.from, r.to);
    link(r.to, r.from);
  }
  const fitted = fitProposal(await propose(known, owners, related), { source: source.id, curated, drafts, previous });
  const draft: DraftFile = {
    $schema: '../schema/draft.schema.json',
    source: source.id,
    entities: fitted.entities,
    relations: fitted.relations,
  };
  const defined = new Set(draft.entities.map((e) => e.id));
  const handovers: Handover[] = [];
  const leaving = previous.filter((e) => !defined.has(e.id));
  handOver(drafts, source.id, leaving, handovers);

  const files: FileChanges = new Map([
    [join(SOURCES_DIR, `${source.id}.json`), serializeJson({ $schema: '../schema/source.schema.json', ...metadata })],
    [join(SOURCES_DIR, `${source.id}.txt`), text],
    [draftFile(source.id), serializeJson(draft)],
  ]);
  for (const to of new Set(handovers.map((h) => h.to))) files.set(draftFile(to), serializeJson(drafts.get(to)));
  await mkdir(join(dir, DRAFTS_DIR), { recursive: true });
  await commitFiles(dir, files);

  const curatedIds = new Set(curated.entities.map((e) => e.id));
  const ends = [...new Set(draft.relations.flatMap((r) => [r.from, r.to]))].filter((id) => !defined.has(id));
  return {
    path: draftPath(dir, source.id),
    newEntities: [...defined],
    knownEntities: {
      curated: ends.filter((id) => curatedIds.has(id)),
      drafted: ends.flatMap((id) => {
        const owner = owners.get(id);
        return owner === undefined ? [] : [{ id, source: owner }];
      }),
    },
    relations: draft.relations.map((r) => r.id),
    corroborations: fitted.corroborations,
    handovers,
  };
}
