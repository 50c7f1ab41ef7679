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
]);

/** The last token of a leader's title starting at `first` ("prime minister", "leader"), or -1. */
export function leaderTitleFrom(tokens: readonly Token[], first: number): number {
  for (const length of [3, 2, 1]) {
    const words: Token[] = [];
    let k = first;
    while (words.length < length && tokens[k]) {
      if (!isJoiner(tokens, k)) words.push(tokens[k] as Token);
      k++;
    }
    const phrase = words.map((t) => t.norm).join(' ');
    if (words.length === length && words.every((t) => t.type === 'word') && LEADER_TITLE_PHRASES.has(phrase))
      return k - 1;
  }
  return -1;
}
