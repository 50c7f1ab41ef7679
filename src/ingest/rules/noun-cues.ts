// A noun of the cue lexicon with its possessor or governing subject and its prepositional object: "Japan's
// support for Ukraine", "X is a member of Y", "a threat to Japan" (the object is the one concerned), "the
// rivalry between X and Y", "under Kishida's leadership, Japan ...".
import { isSymmetric } from '../../model.ts';
import { type Cue, cuesFor } from '../cues.ts';
import { COPULAS } from '../lexicon.ts';
import type { Parties, Party } from '../parties.ts';
import { type CueAt, eachWord, type RelationRule, RelationSink, spokenMentions } from '../rule-context.ts';
import { type Clause, isAdverb, isFiniteVerb } from '../structure.ts';
import { hasTag } from '../tokens.ts';

const NOUN_FRAMES = new Set<Cue['frame']>(['noun', 'causer-noun']);
const structure = (parties: Parties) => parties.s;

/**
 * Reads the cue noun at `c`. `first` is where its phrase starts when the noun ends a name ("Russia's
 * full-scale invasion of Ukraine", where "full-scale invasion" names an event).
 */
function applyNoun(parties: Parties, sink: RelationSink, c: number, cue: Cue, clause: Clause, first = c): void {
  const { tokens } = parties;
  const rule = `${cue.type} cue “${tokens[c]?.text}”`;
  const p = parties.phraseStart(first, clause);
  for (let k = Math.max(clause.first, p - 2); k < p; k++)
    if (['not', 'no', 'never'].includes(tokens[k]?.norm ?? '')) return;
  // "strategic partner", or an owned one: "its partnership with the United States".
  const owned =
    cue.orOwned && (tokens[c - 1]?.type === 'possessive' || ['its', 'their'].includes(tokens[c - 1]?.norm ?? ''));
  if (cue.needsModifier && !cue.needsModifier.has(tokens[c - 1]?.norm ?? '') && !owned) return;
  // A noun that modifies the next one is not the head of its phrase: "treaty allies", "the alliance system".
  const next = tokens[c + 1];
  if (next?.type === 'word' && next.shape === 'lower' && hasTag(next, 'Noun') && !hasTag(next, 'Verb', 'Preposition'))
    return;
  const possessor = parties.possessorOf(first, clause);
  if (cue.needsPossessor && possessor.length === 0) return;
  const at: CueAt = { at: c, strength: cue.strength, penalty: 0, rule };
  // "between X and Y", "the war in Tigray between X and Y"
  const place = tokens[c + 1]?.norm === 'in' ? parties.s.startingAt(c + 2) : undefined;
  const between = place && tokens[place.last + 1]?.norm === 'between' ? place.last + 1 : c + 1;
  if (tokens[between]?.norm === 'between') {
    let k = between + 1;
    while (['the', 'a', 'an', 'even'].includes(tokens[k]?.norm ?? '')) k++;
    const m = parties.s.startingAt(k);
    const group = m ? parties.s.groupFrom(m) : [];
    if (group.length > 1) sink.emitPairs(cue.type, [{ group, penalty: 0 }], [], at);
    return;
  }
  const after = parties.objects(c, cue, clause, true);
  // "a NATO member", "a NATO ally": the body named right before the noun is its object.
  const modifier = structure(parties).endingAt[c - 1]?.find((m) => !m.possessive && m.via !== 'pronoun');
  const objects =
    after.length > 0
      ? after
      : modifier && ['MEMBER_OF', 'ALLY'].includes(cue.type)
        ? [{ group: [modifier], penalty: 0.05 }]
        : parties.relativeObject(clause, cue.preps, c);
  const asParty = parties.asSubject(first, clause);
  if (cue.type === 'LEADS' && tokens[c]?.norm === 'leadership') {
    leadership(parties, sink, c, clause, possessor, objects, at);
    return;
  }
  const usesModifier = after.length === 0 && objects[0]?.group[0] === modifier && modifier !== undefined;
  const governing = () =>
    parties.governingSubjects(usesModifier ? modifier.first : first, clause, cue.copulaOnly ?? false, c);
  if (cue.frame === 'causer-noun') {
    // "risk for Japan ... the American political system", "pressure on Japan" exerted by the subject.
    // A risk's source may follow the one at risk: "risk for Japan in the event of changes within the US".
    const sourceFollows = ['risk', 'risks', 'danger'].includes(tokens[c]?.norm ?? '') && objects[0];
    const after = sourceFollows
      ? parties.objects(Math.max(...(objects[0]?.group ?? []).map((m) => m.last)), { ...cue, preps: [] }, clause, false)
      : [];
    // "For Seoul and Tokyo, ..., the threat from Pyongyang is real": the source after "from", the one at risk
    // in the sentence's "For X," opening.
    const from = tokens[c + 1]?.norm === 'from' ? parties.s.startingAt(c + 2) : undefined;
    const atRisk = objects.length > 0 ? objects : forOpening(parties, c);
    const sources = from ? [{ group: parties.s.groupFrom(from), penalty: 0 }] : [];
    sink.emitPairs(cue.type, atRisk, [...possessor, ...sources, ...governing(), ...after], at);
    return;
  }
  if (isSymmetric(cue.type)) {
    if (asParty.length > 0) sink.emitPairs(cue.type, asParty, [...possessor, ...objects], at);
    else if (possessor.length > 0 && objects.length > 0) sink.emitPairs(cue.type, possessor, objects, at);
    else if ((possessor[0]?.group.length ?? 0) > 1)
      sink.emitPairs(cue.type, possessor, [], at); // "their partnership"
    else if (possessor.length > 0) {
      // "X is Japan's closest ally", not "X persuaded Taiwan's partners".
      const copular = parties.governingSubjects(usesModifier ? modifier.first : first, clause, true, c);
      sink.emitPairs(cue.type, copular, possessor, at);
    } else if (objects.length > 0 || cue.type !== 'RIVAL' || theirConflict(parties, c, clause))
      sink.emitPairs(cue.type, governing(), objects, at);
    return;
  }
  // "the pact has enjoyed support from both parties in Congress", "relied on the support of the NDP": the
  // source named after the noun does what it says, to the one who has it.
  const source = sourceOf(parties, c, clause, p);
  if (source && (cue.type === 'SUPPORTS' || cue.type === 'OPPOSES')) {
    sink.emitPairs(cue.type, source.doers, possessor.length > 0 ? possessor : source.receivers, at);
    return;
  }
  // "X is among Taipei's defenders": the possessor of a doer's noun is the one it is done to.
  if (cue.agentNoun && possessor.length > 0) {
    sink.emitPairs(cue.type, asParty.length > 0 ? asParty : governing(), possessor, at);
    return;
  }
  // A title's object is the first name after it: "director of the Iran Program at the Institute".
  const targets = cue.type === 'LEADS' ? objects.slice(0, 1) : objects;
  const direct = possessor.length > 0 ? possessor : asParty.length > 0 ? asParty : governing();
  // "support for Taiwan" with no one named: the clause's subject, at a lower confidence.
  const subject = parties.s.subjectOf(clause);
  const doers = direct.length > 0 || cue.copulaOnly || !subject ? direct : [{ group: subject, penalty: 0.25 }];
  const penalty = possessor.length > 0 || asParty.length > 0 ? 0 : 0.1;
  if (!sink.emitPairs(cue.type, doers, targets, { ...at, penalty })) return;
  const companions = parties.companions(c, targets, clause, cue.type === 'MEMBER_OF');
  if (companions.length > 0) sink.emitPairs(cue.type, companions, targets, { ...at, penalty: penalty + 0.05 });
}

