import { describe, expect, it } from 'vitest';
import {
  afterTimePhrase,
  companionsAfter,
  echoingSubjects,
  prepositionBefore,
  repeatedObjects,
} from '../../src/ingest/complements.ts';
import { analyseText } from '../../src/ingest/extract.ts';
import type { Mention } from '../../src/ingest/mentions.ts';
import type { Structure } from '../../src/ingest/structure.ts';
import { tokenize } from '../../src/ingest/tokens.ts';

function analyse(text: string): Structure {
  return analyseText(text, [], 'test').structure;
}

/** The index of the first token written `word`. */
function indexOf(structure: Structure, word: string): number {
  const i = structure.tokens.findIndex((t) => t.text === word);
  if (i < 0) throw new Error(`no token "${word}"`);
  return i;
}

/** The first mention naming `id` (not a pronoun). */
function named(structure: Structure, id: string): Mention {
  const m = structure.mentions.find((x) => x.entityId === id && x.via !== 'pronoun');
  if (!m) throw new Error(`no mention of ${id}`);
  return m;
}

const ids = (mentions: readonly Mention[]) => mentions.map((m) => m.entityId);
const lastOf = (structure: Structure) => structure.tokens.length - 1;

/** The time phrase `afterTimePhrase` steps over from the word `word` of `text`, as written ('' for none). */
function timePhrase(text: string, word: string): string {
  const tokens = tokenize(text);
  const k = tokens.findIndex((t) => t.text === word);
  const after = afterTimePhrase(tokens, k);
  return after === k ? '' : text.slice(tokens[k]?.start, tokens[after - 1]?.end);
}

describe('afterTimePhrase', () => {
  it('steps over a preposition and a date: a year, a month and year, a day with its year', () => {
    expect(timePhrase('Chile voiced concern in 2022 about Peru', 'in')).toBe('in 2022');
    expect(timePhrase('sanctions on Peru in January 2022 and on Bolivia', 'in')).toBe('in January 2022');
    expect(timePhrase('The talks on June 17, 2023 ended', 'on')).toBe('on June 17, 2023');
    expect(timePhrase('Chile has backed Peru since 2019.', 'since')).toBe('since 2019');
  });

  it('stays put before a place, a date without a preposition or a preposition of no time', () => {
    expect(timePhrase('Chile voiced concern in Lima about Peru', 'in')).toBe('');
    expect(timePhrase('Chile voiced concern in 2022 about Peru', '2022')).toBe('');
    expect(timePhrase('Chile spoke about 2022 plans', 'about')).toBe('');
  });
});

describe('prepositionBefore', () => {
  it('finds the preposition right before a mention, past determiners', () => {
    const structure = analyse('Chile signed a deal with the United States and Peru.');
    expect(prepositionBefore(structure, named(structure, 'united-states'))).toBe('with');
    expect(prepositionBefore(structure, named(structure, 'chile'))).toBeUndefined();
    expect(prepositionBefore(structure, named(structure, 'peru'))).toBeUndefined();
  });
});

describe('repeatedObjects', () => {
  it('finds a second object after "and" and the same preposition, past a time phrase', () => {
    const structure = analyse('Chile imposed sanctions on Bolivia in January 2022 and on Peru.');
    const bolivia = named(structure, 'bolivia');
    expect(ids(repeatedObjects(structure, bolivia.last, 'on', lastOf(structure)))).toEqual(['peru']);
    expect(repeatedObjects(structure, bolivia.last, 'with', lastOf(structure))).toEqual([]);
  });

  it('steps over commas, asides and "another", and takes the second object’s whole list', () => {
    const structure = analyse('Chile signed one deal with Peru, in 2021, and another with Bolivia and Ecuador.');
    const peru = named(structure, 'peru');
    expect(ids(repeatedObjects(structure, peru.last, 'with', lastOf(structure)))).toEqual(['bolivia', 'ecuador']);
  });

  it('goes on to a third object, and stops at the end it is given', () => {
    const structure = analyse('Chile voted against Peru, and against Bolivia or against Ecuador.');
    const peru = named(structure, 'peru');
    expect(ids(repeatedObjects(structure, peru.last, 'against', lastOf(structure)))).toEqual(['bolivia', 'ecuador']);
    const before = named(structure, 'bolivia').first - 1;
    expect(repeatedObjects(structure, peru.last, 'against', before)).toEqual([]);
  });

  it('finds nothing when "and" is not followed by the same preposition', () => {
    const structure = analyse('Chile imposed sanctions on Bolivia and then Peru agreed.');
    const bolivia = named(structure, 'bolivia');
    expect(repeatedObjects(structure, bolivia.last, 'on', lastOf(structure))).toEqual([]);
  });
});

describe('companionsAfter', () => {
  it('finds those named after "alongside" or "at the same time as", past a comma or a time phrase', () => {
    const member = analyse('Chile is a member of Mercosur, alongside Peru and Bolivia.');
    const from = named(member, 'mercosur').last + 1;
    expect(ids(companionsAfter(member, from, lastOf(member), false))).toEqual(['peru', 'bolivia']);
    const joined = analyse('Chile joined Mercosur in 2017 at the same time as Peru.');
    expect(ids(companionsAfter(joined, indexOf(joined, 'in'), lastOf(joined), false))).toEqual(['peru']);
  });

  it('reads a bare "with" only when asked to', () => {
    const structure = analyse('Chile belongs to Mercosur with Peru.');
    const from = named(structure, 'mercosur').last + 1;
    expect(companionsAfter(structure, from, lastOf(structure), false)).toEqual([]);
    expect(ids(companionsAfter(structure, from, lastOf(structure), true))).toEqual(['peru']);
  });

  it('finds none beyond the end it is given, or where no such phrase follows', () => {
    const structure = analyse('Chile is a member of Mercosur, alongside Peru and Bolivia.');
    const from = named(structure, 'mercosur').last + 1;
    expect(companionsAfter(structure, from, indexOf(structure, 'alongside'), false)).toEqual([]);
    expect(companionsAfter(structure, 0, lastOf(structure), true)).toEqual([]);
  });
});

describe('echoingSubjects', () => {
  it('finds who "and so did" or "as did" names, with its list', () => {
    const so = analyse('Chile welcomed the plan, and so did Peru.');
    expect(ids(echoingSubjects(so, indexOf(so, ','), lastOf(so)))).toEqual(['peru']);
    const as = analyse('Chile welcomed the plan, as did Peru and Bolivia.');
    expect(ids(echoingSubjects(as, indexOf(as, ','), lastOf(as)))).toEqual(['peru', 'bolivia']);
  });

  it('finds none for a pronoun, a clause that is no echo, or a name beyond the end', () => {
    const pronoun = analyse('Chile welcomed the plan, as did it.');
    expect(echoingSubjects(pronoun, indexOf(pronoun, ','), lastOf(pronoun))).toEqual([]);
    const other = analyse('Chile welcomed the plan, and Peru did too.');
    expect(echoingSubjects(other, indexOf(other, ','), lastOf(other))).toEqual([]);
    const so = analyse('Chile welcomed the plan, and so did Peru.');
    expect(echoingSubjects(so, indexOf(so, ','), indexOf(so, 'did'))).toEqual([]);
  });
});
