// What every candidate finder reads: the document, the known and gazetteer names found in it, and the small
// token tests that tell a name word from a function word, a year, a title or a hyphenated compound.
import type { EntityKind } from '../../model.ts';
import { type Doc, isCommonWord } from '../document.ts';
import type { GazetteerEntry } from '../gazetteer.ts';
import {
  AUXILIARIES,
  CONJUNCTIONS,
  DETERMINERS,
  MONTHS,
  NAME_HEADS,
  PERSON_TITLES,
  PREPOSITIONS,
  PRONOUNS,
  RELATIVES,
  SUBORDINATORS,
} from '../lexicon.ts';
import type { Mention } from '../mentions.ts';
import type { Sentence } from '../sentences.ts';
import { hasTag, isCapitalised, isJoiner, type Token } from '../tokens.ts';

/** A stretch of text that looks like the name of an entity of some kind. */
export interface Candidate {
  name: string;
  kind: EntityKind;
  aliases: string[];
  first: number;
  last: number;
  reason: string;
}

export interface Scan {
  doc: Doc;
  /** The known or gazetteer mentions, in text order. */
  mentions: readonly Mention[];
  /** The known or gazetteer entity named at each token, if any. */
  baseAt: (Mention | undefined)[];
  kindOf: (entityId: string) => EntityKind | undefined;
  /** The gazetteer's country an entity id stands for, if it is one. */
  countryOf: (entityId: string) => GazetteerEntry | undefined;
  /** Tokens already taken by a person's title and name. */
  consumed: boolean[];
}

/** A candidate finder: one kind of evidence that a stretch of text names an entity. */
export interface CandidateFinder {
  name: string;
  /** `found`: the candidates of the finders before this one. */
  find: (scan: Scan, found: readonly Candidate[]) => Candidate[];
}

/** Lower-case words that join the words of one name ("Ministry of Defence", "Bosnia and Herzegovina"). */
export const CONNECTORS = new Set([
  'of',
  'on',
  'for',
  'by',
  'and',
  '&',
  'de',
  'du',
  'des',
  'del',
  'la',
  'le',
  'von',
  'van',
  'al',
]);
/** Lower-case particles inside personal names: "Mohammed bin Salman", "Luiz Inácio Lula da Silva", "al-Nimr". */
export const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'bint',
  'ibn',
  'abu',
  'da',
  'de',
  'di',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'du',
  'le',
  'la',
  'ter',
]);
/** The last of a run of particles before a name word ("von der" in "Ursula von der Leyen"), or -1. */
export function particleRun(tokens: readonly Token[], i: number): number {
  let k = i;
  while (tokens[k]?.shape === 'lower' && PARTICLES.has(tokens[k]?.norm ?? '')) k++;
  return k > i && isCapitalised(tokens[k]) ? k - 1 : -1;
}

export const PLACE_KINDS = new Set<EntityKind>(['COUNTRY', 'REGION']);
const TITLE_KEYS = PERSON_TITLES.map((t) => t.split(/[\s-]+/));

export function isClosedClass(norm: string): boolean {
  return [DETERMINERS, PRONOUNS, PREPOSITIONS, CONJUNCTIONS, SUBORDINATORS, AUXILIARIES, RELATIVES].some((set) =>
    set.has(norm),
  );
}

/** A function word; "US" in capitals is a name, not the pronoun. */
export function isClosedWord(token: Token | undefined): boolean {
  return token !== undefined && token.shape !== 'upper' && isClosedClass(token.norm);
}

/** The text of tokens first..last as written, without quotation marks, with spaces folded. */
export function surface(doc: Doc, first: number, last: number): string {
  const a = doc.tokens[first];
  const b = doc.tokens[last];
  if (!a || !b) return '';
  return doc.text.slice(a.start, b.end).replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim();
}

export function sentenceAt(doc: Doc, i: number): Sentence | undefined {
  return doc.sentences[doc.sentenceOf[i] ?? -1];
}

