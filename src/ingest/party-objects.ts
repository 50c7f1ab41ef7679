// What a cue is done to, for the party finder: the objects after it (past time phrases, through repeated
// prepositions, not inside an infinitive, a relative clause or "the idea of"), what a relative clause points
// back to, the agent of a passive, and who shares or echoes the subject's part.
import {
  afterTimePhrase,
  companionsAfter,
  echoingSubjects,
  prepositionBefore,
  repeatedObjects,
} from './complements.ts';
import type { Cue } from './cues.ts';
import { BE_FORMS, DETERMINERS, PREPOSITIONS, RELATIVES, SUBORDINATORS } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import { MAX_DISTANCE, type Parties, type Party } from './parties.ts';
import { appositionOf, objectRelativeAntecedent } from './relatives.ts';
import { type Clause, isAdverb, isFiniteVerb } from './structure.ts';
import { hasTag, type Token } from './tokens.ts';

const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
/** Nouns for a thought about something: "the idea of the Pacific as an ocean of peace". */
const IDEAS = new Set(['idea', 'notion', 'concept', 'image', 'vision']);

/** What an object relative's verb at `v` is done to: "the agreement, which Wang hailed". */
export function objectRelative(parties: Parties, v: number, clause: Clause): Party[] {
  const walk = parties.s.walkVerbGroup(v, clause.first);
  const subject = parties.s.endingAt[walk.before]?.[0];
  if (!subject || walk.negated) return [];
  const first = Math.min(...parties.s.groupOf(subject).map((m) => (m.last <= subject.last ? m.first : subject.first)));
  const found = objectRelativeAntecedent(parties.s, first);
  if (!found) return [];
  return found.plural ? parties.party(found.name) : [{ group: [found.name], penalty: 0 }];
}

/** Who shares the subject's part, named after the cue's first object: "a member of X, alongside A and B". */
export function companions(
  parties: Parties,
  c: number,
  objects: readonly Party[],
  clause: Clause,
  withToo: boolean,
): Party[] {
  const after = (objects[0]?.group ?? []).filter((m) => m.first > c).map((m) => m.last);
  const sentence = parties.s.doc.sentences[clause.sentence];
  const last = sentence?.last ?? clause.last;
  // "sit alongside New Delhi and Tokyo in the Quad": right after the verb, or after the object.
  const group = companionsAfter(parties.s, c + 1, last, false);
  const later = group.length > 0 ? group : companionsAfter(parties.s, Math.max(c, ...after) + 1, last, withToo);
  return later.length > 0 ? [{ group: later, penalty: 0.05 }] : [];
}

/** Who echoes the clause of the cue at `c`: "Tokyo welcomed the plan, and so did Washington". */
export function echoes(parties: Parties, c: number, objects: readonly Party[], clause: Clause): Party[] {
  const after = (objects[0]?.group ?? []).filter((m) => m.first > c).map((m) => m.last);
  const sentence = parties.s.doc.sentences[clause.sentence];
  const group = echoingSubjects(parties.s, Math.max(c, ...after) + 1, sentence?.last ?? clause.last);
  return group.length > 0 ? [{ group, penalty: 0.05 }] : [];
}

/** The objects after a cue: its direct object, or the object of one of its prepositions. */
export function cueObjects(parties: Parties, c: number, cue: Cue, clause: Clause, prepositional: boolean): Party[] {
  const { tokens } = parties;
  // "agreed to pay X", "threatened to intervene to restore X": what follows belongs to the infinitive.
  if (tokens[c + 1]?.norm === 'to' && isInfinitive(parties, c + 2)) return [];
  let k = c + 1;
  let complement = false;
  // "voiced concern in 2022 about X": a time phrase before the preposition.
  const timed = afterTimePhrase(tokens, k);
  if (timed > k && cue.preps.includes(tokens[timed]?.norm ?? '')) k = timed;
  const next = tokens[k];
  if (next && cue.preps.includes(next.norm)) {
    complement = next.norm === 'that';
    k++;
  } else if (next && PREPOSITIONS.has(next.norm) && RELATIVES.has(tokens[k + 1]?.norm ?? '')) {
    k += 2; // "an ally upon which the US can rely"
  } else if (prepositional) return [];
  const limit = complement ? 14 : prepositional ? 6 : next && cue.preps.includes(next.norm) ? 10 : MAX_DISTANCE;
  const start = k;
  const out: Party[] = [];
  for (let steps = 0; k <= clause.last && steps < limit; steps++) {
    const m = parties.s.startingAt(k);
    // A recipient stands right after the verb or after "to": not "sending a signal that Japan ...".
    const recipient =
      !cue.dative || k === c + 1 || (k === c + 2 && ARTICLES.has(tokens[c + 1]?.norm ?? '')) || afterTo(parties, k);
    const introduced = !cue.prepOnly || (m !== undefined && cue.preps.includes(prepositionBefore(parties.s, m) ?? ''));
    // "signed the agreement in Manila": a place where it happened, unless the cue takes that preposition.
    const place = m !== undefined && isPlaceAdjunct(parties, m, cue);
    if (m && (!recipient || !introduced || place || onlyAnIdea(parties, m))) {
      k = m.last + 1;
      continue;
    }
    if (m) {
      const group = parties.s.groupFrom(m);
      if (!(m.via === 'pronoun' && m.possessive)) {
        out.push({
          group,
          penalty: (m.possessive ? 0.05 : 0) + (m.via === 'pronoun' || m.via === 'anaphor' ? 0.1 : 0),
        });
      }
      k = Math.max(...group.map((g) => g.last)) + 1;
      continue;
    }
    const t = tokens[k] as Token;
    if (k > c + 1 && (isFiniteVerb(t) || SUBORDINATORS.has(t.norm))) break;
    // "a pact under which Australia trains police": what a relative clause names is not the cue's object.
    if (k > start && ['which', 'who', 'whom', 'whose'].includes(t.norm)) break;
    // "hurt European companies more than Chinese ones": what a comparison names is not the object.
    if (t.norm === 'than') break;
    k++;
  }
  // "sanctions on Mali in 2022 and on Niger": a second object after the same preposition.
  const first = out[0]?.group[0];
  const preposition = first && !complement ? prepositionBefore(parties.s, first) : undefined;
  if (first && preposition) {
    const end = Math.max(...out.flatMap((p) => p.group.map((m) => m.last)));
    const sentence = parties.s.doc.sentences[clause.sentence];
    const more = repeatedObjects(parties.s, end, preposition, sentence?.last ?? clause.last);
    if (more.length > 0) out[0] = { ...(out[0] as Party), group: [...(out[0] as Party).group, ...more] };
  }
  return out;
}

