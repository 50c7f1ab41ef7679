// Names whose kind a noun in apposition gives: "the steelmaker POSCO", "SWIFT, the main payments network",
// "the first of those exercises, Freedom Edge,", "a new command known as NATO Security Assistance".
import type { EntityKind } from '../../model.ts';
import { isCommonWord } from '../document.ts';
import { DETERMINERS } from '../lexicon.ts';
import { hasTag, isCapitalised, isJoiner, type Token } from '../tokens.ts';
import { DESCRIPTOR_NOUNS } from './descriptors.ts';
import { type Candidate, CONNECTORS, compoundEnd, isClosedWord, type Scan, sentenceAt, surface } from './scan.ts';

const MAX_WORDS = 8;
/** Verbs that give a name right after them: "an exercise named Joint Sword", "a fund called Horizon Capital". */
const NAMING_VERBS = new Set(['named', 'called', 'dubbed', 'codenamed', 'code-named', 'titled', 'entitled']);

/** The last token of a name starting at i that no finder took and no entity owns, or -1. */
function nameFrom(scan: Scan, i: number, withConnectors: boolean): number {
  const { tokens } = scan.doc;
  let last = -1;
  let k = i;
  for (let n = 0; n < MAX_WORDS; n++) {
    const t = tokens[k];
    const joins = withConnectors && t?.shape === 'lower' && CONNECTORS.has(t.norm) && last >= 0;
    if (joins && isCapitalised(tokens[k + 1])) {
      k++;
      continue;
    }
    if (!isCapitalised(t) || isClosedWord(t) || scan.consumed[k]) break;
    last = compoundEnd(tokens, k);
    k = last + 1;
  }
  return last;
}

/** Whether tokens first..last look like a name and not an English phrase: an acronym, or a word English lacks. */
function looksLikeName(scan: Scan, first: number, last: number): boolean {
  const words = scan.doc.tokens.slice(first, last + 1).filter((t) => t.type === 'word');
  if (words.length === 0 || scan.baseAt[first]?.last === last) return false;
  return words.some((t) => t.shape === 'upper' || !isCommonWord(t.norm)) || words.length >= 2;
}

function described(scan: Scan, first: number, last: number, kind: EntityKind, noun: Token): Candidate {
  return {
    name: surface(scan.doc, first, last),
    kind,
    aliases: [],
    first,
    last,
    reason: `the noun “${noun.text}” in apposition`,
  };
}

/** The descriptor noun that ends the phrase starting at k ("the main payments network", "Germany's largest arms maker"). */
function descriptorAt(scan: Scan, k: number): Token | undefined {
  const { tokens } = scan.doc;
  const owner = scan.baseAt[k];
  if (owner?.first === k && owner.possessive) k = owner.last + 1;
  else if (!DETERMINERS.has(tokens[k]?.norm ?? '')) return undefined;
  for (let j = k + 1; j <= k + 6; j++) {
    const t = tokens[j];
    if (!t || (t.type === 'punct' && !isJoiner(tokens, j))) return undefined;
    // The noun must end its phrase: "both treaty allies" are allies, not a treaty.
    const next = tokens[j + 1];
    const ends = next?.type !== 'word' || next.shape !== 'lower' || isClosedWord(next) || !hasTag(next, 'Noun');
    if (t.shape === 'lower' && DESCRIPTOR_NOUNS.has(t.norm) && ends) return t;
  }
  return undefined;
}

/** "the steelmaker POSCO", "SWIFT, the main payments network", "exercises, Freedom Edge,". */
export function appositions(scan: Scan, before: readonly Candidate[]): Candidate[] {
  const { doc } = scan;
  const { tokens } = doc;
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    if (!isCapitalised(tokens[i]) || (isCapitalised(prev) && !isClosedWord(prev)) || scan.consumed[i]) continue;
    // Before it: "the steelmaker POSCO", "the separatist group Sons of Liberty"; "the exercises, Freedom Edge,".
    const noun = prev?.type === 'word' ? prev : prev?.text === ',' ? tokens[i - 2] : undefined;
    const last = nameFrom(scan, i, prev?.shape === 'lower' && DESCRIPTOR_NOUNS.has(prev.norm));
    if (last < 0 || !looksLikeName(scan, i, last)) continue;
    // Not known names joined: "Seoul and Tokyo, both ...".
    if (tokens.slice(i, last + 1).some((t, k) => t.norm === 'and' && scan.baseAt[i + k - 1])) continue;
    const same = before.find((c) => c.first === i && c.last === last);
    const closes = prev?.type === 'word' || [',', '.'].includes(tokens[last + 1]?.text ?? '');
    let kind = noun?.shape === 'lower' ? DESCRIPTOR_NOUNS.get(noun.norm) : undefined;
    let cue = kind && closes && sentenceAt(doc, i)?.first !== i ? noun : undefined;
    // After it: "SWIFT, the main international payments network".
    if (!cue && tokens[last + 1]?.text === ',') {
      cue = descriptorAt(scan, last + 2);
      kind = cue && DESCRIPTOR_NOUNS.get(cue.norm);
    }
    if (!cue || !kind) continue;
    if (same) {
      // A head word can mislead: "the Falepili Union, a treaty".
      if (same.kind !== 'PERSON') same.kind = kind;
      continue;
    }
    if (before.some((c) => c.first <= last && c.last >= i)) continue;
    found.push(described(scan, i, last, kind, cue));
  }
  return found;
}

/** "a new command in Wiesbaden, known as NATO Security Assistance ...", "the exercise, named Joint Sword". */
export function knownAs(scan: Scan, before: readonly Candidate[]): Candidate[] {
  const { doc } = scan;
  const { tokens } = doc;
  const found: Candidate[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const named =
      tokens[i - 1]?.norm === 'as' ? tokens[i - 2]?.norm === 'known' : NAMING_VERBS.has(tokens[i - 1]?.norm ?? '');
    if (!named) continue;
    const last = nameFrom(scan, i, true);
    if (last < 0 || !looksLikeName(scan, i, last)) continue;
    const shorter = before.find((c) => c.first === i);
    if (shorter && shorter.last >= last) continue;
    const floor = sentenceAt(doc, i)?.first ?? 0;
    let noun: Token | undefined;
    const cue = tokens[i - 1]?.norm === 'as' ? i - 2 : i - 1;
    for (let k = cue - 1; k >= Math.max(floor, i - 12) && !noun; k--) {
      const t = tokens[k];
      if (t?.shape === 'lower' && DESCRIPTOR_NOUNS.has(t.norm)) noun = t;
    }
    const kind = noun && DESCRIPTOR_NOUNS.get(noun.norm);
    if (!noun || !kind) continue;
    // The whole name, not the part of it a head word ended: "known as Task Group Atlas".
    if (shorter) Object.assign(shorter, described(scan, i, last, kind, noun));
    else found.push(described(scan, i, last, kind, noun));
  }
  return found;
}
