// "under Kishida", "despite its efforts under Kishida": the person leads the country of the clause.
import { type RelationRule, RelationSink, spokenMentions } from '../rule-context.ts';
import { titleOf } from '../titles.ts';

export const underLeader: RelationRule = {
  name: 'under-leader',
  description: '“under” a person: the person leads the country the clause is about',
  find({ structure, parties, kindOf }) {
    const sink = new RelationSink(kindOf);
    const { tokens } = structure;
    for (const m of spokenMentions(structure)) {
      if (kindOf(m.entityId) !== 'PERSON' || m.via === 'pronoun') continue;
      const title = titleOf(tokens, m);
      const first = title ? Math.min(title.first, m.first) : m.first;
      let k = first - 1;
      while (['the', 'late'].includes(tokens[k]?.norm ?? '')) k--;
      if (tokens[k]?.norm !== 'under') continue;
      if (tokens[m.last + 1]?.type === 'possessive') continue; // "under X's leadership": the noun cue
      const clause = structure.clauseAt(m.first);
      if (!clause) continue;
      const leaders = [{ group: structure.groupOf(m), penalty: 0 }];
      sink.emitPairs('LEADS', leaders, parties.ledCountry(clause, leaders), {
        at: k,
        strength: 0.7,
        penalty: 0,
        rule: '“under” a leader',
      });
    }
    return sink.found;
  },
};
