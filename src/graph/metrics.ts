// Centrality, communities and a layout, computed once per load on simple projections of the graph.
import { DirectedGraph, UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import circular from 'graphology-layout/circular.js';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { KnowledgeGraph } from './knowledge-graph.ts';

export interface Centrality {
  /** Relations at the entity, of any type and direction (parallel relations each count). */
  degree: number;
  /** PageRank over relations walked subject to object, symmetric ones both ways; sums to 1. */
  pagerank: number;
  /** Betweenness over relations walked either way, normalized to 0..1. */
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
/** ForceAtlas2 iterations for the layout. */
export const LAYOUT_ITERATIONS = 500;

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function seededRandom(seed: number): () => number {
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
function undirectedProjection(graph: KnowledgeGraph): UndirectedGraph {
  const simple = new UndirectedGraph();
  for (const node of [...graph.nodes()].sort(byCodeUnit)) simple.addNode(node);
  graph.forEachEdge((_, __, source, target) => {
    simple.updateEdge(source, target, (attributes) => ({ weight: ((attributes.weight as number) ?? 0) + 1 }));
  });
  return simple;
}

/** Each directed relation subject to object, each symmetric one both ways, weighted by count. */
function directedProjection(graph: KnowledgeGraph): DirectedGraph {
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

/** Computes every metric of `graph`; deterministic for a given graph. */
export function computeMetrics(graph: KnowledgeGraph): GraphMetrics {
  const undirected = undirectedProjection(graph);
  const directed = directedProjection(graph);

  const ranks = graph.order > 0 ? pagerank(directed, { getEdgeWeight: 'weight' }) : {};
  const between = betweennessCentrality(undirected, { getEdgeWeight: null, normalized: true });
  const centrality = new Map<string, Centrality>();
  graph.forEachNode((id) => {
    centrality.set(id, { degree: graph.degree(id), pagerank: ranks[id] ?? 0, betweenness: between[id] ?? 0 });
  });

  const raw = graph.size > 0 ? louvain(undirected, { getEdgeWeight: 'weight', rng: seededRandom(COMMUNITY_SEED) }) : {};
  const groups = new Map<number, string[]>();
  graph.forEachNode((id) => {
    const group = raw[id] ?? -1 - groups.size;
    groups.set(group, [...(groups.get(group) ?? []), id]);
  });
  const communities = [...groups.values()]
    .map((entities) => entities.sort(byCodeUnit))
    .sort((a, b) => b.length - a.length || byCodeUnit(a[0] as string, b[0] as string))
    .map((entities, id) => ({ id, entities }));
  const community = new Map<string, number>();
  for (const { id, entities } of communities) for (const entity of entities) community.set(entity, id);

  circular.assign(undirected);
  const positions = forceAtlas2(undirected, {
    iterations: LAYOUT_ITERATIONS,
    getEdgeWeight: 'weight',
    settings: { ...forceAtlas2.inferSettings(undirected), barnesHutOptimize: undirected.order > 2000 },
  });
  const layout = new Map(Object.entries(positions).map(([id, { x, y }]) => [id, { x, y }]));

  return { centrality, community, communities, layout };
}
