import { describe, expect, it } from 'vitest';
import { plainDocument } from '../../src/ingest/entity-names.ts';
import { EntityResolver, keptEntities } from '../../src/ingest/llm/entities.ts';
import type { Entity } from '../../src/model.ts';

const TEXT =
  'President Marcos met Prime Minister Kishida in Manila. The Foreign Ministry welcomed the Reciprocal Access Agreement.';
const KNOWN: Entity[] = [
  { id: 'japan', name: 'Japan', kind: 'COUNTRY', aliases: [] },
  { id: 'fumio-kishida', name: 'Fumio Kishida', kind: 'PERSON', aliases: [] },
  { id: 'reciprocal-access-agreement', name: 'RAA', kind: 'POLICY', aliases: [] },
];
const resolver = () => new EntityResolver(KNOWN, TEXT, { sourceId: 'src', by: 'the language model m' });

describe('EntityResolver', () => {
  it('matches known entities by name, surname, capital and demonym', () => {
    const r = resolver();
    expect(
      ['Japan', 'Kishida', 'Tokyo', 'Japanese', 'the Japan'].map((n) =>
        r.propose({ name: n, kind: 'COUNTRY', aliases: [] }),
      ),
    ).toEqual(['japan', 'fumio-kishida', 'japan', 'japan', 'japan']);
    expect(r.proposed).toEqual([]);
  });

  it('proposes a new entity with a unique slug and the aliases the text writes', () => {
    const r = resolver();
    const marcos = r.propose({
      name: 'Ferdinand Marcos Jr.',
      kind: 'PERSON',
      aliases: ['Marcos', 'Bongbong', 'Kishida'],
    });
    const raa = r.propose({ name: 'Reciprocal Access Agreement', kind: 'POLICY', aliases: [] });
    const ministry = r.propose({ name: 'the  Foreign Ministry', kind: 'ORGANIZATION', aliases: [] });
    expect([marcos, raa, ministry]).toEqual([
      'ferdinand-marcos-jr',
      'reciprocal-access-agreement-2',
      'foreign-ministry',
    ]);
    expect(r.proposed).toEqual([
      {
        id: 'ferdinand-marcos-jr',
        name: 'Ferdinand Marcos Jr.',
        kind: 'PERSON',
        aliases: ['Marcos'],
        description: 'Proposed from src: a person, named by the language model m.',
      },
      {
        id: 'reciprocal-access-agreement-2',
        name: 'Reciprocal Access Agreement',
        kind: 'POLICY',
        aliases: [],
        description: 'Proposed from src: a policy document, named by the language model m.',
      },
      {
        id: 'foreign-ministry',
        name: 'Foreign Ministry',
        kind: 'ORGANIZATION',
        aliases: [],
        description: 'Proposed from src: an organisation, named by the language model m.',
      },
    ]);
    expect(r.resolve('Marcos')).toBe('ferdinand-marcos-jr');
    expect(r.propose({ name: 'Marcos', kind: 'PERSON', aliases: [] })).toBe('ferdinand-marcos-jr');
  });

  it("gives a country the gazetteer knows the gazetteer's name, id and aliases, once", () => {
    const r = resolver();
    expect(r.propose({ name: 'Philippine', kind: 'COUNTRY', aliases: [] })).toBe('philippines');
    expect(r.propose({ name: 'Manila', kind: 'REGION', aliases: [] })).toBe('philippines');
    expect(r.resolveEnd('Filipino')).toBe('philippines');
    expect(r.proposed).toEqual([
      {
        id: 'philippines',
        name: 'Philippines',
        kind: 'COUNTRY',
        aliases: ['Republic of the Philippines', 'Repúblika ng Pilipinas', 'Manila'],
        description: 'Republic of the Philippines, a state in South-Eastern Asia.',
      },
    ]);
  });

  it('proposes nothing for an empty name or an unknown kind, and resolves a relation end through the gazetteer only', () => {
    const r = resolver();
    expect(r.propose({ name: ' ', kind: 'PERSON', aliases: [] })).toBeUndefined();
    expect(r.propose({ name: 'Blue Team', kind: 'TEAM', aliases: [] })).toBeUndefined();
    expect(r.resolveEnd('Blue Team')).toBeUndefined();
    expect(r.resolveEnd('Australia')).toBe('australia');
    expect(r.proposed.map((e) => e.id)).toEqual(['australia']);
  });
});

describe('keptEntities', () => {
  it('keeps what the text names or a relation uses, in the order of the text', () => {
    const proposed: Entity[] = [
      { id: 'ministry', name: 'Foreign Ministry', kind: 'ORGANIZATION', aliases: [] },
      { id: 'marcos', name: 'Ferdinand Marcos', kind: 'PERSON', aliases: [] },
      { id: 'ghost', name: 'Ghost Office', kind: 'ORGANIZATION', aliases: [] },
      { id: 'used', name: 'Unwritten Pact', kind: 'POLICY', aliases: [] },
    ];
    expect(keptEntities(proposed, new Set(['used']), plainDocument(TEXT)).map((e) => e.id)).toEqual([
      'marcos',
      'ministry',
      'used',
    ]);
  });
});
