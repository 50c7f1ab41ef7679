// Descriptive names around a lower-case head noun: "the economic security promotion law", "the US
// presidential election", "Trump-aligned think tanks", "their joint leaders' statement", "the Malabar exercise".

import type { EntityKind } from '../../model.ts';
import { isCommonWord } from '../document.ts';
import { CLASSIFIER_SUFFIX, CLASSIFIERS, COMMON_HEADS, EVALUATIVE, JOINT_HEADS, MONTHS, PRONOUNS } from '../lexicon.ts';
import { hasTag, isCapitalised, isJoiner, type Token } from '../tokens.ts';
import { type Candidate, isClosedWord, isYear, opensSentence, type Scan, sentenceAt, surface } from './scan.ts';

/** Heads that name something only after a proper name: "the Beijing agreement", "the Malabar exercise". */
const PROPER_HEADS = new Set([
  'agreement',
  'agreements',
  'treaty',
  'accord',
  'accords',
  'protocol',
  'war',
  'exercise',
  'exercises',
  'drills',
  'declaration',
  'communique',
  'communiqué',
]);
const ELECTIONS = new Set(['election', 'elections', 'referendum']);
/** Heads whose own name is the proper part before them: "Vision 2030 programme", "“Make in India” programme". */
const GENERIC_HEADS = new Set(['programme', 'program', 'initiative', 'plan', 'scheme']);

function isOrdinal(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return tokens[k]?.type === 'number' && next?.attached === true && /^(?:st|nd|rd|th)$/.test(next.norm);
}

/** Where the modifiers of the noun at `head` begin ("economic security promotion law"), and what they are. */
export function modifiersBefore(scan: Scan, head: number, acrossConnectors = false) {
  const { doc } = scan;
  const { tokens } = doc;
  const sentence = sentenceAt(doc, head);
  const floor = sentence?.first ?? 0;
  let start = head;
  let count = 0;
  let proper = false;
  let country = false;
  let dated = false;
  let nouns = 0;
  const quoted: string[] = [];
  const words: string[] = [];
  let k = head - 1;
  while (k >= floor) {
    const t = tokens[k];
    if (!t) break;
    // "the State of the Union address": the function words inside a name.
    if (acrossConnectors && proper && t.shape === 'lower' && ['of', 'the', 'on', 'for'].includes(t.norm)) {
      let c = k;
      while (tokens[c]?.shape === 'lower' && ['of', 'the', 'on', 'for'].includes(tokens[c]?.norm ?? '')) c--;
      if (c >= floor && isCapitalised(tokens[c]) && !isClosedWord(tokens[c]) && !opensSentence(doc, c)) {
        start = c;
        k = c - 1;
        count++;
        continue;
      }
      break;
    }
    if (t.type !== 'punct' && isJoiner(tokens, k - 1)) {
      let c = k;
      while (isJoiner(tokens, c - 1) && tokens[c - 2] && tokens[c - 2]?.type !== 'punct') c -= 2;
      if (isOrdinal(tokens, c - 1)) c--; // "75th-anniversary"
      const compound = doc.text.slice(tokens[c]?.start ?? 0, t.end).toLowerCase();
      if (EVALUATIVE.has(compound)) break;
      for (let x = c; x <= k; x++) {
        if (isCapitalised(tokens[x])) proper = true;
        if (tokens[x]?.type === 'number') dated = true;
        const base = scan.baseAt[x];
        if (base && scan.kindOf(base.entityId) === 'COUNTRY') country = true;
      }
      count++;
      words.push(compound);
      start = c;
      k = c - 1;
      continue;
    }
    if (t.text === '”' || (t.text === '"' && t.attached)) {
      let open = k - 1;
      while (open > Math.max(floor, k - 8) && !['“', '"'].includes(tokens[open]?.text ?? '')) open--;
      if (!['“', '"'].includes(tokens[open]?.text ?? '')) break;
      quoted.push(surface(doc, open + 1, k - 1));
      count++;
      start = open;
      k = open - 1;
      continue;
    }
    if (t.type === 'possessive') {
      const owner = tokens[k - 1];
      if (t.norm === "'" && owner?.shape === 'lower' && owner.norm.endsWith('s')) {
        count++;
        nouns++;
        words.push(owner.norm);
        start = k - 1;
        k -= 2;
        continue;
      }
      // "April's general election": a month dates it.
      if (owner && MONTHS.has(owner.norm) && isCapitalised(owner)) {
        count++;
        dated = true;
        start = k - 1;
        k -= 2;
        continue;
      }
      break;
    }
    // "the 2024 legislative election", "the July 2024 general election".
    if (isYear(t)) {
      count++;
      dated = true;
      start = k;
      k--;
      if (MONTHS.has(tokens[k]?.norm ?? '') && isCapitalised(tokens[k])) start = k--;
      continue;
    }
    const midSentence = k !== floor && !opensSentence(doc, k);
    // A capitalised evaluative word inside a sentence is part of a name: "Official Security Assistance".
    const evaluative = EVALUATIVE.has(t.norm) && !(isCapitalised(t) && midSentence);
    if (t.type !== 'word' || isClosedWord(t) || evaluative || MONTHS.has(t.norm)) break;
    const base = scan.baseAt[k];
    if (isCapitalised(t) && (k !== floor || base)) {
      proper = true;
      if (base && scan.kindOf(base.entityId) === 'COUNTRY') country = true;
    } else if (
      // A sentence's first word, capitalised for that alone: the tagger may read "Party" as a verb.
      isCapitalised(t) &&
      k === floor &&
      !hasTag(t, 'Adverb', 'Gerund', 'PastTense', 'Pronoun', 'Conjunction', 'Preposition', 'Determiner')
    ) {
      nouns++;
    } else if (hasTag(t, 'Noun') && !hasTag(t, 'Pronoun', 'Gerund', 'Verb')) {
      nouns++;
    } else if (
      CLASSIFIERS.has(t.norm) ||
      (hasTag(t, 'Adjective') && CLASSIFIER_SUFFIX.test(t.norm) && !hasTag(t, 'Comparative', 'Superlative'))
    ) {
      // a classifying adjective: "economic", "presidential"
    } else break;
    count++;
    words.push(t.norm);
    start = k;
    k--;
  }
  return { start, count, proper, country, dated, nouns, quoted, words };
}

