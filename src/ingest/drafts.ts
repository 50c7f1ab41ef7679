// Proposals before they get ids: one draft per entity, its names gathered from every candidate that
// names it, with the merges that make "Kishida" and "Fumio Kishida", or "US election" and "US
// presidential election", one entity.
import { normalizeName } from '../data/names.ts';
import type { Entity } from '../model.ts';
import type { GazetteerEntry } from './gazetteer.ts';
import { nameWords } from './person-names.ts';

/** A proposed entity, with a note for the reviewer where it may be one already known. */
export type ProposedEntity = Entity & { note?: string };

export interface Draft {
  entity: ProposedEntity;
  gazetteer?: GazetteerEntry;
  reason: string;
  /** Known names this text uses for it, that stay the known entity's elsewhere (see ambiguous-names.ts). */
  localNames?: string[];
}

/** A name with its last word's plural -s dropped: "US elections" and "US election" are one name. */
export function lemmaKey(name: string): string {
  return normalizeName(name).replace(/(?<=[a-z]{3})s$/, '');
}

export function addDraftAlias(draft: Draft, alias: string, index: Map<string, Draft>): void {
  const key = normalizeName(alias);
  if (key.length === 0) return;
  if (!index.has(key)) index.set(key, draft);
  const e = draft.entity;
  if (key !== normalizeName(e.name) && !e.aliases.some((a) => normalizeName(a) === key)) e.aliases.push(alias);
}

/**
 * "Kishida" and "Fumio Kishida", or "Hassan Sheikh" and "Hassan Sheikh Mohamud", in one text are one person:
 * a name that begins or ends the one longer name that holds it; the fuller name wins.
 */
export function mergeSurnames(all: Draft[], drafts: Map<string, Draft>): void {
  const people = all.filter((d) => d.entity.kind === 'PERSON');
  const merged = new Set<Draft>();
  for (const short of people) {
    const words = nameWords(short.entity.name).map(normalizeName);
    const full = people.filter((d) => {
      const longer = nameWords(d.entity.name).map(normalizeName);
      if (d === short || merged.has(d) || longer.length <= words.length) return false;
      const head = longer.slice(0, words.length).join(' ');
      const tail = longer.slice(-words.length).join(' ');
      // Family name last ("Fumio Kishida") or first ("Kishida Fumio", "Yoon Suk Yeol").
      return head === words.join(' ') || tail === words.join(' ');
    });
    const target = full[0];
    if (full.length !== 1 || !target) continue;
    for (const a of [short.entity.name, ...short.entity.aliases]) {
      if (!target.entity.aliases.some((x) => normalizeName(x) === normalizeName(a))) target.entity.aliases.push(a);
    }
    merged.add(short);
    drafts.delete(normalizeName(short.entity.name));
  }
}

/** "US election", "US elections", "US presidential election": one event, named by its fullest form. */
export function mergeElections(all: Draft[], drafts: Map<string, Draft>): void {
  const proper = (name: string) =>
    name
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w.toLowerCase())
      .sort()
      .join(' ');
  const groups = new Map<string, Draft[]>();
  for (const d of all) {
    if (d.entity.kind !== 'EVENT' || !/\belections?$/i.test(d.entity.name)) continue;
    const key = proper(d.entity.name);
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const sorted = [...group].sort((a, b) => b.entity.name.length - a.entity.name.length);
    const [target, ...rest] = sorted;
    if (!target) continue;
    for (const d of rest) {
      for (const a of [d.entity.name, ...d.entity.aliases]) {
        if (!target.entity.aliases.some((x) => normalizeName(x) === normalizeName(a))) target.entity.aliases.push(a);
      }
      drafts.delete(normalizeName(d.entity.name));
    }
  }
}
