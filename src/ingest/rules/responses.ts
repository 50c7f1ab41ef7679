// How someone took something: "Tokyo responded positively" (to the proposal just named) backs it; "reacted
// angrily to the pact" opposes it.
import type { RelationType } from '../../model.ts';
import { eachWord, type RelationRule, RelationSink } from '../rule-context.ts';

const RESPONDING = new Set(['responded', 'responds', 'respond', 'reacted', 'reacts', 'react', 'received']);
const WARMLY = new Set(['positively', 'favourably', 'favorably', 'warmly', 'enthusiastically']);
const COLDLY = new Set(['angrily', 'coolly', 'negatively', 'furiously', 'sharply', 'frostily']);
/** Kinds that can be a proposal someone responds to, named earlier in the sentence. */
const PROPOSALS = new Set(['POLICY', 'EVENT', 'GROUPING']);

export const responses: RelationRule = {
  name: 'responses',
  description: 'responding warmly (or angrily) to something: backing (or opposing) it',
  find({ structure, parties, kindOf }) {
    const sink = new RelationSink(kindOf);
    const { tokens, doc } = structure;
    eachWord(structure, (v) => {
      const clause = structure.clauseAt(v);
      const manner = tokens[v + 1]?.norm ?? '';
      if (!clause || !RESPONDING.has(tokens[v]?.norm ?? '') || !(WARMLY.has(manner) || COLDLY.has(manner))) return;
      const type: RelationType = WARMLY.has(manner) ? 'SUPPORTS' : 'OPPOSES';
      let k = v + 2;
      if (tokens[k]?.norm === 'to') k++;
      while (['the', 'a', 'an'].includes(tokens[k]?.norm ?? '')) k++;
      const named = tokens[v + 2]?.norm === 'to' ? structure.startingAt(k) : undefined;
      // Without "to X", a warm response is to the proposal the sentence named before it.
      const sentence = doc.sentences[clause.sentence];
      const earlier =
        named || type === 'OPPOSES'
          ? undefined
          : structure.mentions
              .filter((m) => m.last < v && m.first >= (sentence?.first ?? 0) && PROPOSALS.has(kindOf(m.entityId) ?? ''))
              .sort((a, b) => a.first - b.first)
              .at(-1);
      const object = named ?? earlier;
      if (!object) return;
      const { parties: subjects, negated } = parties.subjects(v, clause);
      if (negated) return;
      sink.emitPairs(type, subjects, [{ group: [object], penalty: named ? 0 : 0.1 }], {
        at: v,
        last: v + 1,
        strength: 0.7,
        penalty: 0,
        rule: `“${tokens[v]?.text} ${manner}”`,
      });
    });
    return sink.found;
  },
};
