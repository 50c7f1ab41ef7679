// Centrality, communities and a layout, computed once per load on simple projections of the graph.
import { DirectedGraph, type MultiGraph, UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import circular from 'graphology-layout/circular.js';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';

/**
 * What the metrics read of a graph: its entities and relations, never their attributes. A
 * `KnowledgeGraph` is one, and so is the bare copy a worker rebuilds from typed arrays.
 */
export type Topology = MultiGraph;

export interface Centrality {
  /** Relations at the entity, of any type and direction (parallel relations each count). */
  degree: number;
  /** PageRank over relations walked subject to object, symmetric ones both ways; sums to 1. */
  pagerank: number;
  /**
   * Betweenness over relations walked either way, normalized to 0..1; estimated from a sample
   * of sources above EXACT_BETWEENNESS_MAX_ENTITIES entities.
   */
  betweenness: number;
}

export interface Community {
  /** 0 for the largest community, then by size; ties by the smallest entity id. */
  id: number;
  /** Entity ids, sorted. */
  entities: string[];
}

export interface GraphMetrics {
  centrality: Map<string, Centrality>;
  /** The community id of each entity. */
  community: Map<string, number>;
  communities: Community[];
  /** A ForceAtlas2 layout from a circular start: the same graph always gets the same picture. */
  layout: Map<string, { x: number; y: number }>;
}

/** The seed of Louvain's random choices, so that two loads give the same communities. */
export const COMMUNITY_SEED = 42;
/** ForceAtlas2 iterations for the layout of a small graph; larger graphs get fewer (see `layoutIterations`). */
export const LAYOUT_ITERATIONS = 500;
/** Above this many entities, betweenness is estimated from a sample of sources: exact Brandes is O(V·E). */
export const EXACT_BETWEENNESS_MAX_ENTITIES = 5_000;
/** How many sources the estimate walks from. */
export const BETWEENNESS_SAMPLES = 128;
/** The layout's work, in node-iterations: 500 iterations up to 400 entities, fewer (at least 10) above. */
const LAYOUT_WORK = 200_000;

/** ForceAtlas2 iterations for a graph of `order` entities: the same picture for small graphs, bounded time for large ones. */
export function layoutIterations(order: number): number {
  return Math.max(10, Math.min(LAYOUT_ITERATIONS, Math.floor(LAYOUT_WORK / Math.max(order, 1))));
}

/**
 * Betweenness normalized to 0..1, as graphology-metrics computes it, but from `samples` seeded
 * sources instead of all of them (scaled up by their share): Brandes' sampling estimate.
 * Exact when `samples` is at least the number of entities.
 */
export function sampledBetweenness(graph: UndirectedGraph, samples: number, seed: number): Record<string, number> {
  const order = graph.order;
  // The function carries its node index, as graphology-metrics' own betweenness uses it.
  const brandes = createUnweightedIndexedBrandes(graph) as ReturnType<typeof createUnweightedIndexedBrandes> & {
    index: { collect(values: Float64Array): Record<string, number> };
  };
  const random = seededRandom(seed);
  const sources = [...Array(order).keys()];
  for (let i = order - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [sources[i], sources[j]] = [sources[j] as number, sources[i] as number];
  }
  const taken = sources.slice(0, Math.min(samples, order));
  const delta = new Float64Array(order);
  const centralities = new Float64Array(order);
  for (const source of taken) {
    const [stack, predecessors, sigma] = brandes(source);
    delta.fill(0);
    while (stack.size !== 0) {
      const w = stack.pop() as number;
      const coefficient = (1 + (delta[w] as number)) / (sigma[w] as number);
      for (const v of predecessors[w] as number[]) delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
      if (w !== source) centralities[w] = (centralities[w] as number) + (delta[w] as number);
    }
  }
  const scale = order <= 2 ? 0 : order / taken.length / ((order - 1) * (order - 2));
  return brandes.index.collect(centralities.map((c) => Math.min(1, c * scale)));
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every pair of related entities once, with how many relations join them (their weight). */
export function undirectedProjection(graph: Topology): UndirectedGraph {
  const simple = new UndirectedGraph();
  for (const node of [...graph.nodes()].sort(byCodeUnit)) simple.addNode(node);
  graph.forEachEdge((_, __, source, target) => {
    simple.updateEdge(source, target, (attributes) => ({ weight: ((attributes.weight as number) ?? 0) + 1 }));
  });
  return simple;
}

/** Each directed relation subject to object, each symmetric one both ways, weighted by count. */
export function directedProjection(graph: Topology): DirectedGraph {
  const simple = new DirectedGraph();
  for (const node of [...graph.nodes()].sort(byCodeUnit)) simple.addNode(node);
  const add = (source: string, target: string) =>
    simple.updateEdge(source, target, (attributes) => ({ weight: ((attributes.weight as number) ?? 0) + 1 }));
  graph.forEachEdge((_, __, source, target, ___, ____, undirected) => {
    add(source, target);
    if (undirected) add(target, source);
  });
  return simple;
}

/**
 * Computes every metric of `graph`; deterministic for a given topology (the same entities and
 * relations, in the same order).
 */
export function computeMetrics(graph: Topology): GraphMetrics {
  const undirected = undirectedProjection(graph);
  const directed = directedProjection(graph);

  const ranks = graph.order > 0 ? pagerank(directed, { getEdgeWeight: 'weight' }) : {};
  const between =
    undirected.order <= EXACT_BETWEENNESS_MAX_ENTITIES
      ? betweennessCentrality(undirected, { getEdgeWeight: null, normalized: true })
      : sampledBetweenness(undirected, BETWEENNESS_SAMPLES, COMMUNITY_SEED);
  const centrality = new Map<string, Centrality>();
  graph.forEachNode((id) => {
    centrality.set(id, { degree: graph.degree(id), pagerank: ranks[id] ?? 0, betweenness: between[id] ?? 0 });
  });

  const raw = graph.size > 0 ? louvain(undirected, { getEdgeWeight: 'weight', rng: seededRandom(COMMUNITY_SEED) }) : {};
  const groups = new Map<number, string[]>();
  graph.forEachNode((id) => {
    const group = raw[id] ?? -1 - groups.size;
    const members = groups.get(group);
    if (members) members.push(id);
    else groups.set(group, [id]);
  });
  const communities = [...groups.values()]
    .map((entities) => entities.sort(byCodeUnit))
    .sort((a, b) => b.length - a.length || byCodeUnit(a[0] as string, b[0] as string))
    .map((entities, id) => ({ id, entities }));
  const community = new Map<string, number>();
  for (const { id, entities } of communities) for (const entity of entities) community.set(entity, id);

  circular.assign(undirected);
  const positions = forceAtlas2(undirected, {
    iterations: layoutIterations(undirected.order),
    getEdgeWeight: 'weight',
    settings: { ...forceAtlas2.inferSettings(undirected), barnesHutOptimize: undirected.order > 2000 },
  });
  const layout = new Map(Object.entries(positions).map(([id, { x, y }]) => [id, { x, y }]));

  return { centrality, community, communities, layout };
}
