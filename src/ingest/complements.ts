// What English lets a sentence add after a relation's object, read for the party finder: a second object
// sharing the first one's preposition ("sanctions on Mali in 2022 and on Niger"), companions who share the
// subject's part ("a member of the Quad, alongside Japan and Australia"), and the time phrases that may stand
// between ("voiced concern in 2022 about ..."). It knows no cue word.
import { DETERMINERS, MONTHS, PREPOSITIONS } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import type { Structure } from './structure.ts';
import type { Token } from './tokens.ts';

const TIME_PREPOSITIONS = new Set(['in', 'since', 'on', 'during', 'by', 'from']);
/** Words that may stand between "and" and the repeated preposition: "and another with", "and later with". */
const ELLIPSIS_WORDS = new Set(['another', 'one', 'a', 'second', 'then', 'later', 'also', 'again']);
/** Phrases that add companions to a subject, longest first; "with" only where the caller allows it. */
const COMPANION_PHRASES: readonly string[][] = [
  ['at', 'the', 'same', 'time', 'as'],
  ['together', 'with'],
  ['along', 'with'],
  ['alongside'],
];

const isDate = (t: Token | undefined) => t !== undefined && (t.type === 'number' || MONTHS.has(t.norm));

/** The token after a time phrase starting at `k` ("in 2022", "in January 2022", "on June 17"), else `k`. */
export function afterTimePhrase(tokens: readonly Token[], k: number): number {
  if (!TIME_PREPOSITIONS.has(tokens[k]?.norm ?? '') || !isDate(tokens[k + 1])) return k;
  let j = k + 1;
  while (isDate(tokens[j]) || (tokens[j]?.text === ',' && tokens[j + 1]?.type === 'number')) j++;
  return j;
}

/** The first mention at or after `k`, past determiners and adjectives, within `limit` tokens. */
function mentionFrom(structure: Structure, k: number, limit = 3): Mention | undefined {
  for (let j = k; j < k + limit; j++) {
    const m = structure.startingAt(j);
    if (m) return m;
    if (!DETERMINERS.has(structure.tokens[j]?.norm ?? '')) return undefined;
  }
  return undefined;
}

/** The preposition right before a mention (past determiners): "with" in "with the United States". */
export function prepositionBefore(structure: Structure, m: Mention): string | undefined {
  let k = m.first - 1;
  while (DETERMINERS.has(structure.tokens[k]?.norm ?? '')) k--;
  const t = structure.tokens[k];
  return t?.shape === 'lower' && PREPOSITIONS.has(t.norm) ? t.norm : undefined;
}

/**
 * Further objects after the object ending at `end` that repeat its preposition: "with Australia, in 2022, and
 * with New Zealand", "on Mali in January and on Niger", "one with Australia and another with the UK". Within
 * the sentence, up to `last`.
 */
export function repeatedObjects(structure: Structure, end: number, preposition: string, last: number): Mention[] {
  const { tokens } = structure;
  const out: Mention[] = [];
  let k = end + 1;
  const skipAsides = () => {
    for (let next = k; k <= last; k = next) {
      next = tokens[k]?.text === ',' ? k + 1 : afterTimePhrase(tokens, k);
      if (next === k) return;
    }
  };
  for (;;) {
    skipAsides();
    if (!['and', 'or'].includes(tokens[k]?.norm ?? '')) return out;
    k++;
    while (ELLIPSIS_WORDS.has(tokens[k]?.norm ?? '')) k++;
    if (tokens[k]?.norm !== preposition) return out;
    const m = k + 1 <= last ? mentionFrom(structure, k + 1) : undefined;
    if (!m) return out;
    const group = structure.groupFrom(m);
    out.push(...group);
    k = Math.max(...group.map((g) => g.last)) + 1;
  }
}

/**
 * Those who share a subject's part, named after the relation: "X is a member of the Quad, alongside A and B",
 * "which it joined in 2017 at the same time as Pakistan"; with `withToo`, also "belongs to the Quad with A".
 * Looks from token `from` on, past commas and time phrases, up to `last`.
 */
export function companionsAfter(structure: Structure, from: number, last: number, withToo: boolean): Mention[] {
  const { tokens } = structure;
  let k = from;
  for (let next = k; k <= last; k = next) {
    next = tokens[k]?.text === ',' ? k + 1 : afterTimePhrase(tokens, k);
    if (next === k) break;
  }
  const phrases = withToo ? [...COMPANION_PHRASES, ['with']] : COMPANION_PHRASES;
  for (const phrase of phrases) {
    if (!phrase.every((w, n) => tokens[k + n]?.norm === w)) continue;
    const m = mentionFrom(structure, k + phrase.length);
    return m && m.first <= last ? structure.groupFrom(m) : [];
  }
  return [];
}

const ECHO_VERBS = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'will']);

/**
 * Subjects that echo a clause: "Tokyo welcomed the plan, and so did Washington", "as did Seoul". Looks from
 * token `from` on (after the clause's objects), up to `last`.
 */
export function echoingSubjects(structure: Structure, from: number, last: number): Mention[] {
  const { tokens } = structure;
  let k = from;
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.norm === 'and' && tokens[k + 1]?.norm === 'so') k += 2;
  else if (tokens[k]?.norm === 'as') k++;
  else return [];
  if (!ECHO_VERBS.has(tokens[k]?.norm ?? '')) return [];
  const m = mentionFrom(structure, k + 1);
  return m && m.first <= last && m.via !== 'pronoun' ? structure.groupFrom(m) : [];
}
