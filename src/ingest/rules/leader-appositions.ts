// A leader named beside the title an owner gives them: "North Korea's leader, Kim Jong Un", "its prime
// minister, Sitiveni Rabuka", "Kim Jong Un, North Korea's leader", "Manele became the Solomon Islands' prime
// minister", "the president of Kenya, William Ruto". Not a former one ("a former Norwegian prime minister").
import type { EntityKind } from '../../model.ts';
import { COPULAS } from '../lexicon.ts';
import type { Mention } from '../mentions.ts';
import { type RelationRule, RelationSink, spokenMentions } from '../rule-context.ts';
import type { Structure } from '../structure.ts';
import { leaderTitleFrom } from '../titles.ts';

const LED: ReadonlySet<EntityKind> = new Set(['COUNTRY', 'ORGANIZATION', 'GROUPING', 'COMPANY']);
const NOT_NOW = new Set(['former', 'late', 'then', 'ex', 'previous', 'next', 'future', 'deputy', 'vice', 'acting']);

interface OwnedTitle {
  owner: Mention;
  first: number;
  last: number;
}

/** "X's leader" (X a possessive mention) or "the leader of X" starting at token `k`. */
function ownedTitleAt(
  structure: Structure,
  kindOf: (id: string) => EntityKind | undefined,
  k: number,
): OwnedTitle | undefined {
  const { tokens } = structure;
  const isLed = (m: Mention | undefined) => m !== undefined && LED.has(kindOf(m.entityId) ?? 'REGION');
  let j = k;
  while (['the', 'a', 'an'].includes(tokens[j]?.norm ?? '')) j++;
  const owner = structure.startingAt(j);
  if (owner?.possessive && isLed(owner)) {
    let t = owner.last + 1;
    if (tokens[t]?.type === 'possessive') t++;
    if (NOT_NOW.has(tokens[t]?.norm ?? '')) return undefined;
    const last = leaderTitleFrom(tokens, t);
    return last >= 0 ? { owner, first: k, last } : undefined;
  }
  if (NOT_NOW.has(tokens[j]?.norm ?? '')) return undefined;
  const last = leaderTitleFrom(tokens, j);
  if (last < 0 || tokens[last + 1]?.norm !== 'of') return undefined;
  let o = last + 2;
  while (['the', 'a', 'an'].includes(tokens[o]?.norm ?? '')) o++;
  const after = structure.startingAt(o);
  return isLed(after) ? { owner: after as Mention, first: k, last: (after as Mention).last } : undefined;
}

export const leaderAppositions: RelationRule = {
  name: 'leader-appositions',
  description: "a person beside the leader's title a state or body gives them, or becoming it",
  find({ structure, kindOf }) {
    const sink = new RelationSink(kindOf);
    const { tokens } = structure;
    const emit = (person: Mention, title: OwnedTitle) =>
      sink.emitPairs('LEADS', [{ group: [person], penalty: 0 }], [{ group: [title.owner], penalty: 0 }], {
        at: title.first,
        last: title.last,
        strength: 0.85,
        penalty: 0,
        rule: "a leader's title beside the name",
      });
    for (const m of spokenMentions(structure)) {
      if (kindOf(m.entityId) !== 'PERSON' || m.via === 'pronoun') continue;
      // "Kim Jong Un, North Korea's leader" / "Manele became the Solomon Islands' prime minister"
      let k = m.last + 1;
      const comma = tokens[k]?.text === ',';
      if (comma) k++;
      else while (COPULAS.has(tokens[k]?.norm ?? '') || ['has', 'have', 'had'].includes(tokens[k]?.norm ?? '')) k++;
      const after = comma || k > m.last + 1 ? ownedTitleAt(structure, kindOf, k) : undefined;
      if (after) emit(m, after);
      // "North Korea's leader, Kim Jong Un"
      if (tokens[m.first - 1]?.text !== ',') continue;
      for (let start = m.first - 3; start >= Math.max(0, m.first - 8); start--) {
        const before = ownedTitleAt(structure, kindOf, start);
        if (before?.last === m.first - 2) {
          emit(m, before);
          break;
        }
      }
    }
    return sink.found;
  },
};
