import { describe, expect, it } from 'vitest';
import { loadGraphData } from '../../src/data/load.ts';
import { dateSpan, heldDuring, heldSpan } from '../../src/dates.ts';
import { createKnowledgeGraph } from '../../src/graph/knowledge-graph.ts';
import { neighborhood } from '../../src/graph/neighborhood.ts';
import { paths } from '../../src/graph/paths.ts';
import { shortestPath } from '../../src/graph/shortest-path.ts';
import { timeline } from '../../src/graph/timeline.ts';
import { copyTinyGraph, editJson, TINY_GRAPH_DIR } from '../helpers.ts';

const on = (date: string) => dateSpan(date) as { first: string; last: string };

describe('heldDuring: what held when', () => {
  // King Arlo leads Atlantis from 2020 to 2024-06-30.
  const leads = heldSpan('2020', '2024-06-30');

  it('holds on the day a relation ends, and not the day after', () => {
    expect(heldDuring(leads, on('2024-06-30'))).toBe(true);
    expect(heldDuring(leads, on('2024-07-01'))).toBe(false);
  });

  it('holds on the day a relation begins, and not the day before', () => {
    const agreement = heldSpan('2023-11', undefined);
    expect(heldDuring(agreement, on('2023-11-01'))).toBe(true);
    expect(heldDuring(agreement, on('2023-10-31'))).toBe(false);
  });

  it('compares partial dates by their span', () => {
    expect(heldDuring(leads, on('2020-01-01'))).toBe(true);
    expect(heldDuring(leads, on('2019-12-31'))).toBe(false);
    expect(heldDuring(leads, on('2024-06'))).toBe(true);
    expect(heldDuring(leads, on('2024-07'))).toBe(false);
    expect(heldDuring(heldSpan('2023-11', undefined), on('2023'))).toBe(true);
  });

  it('holds always when undated, and from or until its one date when half-dated', () => {
    expect(heldDuring(heldSpan(undefined, undefined), on('1900'))).toBe(true);
    expect(heldDuring(heldSpan(undefined, '2020'), on('1900'))).toBe(true);
    expect(heldDuring(heldSpan(undefined, '2020'), on('2021'))).toBe(false);
  });
});

describe('traversals as of a date', () => {
  it('find a path on one date and not on another', async () => {
    const graph = createKnowledgeGraph(await loadGraphData(TINY_GRAPH_DIR));
    // King Arlo reaches Lemuria through Atlantis only while he leads it.
    expect(shortestPath(graph, 'king-arlo', 'lemuria', { asOf: on('2024-01') })?.steps.map((s) => s.relation)).toEqual([
      'king-arlo-leads-atlantis',
      'atlantis-agreement-lemuria',
    ]);
    expect(shortestPath(graph, 'king-arlo', 'lemuria', { asOf: on('2025') })).toBeNull();
    expect(
      paths(graph, 'king-arlo', 'lemuria', { asOf: on('2021'), maxLength: 3, first: 10 }).map((p) =>
        p.steps.map((s) => s.relation),
      ),
    ).toEqual([['king-arlo-leads-atlantis', 'atlantis-ally-lemuria']]);
    expect(neighborhood(graph, 'atlantis', { depth: 1, asOf: on('2019') })).toEqual({
      entities: ['atlantis', 'lemuria', 'mu', 'ocean-council'],
      relations: ['atlantis-ally-lemuria', 'atlantis-concern-mu', 'atlantis-member-of-ocean-council'],
    });
  });
});

describe('timeline', () => {
  it('lists beginnings and ends in date order', async () => {
    const graph = createKnowledgeGraph(await loadGraphData(TINY_GRAPH_DIR));
    expect(timeline(graph)).toEqual([
      { date: '2020', change: 'BEGAN', relation: 'king-arlo-leads-atlantis' },
      { date: '2023-11', change: 'BEGAN', relation: 'atlantis-agreement-lemuria' },
      { date: '2024-06-30', change: 'ENDED', relation: 'king-arlo-leads-atlantis' },
    ]);
    expect(timeline(graph, { entity: 'lemuria' })).toEqual([
      { date: '2023-11', change: 'BEGAN', relation: 'atlantis-agreement-lemuria' },
    ]);
    expect(timeline(graph, { types: ['LEADS'] }).map((e) => e.change)).toEqual(['BEGAN', 'ENDED']);
  });

  it('breaks ties: the less precise date first, beginnings before ends, then by id', async () => {
    const dir = await copyTinyGraph();
    await editJson(dir, 'relations.json', (file) => {
      file.relations[0].validFrom = '2020-01-01';
      file.relations[0].validTo = '2020-01-01';
      file.relations[2].validFrom = '2020-01-01';
    });
    const graph = createKnowledgeGraph(await loadGraphData(dir));
    expect(timeline(graph)).toEqual([
      { date: '2020', change: 'BEGAN', relation: 'king-arlo-leads-atlantis' },
      { date: '2020-01-01', change: 'BEGAN', relation: 'atlantis-ally-lemuria' },
      { date: '2020-01-01', change: 'BEGAN', relation: 'atlantis-concern-mu' },
      { date: '2020-01-01', change: 'ENDED', relation: 'atlantis-ally-lemuria' },
      { date: '2023-11', change: 'BEGAN', relation: 'atlantis-agreement-lemuria' },
      { date: '2024-06-30', change: 'ENDED', relation: 'king-arlo-leads-atlantis' },
    ]);
  });
});