/** The names a sentence opens with after "For", before the noun at `c`: "For Seoul and Tokyo, ...". */
function forOpening(parties: Parties, c: number): Party[] {
  const { doc } = parties.s;
  const sentence = doc.sentences[doc.sentenceOf[c] ?? -1];
  if (!sentence || parties.tokens[sentence.first]?.norm !== 'for') return [];
  const m = parties.s.startingAt(sentence.first + 1);
  const group = m ? parties.s.groupFrom(m) : [];
  const end = Math.max(...group.map((g) => g.last));
  return group.length > 0 && parties.tokens[end + 1]?.text === ',' && end < c ? [{ group, penalty: 0.05 }] : [];
}

/** Verbs whose subject receives what a noun after "on" gives: "relied on the support of X". */
const RELYING = new Set([
  'rely',
  'relies',
  'relied',
  'relying',
  'depend',
  'depends',
  'depended',
  'depending',
  'count',
  'counted',
]);

/**
 * Who gives what the noun at `c` names, and who receives it: "support from X" (after "from", within a few
 * words: "from both parties in Congress") for the subject of the verb that governs the noun; "relied on the
 * support of X" for the one who relies.
 */
function sourceOf(
  parties: Parties,
  c: number,
  clause: Clause,
  p: number,
): { doers: Party[]; receivers: Party[] } | undefined {
  const { tokens } = parties;
  const within = (from: number) => {
    for (let k = from; k <= clause.last && k < from + 5; k++) {
      const m = parties.s.startingAt(k);
      if (m) return [{ group: parties.s.groupFrom(m), penalty: 0 }];
      if (isFiniteVerb(tokens[k])) return [];
    }
    return [];
  };
  if (tokens[c + 1]?.norm === 'from') {
    const doers = within(c + 2);
    return doers.length > 0 ? { doers, receivers: parties.governingSubjects(p, clause, false, c) } : undefined;
  }
  if (tokens[c + 1]?.norm !== 'of' || !['on', 'upon'].includes(tokens[p - 1]?.norm ?? '')) return undefined;
  let v = p - 2;
  while (v >= clause.first && !RELYING.has(tokens[v]?.norm ?? '') && v > p - 7) v--;
  if (!RELYING.has(tokens[v]?.norm ?? '')) return undefined;
  const doers = within(c + 2);
  return doers.length > 0 ? { doers, receivers: parties.subjects(v, clause).parties } : undefined;
}

