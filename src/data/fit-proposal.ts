// Fits what an extractor proposes for a source to what graph-data holds, so that no draft conflicts with
// another: a proposed entity that a known name names is that entity; ids are unique; a relation that
// states one already held (curated, or in another draft) takes its id.

import { type DraftItem, type Drafts, draftFile, entityUses } from './drafts.ts';
import { ENTITIES_FILE } from './load.ts';
import { normalizeName } from './names.ts';
import { relationKey, type Statement } from './relation-key.ts';
import type { DraftEntity, EntityInput, RelationInput } from './schema.ts';

/** What an extractor proposes: new entities (with a note for the reviewer, where it has one) and relations. */
export interface ProposedItems {
  entities: (EntityInput & { note?: string; draft?: boolean })[];
  relations: RelationInput[];
}

/** What graph-data holds besides the source's own draft. */
export interface Holdings {
  /** The source being ingested: its draft is `drafts/<source>.json`. */
  source: string;
  curated: { entities: EntityInput[]; relations: (Statement & { id: string })[] };
  /** Every other draft, by source id in file-name order. */
  drafts: Drafts;
  /** The entities of the source's previous draft, which this one replaces. */
  previous: DraftEntity[];
}

export interface FittedProposal {
  /** The new entities the draft defines, and those of its previous draft that its relations still name. */
  entities: DraftEntity[];
  relations: RelationInput[];
  /** Ids its relations took from relations that state the same: curated ones, and other drafts' (the first to hold each). */
  corroborations: { curated: string[]; drafted: DraftItem[] };
}

/** Which entity each normalized name (an id, name or alias) names, and the file it is in. */
type NameIndex = Map<string, { entity: EntityInput; where: string }>;

function claim(index: NameIndex, entity: EntityInput, where: string): void {
  for (const name of [entity.id, entity.name, ...entity.aliases]) {
    const key = normalizeName(name);
    if (!index.has(key)) index.set(key, { entity, where });
  }
}