/** The last index of a hyphenated compound starting at i ("Elli-Katharina", "Indo-Pacific"). */
export function compoundEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  for (;;) {
    if (isJoiner(tokens, j + 1) && tokens[j + 2] && tokens[j + 2]?.type !== 'punct') j += 2;
    // "Sword-2024A", "F-16s": letters written onto a number.
    else if (tokens[j]?.type === 'number' && tokens[j + 1]?.type === 'word' && tokens[j + 1]?.attached) j++;
    else return j;
  }
}

export function isYear(token: Token | undefined): boolean {
  return token?.type === 'number' && /^(?:1[89]|20)\d\d$/.test(token.text);
}

/** A month in a date ("May 5", "in May 2023", "5 May"), not a name that shares its word ("Theresa May"). */
export function isDateMonth(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.type !== 'word' || !MONTHS.has(t.norm)) return false;
  return (
    tokens[i + 1]?.type === 'number' ||
    tokens[i - 1]?.type === 'number' ||
    ['in', 'since', 'until', 'by', 'last', 'next', 'early', 'late', 'mid'].includes(tokens[i - 1]?.norm ?? '')
  );
}

/** Whether token i opens its sentence (after an opening quotation mark or bracket, too). */
export function opensSentence(doc: Doc, i: number): boolean {
  const sentence = sentenceAt(doc, i);
  return sentence?.first === i || (doc.tokens[i - 1]?.type === 'punct' && sentence?.first === i - 1);
}

/** Whether capitalised words from i reach a head word within a few words ("Ministry" in "Foreign Ministry"). */
function reachesHead(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < i + 4; k++) {
    const t = tokens[k];
    if (!isCapitalised(t) || isClosedWord(t)) return false;
    if (NAME_HEADS.has(t?.norm ?? '')) return true;
  }
  return false;
}

/** A capitalised word that can be part of a name here (not "The" or "However" opening a sentence). */
export function isNameWord(scan: Scan, i: number): boolean {
  const t = scan.doc.tokens[i];
  if (!t || !isCapitalised(t) || scan.consumed[i] || isClosedWord(t)) return false;
  if (sentenceAt(scan.doc, i)?.shouting) return false;
  if (opensSentence(scan.doc, i)) {
    if (scan.baseAt[i] || NAME_HEADS.has(t.norm)) return true;
    if (hasTag(t, 'Adverb', 'Conjunction', 'Verb', 'Preposition', 'Determiner', 'Pronoun')) return false;
    // A word English does not know, before another name word: "Manasseh Sogavare insisted".
    const next = scan.doc.tokens[compoundEnd(scan.doc.tokens, i) + 1];
    if (!isCommonWord(t.norm) && isCapitalised(next) && !isClosedWord(next)) return true;
    // An English word opening a name that a head word ends: "Foreign Ministry spokesman", "Supreme Court".
    if (reachesHead(scan.doc.tokens, i + 1)) return true;
    return hasTag(t, 'ProperNoun', 'Person', 'Place', 'Organization');
  }
  return true;
}

/** Titles that, in lower case too, name an office ("a former Norwegian prime minister"). */
const OFFICES = new Set(['minister', 'president', 'premier', 'chancellor', 'secretary', 'ambassador', 'king', 'queen']);

/**
 * The last token of a person's title starting at i ("Prime Minister"), or -1; in lower case only with
 * `anyCase`, and then only an office ("prime minister", "foreign secretary", not "general").
 */
export function titleAt(tokens: readonly Token[], i: number, anyCase = false): number {
  let best = -1;
  for (const key of TITLE_KEYS) {
    if (anyCase && !OFFICES.has(key.at(-1) ?? '')) continue;
    let pos = i;
    let ok = true;
    for (let k = 0; k < key.length; k++) {
      if (k > 0) while (isJoiner(tokens, pos)) pos++;
      const t = tokens[pos];
      if (!t || t.norm !== key[k] || (k === 0 && !anyCase && !isCapitalised(t))) {
        ok = false;
        break;
      }
      pos++;
    }
    if (ok && pos - 1 > best) best = pos - 1;
  }
  return best;
}
