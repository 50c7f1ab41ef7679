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

describe('names as readers match them', () => {
  const names = (text: string, known: Entity[] = []) =>
    extract({ sourceId: 'test', text, known }).entities.map((e) => `${e.name} (${[...e.aliases].sort().join(', ')})`);

  it('takes a name written family name first, and its family name alone, as one person', () => {
    const text = 'Prime Minister Kishida Fumio spoke in Osaka. Later, Kishida praised Canada.';
    const { entities, relations } = extract({ sourceId: 'test', text, known: [] });
    expect(entities.map((e) => e.id)).toEqual(['kishida-fumio', 'canada']);
    expect(relations.map((r) => `${r.type} ${r.from} -> ${r.to}`)).toEqual(['SUPPORTS kishida-fumio -> canada']);
  });

  it('finds a known person under the name the other way round', () => {
    const known: Entity[] = [{ id: 'fumio-kishida', name: 'Fumio Kishida', kind: 'PERSON', aliases: [] }];
    expect(names('Prime Minister Kishida Fumio spoke in Osaka.', known)).toEqual([]);
  });

  it('proposes a country named only by its adjective before the people who act for it', () => {
    expect(names('Australian officials worry about the plan.')).toEqual([
      'Australia (Canberra, Commonwealth of Australia)',
    ]);
    expect(names('Australian wines sell well.')).toEqual([]);
  });

  it('proposes a country named only by its adjective before an office in lower case', () => {
    expect(names('A former Danish prime minister spoke. Danish wines sell.')).toEqual([
      'Denmark (Copenhagen, Danmark, Kingdom of Denmark, Kongeriget Danmark)',
    ]);
  });

  it('knows the adjectives the country list leaves out', () => {
    expect(names('Philippine President Bongbong Reyes spoke.').map((n) => n.split(' (')[0])).toEqual([
      'Philippines',
      'Bongbong Reyes',
    ]);
  });

  it('does not join a date to a name ("Congress on April 3")', () => {
    expect(names('The lawmakers met in Congress on April 3 to discuss the bill.')).toEqual(['Congress ()']);
  });
});
