// A leader named beside the title an owner gives them: "North Korea's leader, Kim Jong Un", "its prime
// minister, Sitiveni Rabuka", "Kim Jong Un, North Korea's leader", "Manele became the Solomon Islands' prime
// minister", "Qassem was named the group's secretary-general", "the president of Kenya, William Ruto". Not a
// former one ("a former Norwegian prime minister"). A member's title makes a member: "its spokesperson, X".
import type { EntityKind } from '../../model.ts';
import { COPULAS, EVALUATIVE } from '../lexicon.ts';
import type { Mention } from '../mentions.ts';
import { antecedentOf } from '../relatives.ts';
import { type RelationRule, RelationSink, spokenMentions } from '../rule-context.ts';
import { isFiniteVerb, type Structure } from '../structure.ts';
import { leaderTitleFrom, memberTitleFrom } from '../titles.ts';
import { hasTag, type Token } from '../tokens.ts';

const LED: ReadonlySet<EntityKind> = new Set(['COUNTRY', 'ORGANIZATION', 'GROUPING', 'COMPANY']);
/** Words between a person and the title they come to hold: "was named NATO's secretary-general", "has become". */
const BECOMING = new Set([
  'has',
  'have',
  'had',
  'named',
  'appointed',
  'elected',
  'chosen',
  'made',
  'sworn',
  'in',
  'as',
]);
const NOT_NOW = new Set(['former', 'late', 'then', 'ex', 'previous', 'next', 'future', 'deputy', 'vice', 'acting']);
/** Words that date a member's title: not a member now. */
const DATED = new Set(['former', 'late', 'ex', 'previous', 'next', 'future']);

interface OwnedTitle {
  owner: Mention;
  first: number;
  last: number;
}

/** The last token of a leader's title at `t`, past up to two describing words ("new", "de facto"), or -1. */
function describedTitleFrom(tokens: readonly Token[], t: number): number {
  for (let k = t; k < t + 3; k++) {
    const last = leaderTitleFrom(tokens, k);
    if (last >= 0) return last;
    const word = tokens[k];
    const describing = word?.shape === 'lower' && (EVALUATIVE.has(word.norm) || hasTag(word, 'Adjective'));
    if (!describing || NOT_NOW.has(word.norm)) return -1;
  }
  return -1;
}

/**
 * "X's leader" (X a possessive mention), "X's new president", "the X leader" (X a name modifying the
 * title: "the UN secretary-general") or "the leader of X" starting at token `k`.
 */
function ownedTitleAt(
  structure: Structure,
  kindOf: (id: string) => EntityKind | undefined,
  k: number,
): OwnedTitle | undefined {
  const { tokens } = structure;
  const isLed = (m: Mention | undefined) => m !== undefined && LED.has(kindOf(m.entityId) ?? 'REGION');
  let j = k;
  while (!structure.startingAt(j) && ['the', 'a', 'an'].includes(tokens[j]?.norm ?? '')) j++;
  const owner = structure.startingAt(j);
  const modifying = owner !== undefined && !owner.possessive && owner.via !== 'pronoun' && j > k;
  if (owner && isLed(owner) && (owner.possessive || modifying)) {
    let t = owner.last + 1;
    if (tokens[t]?.type === 'possessive') t++;
    if (NOT_NOW.has(tokens[t]?.norm ?? '')) return undefined;
    const last = owner.possessive ? describedTitleFrom(tokens, t) : leaderTitleFrom(tokens, t);
    if (last >= 0 || owner.possessive) return last >= 0 ? { owner, first: k, last } : undefined;
  }
  if (NOT_NOW.has(tokens[j]?.norm ?? '')) return undefined;
  const last = leaderTitleFrom(tokens, j);
  if (last < 0 || tokens[last + 1]?.norm !== 'of') return undefined;
  let o = last + 2;
  while (['the', 'a', 'an'].includes(tokens[o]?.norm ?? '')) o++;
  // "the speaker of Lebanon's parliament": what the possessor owns, if it is named.
  const named = structure.startingAt(o);
  const after = named?.possessive ? structure.startingAt(named.last + 2) : named;
  return isLed(after) ? { owner: after as Mention, first: k, last: (after as Mention).last } : undefined;
}

