// Where computeMetrics' time goes (in-process or in the worker thread, the same code): each step timed on its own, the costly ones on a sample and extrapolated.
import { DirectedGraph, UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import circular from 'graphology-layout/circular.js';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import {
  BETWEENNESS_SAMPLES,
  COMMUNITY_SEED,
  directedProjection,
  EXACT_BETWEENNESS_MAX_ENTITIES,
  layoutIterations,
  sampledBetweenness,
  seededRandom,
  type Topology,
  undirectedProjection,
} from '../src/graph/metrics.ts';

/** One step of computeMetrics: milliseconds measured, or estimated from a sample. */
export interface MetricStep {
  step: string;
  ms: number;
  /** How the figure was got: `measured`, or the sample it was extrapolated from. */
  basis: string;
}

/** Brandes passes timed for the betweenness estimate, and ForceAtlas2 iterations for the layout's. */
export const BETWEENNESS_SAMPLE = 16;
export const LAYOUT_SAMPLE = 5;

function time(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/**
 * Times the steps of `computeMetrics` on `graph` with the same libraries, options and size
 * rules (exact or sampled betweenness, ForceAtlas2 iterations by size): the projections,
 * PageRank, Louvain and the grouping of communities in full; betweenness from
 * `BETWEENNESS_SAMPLE` Brandes passes scaled to the number computeMetrics makes; ForceAtlas2
 * from a few iterations scaled to `layoutIterations`.
 */
export function estimateMetrics(graph: Topology, onStep: (step: MetricStep) => void = () => {}): MetricStep[] {
  const steps: MetricStep[] = [];
  const note = (step: MetricStep) => {
    steps.push(step);
    onStep(step);
  };
  let undirected = new UndirectedGraph();
  let directed = new DirectedGraph();
  note({
    step: 'projections',
    ms: time(() => {
      undirected = undirectedProjection(graph);
      directed = directedProjection(graph);
    }),
    basis: 'measured',
  });
  note({
    step: 'pagerank',
    ms: time(() => pagerank(directed, { getEdgeWeight: 'weight' })),
    basis: 'measured',
  });

  // Brandes passes: every entity, or a sample of them. A few passes first, untimed, so the timed ones run optimised.
  const order = undirected.order;
  const passes = order <= EXACT_BETWEENNESS_MAX_ENTITIES ? order : Math.min(order, BETWEENNESS_SAMPLES);
  const sample = Math.min(passes, BETWEENNESS_SAMPLE);
  sampledBetweenness(undirected, Math.min(order, 4), 7);
  const sampleMs = time(() => sampledBetweenness(undirected, sample, 7));
  note({
    step: `betweenness (${passes === order ? 'exact' : 'sampled'}, ${passes} Brandes passes)`,
    ms: sample > 0 ? (sampleMs * passes) / sample : 0,
    basis: sample === passes ? 'measured' : `${sample} of ${passes} passes`,
  });

  let raw: Record<string, number> = {};
  note({
    step: 'louvain',
    ms:
      graph.size > 0
        ? time(() => {
            raw = louvain(undirected, { getEdgeWeight: 'weight', rng: seededRandom(COMMUNITY_SEED) });
          })
        : 0,
    basis: 'measured',
  });
  note({
    step: 'communities (grouping)',
    ms: time(() => {
      const groups = new Map<number, string[]>();
      graph.forEachNode((id) => {
        const group = raw[id] ?? -1 - groups.size;
        groups.set(group, [...(groups.get(group) ?? []), id]);
      });
    }),
    basis: 'measured',
  });

  // The first iterations pay for setup and compilation: the estimate is one run of one iteration
  // plus the marginal cost of an iteration (from a run of LAYOUT_SAMPLE) times the rest.
  const iterations = layoutIterations(order);
  const layout = (n: number) =>
    time(() =>
      forceAtlas2(undirected, {
        iterations: n,
        getEdgeWeight: 'weight',
        settings: { ...forceAtlas2.inferSettings(undirected), barnesHutOptimize: undirected.order > 2000 },
      }),
    );
  circular.assign(undirected);
  const first = layout(1);
  const sampled = iterations > 1 + LAYOUT_SAMPLE ? layout(LAYOUT_SAMPLE) : 0;
  const perIteration = sampled > 0 ? Math.max(0, sampled - first) / (LAYOUT_SAMPLE - 1) : first;
  note({
    step: `forceAtlas2 (${iterations} iterations)`,
    ms: first + perIteration * (iterations - 1),
    basis: sampled > 0 ? `${1 + LAYOUT_SAMPLE} of ${iterations} iterations` : `1 of ${iterations} iterations`,
  });
  return steps;
}
