// A head-of-state title beside a name that does not say whose it is, read from what is around it: "Natano's
// successor as prime minister, Feleti Teo" (the country the predecessor led), "As prime minister, Albanese
// has ..." and "the new Prime Minister, Keir Starmer" (the one country the sentence names).
import type { EntityKind } from '../../model.ts';
import { EVALUATIVE } from '../lexicon.ts';
import type { Mention } from '../mentions.ts';
import { type RelationRule, RelationSink, spokenMentions } from '../rule-context.ts';
import type { Structure } from '../structure.ts';
import { leaderTitleFrom, titleEndingAt } from '../titles.ts';
import { isJoiner } from '../tokens.ts';

/** Words that date a title without changing whose it is: "then-president", "former prime minister". */
const DATING = new Set(['then', 'former', 'late', 'previous', 'outgoing']);

/** The country a mention of a person is given a title of, in any tense: "Iran's then-president, Ebrahim Raisi". */
function titledCountryOf(structure: Structure, kindOf: (id: string) => EntityKind | undefined, m: Mention) {
  const { tokens } = structure;
  if (tokens[m.first - 1]?.text !== ',') return undefined;
  for (let first = m.first - 3; first >= Math.max(0, m.first - 7); first--) {
    const owner = structure.endingAt[first]?.find((x) => x.possessive && kindOf(x.entityId) === 'COUNTRY');
    if (!owner) continue;
    let t = first + 1;
    if (tokens[t]?.type === 'possessive') t++;
    while (DATING.has(tokens[t]?.norm ?? '') || isJoiner(tokens, t)) t++;
    if (leaderTitleFrom(tokens, t) === m.first - 2) return owner.entityId;
  }
  return undefined;
}

/** "X's successor as prime minister, Y" (X a name or "his"/"her"): Y and the title, when the text says whose X's was. */
function successors(structure: Structure, kindOf: (id: string) => EntityKind | undefined) {
  const { tokens } = structure;
  const found: { person: Mention; country: string; first: number; last: number }[] = [];
  tokens.forEach((t, i) => {
    if (t.norm !== 'successor' || tokens[i + 1]?.norm !== 'as') return;
    const predecessor = structure.endingAt[i - 1]?.find((m) => m.possessive && kindOf(m.entityId) === 'PERSON');
    const before = structure.endingAt[i - 2]?.find((m) => kindOf(m.entityId) === 'PERSON');
    const who = predecessor ?? (tokens[i - 1]?.type === 'possessive' ? before : undefined);
    const last = leaderTitleFrom(tokens, i + 2);
    if (!who || last < 0 || tokens[last + 1]?.text !== ',') return;
    const person = structure.startingAt(last + 2);
    if (!person || kindOf(person.entityId) !== 'PERSON') return;
    const countries = new Set(
      structure.mentions
        .filter((m) => m.entityId === who.entityId)
        .map((m) => titledCountryOf(structure, kindOf, m))
        .filter((c): c is string => c !== undefined),
    );
    if (countries.size === 1) found.push({ person, country: [...countries][0] as string, first: who.first, last });
  });
  return found;
}

/** "As prime minister, X", "the new Prime Minister, X": a bare title in apposition before the name, if any. */
function bareTitleBefore(structure: Structure, m: Mention): number | undefined {
  const { tokens } = structure;
  if (tokens[m.first - 1]?.text !== ',') return undefined;
  const title = titleEndingAt(tokens, m.first - 2);
  if (!title) return undefined;
  let k = title.first - 1;
  while (EVALUATIVE.has(tokens[k]?.norm ?? '') && !DATING.has(tokens[k]?.norm ?? '')) k--;
  const opener = tokens[k]?.norm;
  const startsClause = k === 0 || ['.', ',', ';'].includes(tokens[k - 1]?.text ?? '') || tokens[k]?.shape === 'title';
  return (opener === 'as' && startsClause) || opener === 'the' ? k : undefined;
}

export const leaderContext: RelationRule = {
  name: 'leader-context',
  description: 'a bare title beside a name: the country a predecessor led, or the one country of the sentence',
  find({ structure, kindOf }) {
    const sink = new RelationSink(kindOf);
    const { doc } = structure;
    const leads = (person: Mention, country: Mention, first: number, strength: number, rule: string) =>
      sink.emitPairs('LEADS', [{ group: [person], penalty: 0 }], [{ group: [country], penalty: 0 }], {
        at: first,
        strength,
        penalty: 0,
        rule,
      });
    for (const s of successors(structure, kindOf)) {
      const country = structure.mentions.find((m) => m.entityId === s.country && m.via !== 'pronoun');
      if (country) leads(s.person, { ...country, first: s.first, last: s.last }, s.first, 0.8, 'a successor’s title');
    }
    for (const m of spokenMentions(structure)) {
      if (kindOf(m.entityId) !== 'PERSON' || m.via === 'pronoun' || m.via === 'anaphor') continue;
      const first = bareTitleBefore(structure, m);
      if (first === undefined) continue;
      const sentence = doc.sentences[doc.sentenceOf[m.first] ?? -1];
      const countries = structure.mentions.filter(
        (x) =>
          kindOf(x.entityId) === 'COUNTRY' &&
          x.via !== 'pronoun' &&
          x.via !== 'anaphor' &&
          x.first >= (sentence?.first ?? 0) &&
          x.last <= (sentence?.last ?? -1),
      );
      const ids = new Set(countries.map((x) => x.entityId));
      if (ids.size === 1)
        leads(m, countries[0] as Mention, first, 0.6, 'a bare title, in a sentence naming one country');
    }
    return sink.found;
  },
};
