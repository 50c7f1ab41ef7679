// Finds where entities are named: an alias table of names, aliases and demonyms, matched over the tokens
// as whole words, longest match first, with case rules for acronyms and names and possessives noted.
import type { Doc } from './document.ts';
import { STATE_ACTOR_NOUNS } from './lexicon.ts';
import { isJoiner, type Token, tokenize } from './tokens.ts';

/** The people who speak and act for a body named before them ("NATO leaders", "Kremlin officials"). */
const SPOKESPEOPLE = new Set(['leaders', 'officials', 'ministers', 'diplomats', 'envoys', 'negotiators', 'delegates']);

/** How a mention names its entity. */
export type MentionVia = 'name' | 'alias' | 'demonym' | 'prefix' | 'pronoun' | 'anaphor';

type CaseRule = 'upper' | 'title' | 'any';

interface AliasEntry {
  entityId: string;
  keys: string[];
  cases: CaseRule[];
  via: MentionVia;
  order: number;
}

export interface AliasTable {
  byFirst: Map<string, AliasEntry[]>;
  seen: Map<string, AliasEntry>;
}

export interface Mention {
  entityId: string;
  /** First and last token (inclusive). */
  first: number;
  last: number;
  /** Character offsets of the name as written (without a possessive `'s`). */
  start: number;
  end: number;
  /** Followed by `'s` or `'`: "Japan's". */
  possessive: boolean;
  via: MentionVia;
  /** Mentions inside this one ("US" and "Japan" in "US-Japan alliance"). */
  inner: Mention[];
}

const VIA_RANK: Record<MentionVia, number> = { name: 0, alias: 1, demonym: 2, prefix: 3, pronoun: 4, anaphor: 5 };

export function createAliasTable(): AliasTable {
  return { byFirst: new Map(), seen: new Map() };
}

function caseRules(tokens: readonly Token[]): CaseRule[] {
  const words = tokens.filter((t) => t.type === 'word');
  // A name in sentence case ("Coalition to support Ukraine") is matched in any case at its start.
  const sentenceCase = words.length > 1 && words.slice(1).some((t) => t.shape === 'lower');
  return tokens.map((t, i) => {
    if (t.type !== 'word') return 'any';
    if (t.shape === 'upper') return 'upper';
    if (t.shape === 'title') return i === 0 && sentenceCase ? 'any' : 'title';
    return 'any';
  });
}

/** The comparison keys of an alias: its tokens' forms, without the hyphens inside compounds. */
export function aliasKeys(surface: string): string[] {
  const tokens = tokenize(surface);
  return tokens.filter((_, i) => !isJoiner(tokens, i)).map((t) => t.norm);
}

/** Adds `surface` as a name of `entityId`; a name already taken by another entity keeps its first owner. */
export function addAlias(table: AliasTable, entityId: string, surface: string, via: MentionVia): void {
  const all = tokenize(surface);
  const tokens = all.filter((_, i) => !isJoiner(all, i) && all[i]?.text !== '.');
  if (tokens.length === 0) return;
  const keys = tokens.map((t) => t.norm);
  const id = keys.join(' ');
  const existing = table.seen.get(id);
  if (existing) {
    // The same entity under a better route (a name beats a demonym) takes it over; another entity does not.
    if (existing.entityId === entityId && VIA_RANK[via] < VIA_RANK[existing.via]) existing.via = via;
    return;
  }
  const entry: AliasEntry = { entityId, keys, cases: caseRules(tokens), via, order: table.seen.size };
  table.seen.set(id, entry);
  const first = keys[0] ?? '';
  table.byFirst.set(first, [...(table.byFirst.get(first) ?? []), entry]);
}

/** The entity a name belongs to in this table, if any. */
export function lookupAlias(table: AliasTable, surface: string): string | undefined {
  return table.seen.get(aliasKeys(surface).join(' '))?.entityId;
}

function caseFits(rule: CaseRule, token: Token): boolean {
  if (rule === 'upper') return token.shape === 'upper';
  if (rule === 'title') return token.shape === 'title' || token.shape === 'upper';
  return true;
}

/** The last token index `entry` matches from `first`, or -1. */
function matchAt(tokens: readonly Token[], entry: AliasEntry, first: number, last: number): number {
  let pos = first;
  for (let k = 0; k < entry.keys.length; k++) {
    if (k > 0) while (pos <= last && isJoiner(tokens, pos)) pos++;
    const token = tokens[pos];
    if (!token || pos > last || token.norm !== entry.keys[k] || !caseFits(entry.cases[k] ?? 'any', token)) return -1;
    pos++;
  }
  if (entry.via === 'prefix' && !isJoiner(tokens, pos)) return -1;
  return pos - 1;
}

export interface FindOptions {
  /** Token range to search (inclusive); a mention never crosses a sentence boundary. */
  first?: number;
  last?: number;
  /** A span no match may cover whole (to find the mentions inside a mention). */
  exclude?: { first: number; last: number };
}

/** The mentions of the table's entities in `doc`, left to right, each the longest match at its start. */
export function findMentions(doc: Doc, table: AliasTable, options: FindOptions = {}): Mention[] {
  const { tokens } = doc;
  const from = options.first ?? 0;
  const to = options.last ?? tokens.length - 1;
  const mentions: Mention[] = [];
  let i = from;
  while (i <= to) {
    const token = tokens[i];
    const candidates = token && !isJoiner(tokens, i) ? table.byFirst.get(token.norm) : undefined;
    let best: { entry: AliasEntry; last: number } | undefined;
    if (candidates && token) {
      const sentence = doc.sentences[doc.sentenceOf[i] ?? 0];
      const limit = Math.min(to, sentence?.last ?? to);
      // A match may not start inside a word ("Japan" in "Sino-Japanese" is fine; "pan" is not a token anyway).
      for (const entry of candidates) {
        const last = matchAt(tokens, entry, i, limit);
        if (last < 0) continue;
        if (options.exclude && i === options.exclude.first && last === options.exclude.last) continue;
        const better =
          !best ||
          last > best.last ||
          (last === best.last &&
            (VIA_RANK[entry.via] < VIA_RANK[best.entry.via] ||
              (VIA_RANK[entry.via] === VIA_RANK[best.entry.via] && entry.order < best.entry.order)));
        if (better) best = { entry, last };
      }
    }
    if (!best || !token) {
      i++;
      continue;
    }
    // "Australian officials", "the Chinese government", "NATO leaders": a state or body with those who act for it.
    const after = tokens[best.last + 1];
    const actors = best.entry.via === 'demonym' ? STATE_ACTOR_NOUNS : SPOKESPEOPLE;
    if (
      best.entry.via !== 'pronoun' &&
      after?.shape === 'lower' &&
      actors.has(after.norm) &&
      best.last + 1 <= (doc.sentences[doc.sentenceOf[i] ?? 0]?.last ?? to)
    )
      best = { ...best, last: best.last + 1 };
    const lastToken = tokens[best.last] as Token;
    mentions.push({
      entityId: best.entry.entityId,
      first: i,
      last: best.last,
      start: token.start,
      end: lastToken.end,
      possessive: tokens[best.last + 1]?.type === 'possessive' && (tokens[best.last + 1]?.attached ?? false),
      via: best.entry.via,
      inner: [],
    });
    i = best.last + 1;
  }
  return mentions;
}

/** Fills in each multi-token mention's inner mentions ("Japan" in "Japanese Foreign Ministry"). */
export function findInnerMentions(doc: Doc, table: AliasTable, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.last === m.first) continue;
    m.inner = findMentions(doc, table, { first: m.first, last: m.last, exclude: { first: m.first, last: m.last } });
  }
}
