// A noun of the cue lexicon with its possessor or governing subject and its prepositional object: "Japan's
// support for Ukraine", "X is a member of Y", "a threat to Japan" (the object is the one concerned), "the
// rivalry between X and Y", "under Kishida's leadership, Japan ...".
import { isSymmetric } from '../../model.ts';
import { type Cue, cuesFor } from '../cues.ts';
import type { Parties, Party } from '../parties.ts';
import { type CueAt, eachWord, type RelationRule, RelationSink } from '../rule-context.ts';
import type { Clause } from '../structure.ts';
import { hasTag } from '../tokens.ts';

const NOUN_FRAMES = new Set<Cue['frame']>(['noun', 'causer-noun']);
const structure = (parties: Parties) => parties.s;

function applyNoun(parties: Parties, sink: RelationSink, c: number, cue: Cue, clause: Clause): void {
  const { tokens } = parties;
  const rule = `${cue.type} cue “${tokens[c]?.text}”`;
  const p = parties.phraseStart(c, clause);
  for (let k = Math.max(clause.first, p - 2); k < p; k++)
    if (['not', 'no', 'never'].includes(tokens[k]?.norm ?? '')) return;
  if (cue.needsModifier && !cue.needsModifier.has(tokens[c - 1]?.norm ?? '')) return;
  // A noun that modifies the next one is not the head of its phrase: "treaty allies", "the alliance system".
  const next = tokens[c + 1];
  if (next?.type === 'word' && next.shape === 'lower' && hasTag(next, 'Noun') && !hasTag(next, 'Verb', 'Preposition'))
    return;
  const possessor = parties.possessorOf(c, clause);
  if (cue.needsPossessor && possessor.length === 0) return;
  const at: CueAt = { at: c, strength: cue.strength, penalty: 0, rule };
  // "between X and Y"
  if (tokens[c + 1]?.norm === 'between') {
    let k = c + 2;
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
        : parties.relativeObject(clause, cue.preps);
  const asParty = parties.asSubject(c, clause);
  if (cue.type === 'LEADS' && tokens[c]?.norm === 'leadership') {
    leadership(parties, sink, c, clause, possessor, objects, at);
    return;
  }
  const usesModifier = after.length === 0 && objects[0]?.group[0] === modifier && modifier !== undefined;
  const governing = () => parties.governingSubjects(usesModifier ? modifier.first : c, clause, cue.copulaOnly ?? false);
  if (cue.frame === 'causer-noun') {
    // "risk for Japan ... the American political system", "pressure on Japan" exerted by the subject.
    // A risk's source may follow the one at risk: "risk for Japan in the event of changes within the US".
    const sourceFollows = ['risk', 'risks', 'danger'].includes(tokens[c]?.norm ?? '') && objects[0];
    const after = sourceFollows
      ? parties.objects(Math.max(...(objects[0]?.group ?? []).map((m) => m.last)), { ...cue, preps: [] }, clause, false)
      : [];
    sink.emitPairs(cue.type, objects, [...possessor, ...governing(), ...after], at);
    return;
  }
  if (isSymmetric(cue.type)) {
    if (asParty.length > 0) sink.emitPairs(cue.type, asParty, [...possessor, ...objects], at);
    else if (possessor.length > 0 && objects.length > 0) sink.emitPairs(cue.type, possessor, objects, at);
    else if (possessor.length > 0) sink.emitPairs(cue.type, governing(), possessor, at);
    else sink.emitPairs(cue.type, governing(), objects, at);
    return;
  }
  // A title's object is the first name after it: "director of the Iran Program at the Institute".
  const targets = cue.type === 'LEADS' ? objects.slice(0, 1) : objects;
  const direct = possessor.length > 0 ? possessor : asParty.length > 0 ? asParty : governing();
  // "support for Taiwan" with no one named: the clause's subject, at a lower confidence.
  const subject = parties.s.subjectOf(clause);
  const doers = direct.length > 0 || cue.copulaOnly || !subject ? direct : [{ group: subject, penalty: 0.25 }];
  const penalty = possessor.length > 0 || asParty.length > 0 ? 0 : 0.1;
  sink.emitPairs(cue.type, doers, targets, { ...at, penalty });
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
    return sink.found;
  },
};
