// A verb or adjective of the cue lexicon with its subject and object: "Japan joined the coalition", "Tokyo is
// concerned about Taiwan", "Russia threatens Moldova" (the object is the one concerned), and the passive
// turned round ("was commended by X").

import type { RelationType } from '../../model.ts';
import { type Cue, cuesFor } from '../cues.ts';
import { COPULAS, PREPOSITIONS } from '../lexicon.ts';
import type { Party } from '../parties.ts';
import { eachWord, type RelationRule, RelationSink } from '../rule-context.ts';
import { isAdverb } from '../structure.ts';
import type { Token } from '../tokens.ts';

const VERB_FRAMES = new Set<Cue['frame']>(['verb', 'experiencer', 'causer-verb']);

/** Verbs an adjective follows as a predicate: "is concerned", "grew wary", "remains committed". */
const LINKING = new Set([
  ...COPULAS,
  'feel',
  'feels',
  'felt',
  'grow',
  'grows',
  'grew',
  'grown',
  'seem',
  'seems',
  'seemed',
  'appear',
  'appears',
  'appeared',
  'look',
  'looks',
  'looked',
  'stay',
  'stays',
  'stayed',
  'get',
  'gets',
  'got',
]);

/** What doing a cue's deed to one another makes two parties. */
const RECIPROCAL: Partial<Record<RelationType, RelationType>> = {
  OPPOSES: 'RIVAL',
  SUPPORTS: 'ALLY',
  AGREEMENT: 'AGREEMENT',
};

/** Whether "each other" or "one another" follows the cue at `c` (past a preposition). */
function reciprocal(tokens: readonly Token[], c: number): boolean {
  const k = PREPOSITIONS.has(tokens[c + 1]?.norm ?? '') ? c + 2 : c + 1;
  const pair = `${tokens[k]?.norm} ${tokens[k + 1]?.norm}`;
  return pair === 'each other' || pair === 'one another';
}

/** Whether the adjective at `c` is a predicate or an apposition, not a verb of the same spelling. */
function predicative(tokens: readonly Token[], c: number): boolean {
  let j = c - 1;
  while (isAdverb(tokens[j]) || ['not', 'so', 'too', 'very', 'more', 'most', 'less'].includes(tokens[j]?.norm ?? ''))
    j--;
  const before = tokens[j];
  return before !== undefined && (LINKING.has(before.norm) || [',', 'and', 'or', 'but'].includes(before.norm));
}

export const verbCues: RelationRule = {
  name: 'verb-cues',
  description: 'a cue verb or adjective between its subject and object, turned round in the passive',
  find({ structure, parties, kindOf }) {
    const sink = new RelationSink(kindOf);
    const only = (parties: readonly Party[], kinds: readonly string[]) =>
      parties.map((p) => ({ ...p, group: p.group.filter((m) => kinds.includes(kindOf(m.entityId) ?? '')) }));
    const states = (parties: readonly Party[]) => only(parties, ['COUNTRY']);
    const groupings = (parties: readonly Party[]) => only(parties, ['GROUPING']);
    eachWord(structure, (c) => {
      const clause = structure.clauseAt(c);
      if (!clause) return;
      for (const cue of cuesFor(structure.tokens, c)) {
        if (!VERB_FRAMES.has(cue.frame) || (cue.adjective && !predicative(structure.tokens, c))) continue;
        const rule = `${cue.type} cue “${structure.tokens[c]?.text}”`;
        const reduced = parties.reducedRelative(c);
        if (reduced) {
          // "the Democratic Party, led by Lee Jae-myung": a passive without its verb "to be".
          const agent = parties.agentAfter(c, clause);
          const at = { at: c, strength: cue.strength, penalty: 0, rule };
          if (agent.length > 0) sink.emitPairs(cue.type, agent, reduced, at);
          // "a body led by China and Russia": states that lead a grouping are its members.
          if (cue.type === 'LEADS') sink.emitPairs('MEMBER_OF', states(agent), groupings(reduced), at);
          continue;
        }
        const { parties: subjects, negated, modal } = parties.subjects(c, clause);
        if (negated) continue;
        const at = { at: c, strength: cue.strength, penalty: modal ? 0.1 : 0, rule };
        if (cue.frame === 'verb' && parties.isPassive(c)) {
          const agent = parties.agentAfter(c, clause);
          if (agent.length > 0) sink.emitPairs(cue.type, agent, subjects, at);
          if (cue.type === 'LEADS') sink.emitPairs('MEMBER_OF', states(agent), groupings(subjects), at);
          continue;
        }
        if (cue.pairsOnly) {
          sink.emitPairs(cue.type, subjects, [], at);
          continue;
        }
        const found = parties.objects(c, cue, clause, false);
        const relative = found.length > 0 ? [] : parties.relativeObject(clause, cue.preps, c);
        const objects = found.length > 0 ? found : relative.length > 0 ? relative : parties.objectRelative(c, clause);
        // "the two countries have expelled each other's diplomats": rivals (or allies) between themselves.
        const mutual = RECIPROCAL[cue.type];
        if (objects.length === 0 && mutual && reciprocal(structure.tokens, c)) {
          sink.emitPairs(mutual, subjects, [], at);
          continue;
        }
        if (cue.frame === 'causer-verb') {
          sink.emitPairs(cue.type, objects, subjects, at);
          continue;
        }
        sink.emitPairs(cue.type, subjects, objects, at);
        // "X is a member of Y, alongside A and B", "which it joined at the same time as Z"
        const companions = parties.companions(c, objects, clause, cue.type === 'MEMBER_OF');
        if (companions.length > 0) sink.emitPairs(cue.type, companions, objects, { ...at, penalty: at.penalty + 0.05 });
        // "Tokyo welcomed the plan, and so did Washington"
        const echoes = parties.echoes(c, objects, clause);
        if (echoes.length > 0) sink.emitPairs(cue.type, echoes, objects, { ...at, penalty: at.penalty + 0.05 });
      }
    });
    return sink.found;
  },
};
