// Limits on exports to a country oppose it: "limiting the export of semiconductor equipment to China",
// "export controls on China".
import { eachWord, type RelationRule, RelationSink } from '../rule-context.ts';
import type { Token } from '../tokens.ts';

export const exportControls: RelationRule = {
  name: 'export-controls',
  description: 'a limit, ban or control on exports to a country: its author opposes the country',
  find({ structure, parties, kindOf }) {
    const sink = new RelationSink(kindOf);
    const { tokens } = structure;
    eachWord(structure, (i) => {
      const clause = structure.clauseAt(i);
      const t = tokens[i] as Token;
      if (!clause || !/^(?:limit|restrict|curb|ban|control)/.test(t.norm) || t.shape === 'upper') return;
      let k = i + 1;
      const isExport = (x: Token | undefined) => x?.norm === 'export' || x?.norm === 'exports';
      const nominal = isExport(tokens[i - 1]);
      if (!nominal) {
        while (k <= clause.last && k < i + 6 && !isExport(tokens[k])) k++;
        if (!isExport(tokens[k])) return;
      }
      for (let end = k + 1; end <= clause.last && end < k + 9; end++) {
        if (!['to', 'on', 'against'].includes(tokens[end]?.norm ?? '')) continue;
        let o = end + 1;
        while (['the', 'a', 'an'].includes(tokens[o]?.norm ?? '')) o++;
        const target = structure.startingAt(o);
        if (!target) continue;
        const doers = nominal
          ? [...parties.possessorOf(i - 1, clause), ...parties.governingSubjects(i, clause, false)]
          : parties.subjects(i, clause).parties;
        sink.emitPairs('OPPOSES', doers, [{ group: structure.groupFrom(target), penalty: 0 }], {
          at: i,
          strength: 0.8,
          penalty: 0,
          rule: 'export restriction',
        });
        return;
      }
    });
    return sink.found;
  },
};
