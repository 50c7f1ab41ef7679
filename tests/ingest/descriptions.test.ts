import { describe, expect, it } from 'vitest';
import {
  appositiveHeads,
  classDescription,
  classOfHead,
  governmentsOfLeaders,
  headWord,
  pluralAntecedents,
  pluralDescription,
  pseudoMention,
  titledPerson,
} from '../../src/ingest/descriptions.ts';
import { analyseText } from '../../src/ingest/extract.ts';
import type { Mention } from '../../src/ingest/mentions.ts';
import { Structure } from '../../src/ingest/structure.ts';
import { tokenize } from '../../src/ingest/tokens.ts';

/**
 * `text` as the anaphora resolver finds it: its named mentions only (no pronoun or description resolved yet),
 * grouped and split into clauses; with the head noun each entity's name or apposition gives it.
 */
function analyse(text: string) {
  const analysis = analyseText(text, [], 'test');
  const structure = new Structure(analysis.structure.doc, analysis.kindOf);
  for (const m of analysis.mentions) structure.addMention(m);
  for (const s of structure.doc.sentences) {
    structure.buildGroups(s.index);
    structure.buildClauses(s.index);
  }
  const described = appositiveHeads(structure);
  const headOf = (id: string) => headWord(analysis.byId.get(id)?.name ?? '') ?? described.get(id);
  return { structure, kindOf: analysis.kindOf, headOf };
}

/** The index of the `nth` token that is `word`, in any case. */
function indexOf(structure: Structure, word: string, nth = 0): number {
  const found = structure.tokens.filter((t) => t.norm === word.toLowerCase())[nth];
  if (!found) throw new Error(`no token "${word}"`);
  return found.index;
}

const sentenceOf = (structure: Structure, i: number) => structure.doc.sentenceOf[i] ?? -1;
const ids = (mentions: readonly Mention[]) => mentions.map((m) => m.entityId);

/** What the plural description opening at the `nth` word `word` of `text` stands for. */
function plural(text: string, word: string, nth = 0, stateOf?: (id: string) => string | undefined): string[] {
  const { structure, kindOf } = analyse(text);
  const i = indexOf(structure, word, nth);
  const description = pluralDescription(structure.tokens, i);
  if (!description) throw new Error(`no plural description at "${word}"`);
  return ids(pluralAntecedents(structure, sentenceOf(structure, i), i, description, kindOf, stateOf));
}

/** The definite description opening at the `nth` "the" of `text`: "antecedent: description" or "-: ...". */
function definite(text: string, nth = 0): string | undefined {
  const { structure, headOf } = analyse(text);
  const i = indexOf(structure, 'the', nth);
  const found = classDescription(structure, i, headOf);
  if (!found) return undefined;
  const written = text.slice(structure.tokens[i]?.start, structure.tokens[found.last]?.end);
  return `${found.antecedent?.entityId ?? '-'}: ${written}`;
}

/** The person "the <title>" at the `nth` "the" of `text` stands for: "person: description". */
function titled(text: string, nth = 0): string | undefined {
  const { structure } = analyse(text);
  const i = indexOf(structure, 'the', nth);
  const found = titledPerson(structure, sentenceOf(structure, i), i);
  return (
    found && `${found.person.entityId}: ${text.slice(structure.tokens[i]?.start, structure.tokens[found.last]?.end)}`
  );
}

describe('classOfHead and headWord', () => {
  it('gives a head noun its class, a deal noun the class "deal"', () => {
    expect(classOfHead('treaty')).toBe('pact');
    expect(classOfHead('agreement')).toBe('pact');
    expect(classOfHead('bloc')).toBe('grouping');
    expect(classOfHead('buyout')).toBe('deal');
    expect(classOfHead('banana')).toBeUndefined();
  });

  it('finds the last word of a name that has a class, across hyphens', () => {
    expect(headWord('Nippon Steel’s proposed purchase of US Steel')).toBe('purchase');
    expect(headWord('Andes Free-Trade Agreement')).toBe('agreement');
    expect(headWord('Lima Declaration on Trade Plan')).toBe('plan');
    expect(headWord('Chile')).toBeUndefined();
  });
});

