import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';

const relationsOf = (text: string) =>
  extract({ sourceId: 'test', text, known: [] }).relations.map((r) => `${r.type} ${r.from} -> ${r.to}`);

describe('plural descriptions', () => {
  it('reads "both governments" and "the two countries" as the pair just named together', () => {
    expect(relationsOf('Chile and Peru held talks in Lima. Both governments condemned Bolivia.')).toEqual([
      'OPPOSES chile -> bolivia',
      'OPPOSES peru -> bolivia',
    ]);
    expect(relationsOf('Chile and Peru held talks in Lima. The two countries criticised Ecuador.')).toEqual([
      'OPPOSES chile -> ecuador',
      'OPPOSES peru -> ecuador',
    ]);
  });

  it('reads "the two leaders" as the two people just named', () => {
    const text = 'President Ruto met President Hassan in Nairobi. The two leaders praised Ethiopia.';
    expect(relationsOf(text)).toEqual(['SUPPORTS hassan -> ethiopia', 'SUPPORTS ruto -> ethiopia']);
  });

  it('leaves "the two countries" unresolved when more than two countries could be meant', () => {
    const text = 'Chile met Peru, Ecuador and Brazil. The two countries criticised Bolivia.';
    expect(relationsOf(text)).toEqual([]);
  });
});

describe('definite descriptions', () => {
  it('learns what an entity is from an apposition, so that "the pact" can stand for it', () => {
    const text = 'AUKUS, a security pact, was signed in 2021. Indonesia criticised the pact.';
    expect(relationsOf(text)).toEqual(['OPPOSES indonesia -> aukus']);
  });

  it('reads "X and Y, both members of Z" as a predicate, not as a reference', () => {
    expect(relationsOf('Chile and Peru, both members of Mercosur, objected.')).toEqual([
      'MEMBER_OF chile -> mercosur',
      'MEMBER_OF peru -> mercosur',
    ]);
  });
});
