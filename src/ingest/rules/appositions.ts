// What a description says of the name it stands beside, and what a list of members says of its grouping:
// "AUKUS, a security pact between Australia, the UK and the US" (members), "BRICS, the bloc it formed with
// Brazil" and "the Alliance of Sahel States, a pact the three juntas signed" (its makers are members),
// "the Houthis, the Iran-backed movement" (a backer), "its original members, Brazil, Russia and India", and
// "Egypt and Iran became full members" (of the grouping just named).
import type { EntityKind } from '../../model.ts';
import type { Mention } from '../mentions.ts';
import { type RelationRule, RelationSink, spokenMentions } from '../rule-context.ts';
import type { Structure } from '../structure.ts';
import { hasTag, isJoiner, type Token } from '../tokens.ts';

/** Heads of a description that make the name a grouping, a pact or a body with members. */
const GROUPING_NOUNS = new Set([
  'pact',
  'alliance',
  'partnership',
  'grouping',
  'group',
  'bloc',
  'club',
  'forum',
  'coalition',
  'union',
  'organisation',
  'organization',
  'body',
  'treaty',
  'agreement',
  'arrangement',
  'framework',
  'compact',
  'dialogue',
  'network',
  'confederation',
  'federation',
  'community',
]);
/** Words after such a head that open its member list: "a pact between", "a club of". */
const MEMBER_LINKS = new Set(['between', 'among', 'amongst', 'linking', 'uniting', 'grouping', 'of', 'joining']);
/** Verbs by which the subject of a description's relative clause makes what it describes. */
const MAKING_VERBS = new Set(['formed', 'founded', 'created', 'established', 'launched', 'signed', 'built', 'set']);
/** Verbs a description's relative clause names its members by: "that links Canada with the US". */
const LINKING_VERBS = new Set([
  'links',
  'linked',
  'unites',
  'united',
  'groups',
  'grouped',
  'joins',
  'joined',
  'binds',
  'brings',
]);
const BACKING = new Set(['backed', 'funded', 'sponsored', 'supported', 'armed', 'financed']);
const MEMBER_WORDS = new Set(['member', 'members']);
const MEMBER_MODIFIERS = new Set(['full', 'founding', 'original', 'new', 'permanent', 'associate', 'formal']);
const DESCRIPTION_WORDS = 6;

type KindOf = (id: string) => EntityKind | undefined;
const party = (group: Mention[]) => [{ group, penalty: 0 }];
const at = (i: number, strength: number, rule: string) => ({ at: i, strength, penalty: 0, rule });

/** The mention group starting at `k`, past determiners. */
function groupAt(structure: Structure, k: number): Mention[] {
  let j = k;
  while (
    !structure.startingAt(j) &&
    ['the', 'a', 'an', 'both', 'its', 'their'].includes(structure.tokens[j]?.norm ?? '')
  )
    j++;
  const m = structure.startingAt(j);
  return m && m.via !== 'pronoun' ? structure.groupFrom(m) : m ? [m] : [];
}

const groupEnd = (group: readonly Mention[]) => Math.max(...group.map((m) => m.last));

