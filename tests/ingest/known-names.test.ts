import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/document.ts';
import { extract } from '../../src/ingest/extract.ts';
import { acronymsOf, knownNameIndex } from '../../src/ingest/known-names.ts';
import type { Entity } from '../../src/model.ts';

const known: Entity[] = [
  { id: 'ferdinand-marcos-jr', name: 'Ferdinand Marcos Jr.', kind: 'PERSON', aliases: [] },
  { id: 'raa', name: 'Reciprocal Access Agreement', kind: 'POLICY', aliases: [] },
  { id: 'ecowas', name: 'Economic Community of West African States', kind: 'GROUPING', aliases: [] },
  { id: 'kim-jong-un', name: 'Kim Jong Un', kind: 'PERSON', aliases: [] },
  { id: 'kim-yo-jong', name: 'Kim Yo Jong', kind: 'PERSON', aliases: [] },
];

describe('acronymsOf', () => {
  it('gives the initials of the capitalised words, and with the connectors', () => {
    expect(acronymsOf('Reciprocal Access Agreement')).toEqual(['RAA']);
    expect(acronymsOf('Economic Community of West African States')).toEqual(['ECWAS', 'ECOWAS']);
    expect(acronymsOf('Japan')).toEqual([]);
  });
});

describe('knownNameIndex', () => {
  const index = knownNameIndex(known);
  it('finds a known person by a family name only they have, and a known body by its acronym', () => {
    expect(index.lookup(['Marcos', 'President Marcos'])).toBe('ferdinand-marcos-jr');
    expect(index.lookup(['RAA'])).toBe('raa');
    expect(index.lookup(['ECOWAS'])).toBe('ecowas');
    expect(index.lookup(['Kim'])).toBeUndefined();
  });
  it('names the acronyms of known bodies a text writes', () => {
    expect(index.namesIn(parseDocument('Manila ratified the RAA. ECOWAS met.'))).toEqual([
      ['raa', 'RAA'],
      ['ecowas', 'ECOWAS'],
    ]);
  });
});

describe('extract with entities known from other articles', () => {
  it('proposes no new entity for a known one named by surname or acronym', () => {
    const text = 'President Marcos praised the RAA. Marcos also criticised China.';
    const { entities, relations } = extract({ sourceId: 'test', text, known });
    expect(entities.map((e) => e.id)).toEqual(['china']);
    expect(relations.map((r) => `${r.type} ${r.from} -> ${r.to}`)).toEqual([
      'SUPPORTS ferdinand-marcos-jr -> raa',
      'OPPOSES ferdinand-marcos-jr -> china',
    ]);
  });
});