/** `base`, or `base-2`, `base-3`, ...: the first that is not `taken`. */
function uniqueId(base: string, taken: (id: string) => boolean): string {
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Fits the proposed entities: one whose name names a known entity (curated, another draft's, or
 * one of the previous draft's that other drafts name) is that entity; one whose id is a known
 * name is renamed, an alias that is one is left out, each with a note saying which entity it may
 * be. Gives the entities and where each proposed id now points.
 */
function fitEntities(
  proposal: ProposedItems,
  holdings: Holdings,
): { entities: DraftEntity[]; ids: Map<string, string> } {
  const { source, curated, drafts, previous } = holdings;
  const index: NameIndex = new Map();
  for (const entity of curated.entities) claim(index, entity, ENTITIES_FILE);
  for (const [other, draft] of drafts) for (const entity of draft.entities) claim(index, entity, draftFile(other));
  const proposedIds = new Set(proposal.entities.map((e) => e.id));
  const named = entityUses(drafts, new Set(previous.map((e) => e.id)));
  for (const entity of previous) {
    if (named.has(entity.id) && !proposedIds.has(entity.id)) claim(index, entity, draftFile(source));
  }

  const ids = new Map<string, string>();
  const entities: DraftEntity[] = [];
  for (const { draft: _, note, ...proposed } of proposal.entities) {
    if (ids.has(proposed.id)) continue;
    const same = index.get(normalizeName(proposed.name));
    if (same) {
      ids.set(proposed.id, same.entity.id);
      continue;
    }
    const notes = note ? [note] : [];
    const maybe = ({ entity, where }: { entity: EntityInput; where: string }) =>
      `may be the same as "${entity.id}" (${entity.name}) in ${where}`;
    const holder = index.get(normalizeName(proposed.id));
    const id = holder ? uniqueId(proposed.id, (candidate) => index.has(candidate)) : proposed.id;
    if (holder) notes.push(`${maybe(holder)}: proposed as "${proposed.id}", a name of that one, so renamed`);
    const entity: DraftEntity = { ...proposed, id, aliases: [] };
    claim(index, entity, draftFile(source));
    for (const alias of proposed.aliases) {
      const other = index.get(normalizeName(alias));
      if (other && other.entity !== entity) {
        notes.push(`${maybe(other)}: its alias "${alias}" names that one, so it was left out`);
        continue;
      }
      entity.aliases.push(alias);
      claim(index, entity, draftFile(source));
    }
    if (notes.length > 0) entity.note = notes.join('; ');
    ids.set(proposed.id, id);
    entities.push(entity);
  }
  return { entities, ids };
}

/** The first relation (by id) that states each thing, by `relationKey`. */
function firstByStatement<R extends Statement & { id: string }>(relations: R[]): Map<string, R> {
  const first = new Map<string, R>();
  for (const relation of [...relations].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const key = relationKey(relation);
    if (!first.has(key)) first.set(key, relation);
  }
  return first;
}

/**
 * Fits a proposal to `holdings` (see `fitEntities`). A relation that states a curated relation
 * takes its id (accepting it adds evidence to it); else one that states another draft's relation
 * takes that id; any other id is made unique against every relation held. Two proposed relations
 * that take the same id are one, with the evidence of both. The previous draft's entities that
 * the relations still name stay, as they were.
 */
export function fitProposal(proposal: ProposedItems, holdings: Holdings): FittedProposal {
  const { curated, drafts, previous } = holdings;
  const { entities, ids } = fitEntities(proposal, holdings);
  const curatedIds = new Set(curated.relations.map((r) => r.id));
  const drafted = [...drafts].flatMap(([source, draft]) =>
    draft.relations.filter((r) => !curatedIds.has(r.id)).map((r) => ({ ...r, source })),
  );
  const curatedByKey = firstByStatement(curated.relations);
  const draftedByKey = firstByStatement(drafted);
  const taken = new Set([...curatedIds, ...drafted.map((r) => r.id)]);
  const corroborations: FittedProposal['corroborations'] = { curated: [], drafted: [] };
  const relations = new Map<string, RelationInput>();
  for (const proposed of proposal.relations) {
    const from = ids.get(proposed.from) ?? proposed.from;
    const to = ids.get(proposed.to) ?? proposed.to;
    // Two proposed entities found to be one: the relation between them says nothing.
    if (from === to && proposed.from !== proposed.to) continue;
    const evidence = proposed.evidence.map((e) => ({ source: e.source, quote: e.quote }));
    const key = relationKey({ type: proposed.type, from, to });
    const twin = curatedByKey.get(key)?.id ?? draftedByKey.get(key)?.id;
    const same = twin === undefined ? undefined : relations.get(twin);
    if (same) {
      const seen = new Set(same.evidence.map((e) => `${e.source}\u0000${e.quote}`));
      same.evidence.push(...evidence.filter((e) => !seen.has(`${e.source}\u0000${e.quote}`)));
      continue;
    }
    const id = twin ?? uniqueId(proposed.id, (candidate) => taken.has(candidate) || relations.has(candidate));
    const { summary, confidence, validFrom, validTo } = proposed;
    relations.set(id, {
      id,
      type: proposed.type,
      from,
      to,
      summary,
      confidence,
      ...(validFrom ? { validFrom } : {}),
      ...(validTo ? { validTo } : {}),
      evidence,
    });
    if (twin && curatedIds.has(twin)) corroborations.curated.push(twin);
    else if (twin) corroborations.drafted.push({ id: twin, source: draftedByKey.get(key)?.source as string });
  }

  const defined = new Set(entities.map((e) => e.id));
  const ends = new Set([...relations.values()].flatMap((r) => [r.from, r.to]));
  for (const entity of previous) if (ends.has(entity.id) && !defined.has(entity.id)) entities.push(entity);
  return { entities, relations: [...relations.values()], corroborations };
}