describe('appositiveHeads', () => {
  it('learns a class head from an apposition opening with an article', () => {
    const { structure } = analyse(
      'AUKUS, a security pact, was signed. Chile, a small country, met Mercosur, the trade bloc.',
    );
    expect([...appositiveHeads(structure)]).toEqual([
      ['aukus', 'pact'],
      ['mercosur', 'bloc'],
    ]);
  });

  it('learns nothing from an opening phrase: "For Mercosur, the bloc is vital"', () => {
    const { structure } = analyse('For Mercosur, the bloc is vital.');
    expect(appositiveHeads(structure).size).toBe(0);
  });
});

describe('pseudoMention', () => {
  it('makes a mention over the tokens, possessive for "its" and for a description before "’s"', () => {
    const text = 'Chile and its allies met; the bloc’s leader spoke.';
    const { structure } = analyse(text);
    const doc = structure.doc;
    const its = indexOf(structure, 'its');
    expect(pseudoMention(doc, 'chile', its, its, 'pronoun')).toEqual({
      entityId: 'chile',
      first: its,
      last: its,
      start: text.indexOf('its'),
      end: text.indexOf('its') + 3,
      possessive: true,
      via: 'pronoun',
      inner: [],
    });
    const the = indexOf(structure, 'the');
    const bloc = indexOf(structure, 'bloc');
    const description = pseudoMention(doc, 'mercosur', the, bloc, 'anaphor');
    expect([text.slice(description.start, description.end), description.possessive]).toEqual(['the bloc', true]);
    expect(pseudoMention(doc, 'mercosur', bloc, bloc, 'pronoun').possessive).toBe(false);
    expect(pseudoMention(doc, 'chile', 0, 0, 'pronoun').possessive).toBe(false);
  });
});

describe('pluralDescription', () => {
  const read = (text: string) => {
    const found = pluralDescription(tokenize(text), 0);
    return found && `${found.count} ${found.of} to ${tokenize(text)[found.last]?.text}`;
  };

  it('reads how many of what: states, any actors or people, past adjectives', () => {
    expect(read('the two countries')).toBe('2 states to countries');
    expect(read('both governments')).toBe('2 states to governments');
    expect(read('the three remaining allies')).toBe('3 actors to allies');
    expect(read('the two neighbouring juntas')).toBe('2 states to juntas');
    expect(read('the five leaders')).toBe('5 people to leaders');
    expect(read('those countries')).toBe('0 states to countries');
  });

  it('reads none without a number, with a head of no such kind, or as a predicate ("both members of")', () => {
    expect(read('the countries')).toBeUndefined();
    expect(read('the two talks')).toBeUndefined();
    expect(read('both members of the bloc')).toBeUndefined();
    expect(read('the two countries of the bloc')).toBeUndefined();
  });
});

describe('pluralAntecedents', () => {
  it('stands for the list of that size and kind just named', () => {
    expect(plural('Chile and Peru held talks. The two countries condemned Bolivia.', 'The', 0)).toEqual([
      'chile',
      'peru',
    ]);
    expect(plural('Chile and Peru, both members of Mercosur, met. The two sides agreed.', 'The')).toEqual([
      'chile',
      'peru',
    ]);
  });

  it('reads "those countries" as the list just named, whatever its size', () => {
    const text = 'Chile recalled its envoys from Peru, Ecuador and Bolivia after those countries left.';
    expect(plural(text, 'those')).toEqual(['peru', 'ecuador', 'bolivia']);
  });

  it('takes the countries its own sentence names when there are exactly that many', () => {
    expect(plural('Chile met Ecuador. Later Bolivia met Peru, and both governments praised Brazil.', 'both')).toEqual([
      'bolivia',
      'peru',
    ]);
  });

  it('takes the states of the leaders its sentence names, where it knows them', () => {
    const states: Record<string, string> = { 'ana-gil': 'chile', 'pedro-ruiz': 'peru' };
    const text = 'President Ana Gil received President Pedro Ruiz, and the two governments signed a deal.';
    expect(plural(text, 'the', 0, (id) => states[id])).toEqual(['chile', 'peru']);
    expect(plural(text, 'the', 0)).toEqual([]);
  });

  it('finds a list of the right size a few sentences back', () => {
    const text = 'Mali, Niger and Chad met in May. They spoke. Nobody objected. Later the three juntas signed a pact.';
    expect(plural(text, 'the')).toEqual(['mali', 'niger', 'chad']);
  });

  it('stands for nothing when more entities than it counts could be meant, or none of its kind', () => {
    expect(plural('Chile met Peru, Ecuador and Brazil. The two countries criticised Bolivia.', 'The')).toEqual([]);
    expect(plural('Chile and Peru met. The two leaders left.', 'The')).toEqual([]);
  });
});

