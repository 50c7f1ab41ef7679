// People: a title before a name ("President Biden"), a role noun before one ("ruling-party figure Taro Aso"),
// or two to four capitalised words that are not English words, places or the head of another kind of name,
// which the context may confirm ("China's top diplomat, Wang Yi", "Han Ji-won is a former diplomat").
import { isCommonWord } from '../document.ts';
import { NAME_HEADS, ROLE_NOUNS, WEEKDAYS } from '../lexicon.ts';
import { hasTag, isCapitalised, isJoiner, type Token } from '../tokens.ts';
import { headAhead } from './heads.ts';
import {
  type Candidate,
  CONNECTORS,
  compoundEnd,
  isClosedWord,
  isDateMonth,
  PARTICLES,
  particleRun,
  type Scan,
  sentenceAt,
  surface,
  titleAt,
} from './scan.ts';

/** Title words that are also words of names: "Hassan Sheikh Mohamud". */
const NAME_TITLES = new Set(['sheikh']);
/** Most name words a person's name has, particles aside. */
const MAX_NAME_WORDS = 4;

/** A lower-case particle joined to a name word ("al-Nimr"): the compound's last index, or -1. */
function particleCompound(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t?.shape !== 'lower' || !PARTICLES.has(t.norm) || !isJoiner(tokens, i + 1)) return -1;
  return isCapitalised(tokens[i + 2]) ? compoundEnd(tokens, i) : -1;
}

/** A single capital and its dot ("S." in "S. Jaishankar"): the dot's index, or -1. */
function initialAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  return t?.type === 'word' && /^\p{Lu}$/u.test(t.text) && tokens[i + 1]?.text === '.' && tokens[i + 1]?.attached
    ? i + 1
    : -1;
}

/** The name words after a title or role noun: up to four capitalised words and their particles, no place. */
export function personNameAfter(scan: Scan, from: number): number {
  const { tokens } = scan.doc;
  let last = -1;
  let words = 0;
  let i = from;
  for (;;) {
    const initial = initialAt(tokens, i);
    if (words < MAX_NAME_WORDS && initial > 0 && isCapitalised(tokens[initial + 1])) {
      i = initial + 1;
      continue;
    }
    const t = tokens[i];
    const particles = last >= 0 ? particleRun(tokens, i) : -1;
    if (particles > 0) {
      i = particles + 1;
      continue;
    }
    const compound = last >= 0 ? particleCompound(tokens, i) : -1;
    if (compound > 0) {
      last = compound;
      i = compound + 1;
      continue;
    }
    // "General Secretary To Lam": a name word that is also a function word, right after the title.
    const closed =
      isClosedWord(t) &&
      !(last < 0 && t?.shape === 'title' && isCapitalised(tokens[i + 1])) &&
      !(last >= 0 && t?.shape === 'title' && t.norm === 'may'); // "Prime Minister Theresa May"
    if (words >= MAX_NAME_WORDS || !isCapitalised(t) || closed) break;
    const base = scan.baseAt[i];
    if (base && scan.kindOf(base.entityId) !== 'PERSON') break;
    const norm = t?.norm ?? '';
    // "President Hassan Sheikh Mohamud": a title word inside a name goes on with it.
    const inName = last >= 0 && NAME_TITLES.has(norm) && isCapitalised(tokens[i + 1]);
    if ((titleAt(tokens, i) >= 0 && !inName) || NAME_HEADS.has(norm) || isDateMonth(tokens, i) || WEEKDAYS.has(norm))
      break;
    last = compoundEnd(tokens, i);
    words++;
    i = last + 1;
  }
  return last;
}

/** "President Biden", "the late Prime Minister Abe", "Dr Elli-Katharina Pohlkamp". */
export function titledPersons(scan: Scan): Candidate[] {
  const { doc } = scan;
  const found: Candidate[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    if (sentenceAt(doc, i)?.shouting) continue;
    const titleLast = titleAt(doc.tokens, i);
    if (titleLast < 0) continue;
    // "Hassan Sheikh Mohamud": a title word inside a name.
    const named = doc.tokens[i - 1];
    if (
      NAME_TITLES.has(doc.tokens[i]?.norm ?? '') &&
      isCapitalised(named) &&
      !isClosedWord(named) &&
      !scan.baseAt[i - 1]
    )
      continue;
    let nameFirst = titleLast + 1;
    if (doc.tokens[nameFirst]?.text === '.' && doc.tokens[nameFirst]?.attached) nameFirst++;
    // "its Prime Minister, Sitiveni Rabuka,": the title in apposition.
    if (doc.tokens[nameFirst]?.text === ',' && doc.tokens[i - 1]?.shape === 'lower') nameFirst++;
    const nameLast = personNameAfter(scan, nameFirst);
    if (nameLast < 0) continue;
    if (scan.baseAt[nameFirst]) continue; // a person already known
    // A title word opening another name: "the General Security of Military Information Agreement".
    if (headAhead(scan, nameFirst, false)) continue;
    for (let k = i; k <= nameLast; k++) scan.consumed[k] = true;
    found.push({
      name: surface(doc, nameFirst, nameLast),
      kind: 'PERSON',
      aliases: nameFirst === titleLast + 1 ? [surface(doc, i, nameLast)] : [],
      first: nameFirst,
      last: nameLast,
      reason: `the title “${surface(doc, i, titleLast)}”`,
    });
    i = nameLast;
  }
  return found;
}

