import { describe, expect, it } from 'vitest';
import { evaluateExtraction, formatReport, matchEntities } from '../../src/ingest/evaluate.ts';
import type { Extraction } from '../../src/ingest/extract.ts';
import type { Entity, Relation } from '../../src/model.ts';

const curatedEntities: Entity[] = [
  { id: 'japan', name: 'Japan', kind: 'COUNTRY', aliases: ['Tokyo'] },
  { id: 'china', name: 'China', kind: 'COUNTRY', aliases: [] },
  { id: 'fumio-kishida', name: 'Fumio Kishida', kind: 'PERSON', aliases: ['Kishida'] },
  { id: 'g7', name: 'G7', kind: 'GROUPING', aliases: ['Group of Seven'] },
];
const evidence = [{ sourceId: 'src', quote: 'a quote of twenty chars', start: 0, end: 23 }];
const relation = (type: Relation['type'], from: string, to: string): Relation => ({
  id: `${from}-${type}-${to}`.toLowerCase(),
  type,
  from,
  to,
  summary: 's',
  confidence: 1,
  evidence,
});
const curatedRelations: Relation[] = [
  relation('LEADS', 'fumio-kishida', 'japan'),
  relation('RIVAL', 'japan', 'china'),
  relation('MEMBER_OF', 'japan', 'g7'),
  relation('PARTNER', 'japan', 'china'),
];

const extracted = (type: Extraction['relations'][number]['type'], from: string, to: string) => ({
  id: `${from}-${to}`,
  type,
  from,
  to,
  summary: 's',
  confidence: 0.9,
  evidence: [{ source: 'src', quote: 'a quote of twenty chars' }],
  start: 0,
  end: 23,
});

describe('matchEntities', () => {
  it('matches by name or alias, and people by surname', () => {
    const proposed: Entity[] = [
      { id: 'tokyo', name: 'Tokyo', kind: 'COUNTRY', aliases: [] },
      { id: 'kishida', name: 'Kishida', kind: 'PERSON', aliases: ['Prime Minister Kishida'] },
      { id: 'mr-kishida', name: 'Hiroshi Kishida', kind: 'PERSON', aliases: [] },
      { id: 'asean', name: 'ASEAN', kind: 'GROUPING', aliases: [] },
    ];
    expect(Object.fromEntries(matchEntities(proposed, curatedEntities))).toEqual({
      tokyo: 'japan',
      kishida: 'fumio-kishida',
      'mr-kishida': 'fumio-kishida',
    });
  });
});

describe('evaluateExtraction', () => {
  const extraction: Extraction = {
    entities: [
      { id: 'japan', name: 'Japan', kind: 'COUNTRY', aliases: [] },
      { id: 'china', name: 'China', kind: 'COUNTRY', aliases: [] },
      { id: 'kishida', name: 'Kishida', kind: 'PERSON', aliases: [] },
    ],
    relations: [
      extracted('LEADS', 'kishida', 'japan'),
      extracted('RIVAL', 'china', 'japan'), // symmetric: either order
      extracted('LEADS', 'japan', 'kishida'), // directed: the wrong way round
    ],
  };
  const report = evaluateExtraction({
    mode: 'test',
    extraction,
    known: [],
    curatedEntities,
    curatedRelations,
    sourceId: 'src',
  });

  it('scores entity recall by kind', () => {
    expect(report.entities?.overall).toEqual({ total: 4, found: 3 });
    expect(report.entities?.byKind.GROUPING).toEqual({ total: 1, found: 0 });
  });

  it('counts a hit for the same type and pair, with direction for directed types, and leaves other types out', () => {
    expect(report.relations.overall).toMatchObject({ extracted: 3, curated: 3, hits: 2 });
    expect(report.relations.overall.precision).toBeCloseTo(2 / 3);
    expect(report.relations.overall.recall).toBeCloseTo(2 / 3);
    expect(report.relations.byType.RIVAL).toMatchObject({ hits: 1, precision: 1, recall: 1, f1: 1 });
    expect(report.relations.missed).toEqual(['MEMBER_OF japan → g7']);
    expect(report.relations.spurious).toEqual(['LEADS japan → fumio-kishida']);
  });

  it('prints a table', () => {
    const text = formatReport(report);
    expect(text).toContain('| all       | 3         | 3       | 2    | 0.67      | 0.67   | 0.67 |');
    expect(text).toContain('| GROUPING | 0/1   | 0.00   |');
  });
});
