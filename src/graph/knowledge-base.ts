// A loaded graph with what is built once per load: the resolver, sorted ids, counts by source, and its metrics, computed aside.
import { DEFAULT_LIMITS } from '../config.ts';
import type { GraphData } from '../data/load.ts';
import type { Source } from '../model.ts';
import { createKnowledgeGraph, type KnowledgeGraph } from './knowledge-graph.ts';
import type { GraphMetrics } from './metrics.ts';
import { createMetricsRunner, type MetricsRunner } from './metrics-runner.ts';
import { createMetricsState, type MetricsStatus, type MetricsStopReason } from './metrics-state.ts';
import { createEntityResolver, type EntityResolver } from './resolve.ts';

/** Everything a request reads; never changed after it is built, so a reload swaps it whole. */
export interface KnowledgeBase {
  graph: KnowledgeGraph;
  resolver: EntityResolver;
  /** Entity ids, sorted (on first use, once). */
  readonly entityIds: string[];
  /** Relation ids, sorted (on first use, once). */
  readonly relationIds: string[];
  sources: Map<string, Source>;
  /** Relation ids by the source their evidence is drawn from, sorted (on first use, once). */
  readonly relationsBySource: Map<string, string[]>;
  /**
   * Centrality, communities and layout, computed once per load: started by the first call
   * (the server calls it right after loading), in-process for small graphs and in a worker
   * thread for large ones, so loading does not wait on them and requests that do not need
   * them never do. Resolves once they are ready.
   * @param waitMs how long to wait for them at most; default: as long as they take.
   * @throws MetricsNotReadyError when not ready within `waitMs`, or stopped before they were;
   *   MetricsFailedError when they could not be computed.
   */
  metrics(waitMs?: number): Promise<GraphMetrics>;
  /**
   * The metrics, now: starts them if nothing has yet (a small graph's are then ready at once).
   * @throws MetricsNotReadyError while they are being computed; MetricsFailedError when they could not be.
   */
  readyMetrics(): GraphMetrics;
  readonly metricsStatus: MetricsStatus;
  /** Stops computing the metrics (terminates their worker) if they are not ready; those ready stay. */
  stopMetrics(why: MetricsStopReason): void;
}

export interface KnowledgeBaseOptions {
  /** The graph of `data`, when it comes built (`loadGraph`); default: built from `data`. */
  graph?: KnowledgeGraph;
  /** How the metrics are computed; default: in-process up to the default KG_METRICS_INLINE_MAX_RELATIONS relations, in a worker above. */
  metrics?: MetricsRunner;
}

export function createKnowledgeBase(data: GraphData, options: KnowledgeBaseOptions = {}): KnowledgeBase {
  const graph = options.graph ?? createKnowledgeGraph(data);
  // Lists that only some requests need are built on first use, once: at a million relations,
  // sorting and grouping them took seconds that loading no longer waits on.
  let relationIds: string[] | undefined;
  let entityIds: string[] | undefined;
  let relationsBySource: Map<string, string[]> | undefined;
  // sort() with no comparator orders strings by UTF-16 code units, as compareIds does, without a call per comparison.
  const sortedRelationIds = () => {
    relationIds ??= graph.edges().sort();
    return relationIds;
  };
  // (Closures keep nothing of `data`, which the graph no longer needs once built.)
  const sourceIds = data.sources.map((s) => s.id);
  const groupBySource = () => {
    const bySource = new Map<string, string[]>(sourceIds.map((id) => [id, []]));
    for (const id of sortedRelationIds()) {
      const evidence = graph.getEdgeAttribute(id, 'evidence');
      evidence.forEach(({ sourceId }, i) => {
        // Once per source, however many of the relation's quotes it gives.
        if (evidence.findIndex((e) => e.sourceId === sourceId) === i) bySource.get(sourceId)?.push(id);
      });
    }
    return bySource;
  };
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const metrics = createMetricsState(
    graph,
    options.metrics ?? createMetricsRunner(DEFAULT_LIMITS.metricsInlineMaxRelations),
  );
  return {
    graph,
    resolver: createEntityResolver(graph),
    get entityIds() {
      entityIds ??= graph.nodes().sort();
      return entityIds;
    },
    get relationIds() {
      return sortedRelationIds();
    },
    sources,
    get relationsBySource() {
      relationsBySource ??= groupBySource();
      return relationsBySource;
    },
    metrics: metrics.wait,
    readyMetrics: metrics.now,
    stopMetrics: metrics.stop,
    get metricsStatus() {
      return metrics.status();
    },
  };
}
