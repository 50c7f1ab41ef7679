import { beforeAll, describe, expect, it } from 'vitest';
import { type GraphData, loadGraphData } from '../../src/data/load.ts';
import { createKnowledgeGraph } from '../../src/graph/knowledge-graph.ts';
import { isSymmetric, RELATION_TYPES } from '../../src/model.ts';
import { TINY_GRAPH_DIR } from '../helpers.ts';

describe('createKnowledgeGraph', () => {
  let data: GraphData;
  beforeAll(async () => {
    data = await loadGraphData(TINY_GRAPH_DIR);
  });

  it('makes symmetric relations undirected edges and directed ones directed edges', () => {
    const graph = createKnowledgeGraph(data);
    expect(graph.isUndirected('atlantis-ally-lemuria')).toBe(true);
    expect(graph.isDirected('atlantis-concern-mu')).toBe(true);
    expect(graph.source('king-arlo-leads-atlantis')).toBe('king-arlo');
    expect(graph.target('king-arlo-leads-atlantis')).toBe('atlantis');
    // The undirected ally edge is walkable from both ends; the directed concern only out of Atlantis.
    expect(graph.neighbors('lemuria')).toEqual(['atlantis']);
    expect(graph.outNeighbors('mu')).toEqual([]);
    expect(graph.inNeighbors('mu')).toEqual(['atlantis']);
  });

  it('keeps parallel relations between the same pair apart, with their own attributes', () => {
    const graph = createKnowledgeGraph(data);
    expect(graph.edges('atlantis', 'lemuria').sort()).toEqual(['atlantis-agreement-lemuria', 'atlantis-ally-lemuria']);
    expect(graph.getEdgeAttributes('atlantis-agreement-lemuria')).toMatchObject({
      relation: 'AGREEMENT',
      validFrom: '2023-11',
      summary: 'Atlantis and Lemuria signed a treaty of friendship.',
    });
    expect(graph.getNodeAttributes('atlantis')).toEqual({
      name: 'Atlantis',
      kind: 'COUNTRY',
      aliases: ['Poseidonia', 'A.T.L.'],
    });
    expect(Object.keys(graph.getAttribute('sources'))).toEqual(['tiny-source']);
  });

  it('decides direction once: ALLY, RIVAL, AGREEMENT and PARTNER are the symmetric types', () => {
    expect(RELATION_TYPES.filter(isSymmetric)).toEqual(['ALLY', 'RIVAL', 'AGREEMENT', 'PARTNER']);
  });
});
