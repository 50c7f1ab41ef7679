// Titles of heads of state and government ("President", "Prime Minister") next to a person's name, and the
// country a text gives each title to.
import type { EntityKind } from '../model.ts';
import { HEAD_OF_STATE_TITLE_PHRASES } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import type { Structure } from './structure.ts';
import { isJoiner, type Token } from './tokens.ts';

export interface Title {
  first: number;
  last: number;
  /** The title in lower case: "prime minister". */
  phrase: string;
}

/** The head-of-state title ending at token `end` ("President", "Prime Minister"), with its first token. */
export function titleEndingAt(tokens: readonly Token[], end: number): { first: number; phrase: string } | undefined {
  for (const length of [3, 2, 1]) {
    const first = end - length + 1;
    if (first < 0) continue;
    const words = tokens.slice(first, end + 1).filter((_, k) => !isJoiner(tokens, first + k));
    const phrase = words.map((t) => t.norm).join(' ');
    if (HEAD_OF_STATE_TITLE_PHRASES.has(phrase) && words.every((t) => t.type === 'word')) return { first, phrase };
  }
  return undefined;
}

/** The head-of-state title a person mention carries, inside it ("President Biden") or just before it. */
export function titleOf(tokens: readonly Token[], m: Mention): Title | undefined {
  for (let end = m.first; end < m.last; end++) {
    const title = titleEndingAt(tokens, end);
    if (title && title.first === m.first) return { ...title, last: end };
  }
  const before = titleEndingAt(tokens, m.first - 1);
  return before ? { ...before, last: m.first - 1 } : undefined;
}

/** Which countries each title belongs to in this text: "the next US president", "Japan's prime minister". */
export function titleCountries(
  structure: Structure,
  kindOf: (entityId: string) => EntityKind | undefined,
): Map<string, Set<string>> {
  const { tokens } = structure;
  const countries = new Map<string, Set<string>>();
  for (const m of structure.mentions) {
    if (kindOf(m.entityId) !== 'COUNTRY' || m.via === 'pronoun') continue;
    let k = m.last + 1;
    if (tokens[k]?.type === 'possessive') k++;
    for (const length of [3, 2, 1]) {
      const title = titleEndingAt(tokens, k + length - 1);
      if (title && title.first === k) {
        countries.set(title.phrase, new Set([...(countries.get(title.phrase) ?? []), m.entityId]));
        break;
      }
    }
  }
  return countries;
}

/** Titles that make their holder the leader of what owns the title: a state, a party, a body, a company. */
const LEADER_TITLE_PHRASES = new Set([
  ...HEAD_OF_STATE_TITLE_PHRASES,
  'leader',
  'head',
  'chief',
  'chairman',
  'chairwoman',
  'chair',
  'director',
  'director general',
  'secretary general',
  'chief executive',
  'ruler',
  'founder',
  'speaker',
  'commissioner',
]);

/** Titles that make their holder a member of what owns the title, not its leader. */
const MEMBER_TITLE_PHRASES = new Set([
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'vice president',
  'deputy',
  'envoy',
  'ambassador',
  'official',
  'minister',
  'secretary',
  'adviser',
  'advisor',
]);

/** The last token of a leader's title starting at `first` ("prime minister", "leader"), or -1. */
export function leaderTitleFrom(tokens: readonly Token[], first: number): number {
  return titleFrom(tokens, first, LEADER_TITLE_PHRASES);
}

/** The last token of a member's title starting at `first` ("spokesperson", "vice-president"), or -1. */
export function memberTitleFrom(tokens: readonly Token[], first: number): number {
  return titleFrom(tokens, first, MEMBER_TITLE_PHRASES);
}

function titleFrom(tokens: readonly Token[], first: number, phrases: ReadonlySet<string>): number {
  for (const length of [3, 2, 1]) {
    const words: Token[] = [];
    let k = first;
    while (words.length < length && tokens[k]) {
      if (!isJoiner(tokens, k)) words.push(tokens[k] as Token);
      k++;
    }
    const phrase = words.map((t) => t.norm).join(' ');
    if (words.length === length && words.every((t) => t.type === 'word') && phrases.has(phrase)) return k - 1;
  }
  return -1;
}

/** A person the text gives a country's head-of-state title beside their name. */
export interface TitleHolder {
  person: string;
  country: string;
  phrase: string;
}

/** The country mention ending at token `k` (past a possessive "'s"), if any. */
function countryEndingAt(
  structure: Structure,
  kindOf: (entityId: string) => EntityKind | undefined,
  k: number,
): Mention | undefined {
  const j = structure.tokens[k]?.type === 'possessive' ? k - 1 : k;
  return structure.endingAt[j]?.find((x) => kindOf(x.entityId) === 'COUNTRY' && x.via !== 'pronoun');
}

/**
 * Who holds which country's head-of-state title, where the title stands beside the name with its country:
 * "Indian Prime Minister Narendra Modi", "President William Ruto of Kenya", "Somalia's president, Hassan
 * Sheikh", "Justin Trudeau, Canada's prime minister". Not a former or deputy holder.
 */
export function titleHolders(
  structure: Structure,
  kindOf: (entityId: string) => EntityKind | undefined,
): TitleHolder[] {
  const { tokens } = structure;
  const out: TitleHolder[] = [];
  const dated = (k: number) =>
    ['former', 'late', 'then', 'ex', 'deputy', 'vice', 'acting'].includes(tokens[k]?.norm ?? '');
  for (const m of structure.mentions) {
    if (kindOf(m.entityId) !== 'PERSON' || m.via === 'pronoun' || m.via === 'anaphor') continue;
    const add = (country: Mention | undefined, phrase: string) => {
      if (country) out.push({ person: m.entityId, country: country.entityId, phrase });
    };
    const title = titleOf(tokens, m);
    if (title && !dated(title.first - 1)) {
      add(countryEndingAt(structure, kindOf, title.first - 1), title.phrase);
      if (tokens[m.last + 1]?.norm === 'of') add(structure.startingAt(m.last + 2), title.phrase);
    }
    // "Kenya's president, William Ruto" / "William Ruto, Kenya's president"
    const before = tokens[m.first - 1]?.text === ',' ? titleEndingAt(tokens, m.first - 2) : undefined;
    if (before && !dated(before.first - 1)) add(countryEndingAt(structure, kindOf, before.first - 1), before.phrase);
    if (tokens[m.last + 1]?.text === ',') {
      const owner = structure.startingAt(m.last + 2);
      const at = owner ? owner.last + (tokens[owner.last + 1]?.type === 'possessive' ? 2 : 1) : -1;
      for (const length of [3, 2, 1]) {
        const after =
          owner && kindOf(owner.entityId) === 'COUNTRY' ? titleEndingAt(tokens, at + length - 1) : undefined;
        if (after?.first === at) {
          add(owner, after.phrase);
          break;
        }
      }
    }
  }
  return out.filter((h) => kindOf(h.country) === 'COUNTRY');
}
