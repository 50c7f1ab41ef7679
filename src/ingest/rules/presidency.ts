// "during its G7 presidency": who holds a grouping's presidency or chair is a member of it.
import { type RelationRule, RelationSink, spokenMentions } from '../rule-context.ts';

export const presidency: RelationRule = {
  name: 'presidency',
  description: "the holder of a grouping's presidency or chair is a member",
  find({ structure, parties, kindOf }) {
    const sink = new RelationSink(kindOf);
    for (const m of spokenMentions(structure)) {
      if (kindOf(m.entityId) !== 'GROUPING') continue;
      const next = structure.tokens[m.last + 1];
      if (!next || !['presidency', 'chairmanship', 'chair'].includes(next.norm)) continue;
      const clause = structure.clauseAt(m.first);
      if (!clause) continue;
      sink.emitPairs('MEMBER_OF', parties.possessorOf(m.first, clause), [{ group: [m], penalty: 0 }], {
        at: m.last + 1,
        strength: 0.7,
        penalty: 0,
        rule: `the ${next.text} of a grouping`,
      });
    }
    return sink.found;
  },
};