/** "X, a security pact between A, B and C", "X, the bloc A formed with B and C", "X, the Iran-backed movement". */
function describe(structure: Structure, sink: RelationSink, m: Mention): void {
  const { tokens } = structure;
  if (tokens[m.last + 1]?.text !== ',' || !['a', 'an', 'the'].includes(tokens[m.last + 2]?.norm ?? '')) return;
  const named = party([m]);
  for (let k = m.last + 3; k < m.last + 3 + DESCRIPTION_WORDS; k++) {
    const t = tokens[k] as Token | undefined;
    if (isJoiner(tokens, k)) continue; // "intelligence-sharing"
    if (!t || t.type === 'punct') return;
    const inner = structure.startingAt(k);
    if (inner) {
      const word = tokens[inner.last + 2]?.norm ?? '';
      if (isJoiner(tokens, inner.last + 1) && BACKING.has(word))
        sink.emitPairs('SUPPORTS', party([inner]), named, at(inner.first, 0.7, `a “-${word}” description`));
      if (isJoiner(tokens, inner.last + 1) && word === 'led')
        sink.emitPairs('MEMBER_OF', party([inner]), named, at(inner.first, 0.7, 'a “-led” description'));
      k = inner.last + (isJoiner(tokens, inner.last + 1) ? 2 : 0);
      continue;
    }
    if (t.shape !== 'lower' || !GROUPING_NOUNS.has(t.norm)) continue;
    const next = tokens[k + 1]?.norm ?? '';
    // "the network that links Canada with the United States and Australia"
    if (['that', 'which'].includes(next) && LINKING_VERBS.has(tokens[k + 2]?.norm ?? '')) {
      const first = groupAt(structure, k + 3);
      const end = first.length > 0 ? groupEnd(first) : -1;
      const rest = ['with', 'and', 'to'].includes(tokens[end + 1]?.norm ?? '') ? groupAt(structure, end + 2) : [];
      const members = [...first, ...rest];
      if (members.length > 1)
        sink.emitPairs('MEMBER_OF', party(members), named, at(k, 0.8, `a ${t.norm} linking its members`));
      return;
    }
    if (MEMBER_LINKS.has(next)) {
      const members = groupAt(structure, k + 2);
      if (members.length > 0)
        sink.emitPairs('MEMBER_OF', party(members), named, at(k, 0.8, `a ${t.norm} ${next} its members`));
      return;
    }
    // "the bloc it formed with Brazil", "a pact the three juntas signed": its makers.
    const makers = groupAt(structure, k + 1);
    if (makers.length === 0) return;
    let v = groupEnd(makers) + 1;
    while (hasTag(tokens[v], 'Adverb') || ['have', 'has', 'had'].includes(tokens[v]?.norm ?? '')) v++;
    if (!MAKING_VERBS.has(tokens[v]?.norm ?? '')) return;
    sink.emitPairs('MEMBER_OF', party(makers), named, at(k, 0.75, `the ${t.norm} its makers ${tokens[v]?.norm}`));
    if (tokens[v + 1]?.norm === 'up') v++;
    if (tokens[v + 1]?.norm !== 'with') return;
    const partners = groupAt(structure, v + 2);
    if (partners.length > 0)
      sink.emitPairs('MEMBER_OF', party(partners), named, at(k, 0.75, 'the partners its makers formed it with'));
    return;
  }
}

/** "its original members, Brazil, Russia and India": the possessor's members, listed after a comma. */
function listedMembers(structure: Structure, sink: RelationSink, kindOf: KindOf, i: number): void {
  const { tokens } = structure;
  if (tokens[i + 1]?.text !== ',') return;
  let k = i - 1;
  while (MEMBER_MODIFIERS.has(tokens[k]?.norm ?? '') || tokens[k]?.type === 'number') k--;
  if (tokens[k]?.type === 'possessive') k--;
  const owner = structure.endingAt[k]?.find((m) => m.possessive || m.via === 'pronoun');
  if (!owner || !['GROUPING', 'ORGANIZATION'].includes(kindOf(owner.entityId) ?? '')) return;
  const members = groupAt(structure, i + 2);
  if (members.length > 1) sink.emitPairs('MEMBER_OF', party(members), party([owner]), at(i, 0.8, 'members listed'));
}

/** "Egypt, Ethiopia, Iran and the UAE became full members": of the grouping named last, in this sentence or the two before. */
function newMembers(structure: Structure, sink: RelationSink, kindOf: KindOf, i: number): void {
  const { tokens, doc } = structure;
  let k = i - 1;
  while (MEMBER_MODIFIERS.has(tokens[k]?.norm ?? '')) k--;
  if (!['became', 'become', 'becomes', 'becoming'].includes(tokens[k]?.norm ?? '')) return;
  if (['of', 'in'].includes(tokens[i + 1]?.norm ?? '')) return;
  k--;
  while (hasTag(tokens[k], 'Adverb')) k--;
  const subject = structure.endingAt[k]?.[0];
  if (!subject || subject.possessive) return;
  const sentence = doc.sentenceOf[i] ?? 0;
  const grouping = structure.mentions
    .filter((m) => m.last < subject.first && (doc.sentenceOf[m.first] ?? -1) >= sentence - 2)
    .filter((m) => kindOf(m.entityId) === 'GROUPING')
    .sort((a, b) => a.first - b.first)
    .at(-1);
  if (!grouping) return;
  const members = structure.groupOf(subject).filter((m) => m.last <= subject.last);
  sink.emitPairs('MEMBER_OF', party(members), party([{ ...grouping, first: i, last: i }]), at(i, 0.7, 'new members'));
}

export const appositions: RelationRule = {
  name: 'appositions',
  description: 'what a description beside a name says of it (members, makers, backers), and lists of members',
  find({ structure, kindOf }) {
    const sink = new RelationSink(kindOf);
    for (const m of spokenMentions(structure))
      if (m.via !== 'pronoun' && m.via !== 'anaphor') describe(structure, sink, m);
    structure.tokens.forEach((t, i) => {
      if (t.shape !== 'lower' || !MEMBER_WORDS.has(t.norm) || !structure.clauseAt(i)) return;
      listedMembers(structure, sink, kindOf, i);
      newMembers(structure, sink, kindOf, i);
    });
    return sink.found;
  },
};
