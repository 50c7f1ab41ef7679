// importGraph: /export/graph.json as the explorer holds it.
import { describe, expect, it } from 'vitest';
import { importGraph, type SerializedEntityGraph } from '../../src/explorer/graph-data.ts';
import { exportSelection } from '../../src/export/export-graph.ts';
import { selectGraph } from '../../src/export/formats.ts';
import { realGraph } from '../server/fixtures.ts';

describe('importGraph', () => {
  it('keeps every entity and relation of the export with its attributes', async () => {
    const kb = await realGraph();
    const serialized = JSON.parse(exportSelection('GRAPHOLOGY', selectGraph(kb))) as SerializedEntityGraph;
    const graph = importGraph(serialized);
    expect(graph.order).toBe(kb.graph.order);
    expect(graph.size).toBe(kb.graph.size);
    for (const edge of serialized.edges) {
      expect(graph.getEdgeAttributes(edge.key)).toEqual(edge.attributes);
      expect(graph.isDirected(edge.key)).toBe(!edge.undirected);
      expect(graph.getEdgeAttribute(edge.key, 'relation')).toBe(
        kb.graph.getEdgeAttribute(edge.key as string, 'relation'),
      );
    }
  });

  it('puts the ends of symmetric relations in code-unit order and leaves directed ones as they run', async () => {
    const kb = await realGraph();
    const serialized = JSON.parse(exportSelection('GRAPHOLOGY', selectGraph(kb))) as SerializedEntityGraph;
    const reversed = serialized.edges.filter((e) => e.undirected && e.source > e.target);
    expect(reversed.length).toBeGreaterThan(0);
    const graph = importGraph(serialized);
    for (const edge of serialized.edges) {
      const key = edge.key as string;
      const ends = [graph.source(key), graph.target(key)];
      if (edge.undirected) expect(ends).toEqual([edge.source, edge.target].sort());
      else expect(ends).toEqual([edge.source, edge.target]);
    }
  });
});
