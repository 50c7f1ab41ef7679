import { describe, expect, it } from 'vitest';
import { loadGraphData } from '../../src/data/load.ts';
import { createKnowledgeGraph } from '../../src/graph/knowledge-graph.ts';
import { computeMetrics } from '../../src/graph/metrics.ts';
import { realGraph, TINY_GRAPH_DIR } from '../helpers.ts';

describe('computeMetrics on the tiny graph (a star around Atlantis)', () => {
  it('counts degree over every relation, parallel ones each', async () => {
    const metrics = computeMetrics(createKnowledgeGraph(await loadGraphData(TINY_GRAPH_DIR)));
    expect(Object.fromEntries([...metrics.centrality].map(([id, c]) => [id, c.degree]))).toEqual({
      atlantis: 5,
      lemuria: 2,
      mu: 1,
      'king-arlo': 1,
      'ocean-council': 1,
    });
  });

  it('gives the hub all the betweenness, normalized to 1', async () => {
    const metrics = computeMetrics(createKnowledgeGraph(await loadGraphData(TINY_GRAPH_DIR)));
    expect(metrics.centrality.get('atlantis')?.betweenness).toBe(1);
    for (const id of ['lemuria', 'mu', 'king-arlo', 'ocean-council'])
      expect(metrics.centrality.get(id)?.betweenness).toBe(0);
  });

  it('ranks by PageRank along relations: what is pointed at ranks above what points', async () => {
    const metrics = computeMetrics(createKnowledgeGraph(await loadGraphData(TINY_GRAPH_DIR)));
    const rank = (id: string) => metrics.centrality.get(id)?.pagerank ?? Number.NaN;
    const total = [...metrics.centrality.values()].reduce((sum, c) => sum + c.pagerank, 0);
    expect(total).toBeCloseTo(1, 6);
    expect(rank('mu')).toBeGreaterThan(rank('king-arlo'));
    expect(rank('atlantis')).toBeGreaterThan(rank('mu'));
  });
});

describe('computeMetrics on the real graph', () => {
  it('is deterministic: two computations give the same communities and layout', async () => {
    const kb = await realGraph();
    const again = computeMetrics(kb.graph);
    const first = await kb.metrics();
    expect(again.communities).toEqual(first.communities);
    expect([...again.layout]).toEqual([...first.layout]);
  });

  it('partitions the entities into communities, largest first, ids from 0', async () => {
    const kb = await realGraph();
    const { entityIds } = kb;
    const metrics = await kb.metrics();
    const members = metrics.communities.flatMap((c) => c.entities).sort();
    expect(members).toEqual([...entityIds].sort());
    expect(metrics.communities.map((c) => c.id)).toEqual(metrics.communities.map((_, i) => i));
    const sizes = metrics.communities.map((c) => c.entities.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(metrics.community.get('japan')).toBe(metrics.community.get('united-states'));
    expect(metrics.community.get('ukraine')).toBe(metrics.community.get('coalition-to-support-ukraine'));
  });

  it('keeps betweenness within 0 and 1 and lays every entity out at a distinct finite point', async () => {
    const metrics = await (await realGraph()).metrics();
    for (const { betweenness } of metrics.centrality.values()) {
      expect(betweenness).toBeGreaterThanOrEqual(0);
      expect(betweenness).toBeLessThanOrEqual(1);
    }
    const points = [...metrics.layout.values()];
    expect(points.every(({ x, y }) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
    expect(new Set(points.map(({ x, y }) => `${x},${y}`)).size).toBe(points.length);
    expect(metrics.centrality.get('japan')?.betweenness).toBe(
      Math.max(...[...metrics.centrality.values()].map((c) => c.betweenness)),
    );
  });
});

describe('sampledBetweenness', () => {
  it('equals the exact betweenness when it samples every entity, and estimates it from fewer', async () => {
    const { UndirectedGraph } = await import('graphology');
    const betweennessCentrality = (await import('graphology-metrics/centrality/betweenness.js')).default;
    const { sampledBetweenness } = await import('../../src/graph/metrics.ts');
    const graph = new UndirectedGraph();
    // Two stars joined by a bridge: the hubs and the bridge carry every path between the stars.
    for (let i = 0; i < 30; i++) graph.mergeEdge('left', `l${i}`);
    for (let i = 0; i < 30; i++) graph.mergeEdge('right', `r${i}`);
    graph.mergeEdge('left', 'bridge');
    graph.mergeEdge('bridge', 'right');
    const exact = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    const all = sampledBetweenness(graph, graph.order, 7);
    for (const node of graph.nodes()) expect(all[node]).toBeCloseTo(exact[node] as number, 10);
    const some = sampledBetweenness(graph, 20, 7);
    expect(some.bridge).toBeGreaterThan(0.3);
    expect(Math.abs((some.left as number) - (exact.left as number))).toBeLessThan(0.15);
    expect(some.l0).toBe(0);
    expect(sampledBetweenness(graph, 20, 7)).toEqual(some);
  });
});
