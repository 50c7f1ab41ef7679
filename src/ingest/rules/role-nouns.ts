// "ruling-party figure Taro Aso": a member (or, for "leader", "chief", the leader) named right after an
// organisation and a role noun.
import type { RelationType } from '../../model.ts';
import { LEADER_ROLE_NOUNS, ROLE_NOUNS } from '../lexicon.ts';
import { type RelationRule, RelationSink, spokenMentions } from '../rule-context.ts';

export const roleNouns: RelationRule = {
  name: 'role-nouns',
  description: 'an organisation, a role noun and a person: the person is a member (or the leader)',
  find({ structure, kindOf }) {
    const sink = new RelationSink(kindOf);
    const { tokens } = structure;
    for (const m of spokenMentions(structure)) {
      const kind = kindOf(m.entityId);
      if (!kind || !['ORGANIZATION', 'GROUPING', 'COMPANY'].includes(kind)) continue;
      const role = tokens[m.last + 1];
      if (role?.shape !== 'lower' || !ROLE_NOUNS.has(role.norm)) continue;
      const person = structure.startingAt(m.last + 2);
      if (!person || kindOf(person.entityId) !== 'PERSON') continue;
      const type: RelationType = LEADER_ROLE_NOUNS.has(role.norm) ? 'LEADS' : 'MEMBER_OF';
      sink.emitPairs(type, [{ group: [person], penalty: 0 }], [{ group: [m], penalty: 0 }], {
        at: m.last + 1,
        strength: 0.7,
        penalty: 0,
        rule: `the role noun “${role.text}”`,
      });
    }
    return sink.found;
  },
};
