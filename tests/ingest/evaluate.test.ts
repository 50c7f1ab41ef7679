import { describe, expect, it } from 'vitest';
import { evaluateAgainstGold, goldFromCurated, matchEntities, microAverage } from '../../src/ingest/evaluate.ts';
import type { Extraction } from '../../src/ingest/extraction.ts';
import type { GoldFile } from '../../src/ingest/gold.ts';
import type { Entity, Relation } from '../../src/model.ts';

const gold: GoldFile = {
  source: 'src',
  genre: 'wire',
  region: 'East Asia',
  entities: [
    { id: 'japan', name: 'Japan', kind: 'COUNTRY', aliases: ['Tokyo'] },
    { id: 'china', name: 'China', kind: 'COUNTRY', aliases: [] },
    { id: 'fumio-kishida', name: 'Kishida Fumio', kind: 'PERSON', aliases: ['Kishida'] },
    { id: 'g7', name: 'G7', kind: 'GROUPING', aliases: ['Group of Seven'] },
  ],
  relations: [
    { types: ['LEADS'], from: 'fumio-kishida', to: 'japan', quote: 'Prime Minister Kishida Fumio' },
    { types: ['RIVAL', 'OPPOSES'], from: 'japan', to: 'china', quote: 'Japan sees China as a rival' },
    { types: ['MEMBER_OF'], from: 'japan', to: 'g7', quote: 'Japan, a member of the G7' },
    { types: ['CONCERN'], from: 'japan', to: 'china', quote: 'Tokyo frets over Beijing', optional: true },
  ],
};

const relation = (type: Extraction['relations'][number]['type'], from: string, to: string, quote = 'a quote') => ({
  id: `${from}-${type}-${to}`.toLowerCase(),
  type,
  from,
  to,
  summary: 's',
  confidence: 0.9,
  evidence: [{ source: 'src', quote }],
  start: 0,
  end: quote.length,
});

describe('matchEntities', () => {
  it('matches by name, then any name or alias, then a person by the same words in another order or by one word', () => {
    const proposed: Entity[] = [
      { id: 'tokyo', name: 'Tokyo', kind: 'COUNTRY', aliases: [] },
      { id: 'fumio-kishida', name: 'Fumio Kishida', kind: 'PERSON', aliases: [] },
      { id: 'hiroshi-kishida', name: 'Hiroshi Kishida', kind: 'PERSON', aliases: [] },
      { id: 'fumio', name: 'Fumio', kind: 'PERSON', aliases: [] },
      { id: 'asean', name: 'ASEAN', kind: 'GROUPING', aliases: [] },
    ];
    expect(Object.fromEntries(matchEntities(proposed, gold.entities))).toEqual({
      tokyo: 'japan',
      'fumio-kishida': 'fumio-kishida',
      fumio: 'fumio-kishida',
    });
  });
});

