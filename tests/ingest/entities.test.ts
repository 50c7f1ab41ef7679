import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';
import type { Entity } from '../../src/model.ts';

const kinds = (entities: Entity[]) => Object.fromEntries(entities.map((e) => [e.id, e.kind]));

describe('proposed entities', () => {
  it('proposes people by title, companies, policies and events by their head words, and listed groupings', () => {
    const text =
      'President Ramaphosa met officials of the Acme Steel Corp and NATO at the Lisbon Summit on 5 May to discuss the Digital Markets Act.';
    const { entities } = extract({ sourceId: 'test', text, known: [] });
    expect(kinds(entities)).toMatchObject({
      ramaphosa: 'PERSON',
      'acme-steel-corp': 'COMPANY',
      nato: 'GROUPING',
      'lisbon-summit': 'EVENT',
      'digital-markets-act': 'POLICY',
    });
    expect(entities.find((e) => e.id === 'ramaphosa')?.aliases).toEqual(['President Ramaphosa']);
  });

  it('proposes a numbered grouping and a country from the country list, with its capital as an alias', () => {
    const { entities } = extract({ sourceId: 'test', text: 'India joined the G4 to press for reform.', known: [] });
    expect(kinds(entities)).toEqual({ india: 'COUNTRY', g4: 'GROUPING' });
    expect(entities.find((e) => e.id === 'india')?.aliases).toContain('New Delhi');
  });

  it('proposes descriptive names: a lower-case law, an election, an organisation', () => {
    const text =
      'Seoul passed the new economic security promotion law before the upcoming Korean presidential election. The Korean Foreign Ministry welcomed it.';
    const { entities } = extract({ sourceId: 'test', text, known: [] });
    expect(kinds(entities)).toMatchObject({
      'economic-security-promotion-law': 'POLICY',
      'korean-presidential-election': 'EVENT',
      'korean-foreign-ministry': 'ORGANIZATION',
    });
  });

  it('merges a surname with the full name in the same text', () => {
    const text = 'On Monday, Cyril Ramaphosa spoke in Pretoria. Later, President Ramaphosa left South Africa.';
    const { entities } = extract({ sourceId: 'test', text, known: [] });
    const people = entities.filter((e) => e.kind === 'PERSON');
    expect(people.map((e) => e.id)).toEqual(['cyril-ramaphosa']);
    expect(people[0]?.aliases).toEqual(expect.arrayContaining(['Ramaphosa', 'President Ramaphosa']));
  });

  it('proposes nothing that is already known, and keeps new ids unique against known ones', () => {
    const known: Entity[] = [{ id: 'india', name: 'Bharat', kind: 'COUNTRY', aliases: ['India'] }];
    const { entities } = extract({
      sourceId: 'test',
      text: 'India joined the G4. The India Foundation agreed.',
      known,
    });
    expect(entities.map((e) => e.id).sort()).toEqual(['g4', 'india-foundation']);
  });
});
