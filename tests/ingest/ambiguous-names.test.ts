import { describe, expect, it } from 'vitest';
import { isGenericName } from '../../src/ingest/ambiguous-names.ts';
import { extract } from '../../src/ingest/extract.ts';
import type { Entity } from '../../src/model.ts';

const known: Entity[] = [
  { id: 'japan', name: 'Japan', kind: 'COUNTRY', aliases: ['Tokyo'] },
  { id: 'australia', name: 'Australia', kind: 'COUNTRY', aliases: ['Canberra'] },
  { id: 'reciprocal-access-agreement', name: 'Reciprocal Access Agreement', kind: 'POLICY', aliases: ['RAA'] },
];
const text =
  'Japan and the Philippines signed the Reciprocal Access Agreement in Manila. Tokyo praised the Reciprocal Access Agreement.';

describe('isGenericName', () => {
  it('is true of a name of common words only', () => {
    expect(isGenericName('Reciprocal Access Agreement')).toBe(true);
    expect(isGenericName('Treaty of Friendship')).toBe(true);
    expect(isGenericName('Camp David Accords')).toBe(false);
  });
});

describe('a known generic name beside other states', () => {
  it('is proposed apart, named by its states, with a note for the reviewer, and takes the text’s mentions', () => {
    const related = new Map([['reciprocal-access-agreement', ['japan', 'australia']]]);
    const { entities, relations } = extract({ sourceId: 'test', text, known, related });
    const apart = entities.find((e) => e.kind === 'POLICY');
    expect(apart).toMatchObject({
      id: 'japan-philippines-reciprocal-access-agreement',
      name: 'Japan–Philippines Reciprocal Access Agreement',
      aliases: [],
      note: 'may be the same as "Reciprocal Access Agreement" (reciprocal-access-agreement), which other sources link to Australia and Japan; this article names it beside Japan and Philippines, so it is proposed apart: merge them if they are one',
    });
    expect(relations.map((r) => `${r.type} ${r.from} -> ${r.to}`)).toContain(
      'SUPPORTS japan -> japan-philippines-reciprocal-access-agreement',
    );
    expect(relations.some((r) => r.to === 'reciprocal-access-agreement')).toBe(false);
  });

  it('is the known one when the states are those it is linked to, or nothing says', () => {
    for (const related of [new Map([['reciprocal-access-agreement', ['japan', 'philippines']]]), new Map()]) {
      const { entities, relations } = extract({
        sourceId: 'test',
        text,
        known: [...known, { id: 'philippines', name: 'Philippines', kind: 'COUNTRY', aliases: ['Manila'] }],
        related,
      });
      expect(entities.filter((e) => e.kind === 'POLICY')).toEqual([]);
      expect(relations.map((r) => `${r.type} ${r.from} -> ${r.to}`)).toContain(
        'SUPPORTS japan -> reciprocal-access-agreement',
      );
    }
  });
});
