// "during its G7 presidency": who holds a grouping's presidency or chair is a member of it; and the leader of
// that holder who acts during it ("during its G7 presidency, Kishida promoted ...") leads the grouping then.
import type { Mention } from '../mentions.ts';
import { type RelationRule, RelationSink, spokenMentions } from '../rule-context.ts';

const HELD = new Set(['presidency', 'chairmanship', 'chair']);

export const presidency: RelationRule = {
  name: 'presidency',
  description: "the holder of a grouping's presidency or chair is a member; its leader acting then leads it",
  find({ structure, parties, kindOf, found }) {
    const sink = new RelationSink(kindOf);
    const { tokens } = structure;
    for (const m of spokenMentions(structure)) {
      if (kindOf(m.entityId) !== 'GROUPING') continue;
      const next = tokens[m.last + 1];
      if (!next || !HELD.has(next.norm)) continue;
      const clause = structure.clauseAt(m.first);
      if (!clause) continue;
      const holders = parties.possessorOf(m.first, clause);
      const at = { at: m.last + 1, strength: 0.7, penalty: 0, rule: `the ${next.text} of a grouping` };
      sink.emitPairs('MEMBER_OF', holders, [{ group: [m], penalty: 0 }], at);
      // "during its G7 presidency in 2023, Kishida promoted ...": the holder's leader, subject of the next clause.
      let k = m.last + 2;
      while (k <= clause.last && tokens[k]?.text !== ',') k++;
      const next2 = structure.clauses[clause.index + 1];
      if (tokens[k]?.text !== ',' || !next2 || next2.sentence !== clause.sentence) continue;
      const held = new Set(holders.flatMap((p) => p.group.map((h) => h.entityId)));
      const leader = structure
        .subjectOf(next2)
        ?.find((x: Mention) => found.some((r) => r.type === 'LEADS' && r.from === x.entityId && held.has(r.to)));
      if (leader)
        sink.emitPairs('LEADS', [{ group: [leader], penalty: 0 }], [{ group: [m], penalty: 0 }], {
          ...at,
          rule: `the leader of the ${next.text}'s holder`,
        });
    }
    return sink.found;
  },
};
