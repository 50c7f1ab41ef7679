// A verb or adjective of the cue lexicon with its subject and object: "Japan joined the coalition", "Tokyo is
// concerned about Taiwan", "Russia threatens Moldova" (the object is the one concerned), and the passive
// turned round ("was commended by X").
import { type Cue, cuesFor } from '../cues.ts';
import { eachWord, type RelationRule, RelationSink } from '../rule-context.ts';

const VERB_FRAMES = new Set<Cue['frame']>(['verb', 'experiencer', 'causer-verb']);

export const verbCues: RelationRule = {
  name: 'verb-cues',
  description: 'a cue verb or adjective between its subject and object, turned round in the passive',
  find({ structure, parties, kindOf }) {
    const sink = new RelationSink(kindOf);
    eachWord(structure, (c) => {
      const clause = structure.clauseAt(c);
      if (!clause) return;
      for (const cue of cuesFor(structure.tokens, c)) {
        if (!VERB_FRAMES.has(cue.frame)) continue;
        const rule = `${cue.type} cue “${structure.tokens[c]?.text}”`;
        const reduced = parties.reducedRelative(c);
        if (reduced) {
          // "the Democratic Party, led by Lee Jae-myung": a passive without its verb "to be".
          const agent = parties.agentAfter(c, clause);
          if (agent.length > 0)
            sink.emitPairs(cue.type, agent, reduced, { at: c, strength: cue.strength, penalty: 0, rule });
          continue;
        }
        const { parties: subjects, negated, modal } = parties.subjects(c, clause);
        if (negated) continue;
        const at = { at: c, strength: cue.strength, penalty: modal ? 0.1 : 0, rule };
        if (cue.frame === 'verb' && parties.isPassive(c)) {
          const agent = parties.agentAfter(c, clause);
          if (agent.length > 0) sink.emitPairs(cue.type, agent, subjects, at);
          continue;
        }
        if (cue.pairsOnly) {
          sink.emitPairs(cue.type, subjects, [], at);
          continue;
        }
        const found = parties.objects(c, cue, clause, false);
        const objects = found.length > 0 ? found : parties.relativeObject(clause, cue.preps);
        if (cue.frame === 'causer-verb') sink.emitPairs(cue.type, objects, subjects, at);
        else sink.emitPairs(cue.type, subjects, objects, at);
      }
    });
    return sink.found;
  },
};
