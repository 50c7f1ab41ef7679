// Proposes the entities an article names that are not known yet, each with a guessed kind: countries and
// groupings from the gazetteer, then what the candidate finders (src/ingest/candidates/) read as names,
// gathered into one draft per entity and given ids, with the alias table that finds them all in the text.
import { normalizeName } from '../data/names.ts';
import type { Entity, EntityKind } from '../model.ts';
import { type AmbiguityContext, ambiguousName } from './ambiguous-names.ts';
import { CANDIDATE_FINDERS } from './candidates/finders.ts';
import { type Candidate, type Scan, titleAt } from './candidates/scan.ts';
import type { Doc } from './document.ts';
import { addDraftAlias, type Draft, lemmaKey, mergeElections, mergeSurnames, type ProposedEntity } from './drafts.ts';
import { type GazetteerEntry, gazetteerFor } from './gazetteer.ts';
import { knownNameIndex } from './known-names.ts';
import { STATE_ACTOR_NOUNS } from './lexicon.ts';
import { type AliasTable, addAlias, createAliasTable, findMentions, lookupAlias, type Mention } from './mentions.ts';
import { reversedName, surnameOf } from './person-names.ts';
import { slugify, uniqueSlug } from './slug.ts';

/** What was proposed, and the alias table that finds every entity, known or proposed, in the text. */
export interface Proposal {
  /** New entities only, with a guessed kind (and a note for the reviewer where one is due); ids unique against the known ones. */
  proposed: ProposedEntity[];
  /** Names, aliases, demonyms and surnames of the known and the proposed entities. */
  table: AliasTable;
  /** The kind of every entity the table can name. */
  kinds: Map<string, EntityKind>;
  /**
   * Names this text gives entities besides their names and aliases: known ones' ("RAA", "President Marcos"),
   * and the known name a proposed entity is proposed apart under. The verbatim gate looks for these too.
   */
  knownNames: Map<string, string[]>;
}

const GAZ = 'gazetteer:';

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

/**
 * Proposes the entities of `doc` that `known` does not hold, and builds the alias table of both.
 * A candidate whose name is a known name or alias is a mention of the known entity, not a new one.
 */
