// The names entities go by in an article: an alias table of their names, aliases, surnames and, for what the
// gazetteer knows, its names, capitals and demonyms; and which entities a stretch of the article names.
import { normalizeName } from '../data/names.ts';
import type { Entity, EntityKind } from '../model.ts';
import type { Doc } from './document.ts';
import { type GazetteerEntry, gazetteer } from './gazetteer.ts';
import {
  type AliasTable,
  addAlias,
  createAliasTable,
  findInnerMentions,
  findMentions,
  lookupAlias,
} from './mentions.ts';
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokens.ts';

/** What naming needs of an entity, known or proposed. */
export type NamedEntity = Pick<Entity, 'id' | 'name' | 'kind' | 'aliases'>;

interface GazetteerIndex {
  /** By `${kind}|${normalized name}`: names, aliases and (for countries) demonyms. */
  byKindAndName: Map<string, GazetteerEntry>;
  /** By normalized name alone, the first entry of the list winning (countries come first). */
  byName: Map<string, GazetteerEntry>;
}

let index: GazetteerIndex | undefined;

function gazetteerIndex(): GazetteerIndex {
  if (index) return index;
  const byKindAndName = new Map<string, GazetteerEntry>();
  const byName = new Map<string, GazetteerEntry>();
  for (const g of gazetteer()) {
    for (const name of [g.name, ...g.aliases, ...g.demonyms]) {
      const key = normalizeName(name);
      if (!byKindAndName.has(`${g.kind}|${key}`)) byKindAndName.set(`${g.kind}|${key}`, g);
      if (!byName.has(key)) byName.set(key, g);
    }
  }
  index = { byKindAndName, byName };
  return index;
}

/**
 * A name without a leading article: "the United States" is "United States". An alias "the Arctic" would
 * otherwise take "the" from "the Arctic Council", the longest name at that word.
 */
function withoutArticle(name: string): string {
  const bare = name.trim().replace(/^the\s+/i, '');
  return bare === '' ? name.trim() : bare;
}

/**
 * The gazetteer entry one of `names` is (its name, an alias, a capital or a demonym), of `kind` when given.
 * "Tokyo" and "Japanese" are Japan; "the Quad" is the Quad.
 */
export function findInGazetteer(names: readonly string[], kind?: EntityKind): GazetteerEntry | undefined {
  const { byKindAndName, byName } = gazetteerIndex();
  for (const name of names) {
    for (const form of new Set([name, withoutArticle(name)])) {
      const key = normalizeName(form);
      const entry = kind ? byKindAndName.get(`${kind}|${key}`) : byName.get(key);
      if (entry) return entry;
    }
  }
  return undefined;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * A person's surname: the last word of a name of two words or more ("Marcos" of "Ferdinand Marcos Jr."), then the
 * first, which is the family name in East Asian order ("Xi" of "Xi Jinping", "Yoon" of "Yoon Suk Yeol").
 */
function surnamesOf(e: NamedEntity): string[] {
  if (e.kind !== 'PERSON') return [];
  const words = tokenize(e.name).filter((t) => t.type === 'word' && !SUFFIXES.has(t.norm));
  const first = words[0]?.text;
  const last = words[words.length - 1]?.text;
  return words.length > 1 && first && last ? [last, first] : [];
}

/**
 * Adds the names of `entities` to `table` (without a leading "the"): every name first, then aliases, the
 * gazetteer's names and capitals, surnames, demonyms and compound prefixes, so that a weaker name never takes a
 * stronger one from another entity.
 */
export function addEntityNames(table: AliasTable, entities: readonly NamedEntity[]): void {
  const linked = entities.map((e) => ({ e, g: findInGazetteer([e.name, ...e.aliases], e.kind) }));
  for (const { e } of linked) addAlias(table, e.id, withoutArticle(e.name), 'name');
  for (const { e } of linked) for (const a of e.aliases) addAlias(table, e.id, withoutArticle(a), 'alias');
  for (const { e, g } of linked) for (const a of g ? [g.name, ...g.aliases] : []) addAlias(table, e.id, a, 'alias');
  for (const { e } of linked) {
    for (const surname of surnamesOf(e)) if (!lookupAlias(table, surname)) addAlias(table, e.id, surname, 'alias');
  }
  for (const { e, g } of linked) {
    for (const d of g?.demonyms ?? []) addAlias(table, e.id, d, 'demonym');
    for (const p of g?.prefixes ?? []) addAlias(table, e.id, p, 'prefix');
  }
}

/** The alias table of `entities`; the first entity to claim a name keeps it (pass the known ones first). */
export function createNameTable(entities: readonly NamedEntity[]): AliasTable {
  const table = createAliasTable();
  addEntityNames(table, entities);
  return table;
}

/** The entity `name` names in `table`, if any, with or without a leading "the". */
export function lookupName(table: AliasTable, name: string): string | undefined {
  return lookupAlias(table, name) ?? lookupAlias(table, withoutArticle(name));
}

/** Tokens and sentences of `text`, without the part-of-speech tags that naming does not need. */
export function plainDocument(text: string): Doc {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const sentenceOf: number[] = new Array(tokens.length).fill(0);
  for (const s of sentences) for (let i = s.first; i <= s.last; i++) sentenceOf[i] = s.index;
  return { text, tokens, sentences, sentenceOf };
}

/** The ids of the entities named between two tokens (inclusive), inner names included ("Japan" in "US-Japan"). */
export function entitiesNamedIn(doc: Doc, table: AliasTable, first: number, last: number): Set<string> {
  const mentions = findMentions(doc, table, { first, last });
  findInnerMentions(doc, table, mentions);
  return new Set(mentions.flatMap((m) => [m.entityId, ...m.inner.map((i) => i.entityId)]));
}

/**
 * The tokens "next to" a span of the text: its sentences with the sentence before and the one after, unless a
 * blank line (a paragraph break) lies between.
 */
export function neighbourhood(doc: Doc, start: number, end: number): { first: number; last: number } | undefined {
  const inside = doc.sentences.filter((s) => s.start < end && s.end > start);
  let head = inside[0];
  let tail = inside[inside.length - 1];
  if (!head || !tail) return undefined;
  const before = doc.sentences[head.index - 1];
  if (before && !doc.tokens[head.first]?.blankLineBefore) head = before;
  const after = doc.sentences[tail.index + 1];
  if (after && !doc.tokens[after.first]?.blankLineBefore) tail = after;
  return { first: head.first, last: tail.last };
}

/** The ids of the entities named in the span or next to it (see `neighbourhood`). */
export function entitiesNamedNear(doc: Doc, table: AliasTable, start: number, end: number): Set<string> {
  const range = neighbourhood(doc, start, end);
  return range ? entitiesNamedIn(doc, table, range.first, range.last) : new Set();
}
