// "President Biden" leads a country: the one the title's adjective or possessor names ("Japanese Prime
// Minister X", "Japan's prime minister X"), the one after "of" ("President X of Kenya"), the one another
// mention of the same person gives, or the one country this text gives the title to, when nobody else in the
// text holds that country's title. Never a country only because it stands nearby.
import type { Mention } from '../mentions.ts';
import { type RelationRule, RelationSink, spokenMentions } from '../rule-context.ts';
import type { Structure } from '../structure.ts';
import { type Title, titleCountries, titleHolders, titleOf } from '../titles.ts';

/** The country a titled mention names itself: before the title ("Kenyan President"), or after "of". */
function namedCountry(
  structure: Structure,
  kindOf: (id: string) => string | undefined,
  m: Mention,
  title: Title,
): Mention | undefined {
  const { tokens } = structure;
  let k = title.first - 1;
  if (tokens[k]?.type === 'possessive') k--;
  const before = structure.endingAt[k]?.find((x) => kindOf(x.entityId) === 'COUNTRY');
  if (before) return before;
  if (tokens[m.last + 1]?.norm !== 'of') return undefined;
  let o = m.last + 2;
  while (['the', 'a'].includes(tokens[o]?.norm ?? '')) o++;
  const after = structure.startingAt(o);
  return after && kindOf(after.entityId) === 'COUNTRY' ? after : undefined;
}

export const headOfStateTitles: RelationRule = {
  name: 'head-of-state-titles',
  description: "a head of state's or government's title before a person's name: the person leads the country",
  find({ structure, kindOf }) {
    const sink = new RelationSink(kindOf);
    const { tokens } = structure;
    const titled = spokenMentions(structure).flatMap((m) => {
      if (kindOf(m.entityId) !== 'PERSON' || m.via === 'pronoun' || !structure.clauseAt(m.first)) return [];
      const title = titleOf(tokens, m);
      return title ? [{ m, title, country: namedCountry(structure, kindOf, m, title) }] : [];
    });
    // Each person's country, where one of their mentions names it; and who holds which title of which country.
    const personCountry = new Map<string, Set<string>>();
    const holders = new Map<string, Set<string>>();
    for (const { m, title, country } of titled) {
      if (!country) continue;
      personCountry.set(m.entityId, new Set([...(personCountry.get(m.entityId) ?? []), country.entityId]));
      const key = `${title.phrase}|${country.entityId}`;
      holders.set(key, new Set([...(holders.get(key) ?? []), m.entityId]));
    }
    // Titles in apposition count too: "Justin Trudeau, Canada's prime minister" holds Canada's title.
    for (const h of titleHolders(structure, kindOf)) {
      personCountry.set(h.person, new Set([...(personCountry.get(h.person) ?? []), h.country]));
      const key = `${h.phrase}|${h.country}`;
      holders.set(key, new Set([...(holders.get(key) ?? []), h.person]));
    }
    const countriesOf = titleCountries(structure, kindOf);
    for (const { m, title, country } of titled) {
      const person = [{ group: [m], penalty: 0 }];
      const at = { at: title.first, strength: 0.9, penalty: 0, rule: `the title “${title.phrase}”` };
      if (country) {
        sink.emitPairs('LEADS', person, [{ group: [country], penalty: 0 }], at);
        continue;
      }
      const own = [...(personCountry.get(m.entityId) ?? [])];
      const countries = own.length > 0 ? own : [...(countriesOf.get(title.phrase) ?? [])];
      const only = countries.length === 1 ? countries[0] : undefined;
      if (!only) continue;
      const others = [...(holders.get(`${title.phrase}|${only}`) ?? [])].filter((id) => id !== m.entityId);
      if (own.length === 0 && others.length > 0) continue;
      // The country is not named here; for the quote it stands where the title does.
      const pseudo: Mention = { ...m, entityId: only, first: title.first, last: m.last, inner: [] };
      sink.emitPairs('LEADS', person, [{ group: [pseudo], penalty: 0 }], {
        ...at,
        strength: own.length > 0 ? 0.8 : 0.6,
        rule:
          own.length > 0
            ? `the title “${title.phrase}”, whose country another mention of the person names`
            : `the title “${title.phrase}”, which this text gives to one country`,
      });
    }
    // "Japan's Fumio Kishida", where another mention titles the person a head of state or government.
    for (const m of spokenMentions(structure)) {
      if (kindOf(m.entityId) !== 'PERSON' || m.via === 'pronoun' || tokens[m.first - 1]?.type !== 'possessive')
        continue;
      const country = structure.endingAt[m.first - 2]?.find((x) => kindOf(x.entityId) === 'COUNTRY');
      const heads = titled.filter((t) => t.m.entityId === m.entityId && t.m !== m);
      if (!country || heads.length === 0 || heads.some((t) => t.country && t.country.entityId !== country.entityId))
        continue;
      sink.emitPairs('LEADS', [{ group: [m], penalty: 0 }], [{ group: [country], penalty: 0 }], {
        at: country.first,
        strength: 0.8,
        penalty: 0,
        rule: 'a country’s head of state or government, titled elsewhere',
      });
    }
    return sink.found;
  },
};