/** The determiner of a noun phrase starting at `start`, past its evaluative adjectives ("their first"). */
function determinerBefore(tokens: readonly Token[], start: number): string | undefined {
  let k = start - 1;
  while (tokens[k]?.type === 'word' && tokens[k]?.shape === 'lower' && EVALUATIVE.has(tokens[k]?.norm ?? '')) k--;
  return tokens[k]?.type === 'word' ? tokens[k]?.norm : undefined;
}

/**
 * Where the proper name before a head begins, when the head is named after a place, an acronym or a name
 * ("the Beijing agreement", "the ANZUS treaty", "the Cobra Gold exercise"), not a country's name unless
 * `countries` ("the Lebanon war", but "the India agreement" is an agreement with India); -1 if it is not.
 */
function properNameBefore(scan: Scan, h: number, countries: boolean): number {
  const { tokens } = scan.doc;
  let k = h - 1;
  while (isCapitalised(tokens[k - 1]) && !isClosedWord(tokens[k - 1]) && !isJoiner(tokens, k - 2)) k--;
  for (let x = k; x < h; x++) {
    const t = tokens[x];
    if (!isCapitalised(t) || isClosedWord(t) || isJoiner(tokens, x - 1)) return -1;
  }
  const base = scan.baseAt[k];
  // A sentence's first word is capitalised for that alone if English knows it.
  if (!base && opensSentence(scan.doc, k) && isCommonWord(tokens[k]?.norm ?? '')) return k + 1 < h ? k + 1 : -1;
  if (!base || (base.first === k && base.last === h - 1 && (base.via === 'alias' || countries))) {
    return isYear(tokens[k - 1]) ? k - 1 : k; // "the 2006 Lebanon war"
  }
  return -1;
}

/**
 * Whether the modifiers before a head make a name: a place or a name for an agreement or an exercise ("the
 * Lisbon agreement"), "joint" and more for a statement ("their joint leaders' statement"), what an election
 * elects ("party president elections"), two words or a proper one for a policy ("the economic security law").
 */
function namesOne(head: string, kind: EntityKind, mods: ReturnType<typeof modifiersBefore>, named: boolean): boolean {
  if (PROPER_HEADS.has(head) && named) return true;
  if (JOINT_HEADS.has(head)) return mods.words.includes('joint') && mods.count >= 2;
  if (PROPER_HEADS.has(head)) return false;
  const specific = mods.proper || mods.dated || mods.quoted.length > 0;
  if (kind === 'ORGANIZATION') return mods.count >= 1;
  if (kind === 'GROUPING') return mods.country;
  if (kind === 'EVENT') return mods.count >= 1 && (specific || (mods.nouns > 0 && ELECTIONS.has(head)));
  return mods.count >= 2 || specific;
}

