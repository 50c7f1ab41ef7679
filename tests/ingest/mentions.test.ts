import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/document.ts';
import { proposeEntities } from '../../src/ingest/entities.ts';
import { findInnerMentions, findMentions } from '../../src/ingest/mentions.ts';
import type { Entity } from '../../src/model.ts';

const known: Entity[] = [
  { id: 'japan', name: 'Japan', kind: 'COUNTRY', aliases: ['Tokyo'] },
  { id: 'united-states', name: 'United States', kind: 'COUNTRY', aliases: ['US', 'America'] },
  { id: 'us-steel', name: 'US Steel', kind: 'COMPANY', aliases: ['United States Steel'] },
  { id: 'fumio-kishida', name: 'Fumio Kishida', kind: 'PERSON', aliases: ['Kishida'] },
];

function mentionsIn(text: string) {
  const doc = parseDocument(text);
  const { table } = proposeEntities(doc, known, 'test');
  const mentions = findMentions(doc, table);
  findInnerMentions(doc, table, mentions);
  return mentions.map((m) => ({
    text: text.slice(m.start, m.end),
    entity: m.entityId,
    possessive: m.possessive,
    via: m.via,
    inner: m.inner.map((i) => i.entityId),
  }));
}

describe('findMentions', () => {
  it('matches names and aliases as whole words, noting possessives with either apostrophe', () => {
    const found = mentionsIn("Japan’s trade with America grew, and Tokyo's envoy met Kishida.");
    expect(found.map(({ text, entity, possessive }) => [text, entity, possessive])).toEqual([
      ['Japan', 'japan', true],
      ['America', 'united-states', false],
      ['Tokyo', 'japan', true],
      ['Kishida', 'fumio-kishida', false],
    ]);
  });

  it('points a demonym at its country once the country is known, with the people who act for it', () => {
    const found = mentionsIn('Japanese troops arrived; the Japanese government agreed; Japanese cars sold.');
    expect(found.map(({ text, entity, via }) => [text, entity, via])).toEqual([
      ['Japanese troops', 'japan', 'demonym'],
      ['Japanese government', 'japan', 'alias'],
      ['Japanese', 'japan', 'demonym'],
    ]);
  });

  it('prefers the longest match, and finds the names inside it', () => {
    const found = mentionsIn('The US blocked a bid for US Steel.');
    expect(found.map(({ text, entity, inner }) => [text, entity, inner])).toEqual([
      ['US', 'united-states', []],
      ['US Steel', 'us-steel', ['united-states']],
    ]);
  });

  it('matches an acronym only in capitals: "us" is a pronoun', () => {
    const found = mentionsIn('Let us talk with the US.');
    expect(found.map(({ text, entity }) => [text, entity])).toEqual([['US', 'united-states']]);
  });

  it('reads a hyphenated compound as its parts: "US-Japan"', () => {
    const found = mentionsIn('US-Japan ties deepened.');
    expect(found.map(({ entity }) => entity)).toEqual(['united-states', 'japan']);
  });
});