/** Verbs that make a war or dispute their subjects' own: "X and Y fought a war", "are locked in a dispute". */
const CONFLICT_VERBS = new Set([
  'fight',
  'fights',
  'fought',
  'fighting',
  'wage',
  'waged',
  'waging',
  'locked',
  'embroiled',
  'engaged',
  'mired',
  'entangled',
  'have',
  'has',
  'had',
  'settle',
  'settled',
  'resolve',
  'resolved',
  'end',
  'ended',
]);

/** Whether a coordinated subject is a conflict's own parties: by a copula or a verb of fighting, not "fuelling". */
function theirConflict(parties: Parties, c: number, clause: Clause): boolean {
  let k = parties.phraseStart(c, clause) - 1;
  if (parties.tokens[k]?.norm === 'in') k--;
  while (isAdverb(parties.tokens[k])) k--;
  const verb = parties.tokens[k]?.norm ?? '';
  return COPULAS.has(verb) || CONFLICT_VERBS.has(verb);
}

/** "under Kishida's leadership, Japan has ...", "the leadership of X". */
function leadership(
  parties: Parties,
  sink: RelationSink,
  c: number,
  clause: Clause,
  possessor: Party[],
  objects: Party[],
  cueAt: CueAt,
): void {
  const leaders = possessor.length > 0 ? possessor : objects;
  if (leaders.length === 0) return;
  const p = parties.phraseStart(c, clause);
  if (parties.tokens[p - 1]?.norm === 'under')
    sink.emitPairs('LEADS', leaders, parties.ledCountry(clause, leaders), cueAt);
}

export const nounCues: RelationRule = {
  name: 'noun-cues',
  description: 'a cue noun with its possessor or governing subject and its prepositional object',
  find({ structure, parties, kindOf }) {
    const sink = new RelationSink(kindOf);
    eachWord(structure, (c) => {
      const clause = structure.clauseAt(c);
      if (!clause) return;
      for (const cue of cuesFor(structure.tokens, c))
        if (NOUN_FRAMES.has(cue.frame)) applyNoun(parties, sink, c, cue, clause);
    });
    // A name that ends in a cue noun is read as the noun too: "Russia's full-scale invasion of Ukraine".
    for (const m of spokenMentions(structure)) {
      const clause = structure.clauseAt(m.first);
      const head = structure.tokens[m.last];
      if (!clause || m.via === 'pronoun' || m.via === 'anaphor' || head?.shape !== 'lower') continue;
      if (!['EVENT', 'POLICY'].includes(kindOf(m.entityId) ?? '') || m.inner.length > 0) continue;
      for (const cue of cuesFor(structure.tokens, m.last))
        if (NOUN_FRAMES.has(cue.frame)) applyNoun(parties, sink, m.last, cue, clause, m.first);
    }
    return sink.found;
  },
};
