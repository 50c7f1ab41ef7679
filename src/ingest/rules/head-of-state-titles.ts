// "President Biden" leads a country: the one the title's adjective or possessor names ("Japanese Prime
// Minister X", "Japan's prime minister X"), the one after "of", or the one country this text gives the title.
import type { Mention } from '../mentions.ts';
import { type RelationRule, RelationSink, spokenMentions } from '../rule-context.ts';
import { titleCountries, titleOf } from '../titles.ts';

export const headOfStateTitles: RelationRule = {
  name: 'head-of-state-titles',
  description: "a head of state's or government's title before a person's name: the person leads the country",
  find({ structure, kindOf }) {
    const sink = new RelationSink(kindOf);
    const { tokens } = structure;
    const countriesOf = titleCountries(structure, kindOf);
    for (const m of spokenMentions(structure)) {
      if (kindOf(m.entityId) !== 'PERSON' || m.via === 'pronoun') continue;
      const title = titleOf(tokens, m);
      if (!title || !structure.clauseAt(m.first)) continue;
      let k = title.first - 1;
      if (tokens[k]?.type === 'possessive') k--;
      const explicit = structure.endingAt[k]?.find((x) => kindOf(x.entityId) === 'COUNTRY');
      const at = { at: title.first, strength: 0.9, penalty: 0, rule: `the title “${title.phrase}”` };
      const person = [{ group: [m], penalty: 0 }];
      if (explicit) {
        sink.emitPairs('LEADS', person, [{ group: [explicit], penalty: 0 }], at);
        continue;
      }
      if (tokens[m.last + 1]?.norm === 'of') {
        let o = m.last + 2;
        while (['the', 'a'].includes(tokens[o]?.norm ?? '')) o++;
        const country = structure.startingAt(o);
        if (country && kindOf(country.entityId) === 'COUNTRY') {
          sink.emitPairs('LEADS', person, [{ group: [country], penalty: 0 }], at);
          continue;
        }
      }
      const countries = [...(countriesOf.get(title.phrase) ?? [])];
      const only = countries.length === 1 ? countries[0] : undefined;
      if (!only) continue;
      // The country is not named here; for the quote it stands where the title does.
      const pseudo: Mention = { ...m, entityId: only, first: title.first, last: m.last, inner: [] };
      sink.emitPairs('LEADS', person, [{ group: [pseudo], penalty: 0 }], {
        ...at,
        strength: 0.6,
        rule: `the title “${title.phrase}”, which this text gives to one country`,
      });
    }
    return sink.found;
  },
};
