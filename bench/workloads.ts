// The benchmark's workloads: each as a raw algorithm call and as a GraphQL document with variables, over the same inputs.
import type { Limits } from '../src/config.ts';
import { exportChunks } from '../src/export/export-graph.ts';
import { selectGraph } from '../src/export/formats.ts';
import { WorkBudget } from '../src/graph/budget.ts';
import type { KnowledgeBase } from '../src/graph/knowledge-base.ts';
import { neighborhood } from '../src/graph/neighborhood.ts';
import { paths } from '../src/graph/paths.ts';
import { shortestPath } from '../src/graph/shortest-path.ts';
import type { GraphContext } from '../src/graphql/builder.ts';
import { createRandom } from '../src/synth/random.ts';

/** The inputs every mode draws on, picked once per graph with a seed. */
export interface WorkloadInputs {
  /** Aliases of random entities. */
  aliases: string[];
  /** Entities whose degree is the median degree. */
  median: string[];
  medianDegree: number;
  /** The entity of highest degree. */
  hub: string;
  hubDegree: number;
  /** Random pairs of distinct entities. */
  pairs: [string, string][];
}

export interface Workload {
  name: string;
  what: string;
  /** The raw call: resolve the references, then the algorithm, on the request's budget. */
  raw: (i: number, budget: WorkBudget) => unknown;
  query: string;
  variables: (i: number) => Record<string, unknown>;
  /** Calls at most, per mode (a few for heavy workloads). */
  maxCalls: number;
}

/** Picks the workloads' inputs from `kb` with `seed`: the same graph and seed give the same inputs. */
export function pickInputs(kb: KnowledgeBase, seed: number): WorkloadInputs {
  const random = createRandom(seed, 101);
  const { graph, entityIds } = kb;
  const degrees = entityIds.map((id) => graph.degree(id));
  const sorted = [...degrees].sort((a, b) => a - b);
  const medianDegree = sorted[sorted.length >> 1] ?? 0;
  let hubIndex = 0;
  degrees.forEach((d, i) => {
    if (d > (degrees[hubIndex] ?? 0)) hubIndex = i;
  });
  const median = random.shuffle(entityIds.filter((_, i) => degrees[i] === medianDegree)).slice(0, 32);
  const aliases: string[] = [];
  for (let i = 0; i < 512; i++) {
    const { name, aliases: known } = graph.getNodeAttributes(random.pick(entityIds));
    aliases.push(known.length > 0 ? random.pick(known) : name);
  }
  const pairs: [string, string][] = [];
  while (pairs.length < 128 && entityIds.length > 1) {
    const from = random.pick(entityIds);
    const to = random.pick(entityIds);
    if (from !== to) pairs.push([from, to]);
  }
  const hub = entityIds[hubIndex] as string;
  return { aliases, median, medianDegree, hub, hubDegree: degrees[hubIndex] ?? 0, pairs };
}

const at = <T>(items: readonly T[], i: number) => items[i % items.length] as T;

/** The workloads, in the order the table lists them. */
export function createWorkloads(kb: KnowledgeBase, inputs: WorkloadInputs): Workload[] {
  const { graph, resolver } = kb;
  return [
    {
      name: 'lookup',
      what: 'entity by alias',
      raw: (i) => resolver.resolve(at(inputs.aliases, i), 'ref'),
      query: 'query Lookup($ref: String!) { entity(ref: $ref) { id name kind } }',
      variables: (i) => ({ ref: at(inputs.aliases, i) }),
      maxCalls: 20_000,
    },
    {
      name: 'neighborhood-median',
      what: `2 hops from a median-degree entity (degree ${inputs.medianDegree})`,
      raw: (i, budget) =>
        neighborhood(graph, resolver.resolve(at(inputs.median, i), 'ref'), { depth: 2, direction: 'ANY', budget }),
      query:
        'query Neighborhood($ref: String!) { neighborhood(ref: $ref, depth: 2) { entities { id name } relations { id type from { id } to { id } } } }',
      variables: (i) => ({ ref: at(inputs.median, i) }),
      maxCalls: 5_000,
    },
    {
      name: 'neighborhood-hub',
      what: `2 hops from the hub (degree ${inputs.hubDegree})`,
      raw: (_, budget) =>
        neighborhood(graph, resolver.resolve(inputs.hub, 'ref'), { depth: 2, direction: 'ANY', budget }),
      query:
        'query Neighborhood($ref: String!) { neighborhood(ref: $ref, depth: 2) { entities { id name } relations { id type from { id } to { id } } } }',
      variables: () => ({ ref: inputs.hub }),
      maxCalls: 500,
    },
    {
      name: 'shortestPath',
      what: 'between random pairs',
      raw: (i, budget) => {
        const [from, to] = at(inputs.pairs, i);
        return shortestPath(graph, resolver.resolve(from, 'from'), resolver.resolve(to, 'to'), {
          direction: 'ANY',
          budget,
        });
      },
      query:
        'query ShortestPath($from: String!, $to: String!) { shortestPath(from: $from, to: $to) { length steps { from { id } relation { id type } to { id } forward } } }',
      variables: (i) => ({ from: at(inputs.pairs, i)[0], to: at(inputs.pairs, i)[1] }),
      maxCalls: 2_000,
    },
    {
      name: 'paths',
      what: 'maxLength 4, first 10, random pairs',
      raw: (i, budget) => {
        const [from, to] = at(inputs.pairs, i);
        return paths(graph, resolver.resolve(from, 'from'), resolver.resolve(to, 'to'), {
          direction: 'ANY',
          budget,
          maxLength: 4,
          first: 10,
        });
      },
      query:
        'query Paths($from: String!, $to: String!) { paths(from: $from, to: $to, maxLength: 4, first: 10) { length steps { relation { id type } to { id } } } }',
      variables: (i) => ({ from: at(inputs.pairs, i)[0], to: at(inputs.pairs, i)[1] }),
      maxCalls: 2_000,
    },
    {
      name: 'export-gexf',
      what: 'whole graph as GEXF (raw: streamed afresh, read to the end; GraphQL: within KG_MAX_RESPONSE_BYTES; GraphQL and HTTP: the per-load cache when it fits, else streamed afresh)',
      raw: () => drain(exportChunks('GEXF', selectGraph(kb))),
      query: 'query Export { export(format: GEXF) }',
      variables: () => ({}),
      maxCalls: 20,
    },
  ];
}

/** Reads `chunks` to the end, keeping none: the UTF-8 bytes they hold. */
export function drain(chunks: Iterable<string>): number {
  let bytes = 0;
  for (const chunk of chunks) bytes += Buffer.byteLength(chunk);
  return bytes;
}

/** The context a request of the app gets: the graph, a fresh budget (work, time, answer size), the limits. */
export function createContext(kb: KnowledgeBase, limits: Limits): GraphContext {
  return { kb, budget: new WorkBudget(limits.workBudget, limits.timeoutMs, limits.maxResponseBytes), limits };
}
