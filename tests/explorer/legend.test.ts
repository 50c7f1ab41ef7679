// The legend's entries, counted from the graph the explorer draws.
import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EntityNode, RelationEdge } from '../../src/explorer/graph-data.ts';
import { communityLegend, kindLegend, relationTypeCounts } from '../../src/explorer/legend.ts';
import { KIND_COLORS } from '../../src/explorer/palette.ts';
import type { EntityKind, RelationType } from '../../src/model.ts';

function entity(label: string, kind: EntityKind, community: number, pagerank: number): EntityNode {
  const color = ['#111111', '#222222'][community] as string;
  return { label, kind, community, pagerank, color, aliases: [], degree: 1, betweenness: 0, x: 0, y: 0, size: 5 };
}

function relation(type: RelationType): RelationEdge {
  return { relation: type, directed: type !== 'ALLY', summary: '', confidence: 1, corroboration: 1, evidence: [] };
}

function tinyGraph() {
  const graph = new MultiGraph<EntityNode, RelationEdge>({ type: 'mixed' });
  graph.addNode('japan', entity('Japan', 'COUNTRY', 0, 0.4));
  graph.addNode('kishida', entity('Fumio Kishida', 'PERSON', 0, 0.2));
  graph.addNode('us', entity('United States', 'COUNTRY', 0, 0.3));
  graph.addNode('quad', entity('Quad', 'GROUPING', 1, 0.1));
  graph.addDirectedEdgeWithKey('leads', 'kishida', 'japan', relation('LEADS'));
  graph.addUndirectedEdgeWithKey('ally-1', 'japan', 'us', relation('ALLY'));
  graph.addUndirectedEdgeWithKey('ally-2', 'japan', 'us', relation('ALLY'));
  graph.addDirectedEdgeWithKey('member', 'japan', 'quad', relation('MEMBER_OF'));
  return graph;
}

describe('legend entries', () => {
  it('lists the kinds present, in the vocabulary’s order, with their colours and counts', () => {
    expect(kindLegend(tinyGraph())).toEqual([
      { color: KIND_COLORS.COUNTRY, label: 'Country', count: 2 },
      { color: KIND_COLORS.PERSON, label: 'Person', count: 1 },
      { color: KIND_COLORS.GROUPING, label: 'Grouping', count: 1 },
    ]);
  });

  it('names each community after its most central entity, largest community first', () => {
    expect(communityLegend(tinyGraph())).toEqual([
      { color: '#111111', label: 'Around Japan', count: 3 },
      { color: '#222222', label: 'Around Quad', count: 1 },
    ]);
  });

  it('counts the relations of each type present, parallel ones apart', () => {
    expect(relationTypeCounts(tinyGraph())).toEqual([
      { type: 'ALLY', count: 2 },
      { type: 'MEMBER_OF', count: 1 },
      { type: 'LEADS', count: 1 },
    ]);
  });
});
