// Who joins a coalition that supports (or opposes) X says as much: members inherit a grouping's purpose.
import type { FoundRelation, RelationRule } from '../rule-context.ts';
import { PURPOSE_RULE } from './name-composition.ts';

const round = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;

export const purposeInheritance: RelationRule = {
  name: 'purpose-inheritance',
  description: 'a member of a grouping whose name states a purpose shares it (after the other rules)',
  find({ found }) {
    const out: FoundRelation[] = [];
    const purposes = found.filter((r) => (r.type === 'SUPPORTS' || r.type === 'OPPOSES') && r.rule === PURPOSE_RULE);
    for (const member of found.filter((r) => r.type === 'MEMBER_OF')) {
      for (const p of purposes.filter((x) => x.from === member.to)) {
        if (p.to === member.from) continue;
        out.push({
          type: p.type,
          from: member.from,
          to: p.to,
          confidence: round(Math.min(member.confidence, p.confidence) - 0.1),
          first: member.first,
          last: member.last,
          rule: `membership of a grouping that ${p.type === 'SUPPORTS' ? 'supports' : 'opposes'} it`,
        });
      }
    }
    return out;
  },
};
