// A loaded graph with what is built once per load: the resolver, sorted ids, counts by source.
import type { GraphData } from '../data/load.ts';
import type { Source } from '../model.ts';
import { createKnowledgeGraph, type KnowledgeGraph } from './knowledge-graph.ts';
import { computeMetrics, type GraphMetrics } from './metrics.ts';
import { createEntityResolver, type EntityResolver } from './resolve.ts';

/** Everything a request reads; never changed after it is built, so a reload swaps it whole. */
export interface KnowledgeBase {
  graph: KnowledgeGraph;
  resolver: EntityResolver;
  /** Entity ids, sorted. */
  entityIds: string[];
  /** Relation ids, sorted. */
  relationIds: string[];
  sources: Map<string, Source>;
  /** Relation ids by the source their evidence is drawn from, sorted. */
  relationsBySource: Map<string, string[]>;
  /**
   * Centrality, communities and layout, computed once per load, when first asked for: loading
   * a large graph does not wait on them, and requests that do not need them never pay for them.
   */
  readonly metrics: GraphMetrics;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function createKnowledgeBase(data: GraphData): KnowledgeBase {
  const graph = createKnowledgeGraph(data);
  const relationIds = graph.edges().sort(byCodeUnit);
  const relationsBySource = new Map<string, string[]>(data.sources.map((s) => [s.id, []]));
  for (const id of relationIds) {
    const sourceIds = new Set(graph.getEdgeAttribute(id, 'evidence').map((e) => e.sourceId));
    for (const sourceId of sourceIds) relationsBySource.get(sourceId)?.push(id);
  }
  let metrics: GraphMetrics | undefined;
  return {
    graph,
    resolver: createEntityResolver(graph),
    entityIds: graph.nodes().sort(byCodeUnit),
    relationIds,
    sources: new Map(data.sources.map((s) => [s.id, s])),
    relationsBySource,
    get metrics() {
      metrics ??= computeMetrics(graph);
      return metrics;
    },
  };
}