export function proposeEntities(
  doc: Doc,
  known: readonly Entity[],
  sourceId: string,
  related: ReadonlyMap<string, readonly string[]> = new Map(),
): Proposal {
  const entries = gazetteerFor(doc.text);
  const knownByName = new Map<string, string>();
  const knownByLemma = new Map<string, string>();
  for (const e of known) {
    const reversed = e.kind === 'PERSON' ? reversedName(e.name) : undefined;
    for (const n of [e.name, e.id, ...e.aliases, ...(reversed ? [reversed] : [])]) {
      knownByName.set(normalizeName(n), e.id);
      knownByLemma.set(lemmaKey(n), e.id);
    }
  }
  // Plural variants of known names ("US elections" for a known "US election") name the known entity.
  const knownVariants: [string, string][] = [];
  const kinds = new Map<string, EntityKind>(known.map((e) => [e.id, e.kind]));

  // 1. The known entities and the gazetteer's, found in the text.
  const linked = new Map<string, string>(); // gazetteer id -> known id
  const base = createAliasTable();
  for (const e of known) {
    addAlias(base, e.id, e.name, 'name');
    for (const a of e.aliases) addAlias(base, e.id, a, 'alias');
    const reversed = e.kind === 'PERSON' ? reversedName(e.name) : undefined;
    if (reversed) addAlias(base, e.id, reversed, 'alias');
  }
  for (const g of entries) {
    const knownId = [g.name, ...g.aliases].map((n) => knownByName.get(normalizeName(n))).find(Boolean);
    const id = knownId ?? `${GAZ}${g.id}`;
    if (knownId) linked.set(g.id, knownId);
    kinds.set(id, knownId ? (kinds.get(knownId) ?? g.kind) : g.kind);
    addAlias(base, id, g.name, 'name');
    for (const a of g.aliases) addAlias(base, id, a, 'alias');
  }
  const gazById = new Map(entries.map((g) => [g.id, g]));
  const entityOfGazetteer = (g: GazetteerEntry) => linked.get(g.id) ?? `${GAZ}${g.id}`;
  for (const g of entries) {
    for (const d of g.demonyms) addAlias(base, entityOfGazetteer(g), d, 'demonym');
    for (const p of g.prefixes) addAlias(base, entityOfGazetteer(g), p, 'prefix');
  }
  const baseMentions = findMentions(doc, base);
  const baseAt: (Mention | undefined)[] = new Array(doc.tokens.length).fill(undefined);
  for (const m of baseMentions) for (let k = m.first; k <= m.last; k++) baseAt[k] = m;
  const countryOf = (id: string) => {
    const g = id.startsWith(GAZ) ? gazById.get(id.slice(GAZ.length)) : entries.find((x) => linked.get(x.id) === id);
    return g?.kind === 'COUNTRY' ? g : undefined;
  };
  const scan: Scan = {
    doc,
    mentions: baseMentions,
    baseAt,
    kindOf: (id) => kinds.get(id),
    countryOf,
    consumed: new Array(doc.tokens.length).fill(false),
  };

  // 2. Candidates, from each finder in turn.
  const candidates: Candidate[] = [];
  for (const finder of CANDIDATE_FINDERS) candidates.push(...finder.find(scan, candidates));

  // 3. Drafts: gazetteer entities the text names, then candidates grouped by name.
  const drafts = new Map<string, Draft>(); // by normalized name
  const draftOfName = new Map<string, Draft>(); // every normalized name and alias
  for (const m of baseMentions) {
    if (!m.entityId.startsWith(GAZ) || m.via === 'prefix') continue;
    // A demonym alone does not propose its country, except before a title ("French President Emmanuel Macron",
    // "a former Norwegian prime minister") or with the people who act for the state ("Australian officials").
    const actors = m.last > m.first && STATE_ACTOR_NOUNS.has(doc.tokens[m.last]?.norm ?? '');
    if (m.via === 'demonym' && titleAt(doc.tokens, m.last + 1, true) < 0 && !actors) continue;
    const g = gazById.get(m.entityId.slice(GAZ.length));
    if (!g || drafts.has(normalizeName(g.name))) continue;
    // A region inside another name ("the Black Sea Research Centre") is not named by it.
    const inside = candidates.some(
      (c) => c.first <= m.first && m.last <= c.last && c.last - c.first > m.last - m.first,
    );
    if (g.kind === 'REGION' && inside) continue;
    const draft: Draft = {
      entity: { id: g.id, name: g.name, kind: g.kind, aliases: [...g.aliases], description: g.description },
      gazetteer: g,
      reason: g.kind === 'COUNTRY' ? 'the country list' : 'the list of regions and groupings',
    };
    drafts.set(normalizeName(g.name), draft);
    for (const n of [g.name, ...g.aliases]) draftOfName.set(normalizeName(n), draft);
  }
  const shortNames = knownNameIndex(known);
  const knownById = new Map(known.map((e) => [e.id, e]));
  const ambiguity: AmbiguityContext = {
    doc,
    mentions: baseMentions,
    related,
    stateName: (id) =>
      kinds.get(id) === 'COUNTRY' ? (knownById.get(id)?.name ?? gazById.get(id.slice(GAZ.length))?.name) : undefined,
  };
  // A known generic name ("the Reciprocal Access Agreement") beside other states than the known one's.
  for (const m of baseMentions) {
    const k = knownById.get(m.entityId);
    if (!k || (m.via !== 'name' && m.via !== 'alias')) continue;
    const apart = ambiguousName(k, m.first, m.last, ambiguity);
    if (!apart || drafts.has(normalizeName(apart.name))) continue;
    drafts.set(normalizeName(apart.name), {
      entity: { id: '', name: apart.name, kind: k.kind, aliases: [], note: apart.note },
      reason: `the name “${doc.text.slice(m.start, m.end)}” beside ${apart.here.join(' and ')}`,
      localNames: [k.name, ...k.aliases],
    });
  }
  for (const c of candidates) {
    const names = [c.name, ...c.aliases].filter((n) => n.length > 0);
    if (names.some((n) => knownByName.has(normalizeName(n)))) continue;
    // "President Marcos" for a known Ferdinand Marcos Jr., "the RAA" for a known Reciprocal Access Agreement.
    const shortFor = names.some((n) => lookupAlias(base, n)) ? undefined : shortNames.lookup(names);
    if (shortFor) {
      for (const n of names) knownVariants.push([shortFor, n]);
      continue;
    }
    // A gazetteer entity the text names gains the candidate's other names ("PNG" for Papua New Guinea).
    const existing = names.map((n) => draftOfName.get(normalizeName(n))).find(Boolean);
    if (existing?.gazetteer) {
      for (const n of names) if (!lookupAlias(base, n)) addDraftAlias(existing, n, draftOfName);
      continue;
    }
    if (names.some((n) => lookupAlias(base, n))) continue;
    const variantOf = names.map((n) => knownByLemma.get(lemmaKey(n))).find(Boolean);
    if (variantOf) {
      knownVariants.push([variantOf, c.name]);
      continue;
    }
    if (existing) {
      for (const n of names) addDraftAlias(existing, n, draftOfName);
      continue;
    }
    const draft: Draft = {
      entity: { id: '', name: c.name, kind: c.kind, aliases: [] },
      reason: c.reason,
    };
    drafts.set(normalizeName(c.name), draft);
    for (const n of names) addDraftAlias(draft, n, draftOfName);
  }
  mergeSurnames([...drafts.values()], drafts);
  mergeElections([...drafts.values()], drafts);

  // 4. Ids, descriptions and the alias table of known and proposed entities.
  const taken = new Set(known.map((e) => e.id));
  const proposed: ProposedEntity[] = [];
  const proposedCountry = new Map<string, string>(); // gazetteer id -> proposed id
  for (const draft of drafts.values()) {
    const e = draft.entity;
    e.id = uniqueSlug(slugify(e.name), taken);
    if (draft.gazetteer) proposedCountry.set(draft.gazetteer.id, e.id);
    e.description ??= `Proposed from ${sourceId}: ${KIND_WORDS[e.kind]}, recognised by ${draft.reason}.`;
    kinds.set(e.id, e.kind);
    proposed.push(e);
  }
  const table = createAliasTable();
  // In this text, a known name an entity is proposed apart under is that entity's (it is not its alias).
  const localNames = new Map<string, string[]>();
  for (const draft of drafts.values()) {
    for (const n of draft.localNames ?? []) addAlias(table, draft.entity.id, n, 'alias');
    if (draft.localNames) localNames.set(draft.entity.id, draft.localNames);
  }
  for (const e of known) {
    addAlias(table, e.id, e.name, 'name');
    for (const a of e.aliases) addAlias(table, e.id, a, 'alias');
  }
  const knownNames = new Map<string, string[]>(localNames);
  for (const [id, name] of [...knownVariants, ...knownNameIndex(known).namesIn(doc)]) {
    addAlias(table, id, name, 'alias');
    knownNames.set(id, [...(knownNames.get(id) ?? []), name]);
  }
  for (const e of proposed) addAlias(table, e.id, e.name, 'name');
  for (const e of proposed) for (const a of e.aliases) addAlias(table, e.id, a, 'alias');
  for (const e of [...known, ...proposed]) {
    if (e.kind !== 'PERSON') continue;
    const surname = surnameOf(e.name, doc);
    if (surname && !lookupAlias(table, surname)) addAlias(table, e.id, surname, 'alias');
    const reversed = reversedName(e.name);
    if (reversed && !lookupAlias(table, reversed)) addAlias(table, e.id, reversed, 'alias');
  }
  // Demonyms point at a country the text names or that is known: "Japanese" -> Japan.
  for (const g of entries) {
    if (g.kind !== 'COUNTRY') continue;
    const id = linked.get(g.id) ?? proposedCountry.get(g.id);
    if (!id) continue;
    for (const a of g.aliases) addAlias(table, id, a, 'alias');
    for (const d of g.demonyms) {
      addAlias(table, id, d, 'demonym');
      for (const body of ['government', 'administration']) addAlias(table, id, `${d} ${body}`, 'alias');
    }
    for (const p of g.prefixes) addAlias(table, id, p, 'prefix');
  }
  return { proposed, table, kinds, knownNames };
}
