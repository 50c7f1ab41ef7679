import { describe, expect, it } from 'vitest';
import { describedPerson, isListComma, linkBetween } from '../../src/ingest/coordination.ts';
import { analyseText } from '../../src/ingest/extract.ts';
import type { Mention } from '../../src/ingest/mentions.ts';
import type { Structure } from '../../src/ingest/structure.ts';

function analyse(text: string): Structure {
  return analyseText(text, [], 'test').structure;
}

/** The first mention of `id` that names it (not a pronoun). */
function named(structure: Structure, id: string): Mention {
  const m = structure.mentions.find((x) => x.entityId === id && x.via !== 'pronoun');
  if (!m) throw new Error(`no mention of ${id}`);
  return m;
}

/** How `a` and `b`, the first mentions naming them in `text`, are listed together. */
function link(text: string, a: string, b: string): string | undefined {
  const structure = analyse(text);
  return linkBetween(structure, named(structure, a), named(structure, b));
}

/** Each comma of `text` with the words either side, and whether it lists names. */
function commas(text: string, clauseFirst = 0): string[] {
  const structure = analyse(text);
  const { tokens } = structure;
  return tokens
    .filter((t) => t.text === ',')
    .map(
      (t) =>
        `${tokens[t.index - 1]?.text} , ${tokens[t.index + 1]?.text}: ${isListComma(structure, t.index, clauseFirst)}`,
    );
}

describe('describedPerson', () => {
  it('finds the person a country right before them describes, as a demonym or a possessor', () => {
    const structure = analyse('Chilean President Ana Gil met Peru’s Pedro Ruiz in Bolivia.');
    expect(describedPerson(structure, named(structure, 'chile'))?.entityId).toBe('ana-gil');
    expect(describedPerson(structure, named(structure, 'peru'))?.entityId).toBe('pedro-ruiz');
    expect(describedPerson(structure, named(structure, 'bolivia'))).toBeUndefined();
  });

  it('finds none for a person, a pronoun, or a country before a verb', () => {
    const structure = analyse('Ana Gil met Pedro Ruiz. Chile praised its Ana Gil. Peru hosted Ana Gil.');
    expect(describedPerson(structure, named(structure, 'ana-gil'))).toBeUndefined();
    const its = structure.mentions.find((m) => m.via === 'pronoun');
    expect(its && structure.tokens[its.first]?.text).toBe('its');
    expect(describedPerson(structure, its as Mention)).toBeUndefined();
    expect(describedPerson(structure, named(structure, 'peru'))).toBeUndefined();
  });
});

describe('linkBetween', () => {
  it('links names by a comma or by "and", past an article', () => {
    expect(link('Chile, Peru and Bolivia met.', 'chile', 'peru')).toBe('comma');
    expect(link('Chile, Peru and Bolivia met.', 'peru', 'bolivia')).toBe('and');
    expect(link('Chile, the United States, and Peru met.', 'chile', 'united-states')).toBe('comma');
    expect(link('Chile, the United States, and Peru met.', 'united-states', 'peru')).toBe('and');
  });

  it('counts "or", "nor", "as well as" and a hyphen as "and"', () => {
    expect(link('Chile or Peru will host it.', 'chile', 'peru')).toBe('and');
    expect(link('Neither Chile nor Peru came.', 'chile', 'peru')).toBe('and');
    expect(link('Chile as well as Peru came.', 'chile', 'peru')).toBe('and');
    expect(link('The Chile-Peru talks ended.', 'chile', 'peru')).toBe('and');
  });

  it('links two people past the country that describes the second', () => {
    const text = 'Chilean President Ana Gil and Peruvian President Pedro Ruiz met.';
    expect(link(text, 'ana-gil', 'pedro-ruiz')).toBe('and');
    expect(link('Ana Gil and Peru’s Pedro Ruiz met.', 'ana-gil', 'pedro-ruiz')).toBe('and');
  });

  it('does not list unlike with unlike, a possessor, or names with other words between them', () => {
    expect(link('Chile and Ana Gil met.', 'chile', 'ana-gil')).toBeUndefined();
    expect(link('Chile’s envoy and Peru met.', 'chile', 'peru')).toBeUndefined();
    expect(link('Chile met Peru.', 'chile', 'peru')).toBeUndefined();
    const structure = analyse('Chile said it and Peru agree.');
    const it = structure.mentions.find((m) => m.via === 'pronoun') as Mention;
    expect(linkBetween(structure, it, named(structure, 'peru'))).toBeUndefined();
  });

  it('does not link across ", and" that opens a new clause', () => {
    const text = 'Chile recalled its envoys from Peru and Bolivia, and Ecuador condemned Chile.';
    expect(link(text, 'peru', 'bolivia')).toBe('and');
    expect(link(text, 'bolivia', 'ecuador')).toBeUndefined();
  });

  // "later" is tagged a comparative adjective, not an adverb, so the new clause's verb is not seen past it and
  // Ecuador joins the list of those Chile recalled its envoys from. Remove `.fails` when it is stepped over.
  it('does not link across ", and" before a new subject, an adverb and its verb: "Ecuador later condemned"', () => {
    const text = 'Chile recalled its envoys from Peru and Bolivia, and Ecuador later condemned Chile.';
    expect(link(text, 'bolivia', 'ecuador')).toBeUndefined();
  });
});

describe('isListComma', () => {
  it('is true for a comma between like names, also before "and"', () => {
    expect(commas('Chile, Peru and Bolivia met.')).toEqual(['Chile , Peru: true']);
    expect(commas('Chile and Peru, and Bolivia met.')).toEqual(['Peru , and: true']);
  });

  it('is false where no name stands either side, or unlike names do', () => {
    expect(commas('Chile condemned Peru, accusing Bolivia of meddling.')).toEqual(['Peru , accusing: false']);
    expect(commas('Chile, which borders Peru, met Ana Gil, Ecuador.')).toEqual([
      'Chile , which: false',
      'Peru , met: false',
      'Gil , Ecuador: false',
    ]);
  });

  it('is false before "and" with a new subject and verb when the clause has had its verb', () => {
    const text = 'Chile recalled its envoys from Peru and Bolivia, and Ecuador condemned Chile.';
    expect(commas(text)).toEqual(['Bolivia , and: false']);
    // Counted from after "recalled", the clause has no verb before the comma: a list.
    expect(commas(text, 2)).toEqual(['Bolivia , and: true']);
  });
});
