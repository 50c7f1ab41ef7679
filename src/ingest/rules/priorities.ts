// Making something one's priority backs it: "Albanese has made it a centrepiece of his defence policy", "the
// administration has positioned the alliance at the centre of its strategy".
import { eachWord, type RelationRule, RelationSink } from '../rule-context.ts';
import type { Token } from '../tokens.ts';

const MAKE = new Set(['make', 'makes', 'made', 'making']);
const PLACE = new Set([
  'put',
  'puts',
  'putting',
  'place',
  'places',
  'placed',
  'placing',
  'position',
  'positions',
  'positioned',
  'positioning',
]);
/** What one makes a thing: "a centrepiece of", "its top priority". */
const PRIORITY_NOUNS = new Set([
  'centrepiece',
  'centerpiece',
  'cornerstone',
  'priority',
  'pillar',
  'linchpin',
  'lynchpin',
]);
/** Where one places it: "at the centre of", "at the heart of". */
const CENTRE_NOUNS = new Set(['centre', 'center', 'heart', 'core', 'forefront']);
const WINDOW = 4;

export const priorities: RelationRule = {
  name: 'priorities',
  description: 'making something a priority or placing it at the centre of a policy: the subject backs it',
  find({ structure, parties, kindOf }) {
    const sink = new RelationSink(kindOf);
    const { tokens } = structure;
    eachWord(structure, (v) => {
      const verb = tokens[v] as Token;
      const clause = structure.clauseAt(v);
      if (!clause || verb.shape !== 'lower' || !(MAKE.has(verb.norm) || PLACE.has(verb.norm))) return;
      let o = v + 1;
      while (!structure.startingAt(o) && ['the', 'a', 'an', 'its', 'their'].includes(tokens[o]?.norm ?? '')) o++;
      const object = structure.startingAt(o);
      if (!object) return;
      const group = structure.groupFrom(object);
      const after = Math.max(...group.map((m) => m.last)) + 1;
      const words = tokens.slice(after, after + WINDOW + 1).map((t) => t.norm);
      const made = MAKE.has(verb.norm) && words.slice(0, WINDOW).some((w) => PRIORITY_NOUNS.has(w));
      const placed = PLACE.has(verb.norm) && words[0] === 'at' && CENTRE_NOUNS.has(words[2] ?? '');
      if (!made && !placed) return;
      const { parties: subjects, negated } = parties.subjects(v, clause);
      if (negated) return;
      sink.emitPairs('SUPPORTS', subjects, [{ group, penalty: 0 }], {
        at: v,
        last: after + (placed ? 2 : 0),
        strength: 0.7,
        penalty: 0,
        rule: placed ? 'placing it at the centre' : 'making it a priority',
      });
    });
    return sink.found;
  },
};
