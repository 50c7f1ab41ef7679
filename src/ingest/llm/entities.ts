// Turns the names a language model gives into entity ids: a known entity through the alias table (names, aliases,
// surnames; countries by their capitals and demonyms), then one proposed earlier in the article, else a new one.
import { normalizeName } from '../../data/names.ts';
import { ENTITY_KINDS, type Entity, type EntityKind } from '../../model.ts';
import type { Doc } from '../document.ts';
import { addEntityNames, createNameTable, findInGazetteer, lookupName } from '../entity-names.ts';
import type { GazetteerEntry } from '../gazetteer.ts';
import { type AliasTable, findMentions } from '../mentions.ts';
import { slugify, uniqueSlug } from '../slug.ts';

const KIND_WORDS: Record<EntityKind, string> = {
  COUNTRY: 'a country',
  PERSON: 'a person',
  GROUPING: 'a grouping',
  ORGANIZATION: 'an organisation',
  COMPANY: 'a company',
  POLICY: 'a policy document',
  EVENT: 'an event',
  REGION: 'a region',
};

const KINDS = new Set<string>(ENTITY_KINDS);
/** Kinds the gazetteer holds, which a model confuses (a grouping for an organisation, a region for a country). */
const PLACES_AND_BODIES = new Set<string>(['COUNTRY', 'REGION', 'GROUPING', 'ORGANIZATION']);

/** An entity as the model names it. */
export interface NamedByModel {
  name: string;
  kind: string;
  aliases: readonly string[];
}

/** A name as written, its whitespace folded and a lower-case leading "the" dropped ("the Foreign Ministry"). */
function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

function escapePattern(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `text` writes `name` as a whole word or phrase. */
function writes(text: string, name: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapePattern(name)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** Matches names to entities, known and proposed, and proposes what matches none. */
export class EntityResolver {
  /** New entities, in the order they were proposed. */
  readonly proposed: Entity[] = [];
  readonly #table: AliasTable;
  readonly #taken: Set<string>;
  readonly #fromGazetteer = new Map<string, string>();

  constructor(
    known: readonly Entity[],
    readonly text: string,
    /** Ends the description of a new entity: "Proposed from {sourceId}: a person, named by {origin}." */
    readonly origin: { sourceId: string; by: string },
  ) {
    this.#table = createNameTable(known);
    this.#taken = new Set(known.map((e) => e.id));
  }

  /** The id of the entity `name` names, known or proposed so far. */
  resolve(name: string): string | undefined {
    const clean = cleanName(name);
    return clean === '' ? undefined : lookupName(this.#table, clean);
  }

  /**
   * The id of the entity the model's entity is: one it names already, else a new one, which takes the gazetteer's
   * name, id and aliases when the gazetteer knows it. None for an empty name or a kind not in ENTITY_KINDS.
   */
  propose(item: NamedByModel): string | undefined {
    const name = cleanName(item.name);
    if (name === '') return undefined;
    const existing = this.resolve(name);
    if (existing) return existing;
    const kind = KINDS.has(item.kind) ? (item.kind as EntityKind) : undefined;
    const anyKind = !kind || PLACES_AND_BODIES.has(kind);
    const g = findInGazetteer([name], kind) ?? (anyKind ? findInGazetteer([name]) : undefined);
    if (g) return this.#fromGazetteerEntry(g, item.aliases);
    if (!kind) return undefined;
    const aliases = this.#textAliases(name, item.aliases);
    const description = `Proposed from ${this.origin.sourceId}: ${KIND_WORDS[kind]}, named by ${this.origin.by}.`;
    return this.#add({ id: uniqueSlug(slugify(name), this.#taken), name, kind, aliases, description });
  }

  /** The id of a relation's end: as `resolve`, else an entity of the gazetteer proposed now; none otherwise. */
  resolveEnd(name: string): string | undefined {
    const id = this.resolve(name);
    if (id) return id;
    const g = findInGazetteer([cleanName(name)]);
    return g ? this.#fromGazetteerEntry(g, []) : undefined;
  }

  #fromGazetteerEntry(g: GazetteerEntry, extra: readonly string[]): string {
    const already = this.#fromGazetteer.get(g.id);
    if (already) return already;
    const own = new Set([g.name, ...g.aliases].map(normalizeName));
    const aliases = [...g.aliases, ...this.#textAliases(g.name, extra).filter((a) => !own.has(normalizeName(a)))];
    const id = this.#add({
      id: uniqueSlug(g.id, this.#taken),
      name: g.name,
      kind: g.kind,
      aliases,
      description: g.description,
    });
    this.#fromGazetteer.set(g.id, id);
    return id;
  }

  /** The model's aliases that the text writes, that differ from the name and that no other entity goes by. */
  #textAliases(name: string, aliases: readonly string[]): string[] {
    const kept: string[] = [];
    const seen = new Set([normalizeName(name)]);
    for (const raw of aliases) {
      const alias = cleanName(raw);
      const key = normalizeName(alias);
      if (alias.length < 2 || seen.has(key) || this.resolve(alias) || !writes(this.text, alias)) continue;
      seen.add(key);
      kept.push(alias);
    }
    return kept;
  }

  #add(entity: Entity): string {
    this.proposed.push(entity);
    addEntityNames(this.#table, [entity]);
    return entity.id;
  }
}

/**
 * The proposed entities worth keeping: those a relation needs or the text names outright, in the order the text
 * first names them.
 */
export function keptEntities(proposed: readonly Entity[], used: ReadonlySet<string>, doc: Doc): Entity[] {
  const first = new Map<string, number>();
  for (const m of findMentions(doc, createNameTable(proposed)))
    if (!first.has(m.entityId)) first.set(m.entityId, m.start);
  return proposed
    .filter((e) => first.has(e.id) || used.has(e.id))
    .sort(
      (a, b) =>
        (first.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (first.get(b.id) ?? Number.MAX_SAFE_INTEGER) ||
        a.id.localeCompare(b.id),
    );
}
