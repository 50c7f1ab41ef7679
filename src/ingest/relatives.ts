// What a relative pronoun or an apposition points back to: "Finland, which ...", "ECOWAS, the regional bloc of
// which ...", "Stoltenberg, a former prime minister who ...", "Turkey, a NATO member whose ...". Kept apart
// from the party finder, which asks it; it knows no cue word.
import { DETERMINERS, PREPOSITIONS, RELATIVES } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import { isAuxiliary, isFiniteVerb, type Structure } from './structure.ts';
import { hasTag, type Token } from './tokens.ts';

/** How far back a description in apposition may reach for its name ("a former Norwegian prime minister"). */
const DESCRIPTION_WORDS = 8;

/** The name ending at token `j` that is not only a possessor ("Japan's"). */
function nameEndingAt(structure: Structure, j: number): Mention | undefined {
  return structure.endingAt[j]?.find((m) => !m.possessive);
}

/**
 * The name a description ending at token `last` is in apposition to: ", the regional bloc" after "ECOWAS",
 * ", a NATO member" after "Turkey". The description opens with a determiner right after the comma and holds
 * only modifiers, nouns and names used as modifiers: no verb, no preposition.
 */
export function appositionOf(structure: Structure, last: number): { name: Mention; first: number } | undefined {
  const { tokens } = structure;
  let k = last;
  for (let steps = 0; k >= 0 && steps < DESCRIPTION_WORDS; steps++) {
    const t = tokens[k] as Token | undefined;
    if (!t) return undefined;
    const named = structure.at[k]?.find((m) => m.first <= k);
    if (named && !named.possessive && named.via !== 'pronoun') {
      k = named.first - 1;
      continue;
    }
    if (t.type === 'possessive' || named?.possessive) {
      k--;
      continue;
    }
    if (t.type !== 'word' && t.type !== 'number') break;
    // A present-tense "verb" before a noun is a noun the tagger misread: "its only treaty ally".
    const modifier =
      hasTag(t, 'PresentTense') && tokens[k + 1]?.shape === 'lower' && hasTag(tokens[k + 1], 'Noun') && !isAuxiliary(t);
    if ((isFiniteVerb(t) && !modifier) || RELATIVES.has(t.norm) || (PREPOSITIONS.has(t.norm) && t.shape === 'lower'))
      return undefined;
    k--;
  }
  const opener = tokens[k + 1];
  if (tokens[k]?.text !== ',' || !opener || !(DETERMINERS.has(opener.norm) || hasTag(opener, 'Value')))
    return undefined;
  const name = nameEndingAt(structure, k - 1);
  return name ? { name, first: k + 1 } : undefined;
}

/**
 * What the relative pronoun at `r` stands for: the name right before it (across a comma, or across the
 * preposition of "of which"), or the name the description before it is in apposition to. A singular
 * description stands for the nearest name only ("Indonesia and Turkey, a NATO member whose ..."): the
 * caller reads the name's coordinated list only when `plural` is true.
 */
export function antecedentOf(structure: Structure, r: number): { name: Mention; plural: boolean } | undefined {
  const { tokens } = structure;
  let k = r - 1;
  if (PREPOSITIONS.has(tokens[k]?.norm ?? '') && tokens[k]?.shape === 'lower') k--;
  if (tokens[k]?.text === ',') k--;
  // "the New Democratic Party (NDP), whose leader": past an abbreviation in brackets.
  if (tokens[k]?.text === ')' && tokens[k - 2]?.text === '(') k -= 3;
  const direct = nameEndingAt(structure, k);
  // "the Africa Corps, a force controlled by the Defence Ministry, which ...": the description's name, not its agent.
  const by = direct ? direct.first - (['the', 'a', 'an'].includes(tokens[direct.first - 1]?.norm ?? '') ? 2 : 1) : -1;
  const agentOf = tokens[by]?.norm === 'by' ? appositionOf(structure, by - 2) : undefined;
  if (agentOf && hasTag(tokens[by - 1], 'PastTense', 'Participle')) return { name: agentOf.name, plural: false };
  if (direct) return { name: direct, plural: true };
  const apposition = appositionOf(structure, k);
  if (!apposition) return undefined;
  const head = tokens[k];
  const plural = ['both', 'all'].includes(tokens[apposition.first]?.norm ?? '') || hasTag(head, 'Plural');
  return { name: apposition.name, plural };
}

/**
 * The antecedent of an object relative whose subject starts at token `subjectFirst`: "the agreement, which
 * Wang hailed", "the SCO, which it joined"; after "and", the name an earlier apposition or relative clause
 * of the sentence describes ("BRICS, the bloc it formed with Brazil and which South Africa joined").
 */
export function objectRelativeAntecedent(
  structure: Structure,
  subjectFirst: number,
): { name: Mention; plural: boolean } | undefined {
  const { tokens } = structure;
  const r = subjectFirst - 1;
  if (!['which', 'whom'].includes(tokens[r]?.norm ?? '')) return undefined;
  if (PREPOSITIONS.has(tokens[r - 1]?.norm ?? '')) return undefined; // "under which X trains police"
  if (!['and', 'but', 'or'].includes(tokens[r - 1]?.norm ?? '')) return antecedentOf(structure, r);
  const sentence = structure.doc.sentences[structure.doc.sentenceOf[r] ?? -1];
  for (let k = r - 2; k > (sentence?.first ?? 0); k--) {
    const opener = tokens[k + 1];
    if (tokens[k]?.text !== ',' || !opener || !(DETERMINERS.has(opener.norm) || RELATIVES.has(opener.norm))) continue;
    const name = nameEndingAt(structure, k - 1);
    if (name) return { name, plural: false };
  }
  return undefined;
}
