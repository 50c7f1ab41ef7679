// Capitalised names: a run of name words read by its head word ("Agora Strategy Institute" is an
// organisation, "Nippon Steel" a company), a numbered group ("G4"), or else perhaps a person's name.
import type { EntityKind } from '../../model.ts';
import { MONTHS, WEEKDAYS } from '../lexicon.ts';
import { hasTag, isCapitalised, isJoiner, type Token } from '../tokens.ts';
import { headAhead, headKind, headsIn, isTitleCaseWord } from './heads.ts';
import { guessPerson } from './persons.ts';
import {
  type Candidate,
  CONNECTORS,
  compoundEnd,
  isDateMonth,
  isNameWord,
  isYear,
  opensSentence,
  PLACE_KINDS,
  particleRun,
  type Scan,
  sentenceAt,
  surface,
  titleAt,
} from './scan.ts';

/** Connectors after a head that take its complement ("Foundation for Victims of ... by Imperial Japan"). */
const COMPLEMENT_CONNECTORS = new Set(['of', 'for', 'on', 'by']);
const ROMAN_NUMERAL = /^(?:II|III|IV|V|VI|VII|VIII|IX|X)$/;
const numbered = (kind: EntityKind) => kind === 'POLICY' || kind === 'EVENT';
const isNumeral = (t: Token) => t.type === 'number' || ROMAN_NUMERAL.test(t.text);
const HEADED_KINDS = new Set<EntityKind>(['ORGANIZATION', 'COMPANY']);

function initials(tokens: readonly Token[], first: number, last: number, withConnectors: boolean): string {
  let out = '';
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (t?.type !== 'word' || isJoiner(tokens, i)) continue;
    if (!isCapitalised(t) && !(withConnectors && CONNECTORS.has(t.norm))) continue;
    out += t.text[0]?.toUpperCase() ?? '';
  }
  return out;
}

function isAcronymOf(tokens: readonly Token[], acronym: Token | undefined, first: number, last: number): boolean {
  if (acronym?.shape !== 'upper' || acronym.text.length < 2) return false;
  const text = acronym.text.replace(/\./g, '');
  return text === initials(tokens, first, last, false) || text === initials(tokens, first, last, true);
}

/** The date after an event's name ("on 10 April", "in November 2023"): its last token, or -1. */
function dateAfter(tokens: readonly Token[], i: number): number {
  if (!['on', 'in'].includes(tokens[i]?.norm ?? '')) return -1;
  const a = tokens[i + 1];
  const b = tokens[i + 2];
  const c = tokens[i + 3];
  const isMonth = (t: Token | undefined) => t?.type === 'word' && MONTHS.has(t.norm) && isCapitalised(t);
  if (a?.type === 'number' && isMonth(b)) return isYear(c) ? i + 3 : i + 2;
  if (isMonth(a) && (b?.type === 'number' || isYear(b))) return i + 2;
  return -1;
}

/** Whether a name running to j is inside its head's complement: "Center for Strategic [and International Studies]". */
function inComplement(tokens: readonly Token[], first: number, j: number): boolean {
  const head = headOf(tokens, first, j);
  return head >= 0 && tokens.slice(head + 1, j).some((t) => t.shape === 'lower' && COMPLEMENT_CONNECTORS.has(t.norm));
}

