// Leaders agreeing for their states: "Albanese and Macron pledged to rebuild trust" is an agreement between
// Australia and France, when the text makes each the leader of one country (the people's own stays); a leader's
// agreement with a state is replaced ("Kim signed a treaty with Russia" is North Korea's treaty).
import type { FoundRelation, RelationRule } from '../rule-context.ts';

const round = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;

export const leadersForStates: RelationRule = {
  name: 'leaders-for-states',
  description: 'an agreement a leader makes is their country’s (after the rules that find leaders and agreements)',
  find({ found, kindOf, retract }) {
    const countries = new Map<string, Set<string>>();
    for (const r of found)
      if (r.type === 'LEADS' && kindOf(r.to) === 'COUNTRY')
        countries.set(r.from, new Set([...(countries.get(r.from) ?? []), r.to]));
    const stateOf = (id: string) => {
      if (kindOf(id) !== 'PERSON') return id;
      const led = [...(countries.get(id) ?? [])];
      return led.length === 1 ? led[0] : undefined;
    };
    const out: FoundRelation[] = [];
    for (const r of found) {
      if (r.type !== 'AGREEMENT' || (kindOf(r.from) !== 'PERSON' && kindOf(r.to) !== 'PERSON')) continue;
      const from = stateOf(r.from);
      const to = stateOf(r.to);
      if (!from || !to || from === to) continue;
      out.push({ ...r, from, to, confidence: round(r.confidence - 0.05), rule: `${r.rule}, by the leaders of states` });
      // A leader and a state ("Kim signed a treaty with Russia") become two states; two leaders may keep their own.
      if (kindOf(r.from) !== 'PERSON' || kindOf(r.to) !== 'PERSON') retract(r);
    }
    return out;
  },
};
