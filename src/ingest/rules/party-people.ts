// People and their parties: "Anthony Albanese's Labor Party" (the party the person leads), "Yoon, whose People
// Power Party" and "Lai Ching-te of the Democratic Progressive Party" (the person's party).
import type { RelationType } from '../../model.ts';
import { EVALUATIVE } from '../lexicon.ts';
import type { Mention } from '../mentions.ts';
import { type RelationRule, RelationSink, spokenMentions } from '../rule-context.ts';
import type { Structure } from '../structure.ts';
import { hasTag } from '../tokens.ts';

/** Words that make an organisation's name a party's: "Labor Party", "the Conservatives". */
const PARTY_WORDS = new Set(['party', 'conservatives', 'democrats', 'republicans', 'liberals', 'greens', 'socialists']);

/** The party mention starting at `k`, past articles and describing words ("the governing Colorado Party"). */
function partyAt(structure: Structure, kindOf: (id: string) => string | undefined, k: number): Mention | undefined {
  const { tokens } = structure;
  let j = k;
  while (j < k + 3 && !structure.startingAt(j)) {
    const t = tokens[j];
    const describing =
      t?.shape === 'lower' &&
      (['the', 'a'].includes(t.norm) || EVALUATIVE.has(t.norm) || hasTag(t, 'Adjective', 'Gerund'));
    if (!describing) return undefined;
    j++;
  }
  const m = structure.startingAt(j);
  if (!m || kindOf(m.entityId) !== 'ORGANIZATION') return undefined;
  const words = tokens.slice(m.first, m.last + 1).map((t) => t.norm);
  return words.some((w) => PARTY_WORDS.has(w)) ? m : undefined;
}

export const partyPeople: RelationRule = {
  name: 'party-people',
  description: 'a person\'s party: led by them when owned ("Albanese\'s Labor Party"), theirs after "whose" or "of"',
  find({ structure, kindOf }) {
    const sink = new RelationSink(kindOf);
    const { tokens } = structure;
    const emit = (type: RelationType, person: Mention, party: Mention, rule: string) =>
      sink.emitPairs(type, [{ group: [person], penalty: 0 }], [{ group: [party], penalty: 0 }], {
        at: person.first,
        strength: 0.75,
        penalty: 0,
        rule,
      });
    for (const m of spokenMentions(structure)) {
      if (kindOf(m.entityId) !== 'PERSON' || m.via === 'anaphor') continue;
      const after = m.last + 1;
      if (m.possessive && m.via !== 'pronoun') {
        const party = partyAt(structure, kindOf, after + (tokens[after]?.type === 'possessive' ? 1 : 0));
        if (party) emit('LEADS', m, party, 'a person’s party');
      }
      if (m.via === 'pronoun') continue;
      const whose = tokens[after]?.text === ',' && tokens[after + 1]?.norm === 'whose' ? after + 2 : -1;
      const of = tokens[after]?.norm === 'of' ? after + 1 : -1;
      const party = [whose, of].filter((k) => k > 0).map((k) => partyAt(structure, kindOf, k))[0];
      if (party) emit('MEMBER_OF', m, party, whose > 0 ? '“whose” party' : 'a person “of” a party');
    }
    return sink.found;
  },
};