/** How far a name running to j goes on, or j: past a connector, a title-case word, a possessive, "of the". */
function extend(scan: Scan, first: number, j: number): number {
  const { doc } = scan;
  const { tokens } = doc;
  const next = tokens[j + 1];
  if (isNameWord(scan, j + 1)) return compoundEnd(tokens, j + 1);
  if (isYear(next) && !next?.lineBreakBefore) return j + 1;
  // "Ursula von der Leyen": particles before a name word.
  const particles = particleRun(tokens, j + 1);
  if (particles > j + 1 && !headsIn(tokens, first, j).length) return compoundEnd(tokens, particles + 1);
  // "Musaed al-Aiban": a particle joined to a name word.
  if (next?.shape === 'lower' && ['al', 'el'].includes(next.norm) && isJoiner(tokens, j + 2)) {
    if (isCapitalised(tokens[j + 3]) && !opensSentence(doc, j + 1)) return compoundEnd(tokens, j + 1);
  }
  if (sentenceAt(doc, j + 2) !== sentenceAt(doc, first)) return j;
  const before = headsIn(tokens, first, j);
  if (CONNECTORS.has(next?.norm ?? '') && next?.shape === 'lower') {
    // "of the" inside a long name: "Treaty on the Non-Proliferation of Nuclear Weapons".
    const skip = tokens[j + 2]?.norm === 'the' && tokens[j + 2]?.shape === 'lower' && before.length > 0 ? 1 : 0;
    const k = j + 2 + skip;
    if (!isNameWord(scan, k) || MONTHS.has(tokens[k]?.norm ?? '') || WEEKDAYS.has(tokens[k]?.norm ?? '')) return j;
    if (skip && scan.baseAt[k]) return j;
    if (next.norm === 'by' && !(before.length > 0 && tokens.slice(first, j).some((t) => t.norm === 'of'))) return j;
    if (['and', '&'].includes(next.norm) && (scan.baseAt[k] || before.length > 0) && !inComplement(tokens, first, j)) {
      // "and" joins two words of one name ("Gulf and Red Sea Policy Centre"), not a name and the next one.
      const ahead = headAhead(scan, k);
      if (!ahead || !HEADED_KINDS.has(ahead) || before.some((kind) => HEADED_KINDS.has(kind))) return j;
    }
    return compoundEnd(tokens, k);
  }
  // "Countering America's Adversaries Through Sanctions Act", "the Quad Leaders' Summit".
  // Not after a name of its own: "Japan's Foreign Ministry", "Anthony Albanese's Labor Party".
  const ownerKnown = scan.baseAt[first] && (scan.baseAt[first]?.last ?? -1) >= j;
  const oneWord = compoundEnd(tokens, first) >= j; // "the PLA's Eastern Theater Command"
  const ownerNamed = () => ownerKnown || oneWord || nameWithHead(scan, first, j) || guessPerson(scan, first, j);
  if (next?.type === 'possessive' && isNameWord(scan, j + 2) && headAhead(scan, j + 2) && !ownerNamed())
    return compoundEnd(tokens, j + 2);
  if (isTitleCaseWord(scan, j + 1) && isNameWord(scan, j + 2) && headAhead(scan, j + 2))
    return compoundEnd(tokens, j + 2);
  return j;
}

/** Capitalised names: by their head word a kind ("Agora Strategy Institute"); two or three unknown words a person. */
export function capitalisedNames(scan: Scan): Candidate[] {
  const { tokens } = scan.doc;
  const found: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    // "In March 2024 Congress approved": a date opens no name.
    if (!isNameWord(scan, i) || isDateMonth(tokens, i)) {
      i += isDateMonth(tokens, i) && isYear(tokens[i + 1]) ? 2 : 1;
      continue;
    }
    let j = compoundEnd(tokens, i);
    for (let k = extend(scan, i, j); k > j; k = extend(scan, i, j)) j = k;
    // Words before a title name its office ("Brazilian Energy Minister Paulo Ramos"), unless they name an
    // organisation ("Foreign Ministry Spokesperson Mao Ning").
    const office = !headsIn(tokens, i, j).includes('ORGANIZATION');
    if (scan.consumed[j + 1] && titleAt(tokens, j + 1) >= 0 && office) {
      i = j + 1;
      continue;
    }
    let candidate = numberedGroup(scan, i, j) ?? nameWithHead(scan, i, j) ?? guessPerson(scan, i, j);
    // Names without a head joined by "and" are two names ("Abe Shinzo and Moon Jae-in").
    const and = tokens.findIndex((t, k) => k > i && k < j && ['and', '&'].includes(t.norm) && t.shape !== 'title');
    if (!candidate && and > 0) {
      j = and - 1;
      candidate = guessPerson(scan, i, j);
    }
    if (candidate) found.push(candidate);
    i = j + 1;
  }
  return found;
}

/** "G4", "G-77": a group of states named by its number of members. */
function numberedGroup(scan: Scan, first: number, last: number): Candidate | undefined {
  const text = surface(scan.doc, first, last);
  if (!/^G-?\d{1,3}$/.test(text) || scan.baseAt[first]) return undefined;
  return {
    name: text.replace('-', ''),
    kind: 'GROUPING',
    aliases: [text],
    first,
    last,
    reason: 'a numbered group (“G” and a number)',
  };
}

