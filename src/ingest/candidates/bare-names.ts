// One-word names that need no head word: a legislature ("Congress", "the Diet"), a party by its short name
// ("Labour", "the Conservatives"), a coalition of parties ("the Coalition"), a numbered part ("Pillar II").
import type { EntityKind } from '../../model.ts';
import { isCapitalised, type Token } from '../tokens.ts';
import { type Candidate, isNameWord, opensSentence, type Scan, surface } from './scan.ts';

/** Legislatures known by one proper word. */
const LEGISLATURES = new Set([
  'congress',
  'diet',
  'knesset',
  'duma',
  'bundestag',
  'majlis',
  'storting',
  'riksdag',
  'sejm',
  'rada',
  'oireachtas',
  'folketing',
]);

/** Parties called by a short name, and their full names. */
const PARTY_NAMES: ReadonlyMap<string, string> = new Map([
  ['labour', 'Labour Party'],
  ['labor', 'Labor Party'],
  ['conservatives', 'Conservative Party'],
  ['tories', 'Conservative Party'],
  ['democrats', 'Democratic Party'],
  ['republicans', 'Republican Party'],
  ['liberals', 'Liberal Party'],
  ['greens', 'Green Party'],
]);

/** Nouns of a numbered part of a programme: "Pillar II", "Phase III". */
const PART_NOUNS = new Set(['pillar', 'phase', 'stage', 'tier', 'track']);
const ROMAN = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X)$/;

/** A capitalised word standing alone: no name word before or after it. */
function standsAlone(scan: Scan, i: number): boolean {
  const { tokens } = scan.doc;
  const before = !opensSentence(scan.doc, i) && isCapitalised(tokens[i - 1]) && !scan.consumed[i - 1];
  return !before && !isNameWord(scan, i + 1) && tokens[i + 1]?.type !== 'possessive';
}

function candidate(name: string, kind: EntityKind, aliases: string[], i: number, last: number, reason: string) {
  return { name, kind, aliases, first: i, last, reason };
}

/** "Congress", "the Diet", "Labour", "the Coalition", "Pillar II". */
export function bareNames(scan: Scan): Candidate[] {
  const { doc } = scan;
  const { tokens } = doc;
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t: Token | undefined = tokens[i];
    if (t?.shape !== 'title' || scan.consumed[i] || scan.baseAt[i]) continue;
    const numeral = tokens[i + 1];
    if (PART_NOUNS.has(t.norm) && numeral && ROMAN.test(numeral.text) && !numeral.lineBreakBefore) {
      const name = surface(doc, i, i + 1);
      found.push(candidate(name, 'POLICY', [], i, i + 1, 'a part named by its number'));
      i++;
      continue;
    }
    if (!standsAlone(scan, i)) continue;
    if (LEGISLATURES.has(t.norm)) found.push(candidate(t.text, 'ORGANIZATION', [], i, i, 'the name of a legislature'));
    const party = PARTY_NAMES.get(t.norm);
    if (party) found.push(candidate(party, 'ORGANIZATION', [t.text], i, i, 'the short name of a party'));
    // "the Coalition" inside a sentence: a coalition of parties known by that name.
    if (t.norm === 'coalition' && tokens[i - 1]?.norm === 'the' && !opensSentence(doc, i - 1))
      found.push(candidate(t.text, 'ORGANIZATION', [], i, i, 'a coalition known by that name'));
  }
  return found;
}
