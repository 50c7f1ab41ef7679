// Resolves what a user types (an id, a name or an alias) to one entity, with suggestions when it names none.
import { distance } from 'fastest-levenshtein';
import { normalizeName } from '../data/names.ts';
import { AmbiguousEntityError, EntityNotFoundError } from '../errors.ts';
import type { KnowledgeGraph } from './knowledge-graph.ts';

/** How many close names an unknown reference is answered with. */
export const MAX_SUGGESTIONS = 5;
/** How many candidates an ambiguous reference lists at most. */
export const MAX_CANDIDATES = 20;

export interface EntityResolver {
  /**
   * The id of the entity `ref` names exactly (its id, name or an alias), or null when it names none.
   * @throws AmbiguousEntityError when `ref` names none exactly but is a word of several entities' names.
   */
  find(ref: string, argument?: string): string | null;
  /**
   * The id of the entity `ref` names.
   * @throws EntityNotFoundError with up to five suggestions; AmbiguousEntityError with the candidates.
   */
  resolve(ref: string, argument?: string): string;
  /** Up to `limit` entity names close to `ref`: sharing its words, starting with it, or a few edits away. */
  suggest(ref: string, limit?: number): string[];
}

const words = (key: string) => key.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Indexes every entity's id, name and aliases once. References compare as `normalizeName`
 * says: case-insensitive, space trimmed, dots of abbreviations ignored ("u.s." is "US").
 * A reference that is only some of the words of entities' names never resolves silently:
 * it is ambiguous when several entities have those words, and a suggestion when one does.
 */
export function createEntityResolver(graph: KnowledgeGraph): EntityResolver {
  const byKey = new Map<string, string>();
  graph.forEachNode((id, { name, aliases }) => {
    for (const reference of [id, name, ...aliases]) {
      const key = normalizeName(reference);
      if (!byKey.has(key)) byKey.set(key, id);
    }
  });

  // What only a reference that names no entity exactly needs (ambiguity, suggestions) is built
  // when the first such reference comes: loading a large graph does not wait on it.
  let partial: { byWord: Map<string, Set<string>>; keysByLength: Map<number, { key: string; id: string }[]> };
  const partialIndex = () => {
    if (partial) return partial;
    const byWord = new Map<string, Set<string>>();
    const keysByLength = new Map<number, { key: string; id: string }[]>();
    graph.forEachNode((id, { name, aliases }) => {
      for (const key of new Set([id, name, ...aliases].map(normalizeName))) {
        for (const word of words(key)) {
          const ids = byWord.get(word) ?? new Set<string>();
          byWord.set(word, ids.add(id));
        }
        const bucket = keysByLength.get(key.length) ?? [];
        keysByLength.set(key.length, bucket);
        bucket.push({ key, id });
      }
    });
    partial = { byWord, keysByLength };
    return partial;
  };

  const nameOf = (id: string) => graph.getNodeAttribute(id, 'name');
  const byName = (a: string, b: string) => nameOf(a).localeCompare(nameOf(b));

  /** Entities that have every word of `key` among the words of their names. */
  function sharingWords(key: string): string[] {
    const refWords = words(key);
    if (refWords.length === 0) return [];
    const { byWord } = partialIndex();
    let found: Set<string> | undefined;
    for (const word of refWords) {
      const ids = byWord.get(word);
      if (!ids) return [];
      found = found ? new Set([...found].filter((id) => ids.has(id))) : new Set(ids);
    }
    return [...(found ?? [])].sort(byName);
  }

  function find(ref: string, argument?: string): string | null {
    const key = normalizeName(ref);
    const exact = byKey.get(key);
    if (exact !== undefined) return exact;
    const partial = sharingWords(key);
    if (partial.length > 1) {
      throw new AmbiguousEntityError(
        ref,
        partial.slice(0, MAX_CANDIDATES).map((id) => ({ id, name: nameOf(id) })),
        argument,
      );
    }
    return null;
  }

  function suggest(ref: string, limit = MAX_SUGGESTIONS): string[] {
    const key = normalizeName(ref);
    if (key.length === 0) return [];
    const picked = new Set<string>(sharingWords(key));
    const prefixed = new Set<string>();
    const close: { id: string; d: number; key: string }[] = [];
    const budget = Math.max(2, Math.floor(key.length / 3));
    for (const [length, bucket] of partialIndex().keysByLength) {
      const lengthGap = Math.abs(length - key.length);
      for (const entry of bucket) {
        if (key.length >= 3 && entry.key.startsWith(key)) prefixed.add(entry.id);
        else if (lengthGap <= budget) {
          const d = distance(key, entry.key);
          if (d <= budget) close.push({ id: entry.id, d, key: entry.key });
        }
      }
    }
    for (const id of [...prefixed].sort(byName)) picked.add(id);
    close.sort((a, b) => a.d - b.d || a.key.localeCompare(b.key));
    for (const { id } of close) picked.add(id);
    return [...picked].slice(0, limit).map(nameOf);
  }

  function resolve(ref: string, argument?: string): string {
    const id = find(ref, argument);
    if (id === null) throw new EntityNotFoundError(ref, suggest(ref), argument);
    return id;
  }

  return { find, resolve, suggest };
}