/** The head of a name: the last head word before its complement ("Ministry of Energy"), else its last. */
function headOf(tokens: readonly Token[], first: number, last: number): number {
  let head = -1;
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (t?.shape === 'lower' && COMPLEMENT_CONNECTORS.has(t.norm) && head >= 0) return head;
    if (headKind(t)) head = k;
  }
  return head;
}

/** Heads of bodies that a place or an institution they serve completes: "Mission in Liberia", "Chamber ... to the EU". */
const POSTED_HEADS = new Set(['embassy', 'consulate', 'mission', 'chamber', 'delegation', 'office', 'force']);
const POSTED_KINDS = new Set<EntityKind>([...PLACE_KINDS, 'GROUPING', 'ORGANIZATION']);

/** The end of a posted body's name that runs to `end`, with the place or institution after it. */
function placeAfter(scan: Scan, head: number, end: number): number {
  const { tokens } = scan.doc;
  if (!POSTED_HEADS.has(tokens[head]?.norm ?? '') || !['in', 'to'].includes(tokens[end + 1]?.norm ?? '')) return end;
  const at = tokens[end + 2]?.norm === 'the' ? end + 3 : end + 2;
  const place = scan.baseAt[at];
  return place?.first === at && POSTED_KINDS.has(scan.kindOf(place.entityId) ?? 'EVENT') ? place.last : end;
}

function nameWithHead(scan: Scan, from: number, last: number): Candidate | undefined {
  let first = from;
  const { doc } = scan;
  const { tokens } = doc;
  const head = headOf(tokens, first, last);
  if (head < 0) return undefined;
  const kind = headKind(tokens[head]) as EntityKind;
  let end = head;
  const aliases: string[] = [];
  const rest = tokens[head + 1];
  if (head < last && rest && CONNECTORS.has(rest.norm)) end = last;
  else if (head < last && isAcronymOf(tokens, rest, first, head)) aliases.push(rest?.text ?? '');
  // "Vision 2030", "World War II", "Resolution 1701".
  else if (rest && !rest.lineBreakBefore && (isYear(rest) || (numbered(kind) && isNumeral(rest)))) end = head + 1;
  // "the Japanese Embassy in Washington", "the China Chamber of Commerce to the EU".
  if (head < end || first < head) end = placeAfter(scan, head, end);
  // "(NATO)", "(MOFCOM)": an acronym in brackets after a name.
  const bracketed = tokens[end + 2];
  if (tokens[end + 1]?.text === '(' && tokens[end + 3]?.text === ')' && bracketed?.shape === 'upper')
    aliases.push(bracketed.text);
  const whole = scan.baseAt[first];
  if (whole && whole.first === first && whole.last >= end) return undefined; // a known or gazetteer name
  // "Security Council Resolution 1701": a document named after the body that issues it is named without it,
  // which keeps the body's own name free ("Taiwan Relations Act" keeps its state).
  const issuer = whole && ['ORGANIZATION', 'GROUPING'].includes(scan.kindOf(whole.entityId) ?? '');
  if (kind === 'POLICY' && issuer && whole?.first === first && end - whole.last >= 2) first = whole.last + 1;
  // An event or place before a common noun only describes it: "a Cold War mentality", "Pacific Island leaders".
  const next = tokens[end + 1];
  const modifies = next?.shape === 'lower' && hasTag(next, 'Noun') && !hasTag(next, 'Verb', 'Preposition');
  if ((kind === 'EVENT' || kind === 'REGION') && modifies && end === head) return undefined;
  const words = tokens.slice(first, end + 1).filter((t, k) => t.type === 'word' && !isJoiner(tokens, first + k));
  let reason = `the head word “${tokens[head]?.text}”`;
  // "the 1992 Consensus": a bare head with its year before it.
  if (words.length === 1 && end === head && isYear(tokens[first - 1]) && tokens[first - 2]?.norm === 'the') {
    first--;
    reason += ' and its year';
  } else if (words.length === 1 && end === head) {
    // A bare head ("the Summit") names something only with its date ("the Summit on 10 April") or year ("Vision 2030").
    const dateEnd = kind === 'EVENT' ? dateAfter(tokens, end + 1) : -1;
    if (dateEnd < 0) return undefined;
    aliases.push(`${surface(doc, end + 2, dateEnd)} ${(tokens[head]?.text ?? '').toLowerCase()}`);
    end = dateEnd;
    reason += ' and its date';
  }
  return { name: surface(doc, first, end), kind, aliases, first, last: end, reason };
}