/**
 * What a clause opening with a preposition and "which" points back to: "the Forum, to which Australia
 * belongs", "ECOWAS, of which Mali was a founding member". Only for the prepositions the cue takes.
 */
export function relativeObject(
  parties: Parties,
  clause: Clause,
  preps: readonly string[],
  before = clause.last,
): Party[] {
  for (let k = clause.first; k < before; k++) {
    const t = parties.tokens[k];
    if (t?.shape === 'lower' && preps.includes(t.norm) && ['which', 'whom'].includes(parties.tokens[k + 1]?.norm ?? ''))
      return parties.antecedent(k + 1);
  }
  return [];
}

/** "promoted the idea of the Pacific as ...": a name inside an idea is not what the idea's verb acts on. */
function onlyAnIdea(parties: Parties, m: Mention): boolean {
  let k = m.first - 1;
  while (ARTICLES.has(parties.tokens[k]?.norm ?? '')) k--;
  return parties.tokens[k]?.norm === 'of' && IDEAS.has(parties.tokens[k - 1]?.norm ?? '');
}

/** Whether the word at `k`, after "to", is a verb: "to pay", not "to the deal" or "to Ukraine". */
function isInfinitive(parties: Parties, k: number): boolean {
  const t = parties.tokens[k];
  if (t?.type !== 'word' || t.shape !== 'lower' || parties.s.at[k]?.length || DETERMINERS.has(t.norm)) return false;
  if (hasTag(t, 'Infinitive') || (hasTag(t, 'Verb') && !hasTag(t, 'Noun'))) return true;
  // A verb the tagger took for a noun: "to intervene militarily", "to host the summit".
  const after = parties.tokens[k + 1];
  return after?.type === 'word' && (/ly$/.test(after.norm) || ['the', 'a', 'an', 'to'].includes(after.norm));
}

/** Whether the mention at `k` is the object of "to" ("to the Philippines"). */
/** Prepositions of place and time before a name: where or when something happened, not who it was done to. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'inside', 'outside']);

/** Whether `m` follows a preposition of place the cue does not take ("in Manila" after "signed"). */
function isPlaceAdjunct(parties: Parties, m: Mention, cue: Cue): boolean {
  const preposition = prepositionBefore(parties.s, m);
  return preposition !== undefined && PLACE_PREPOSITIONS.has(preposition) && !cue.preps.includes(preposition);
}

function afterTo(parties: Parties, k: number): boolean {
  let j = k - 1;
  while (['the', 'a', 'an'].includes(parties.tokens[j]?.norm ?? '')) j--;
  return parties.tokens[j]?.norm === 'to';
}

/** The agent of a passive: "was commended by X". */
export function agentAfter(parties: Parties, c: number, clause: Clause): Party[] {
  let k = c + 1;
  while (k <= clause.last && (isAdverb(parties.tokens[k]) || ['upon', 'on'].includes(parties.tokens[k]?.norm ?? '')))
    k++;
  if (parties.tokens[k]?.norm !== 'by') return [];
  k++;
  while (['the', 'a', 'an'].includes(parties.tokens[k]?.norm ?? '')) k++;
  const m = parties.s.startingAt(k);
  return m ? [{ group: parties.s.groupFrom(m), penalty: 0 }] : [];
}

/**
 * The party a past participle after a comma describes, when "by" follows: "the Democratic Party, led by
 * Lee Jae-myung", "Mali, backed by Russia". Undefined when the verb at `c` is not such a participle.
 */
export function reducedRelative(parties: Parties, c: number): Party[] | undefined {
  const t = parties.tokens[c];
  if (!t || !(hasTag(t, 'PastTense', 'Participle') || t.norm.endsWith('ed'))) return undefined;
  let k = c + 1;
  while (isAdverb(parties.tokens[k])) k++;
  if (parties.tokens[k]?.norm !== 'by') return undefined;
  if (parties.tokens[c - 1]?.text === ',') {
    const described = parties.nameEndingAt(c - 2);
    return described ? parties.party(described) : undefined;
  }
  // "the SCO, the Eurasian security body led by China and Russia": a description in apposition.
  const apposition = appositionOf(parties.s, c - 1);
  return apposition ? [{ group: [apposition.name], penalty: 0.05 }] : undefined;
}

/** Whether the verb at `c` is a passive participle: "was commended". */
export function isPassive(parties: Parties, c: number): boolean {
  const t = parties.tokens[c];
  if (!t || !(hasTag(t, 'PastTense', 'Participle') || t.norm.endsWith('ed'))) return false;
  let k = c - 1;
  while (isAdverb(parties.tokens[k])) k--;
  return BE_FORMS.has(parties.tokens[k]?.norm ?? '');
}
