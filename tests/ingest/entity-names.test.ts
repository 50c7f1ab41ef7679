import { describe, expect, it } from 'vitest';
import {
  createNameTable,
  entitiesNamedIn,
  entitiesNamedNear,
  findInGazetteer,
  lookupName,
  neighbourhood,
  plainDocument,
} from '../../src/ingest/entity-names.ts';
import type { Entity } from '../../src/model.ts';

const ENTITIES: Entity[] = [
  { id: 'japan', name: 'Japan', kind: 'COUNTRY', aliases: [] },
  { id: 'usa', name: 'United States', kind: 'COUNTRY', aliases: ['US'] },
  { id: 'fumio-kishida', name: 'Fumio Kishida', kind: 'PERSON', aliases: [] },
  { id: 'jun-kishida', name: 'Jun Kishida', kind: 'PERSON', aliases: [] },
  { id: 'quad', name: 'Quad', kind: 'GROUPING', aliases: [] },
];

describe('createNameTable and lookupName', () => {
  const table = createNameTable(ENTITIES);

  it.each([
    ['a name', 'Japan', 'japan'],
    ['an alias', 'US', 'usa'],
    ['a name with "the"', 'the United States', 'usa'],
    ['a gazetteer name of the country', 'United States of America', 'usa'],
    ['a capital', 'Tokyo', 'japan'],
    ['a capital, short', 'Washington', 'usa'],
    ['a demonym', 'Japanese', 'japan'],
    ["a grouping's gazetteer name", 'Quadrilateral Security Dialogue', 'quad'],
    ['a surname, to the first person who has it', 'Kishida', 'fumio-kishida'],
    ['a first name, which may be the family name', 'Jun', 'jun-kishida'],
  ])('%s', (_, name, id) => {
    expect(lookupName(table, name)).toBe(id);
  });

  it('takes a family name written first, and skips a suffix', () => {
    const people = createNameTable([
      { id: 'yoon', name: 'Yoon Suk Yeol', kind: 'PERSON', aliases: [] },
      { id: 'marcos', name: 'Ferdinand Marcos Jr.', kind: 'PERSON', aliases: [] },
    ]);
    expect(['Yoon', 'Yeol', 'Marcos', 'Ferdinand', 'Jr'].map((n) => lookupName(people, n))).toEqual([
      'yoon',
      'yoon',
      'marcos',
      'marcos',
      undefined,
    ]);
  });

  it('knows nothing else', () => {
    expect(lookupName(table, 'China')).toBeUndefined();
    expect(lookupName(table, 'Fumio Jun')).toBeUndefined();
  });
});

describe('findInGazetteer', () => {
  it('finds by name, alias, capital or demonym, of the kind asked', () => {
    expect(findInGazetteer(['Manila'])?.id).toBe('philippines');
    expect(findInGazetteer(['Filipino'], 'COUNTRY')?.id).toBe('philippines');
    expect(findInGazetteer(['the Quad'], 'GROUPING')?.id).toBe('quad');
    expect(findInGazetteer(['Georgia'], 'PERSON')).toBeUndefined();
    expect(findInGazetteer(['Atlantis'])).toBeUndefined();
  });
});

describe('naming in a text', () => {
  const text = 'The talks began. Kishida met US officials.\nThe Japanese side was pleased.\n\nTokyo said nothing more.';
  const doc = plainDocument(text);
  const table = createNameTable(ENTITIES);

  it('takes the sentences of a span and those beside it, not across a blank line', () => {
    const at = text.indexOf('Kishida');
    const range = neighbourhood(doc, at, at + 7);
    const span = range && text.slice(doc.tokens[range.first]?.start, doc.tokens[range.last]?.end);
    expect(span).toBe('The talks began. Kishida met US officials.\nThe Japanese side was pleased.');
    const last = text.indexOf('The Japanese');
    const after = neighbourhood(doc, last, last + 5);
    expect(after && text.slice(doc.tokens[after.first]?.start, doc.tokens[after.last]?.end)).toBe(
      'Kishida met US officials.\nThe Japanese side was pleased.',
    );
  });

  it('does not let an alias with "the" take the article from a longer name', () => {
    const arctic = createNameTable([
      { id: 'arctic', name: 'Arctic', kind: 'REGION', aliases: ['the Arctic'] },
      { id: 'arctic-council', name: 'Arctic Council', kind: 'ORGANIZATION', aliases: [] },
    ]);
    const doc = plainDocument('The Arctic Council met in the Arctic.');
    expect([...entitiesNamedIn(doc, arctic, 0, doc.tokens.length - 1)]).toEqual(['arctic-council', 'arctic']);
  });

  it('names entities near a span by surname, alias and demonym, and inside compounds', () => {
    const at = text.indexOf('The talks');
    expect([...entitiesNamedNear(doc, table, at, at + 16)]).toEqual(['fumio-kishida', 'usa']);
    const compound = plainDocument('The US-Japan alliance held.');
    expect([...entitiesNamedIn(compound, table, 0, compound.tokens.length - 1)]).toEqual(['usa', 'japan']);
  });
});
