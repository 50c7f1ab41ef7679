import { describe, expect, it } from 'vitest';
import { type Draft, mergeElections, mergeSurnames } from '../../src/ingest/drafts.ts';
import type { EntityKind } from '../../src/model.ts';

const draft = (name: string, kind: EntityKind): Draft => ({ entity: { id: '', name, kind, aliases: [] }, reason: '' });

describe('drafts', () => {
  it('merges a surname into the one full name that ends or starts with it', () => {
    const drafts = new Map([
      ['ramos', draft('Ramos', 'PERSON')],
      ['paulo ramos', draft('Paulo Ramos', 'PERSON')],
    ]);
    mergeSurnames([...drafts.values()], drafts);
    expect([...drafts.values()].map((d) => [d.entity.name, d.entity.aliases])).toEqual([['Paulo Ramos', ['Ramos']]]);
  });

  it('merges a shorter name that begins the one longer name holding it', () => {
    const drafts = new Map([
      ['abdi sheikh', draft('Abdi Sheikh', 'PERSON')],
      ['abdi sheikh nur', draft('Abdi Sheikh Nur', 'PERSON')],
    ]);
    mergeSurnames([...drafts.values()], drafts);
    expect([...drafts.values()].map((d) => [d.entity.name, d.entity.aliases])).toEqual([
      ['Abdi Sheikh Nur', ['Abdi Sheikh']],
    ]);
  });

  it('merges the forms of one election into the fullest', () => {
    const drafts = new Map([
      ['us election', draft('US election', 'EVENT')],
      ['us presidential election', draft('US presidential election', 'EVENT')],
      ['french election', draft('French election', 'EVENT')],
    ]);
    mergeElections([...drafts.values()], drafts);
    expect([...drafts.values()].map((d) => [d.entity.name, d.entity.aliases])).toEqual([
      ['US presidential election', ['US election']],
      ['French election', []],
    ]);
  });
});
