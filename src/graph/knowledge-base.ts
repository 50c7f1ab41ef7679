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

export function createKnowledgeBase(data: GraphData): KnowledgeBase {
  const graph = createKnowledgeGraph(data);
  // sort() with no comparator orders strings by UTF-16 code units, as compareIds does, without a call per comparison.
  const relationIds = graph.edges().sort();
  const relationsBySource = new Map<string, string[]>(data.sources.map((s) => [s.id, []]));
  for (const id of relationIds) {
    const evidence = graph.getEdgeAttribute(id, 'evidence');
    evidence.forEach(({ sourceId }, i) => {
      // Once per source, however many of the relation's quotes it gives.
      if (evidence.findIndex((e) => e.sourceId === sourceId) === i) relationsBySource.get(sourceId)?.push(id);
    });
  }
  let metrics: GraphMetrics | undefined;
  return {
    graph,
    resolver: createEntityResolver(graph),
    entityIds: graph.nodes().sort(),
    relationIds,
    sources: new Map(data.sources.map((s) => [s.id, s])),
    relationsBySource,
    get metrics() {
      metrics ??= computeMetrics(graph);
      return metrics;
    },
  };
}
