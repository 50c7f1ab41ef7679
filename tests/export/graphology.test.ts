import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { communityColor, entityExport, relationExport } from '../../src/export/attributes.ts';
import { exportSelection } from '../../src/export/export-graph.ts';
import { selectGraph } from '../../src/export/formats.ts';
import { realGraph } from '../helpers.ts';

async function readBack() {
  const kb = await realGraph();
  return { kb, graph: Graph.from(JSON.parse(exportSelection('GRAPHOLOGY', selectGraph(kb)))) };
}

describe('writeGraphology', () => {
  it('imports as a mixed multigraph with the same entities and their attributes', async () => {
    const { kb, graph } = await readBack();
    expect([graph.type, graph.multi]).toEqual(['mixed', true]);
    expect(graph.nodes().sort()).toEqual(kb.entityIds);
    for (const id of kb.entityIds) {
      const { id: _, ...entity } = entityExport(kb, id);
      expect(graph.getNodeAttributes(id)).toEqual({
        ...entity,
        size: expect.any(Number),
        color: communityColor(entity.community),
      });
    }
  });

  it('imports with the same relations, parallel ones apart, symmetric ones undirected', async () => {
    const { kb, graph } = await readBack();
    expect(graph.edges().sort()).toEqual(kb.relationIds);
    for (const id of kb.relationIds) {
      const { id: _, source, target, ...relation } = relationExport(kb, id);
      expect([graph.source(id), graph.target(id)]).toEqual([source, target]);
      expect(graph.isUndirected(id)).toBe(!relation.directed);
      expect(graph.getEdgeAttributes(id)).toEqual(relation);
    }
    expect(graph.edges('united-states', 'japan')).toEqual(
      expect.arrayContaining(['united-states-ally-japan', 'united-states-ally-japan-indo-pacific']),
    );
  });

  it('has no attribute named `type`, which sigma.js would read as a renderer', async () => {
    const { graph } = await readBack();
    graph.forEachNode((_, attributes) => expect(attributes).not.toHaveProperty('type'));
    graph.forEachEdge((_, attributes) => expect(attributes).not.toHaveProperty('type'));
  });

  it('gives every node what sigma.js draws: numeric x, y and size, and a colour', async () => {
    const { kb, graph } = await readBack();
    const { layout } = await kb.metrics();
    const sizes: number[] = [];
    graph.forEachNode((id, { x, y, size, color }) => {
      expect(layout.get(id)).toEqual({ x, y });
      expect(size).toBeGreaterThanOrEqual(4);
      expect(size).toBeLessThanOrEqual(20);
      expect(color).toMatch(/^#[0-9a-f]{6}$/);
      sizes.push(size);
    });
    expect(Math.max(...sizes)).toBe(20);
  });
});
