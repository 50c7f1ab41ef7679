// How an article's names reach entities already known (curated, or proposed by another article's draft) beyond
// their names and aliases: a person by the one word a text calls them by ("Marcos", "President Marcos"), an
// organisation or agreement by its acronym ("the RAA" for the Reciprocal Access Agreement).
import { normalizeName } from '../data/names.ts';
import type { Entity } from '../model.ts';
import type { Doc } from './document.ts';
import { nameWords } from './person-names.ts';

/** The initials of a name's capitalised words, and with its connectors ("ECOWAS" counts the "of"). */
export function acronymsOf(name: string): string[] {
  const words = name.split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
  if (capitals.length < 2) return [];
  const plain = capitals.map((w) => w[0]).join('');
  const withConnectors = words
    .filter((w) => /^\p{Lu}/u.test(w) || ['of', 'for', 'and', 'on'].includes(w))
    .map((w) => w[0]?.toUpperCase())
    .join('');
  return [...new Set([plain, withConnectors])];
}

export interface KnownNames {
  /** The known entity these names (a candidate's name and aliases) stand for, if exactly one fits. */
  lookup(names: readonly string[]): string | undefined;
  /** Names of known entities this text uses that their names and aliases do not give: acronyms written here. */
  namesIn(doc: Doc): [entityId: string, name: string][];
}

/** An index of the short names of `known` entities. */
export function knownNameIndex(known: readonly Entity[]): KnownNames {
  const byWord = new Map<string, Set<string>>();
  const byAcronym = new Map<string, Set<string>>();
  const add = (index: Map<string, Set<string>>, key: string, id: string) =>
    index.set(key, new Set([...(index.get(key) ?? []), id]));
  for (const e of known) {
    if (e.kind === 'PERSON') {
      const words = nameWords(e.name).filter((w) => /^\p{Lu}/u.test(w));
      if (words.length > 1)
        for (const w of new Set([words[0], words.at(-1)])) add(byWord, normalizeName(w ?? ''), e.id);
      continue;
    }
    for (const a of acronymsOf(e.name)) if (a.length >= 2) add(byAcronym, a, e.id);
  }
  const only = (ids: Set<string> | undefined) => (ids?.size === 1 ? [...ids][0] : undefined);
  return {
    lookup(names) {
      for (const name of names) {
        const trimmed = name.replace(/\./g, '').trim();
        if (/^\p{Lu}{2,8}$/u.test(trimmed)) {
          const id = only(byAcronym.get(trimmed));
          if (id) return id;
        }
        if (!/\s/.test(trimmed)) {
          const id = only(byWord.get(normalizeName(trimmed)));
          if (id) return id;
        }
      }
      return undefined;
    },
    namesIn(doc) {
      const found: [string, string][] = [];
      const seen = new Set<string>();
      for (const t of doc.tokens) {
        if (t.shape !== 'upper' || seen.has(t.text)) continue;
        seen.add(t.text);
        const id = only(byAcronym.get(t.text.replace(/\./g, '')));
        if (id) found.push([id, t.text]);
      }
      return found;
    },
  };
}