/** "senior ruling-party figure Taro Aso": a role noun right before a name. */
export function rolePersons(scan: Scan): Candidate[] {
  const { doc } = scan;
  const found: Candidate[] = [];
  for (let i = 0; i < doc.tokens.length - 1; i++) {
    const t = doc.tokens[i];
    if (t?.shape !== 'lower' || !ROLE_NOUNS.has(t.norm) || scan.consumed[i + 1]) continue;
    const last = personNameAfter(scan, i + 1);
    if (last < 0 || last === compoundEnd(doc.tokens, i + 1) || scan.baseAt[i + 1]) continue; // two words at least
    if (NAME_HEADS.has(doc.tokens[last + 1]?.norm ?? '')) continue;
    for (let k = i + 1; k <= last; k++) scan.consumed[k] = true;
    found.push({
      name: surface(doc, i + 1, last),
      kind: 'PERSON',
      aliases: [],
      first: i + 1,
      last,
      reason: `the role noun “${t.text}” before it`,
    });
  }
  return found;
}

/** A role noun or a title in lower case ("president", "national security adviser"). */
function isRole(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t?.shape === 'lower' && ROLE_NOUNS.has(t.norm);
}

/**
 * What the context says of a run of name words: a person, when a role stands in apposition to it ("China's
 * top diplomat, Wang Yi", "Musaed al-Aiban, the Saudi national security adviser"), it is said to hold one
 * ("Meera Raghunathan is a senior fellow"), or it ends in a hyphenated given name ("Moon Jae-in").
 */
function confirmsPerson(scan: Scan, first: number, last: number): boolean {
  const { tokens } = scan.doc;
  const given = tokens[last];
  if (given?.shape === 'lower' && isJoiner(tokens, last - 1) && isCapitalised(tokens[last - 2]) && last - 2 > first)
    return true;
  if (tokens[first - 1]?.text === ',' && isRole(tokens, first - 2)) return true;
  const after = tokens[last + 1];
  if (after?.text !== ',' && !['is', 'was'].includes(after?.norm ?? '')) return false;
  for (let k = last + 2; k <= last + 9; k++) {
    const t = tokens[k];
    if (!t || (t.type === 'punct' && !isJoiner(tokens, k))) return false;
    if (isRole(tokens, k)) return true;
  }
  return false;
}

/** Two to four capitalised words that are not English words, places or heads: most likely a person. */
export function guessPerson(scan: Scan, first: number, last: number): Candidate | undefined {
  const { doc } = scan;
  const { tokens } = doc;
  const words: number[] = [];
  for (let k = first; k <= last; k = compoundEnd(tokens, k) + 1)
    if (!PARTICLES.has(tokens[k]?.norm ?? '') || compoundEnd(tokens, k) > k) words.push(k);
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return undefined;
  const confirmed = confirmsPerson(scan, first, last);
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (!t || isJoiner(tokens, k)) continue;
    if (k > first && PARTICLES.has(t.norm) && t.shape === 'lower') continue;
    const particle = t.shape === 'title' && PARTICLES.has(t.norm) && k > first && k < last; // "Jean-Yves Le Drian"
    if (t.type !== 'word' || scan.baseAt[k] || (CONNECTORS.has(t.norm) && !particle) || t.shape === 'upper')
      return undefined;
    if (isJoiner(tokens, k - 1) && t.shape === 'lower') continue; // "Jae-in"
    if (NAME_HEADS.has(t.norm) || ROLE_NOUNS.has(t.norm) || isDateMonth(tokens, k)) return undefined;
    if (isCommonWord(t.norm) && !confirmed) return undefined;
  }
  if (words.length > 3 && !confirmed) return undefined;
  const opensSentence = sentenceAt(doc, first)?.first === first;
  if (opensSentence && !confirmed && !hasTag(tokens[first], 'Person', 'FirstName', 'MaleName', 'FemaleName'))
    return undefined;
  if (['administration', 'government'].includes(tokens[last + 1]?.norm ?? '')) return undefined;
  // Words before a title name its office: "External Affairs Minister S. Jaishankar".
  if (titleAt(tokens, last + 1) >= 0) return undefined;
  // Names before a common noun modify it ("a Sunni Muslim country"); place names are not people.
  const next = tokens[last + 1];
  if (next?.type === 'word' && next.shape === 'lower' && hasTag(next, 'Noun') && !hasTag(next, 'Verb'))
    return undefined;
  if (!confirmed && tokens.slice(first, last + 1).some((t) => hasTag(t, 'Place') && !hasTag(t, 'Person')))
    return undefined;
  return {
    name: surface(doc, first, last),
    kind: 'PERSON',
    aliases: [],
    first,
    last,
    reason: confirmed ? 'a proper name its context gives to a person' : 'a two-word proper name',
  };
}