/** "its spokesperson", "the Commission's executive vice-president" at `k`: a member's title with its owner. */
function memberTitleAt(structure: Structure, k: number): OwnedTitle | undefined {
  const { tokens } = structure;
  let j = k;
  while (!structure.startingAt(j) && ['the', 'a', 'an'].includes(tokens[j]?.norm ?? '')) j++;
  const owner = structure.startingAt(j);
  if (!owner?.possessive) return undefined;
  let t = owner.last + (tokens[owner.last + 1]?.type === 'possessive' ? 2 : 1);
  for (let n = 0; n < 2 && memberTitleFrom(tokens, t) < 0; n++) {
    const word = tokens[t];
    if (!(word?.shape === 'lower' && (EVALUATIVE.has(word.norm) || hasTag(word, 'Adjective'))) || DATED.has(word.norm))
      return undefined;
    t++;
  }
  const last = memberTitleFrom(tokens, t);
  return last >= 0 ? { owner, first: k, last } : undefined;
}

/** "whose president, X" or "whose president X" before the person `m`, with the owner "whose" stands for. */
function whoseTitle(
  structure: Structure,
  kindOf: (id: string) => EntityKind | undefined,
  m: Mention,
): OwnedTitle | undefined {
  const { tokens } = structure;
  for (const end of [m.first - 1, m.first - 2]) {
    if (end === m.first - 2 && tokens[end + 1]?.text !== ',') continue;
    for (let w = end - 1; w >= end - 3; w--) {
      if (tokens[w]?.norm !== 'whose' || leaderTitleFrom(tokens, w + 1) !== end) continue;
      const owner = antecedentOf(structure, w)?.name;
      if (owner && LED.has(kindOf(owner.entityId) ?? 'REGION')) return { owner, first: w, last: end };
    }
  }
  return undefined;
}

export const leaderAppositions: RelationRule = {
  name: 'leader-appositions',
  description: "a person beside the leader's title a state or body gives them, or becoming it",
  find({ structure, kindOf }) {
    const sink = new RelationSink(kindOf);
    const { tokens } = structure;
    const emit = (person: Mention, title: OwnedTitle, type: 'LEADS' | 'MEMBER_OF' = 'LEADS') =>
      sink.emitPairs(type, [{ group: [person], penalty: 0 }], [{ group: [title.owner], penalty: 0 }], {
        at: title.first,
        last: title.last,
        strength: type === 'LEADS' ? 0.85 : 0.75,
        penalty: 0,
        rule: type === 'LEADS' ? "a leader's title beside the name" : "a member's title beside the name",
      });
    for (const m of spokenMentions(structure)) {
      if (kindOf(m.entityId) !== 'PERSON' || m.via === 'pronoun') continue;
      // "Kim Jong Un, North Korea's leader" / "Manele became the Solomon Islands' prime minister"
      let k = m.last + 1;
      const comma = tokens[k]?.text === ',';
      if (comma) k++;
      else while (COPULAS.has(tokens[k]?.norm ?? '') || BECOMING.has(tokens[k]?.norm ?? '')) k++;
      let after = comma || k > m.last + 1 ? ownedTitleAt(structure, kindOf, k) : undefined;
      // "Jeremiah Manele, his former foreign minister, became the Solomon Islands' prime minister"
      if (!after && comma) {
        let j = k;
        while (j < k + 8 && tokens[j] && tokens[j]?.text !== ',' && !isFiniteVerb(tokens[j])) j++;
        if (tokens[j]?.text === ',') {
          j++;
          const start = j;
          while (COPULAS.has(tokens[j]?.norm ?? '') || BECOMING.has(tokens[j]?.norm ?? '')) j++;
          if (j > start) after = ownedTitleAt(structure, kindOf, j);
        }
      }
      if (after) emit(m, after);
      // "Valdis Dombrovskis, the Commission's executive vice-president for trade"
      const member = comma && !after ? memberTitleAt(structure, m.last + 2) : undefined;
      if (member) emit(m, member, 'MEMBER_OF');
      // "Turkey, a NATO member whose president, Recep Tayyip Erdoğan": the owner is what "whose" stands for.
      const whose = whoseTitle(structure, kindOf, m);
      if (whose) emit(m, whose);
      // "North Korea's leader, Kim Jong Un"; "its spokesperson, Randhir Jaiswal" (a member)
      if (tokens[m.first - 1]?.text !== ',') continue;
      for (let start = m.first - 3; start >= Math.max(0, m.first - 8); start--) {
        const before = ownedTitleAt(structure, kindOf, start);
        if (before?.last === m.first - 2) {
          emit(m, before);
          break;
        }
        const member = memberTitleAt(structure, start);
        if (member?.last === m.first - 2) {
          emit(m, member, 'MEMBER_OF');
          break;
        }
      }
    }
    return sink.found;
  },
};