/** A head read as a verb: "Europe talks more than it acts", "leaders meeting in Washington" (no apostrophe). */
function isVerbReading(tokens: readonly Token[], h: number): boolean {
  const t = tokens[h];
  const before = tokens[h - 1];
  if (hasTag(t, 'Verb') && !hasTag(t, 'Noun')) return true;
  return t?.norm.endsWith('ing') === true && before?.shape === 'lower' && hasTag(before, 'Plural');
}

/** Descriptive names around a lower-case head: "the economic security promotion law", "the US election". */
export function describedNames(scan: Scan): Candidate[] {
  const { doc } = scan;
  const { tokens } = doc;
  const found: Candidate[] = [];
  for (let h = 0; h < tokens.length; h++) {
    const t = tokens[h];
    if (t?.type !== 'word' || sentenceAt(doc, h)?.shouting) continue;
    let kind = t.shape === 'lower' ? COMMON_HEADS.get(t.norm) : undefined;
    let headFirst = h;
    // "think tanks", "think-tanks": an organisation.
    if (['tank', 'tanks'].includes(t.norm) && tokens[h - 1]?.norm === 'think') kind = 'ORGANIZATION';
    if (['tank', 'tanks'].includes(t.norm) && isJoiner(tokens, h - 1) && tokens[h - 2]?.norm === 'think') {
      kind = 'ORGANIZATION';
      headFirst = h - 2;
    } else if (kind === 'ORGANIZATION') headFirst = h - 1;
    if (!kind || isVerbReading(tokens, h)) continue;
    const next = tokens[h + 1];
    // The head must end its noun phrase: "policy direction" is not a policy.
    if (next?.type === 'word' && next.shape === 'lower' && hasTag(next, 'Noun') && !hasTag(next, 'Verb')) continue;
    const mods = modifiersBefore(scan, headFirst, kind === 'EVENT');
    const specific = mods.proper || mods.dated || mods.quoted.length > 0;
    // "the Bank of Japan policy": the end of a longer name, not a name of its own.
    const inside = tokens[mods.start - 1];
    if (inside?.shape === 'lower' && ['of', 'for', 'on'].includes(inside.norm) && isCapitalised(tokens[mods.start - 2]))
      continue;
    // "a new pact", "their first leaders' summit": a description, not a name.
    const det = determinerBefore(tokens, mods.start);
    if ((det === 'a' || det === 'an') && mods.quoted.length === 0) continue;
    if (!specific && !JOINT_HEADS.has(t.norm) && det && PRONOUNS.has(det)) continue;
    // "the Lisbon agreement", "the 2006 war": named after a place or a name, or dated.
    const after = properNameBefore(scan, h, kind === 'EVENT');
    const named = after >= 0 || mods.quoted.length > 0 || (kind === 'EVENT' && mods.dated);
    const ok = namesOne(t.norm, kind, mods, named);
    if (!ok) continue;
    const first = PROPER_HEADS.has(t.norm) && after >= 0 ? after : mods.start;
    let name = surface(doc, first, h);
    const aliases = [...mods.quoted];
    // "economic security measures" is also "economic security".
    if (kind === 'POLICY' && ['measures', 'policy'].includes(t.norm) && mods.count >= 2)
      aliases.push(surface(doc, first, h - 1));
    // "the Official Security Assistance programme" is named "Official Security Assistance".
    const own = ownName(scan, first, headFirst);
    if ((GENERIC_HEADS.has(t.norm) || kind === 'ORGANIZATION') && own) {
      aliases.push(name);
      name = own;
    }
    found.push({ name, kind, aliases, first, last: h, reason: `the head noun “${t.text}”` });
  }
  return found;
}

/** The name of a programme before its head, if it is one: quoted, or capitalised words no entity owns. */
function ownName(scan: Scan, first: number, h: number): string | undefined {
  const { tokens } = scan.doc;
  const words = tokens.slice(first, h).filter((t) => t.type === 'word' || t.type === 'number');
  const quoted = ['“', '"'].includes(tokens[first]?.text ?? '') && ['”', '"'].includes(tokens[h - 1]?.text ?? '');
  const capitalised = words.length >= 2 && words.every((t, i) => isCapitalised(t) || (i > 0 && t.type === 'number'));
  const owned = tokens.slice(first, h).some((_, i) => scan.baseAt[first + i]);
  return quoted || (capitalised && !owned) ? surface(scan.doc, first, h - 1) : undefined;
}