describe('evaluateAgainstGold', () => {
  const extraction: Extraction = {
    entities: [
      { id: 'japan', name: 'Japan', kind: 'COUNTRY', aliases: [] },
      { id: 'china', name: 'China', kind: 'COUNTRY', aliases: [] },
      { id: 'kishida', name: 'Kishida', kind: 'PERSON', aliases: [] },
      { id: 'tokyo', name: 'Tokyo', kind: 'COUNTRY', aliases: [] },
      { id: 'asean', name: 'ASEAN', kind: 'GROUPING', aliases: [] },
    ],
    relations: [
      relation('LEADS', 'kishida', 'japan'),
      relation('OPPOSES', 'japan', 'china'), // an alternative type
      relation('RIVAL', 'china', 'japan'), // symmetric: either order; the same gold relation again
      relation('CONCERN', 'japan', 'china'), // only an optional gold relation: left out
      relation('LEADS', 'japan', 'kishida', 'Japan led by Kishida'), // directed: the wrong way round
      relation('LEADS', 'kishida', 'tokyo'), // the same as the first once matched: counted once
    ],
  };
  const evaluation = evaluateAgainstGold({ id: 'src', split: 'dev', extraction, known: [], gold });

  it('scores relations: alternatives and either order of a symmetric type hit, optional ones are left out', () => {
    expect(evaluation.relations).toEqual({
      extracted: 4,
      correct: 3,
      gold: 3,
      hits: 2,
      precision: 0.75,
      recall: 2 / 3,
      f1: (2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3),
    });
    expect(evaluation.byType.LEADS).toMatchObject({ extracted: 2, correct: 1, gold: 1, hits: 1 });
    expect(evaluation.falsePositives).toEqual([
      { type: 'LEADS', from: 'japan', to: 'fumio-kishida', quote: 'Japan led by Kishida', confidence: 0.9 },
    ]);
    expect(evaluation.misses).toEqual([
      { type: 'MEMBER_OF', from: 'japan', to: 'g7', quote: 'Japan, a member of the G7' },
    ]);
  });

  it('scores entities: a second proposal of one gold entity and one of none are not correct', () => {
    expect(evaluation.entities).toMatchObject({
      gold: 4,
      proposed: 5,
      found: 3,
      correct: 3,
      precision: 0.6,
      recall: 0.75,
      missed: ['GROUPING G7'],
      spurious: ['COUNTRY Tokyo (again japan)', 'GROUPING ASEAN'],
    });
    expect(evaluation.entities?.byKind).toEqual({
      COUNTRY: { gold: 2, found: 2 },
      PERSON: { gold: 1, found: 1 },
      GROUPING: { gold: 1, found: 0 },
    });
  });

  it('leaves entities unscored when the extractor was given known ones, and maps their ids by name', () => {
    const known: Entity[] = [{ id: 'jp', name: 'Japan', kind: 'COUNTRY', aliases: [] }];
    const e = evaluateAgainstGold({
      id: 'src',
      split: 'dev',
      extraction: {
        entities: [{ id: 'g-7', name: 'G7', kind: 'GROUPING', aliases: [] }],
        relations: [relation('MEMBER_OF', 'jp', 'g-7')],
      },
      known,
      gold,
    });
    expect(e.entities).toBeUndefined();
    expect(e.relations).toMatchObject({ extracted: 1, correct: 1, hits: 1 });
  });
});

describe('microAverage', () => {
  it('sums the counts of the articles, then takes the figures of the sums', () => {
    const one = evaluateAgainstGold({
      id: 'a',
      split: 'dev',
      extraction: { entities: [], relations: [] },
      known: [],
      gold,
    });
    const two = evaluateAgainstGold({
      id: 'b',
      split: 'dev',
      extraction: {
        entities: [
          { id: 'japan', name: 'Japan', kind: 'COUNTRY', aliases: [] },
          { id: 'g7', name: 'G7', kind: 'GROUPING', aliases: [] },
        ],
        relations: [relation('MEMBER_OF', 'japan', 'g7')],
      },
      known: [],
      gold,
    });
    const total = microAverage([one, two]);
    expect(total.relations).toMatchObject({ extracted: 1, correct: 1, gold: 6, hits: 1, precision: 1 });
    expect(total.relations.recall).toBeCloseTo(1 / 6);
    expect(total.entities).toMatchObject({ gold: 8, proposed: 2, found: 2, correct: 2, recall: 0.25 });
  });
});

describe('goldFromCurated', () => {
  it("takes a source's curated relations of the contract's types, one per type and pair", () => {
    const evidence = [{ sourceId: 'src', quote: 'a quote of twenty chars', start: 0, end: 23 }];
    const r = (id: string, type: Relation['type'], from: string, to: string, sourceId = 'src'): Relation => ({
      id,
      type,
      from,
      to,
      summary: 's',
      confidence: 1,
      evidence: [{ ...evidence[0], sourceId } as Relation['evidence'][number]],
    });
    const curated = goldFromCurated(
      {
        entities: [{ id: 'japan', name: 'Japan', kind: 'COUNTRY', aliases: ['Tokyo'], description: 'd' }],
        relations: [
          r('a', 'RIVAL', 'japan', 'china'),
          r('b', 'RIVAL', 'china', 'japan'),
          r('c', 'PARTNER', 'japan', 'china'),
          r('d', 'CONCERN', 'japan', 'china', 'other'),
        ],
      },
      'src',
    );
    expect(curated.entities).toEqual([{ id: 'japan', name: 'Japan', kind: 'COUNTRY', aliases: ['Tokyo'] }]);
    expect(curated.relations).toEqual([
      { types: ['RIVAL'], from: 'japan', to: 'china', quote: 'a quote of twenty chars' },
    ]);
  });
});
