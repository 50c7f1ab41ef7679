// A graph's topology and its metrics as typed arrays, to cross to a worker thread and back without copying.
import { MultiGraph } from 'graphology';
import type { GraphMetrics } from './metrics.ts';

/**
 * What `computeMetrics` reads of a graph: its entities in order and its relations in order,
 * each as the indices of its ends and whether it is undirected. Entity ids travel once, as
 * one string cut by their lengths; everything else is in typed arrays that are transferred.
 */
export interface TopologyMessage {
  ids: string;
  idLengths: Uint32Array;
  sources: Uint32Array;
  targets: Uint32Array;
  undirected: Uint8Array;
}

/**
 * The metrics by entity index. Each map travels as the indices of its keys in its own
 * order and its values in arrays beside them, so it is rebuilt with the same order too.
 */
export interface MetricsMessage {
  centralityOrder: Uint32Array;
  degree: Float64Array;
  pagerank: Float64Array;
  betweenness: Float64Array;
  communityOrder: Uint32Array;
  community: Float64Array;
  /** Each community's id, its members one community after the other, and how many each has. */
  communityIds: Float64Array;
  communityMembers: Uint32Array;
  communitySizes: Uint32Array;
  layoutOrder: Uint32Array;
  x: Float64Array;
  y: Float64Array;
}

/**
 * Entries handled per turn of the event loop when encoding a topology or decoding metrics on
 * the main thread: at a million relations, either in one go would hold the loop for hundreds of
 * milliseconds.
 */
export const TRANSFER_SLICE = 50_000;

/** Calls `step(i)` for each i below `count`, letting the event loop run between slices of `slice`. */
async function inSlices(count: number, step: (i: number) => void, slice: number): Promise<void> {
  for (let start = 0; start < count; start += slice) {
    if (start > 0) await new Promise((resolve) => setImmediate(resolve));
    const end = Math.min(count, start + slice);
    for (let i = start; i < end; i++) step(i);
  }
}

/** The buffers of a message's typed arrays, to transfer rather than copy. */
export function transferList(message: TopologyMessage | MetricsMessage): ArrayBuffer[] {
  return Object.values(message)
    .filter((value): value is Uint32Array | Uint8Array | Float64Array => ArrayBuffer.isView(value))
    .map((array) => array.buffer as ArrayBuffer);
}

/**
 * The topology of `graph`, and its entity ids in the order the message uses; relations in
 * slices of `slice`, letting the event loop run between them.
 */
export async function encodeTopology(
  graph: MultiGraph,
  slice = TRANSFER_SLICE,
): Promise<{ topology: TopologyMessage; ids: string[] }> {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const sources = new Uint32Array(graph.size);
  const targets = new Uint32Array(graph.size);
  const undirected = new Uint8Array(graph.size);
  // In the order of forEachEdge, which computeMetrics follows.
  const edges = graph.edgeEntries();
  await inSlices(
    graph.size,
    (i) => {
      const edge = edges.next().value as { source: string; target: string; undirected: boolean };
      sources[i] = index.get(edge.source) as number;
      targets[i] = index.get(edge.target) as number;
      undirected[i] = edge.undirected ? 1 : 0;
    },
    slice,
  );
  const idLengths = Uint32Array.from(ids, (id) => id.length);
  return { topology: { ids: ids.join(''), idLengths, sources, targets, undirected }, ids };
}

/** The entity ids of a topology message, in order. */
export function topologyIds({ ids, idLengths }: TopologyMessage): string[] {
  const out = new Array<string>(idLengths.length);
  let at = 0;
  for (let i = 0; i < idLengths.length; i++) {
    const length = idLengths[i] as number;
    out[i] = ids.slice(at, at + length);
    at += length;
  }
  return out;
}

/**
 * The graph a topology message describes: the same entities and relations in the same order,
 * as the knowledge graph's (a mixed multigraph without self-loops), with no attributes.
 * @throws graphology's errors when the message names an entity it does not hold.
 */
export function decodeTopology(topology: TopologyMessage): MultiGraph {
  const ids = topologyIds(topology);
  const graph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  for (const id of ids) graph.addNode(id);
  const { sources, targets, undirected } = topology;
  for (let i = 0; i < sources.length; i++) {
    const source = ids[sources[i] as number] as string;
    const target = ids[targets[i] as number] as string;
    if (undirected[i]) graph.addUndirectedEdge(source, target);
    else graph.addDirectedEdge(source, target);
  }
  return graph;
}

/** `metrics` by the indices of `ids`. */
export function encodeMetrics(metrics: GraphMetrics, ids: readonly string[]): MetricsMessage {
  const index = new Map(ids.map((id, i) => [id, i]));
  const at = (id: string) => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`the metrics name "${id}", which is not an entity of the graph`);
    return i;
  };
  const centrality = [...metrics.centrality];
  const community = [...metrics.community];
  const layout = [...metrics.layout];
  return {
    centralityOrder: Uint32Array.from(centrality, ([id]) => at(id)),
    degree: Float64Array.from(centrality, ([, c]) => c.degree),
    pagerank: Float64Array.from(centrality, ([, c]) => c.pagerank),
    betweenness: Float64Array.from(centrality, ([, c]) => c.betweenness),
    communityOrder: Uint32Array.from(community, ([id]) => at(id)),
    community: Float64Array.from(community, ([, c]) => c),
    communityIds: Float64Array.from(metrics.communities, (c) => c.id),
    communityMembers: Uint32Array.from(metrics.communities.flatMap((c) => c.entities.map(at))),
    communitySizes: Uint32Array.from(metrics.communities, (c) => c.entities.length),
    layoutOrder: Uint32Array.from(layout, ([id]) => at(id)),
    x: Float64Array.from(layout, ([, p]) => p.x),
    y: Float64Array.from(layout, ([, p]) => p.y),
  };
}

/**
 * The metrics a message holds, keyed by the entity ids it was encoded with: equal to those
 * encoded, maps in the same order; entries in slices of `slice`, letting the event loop run
 * between them.
 */
export async function decodeMetrics(
  message: MetricsMessage,
  ids: readonly string[],
  slice = TRANSFER_SLICE,
): Promise<GraphMetrics> {
  const id = (i: number) => ids[i] as string;
  const { centralityOrder, degree, pagerank, betweenness, communityOrder, layoutOrder, x, y } = message;
  const centrality: GraphMetrics['centrality'] = new Map();
  await inSlices(
    centralityOrder.length,
    (i) => {
      centrality.set(id(centralityOrder[i] as number), {
        degree: degree[i] as number,
        pagerank: pagerank[i] as number,
        betweenness: betweenness[i] as number,
      });
    },
    slice,
  );
  const community: GraphMetrics['community'] = new Map();
  await inSlices(
    communityOrder.length,
    (i) => community.set(id(communityOrder[i] as number), message.community[i] as number),
    slice,
  );
  const communities: GraphMetrics['communities'] = [];
  let at = 0;
  message.communitySizes.forEach((size, i) => {
    const entities = Array.from(message.communityMembers.subarray(at, at + size), id);
    communities.push({ id: message.communityIds[i] as number, entities });
    at += size;
  });
  const layout: GraphMetrics['layout'] = new Map();
  await inSlices(
    layoutOrder.length,
    (i) => layout.set(id(layoutOrder[i] as number), { x: x[i] as number, y: y[i] as number }),
    slice,
  );
  return { centrality, community, communities, layout };
}