describe('classDescription', () => {
  it('finds the last entity whose head noun is the description’s, from its name or an apposition', () => {
    expect(definite('Chile announced the Andes Compensation Plan. Peru criticised the compensation plan.', 1)).toBe(
      'andes-compensation-plan: the compensation plan',
    );
    expect(definite('AUKUS, a security pact, was signed in 2021. Indonesia criticised the pact.')).toBe(
      'aukus: the pact',
    );
  });

  it('else the last whose head is of the description’s class: "the new agreement" for a treaty', () => {
    expect(definite('Chile signed the Lima Treaty. Peru backed the new agreement.', 1)).toBe(
      'lima-treaty: the new agreement',
    );
  });

  it('opens a description with no antecedent when nothing before it fits', () => {
    expect(definite('Peru criticised the pact.')).toBe('-: the pact');
  });

  it('opens none for a compound, a head before "of", or a word of no class', () => {
    expect(definite('Chile signed the Lima Treaty. The alliance system failed.', 1)).toBeUndefined();
    expect(definite('Chile signed the Lima Treaty. Peru backed the treaty of 1904.', 1)).toBeUndefined();
    expect(definite('Chile signed the Lima Treaty. Peru blamed the weather.', 1)).toBeUndefined();
  });
});

describe('titledPerson', () => {
  it('finds the person last titled so, up to four sentences back', () => {
    expect(titled('President Ana Gil met Pedro Ruiz. Later the president spoke.')).toBe('ana-gil: the president');
    expect(titled('President Ana Gil spoke. It rained. It rained. It rained. Then the president left.')).toBe(
      'ana-gil: the president',
    );
    expect(
      titled('President Ana Gil spoke. It rained. It rained. It rained. It rained. Then the president left.'),
    ).toBeUndefined();
  });

  it('finds none when the title is followed by "of" and a name, or by a comma', () => {
    expect(titled('President Ana Gil spoke. The president of Chile left.')).toBeUndefined();
    expect(titled('President Ana Gil spoke. Then the president, Pedro Ruiz, came.')).toBeUndefined();
    expect(titled('Prime Minister Ana Gil spoke. Then the president left.')).toBeUndefined();
  });
});

describe('governmentsOfLeaders', () => {
  it('makes "X’s government" and "his new administration" mentions of the state the leader leads', () => {
    const text = 'Pedro Ruiz’s government and his new administration met Chile.';
    const { structure } = analyse(text);
    const pedro = structure.mentions.find((m) => m.entityId === 'pedro-ruiz') as Mention;
    const his = indexOf(structure, 'his');
    const possessors = [pedro, pseudoMention(structure.doc, 'pedro-ruiz', his, his, 'pronoun')];
    const last = structure.tokens.length - 1;
    const found = governmentsOfLeaders(structure, 0, last, possessors, (id) =>
      id === 'pedro-ruiz' ? 'peru' : undefined,
    );
    expect(found.map((m) => `${m.entityId} ${m.via}: ${text.slice(m.start, m.end)}`)).toEqual([
      'peru anaphor: government',
      'peru anaphor: administration',
    ]);
    expect(governmentsOfLeaders(structure, 0, last, possessors, () => undefined)).toEqual([]);
  });

  it('makes none for a government no leader owns', () => {
    const { structure } = analyse('The government of Peru met Pedro Ruiz.');
    const pedro = structure.mentions.filter((m) => m.entityId === 'pedro-ruiz');
    expect(governmentsOfLeaders(structure, 0, structure.tokens.length - 1, pedro, () => 'peru')).toEqual([]);
  });
});
