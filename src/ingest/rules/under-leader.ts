// "under Kishida", "despite its efforts under Kishida": the person leads the country of the clause; and what
// grows stronger under a leader is what the leader backs ("Under Biden, the alliance has seen strengthening").

import { type RelationRule, RelationSink, spokenMentions } from '../rule-context.ts';
import type { Clause, Structure } from '../structure.ts';
import { isFiniteVerb } from '../structure.ts';
import { titleOf } from '../titles.ts';

const GOVERNMENTS = new Set(['government', 'administration', 'cabinet', 'leadership']);

/** Nouns for something growing stronger, which the leader it grows under has backed. */
const STRENGTHENING = new Set(['strengthening', 'deepening', 'reinforcement', 'revival', 'expansion', 'upgrade']);

/** The alliance, pact or body a clause says grew stronger (its subject), in the clause or the one after a verbless "Under X,". */
function strengthened(structure: Structure, clause: Clause, kindOf: (id: string) => string | undefined) {
  const verbless = !structure.tokens.slice(clause.first, clause.last + 1).some((t) => isFiniteVerb(t));
  const next = structure.clauses[clause.index + 1];
  const target = verbless && next?.sentence === clause.sentence ? next : clause;
  const words = structure.tokens.slice(target.first, target.last + 1);
  if (!words.some((t) => STRENGTHENING.has(t.norm))) return [];
  const subject = (structure.subjectOf(target) ?? []).filter((m) =>
    ['GROUPING', 'POLICY', 'ORGANIZATION'].includes(kindOf(m.entityId) ?? ''),
  );
  return subject.length > 0 ? [{ group: subject, penalty: 0 }] : [];
}

export const underLeader: RelationRule = {
  name: 'under-leader',
  description: '“under” a person: the person leads the country the clause is about, and backs what grew stronger',
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
      // "Italy, whose government under Giorgia Meloni": the country "whose" stands for.
      const whose =
        GOVERNMENTS.has(tokens[k - 1]?.norm ?? '') && tokens[k - 2]?.norm === 'whose' ? parties.antecedent(k - 2) : [];
      sink.emitPairs('LEADS', leaders, whose.length > 0 ? whose : parties.ledCountry(clause, leaders), {
        at: k,
        strength: 0.7,
        penalty: 0,
        rule: '“under” a leader',
      });
      sink.emitPairs('SUPPORTS', leaders, strengthened(structure, clause, kindOf), {
        at: k,
        strength: 0.6,
        penalty: 0,
        rule: 'strengthened “under” a leader',
      });
    }
    return sink.found;
  },
};
