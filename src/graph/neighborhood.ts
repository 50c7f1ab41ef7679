// Neighbourhoods: the entities within some hops of one entity, and the relations among them.
import type { KnowledgeGraph } from './knowledge-graph.ts';
import { assertCount, assertEntity, compareIds, createStepper, type Subgraph, type WalkOptions } from './walk.ts';

export interface NeighborhoodOptions extends WalkOptions {
  /** Hops from the entity: 0 is the entity alone. */
  depth: number;
}

/**
 * The hops from `start` to every entity it reaches by walkable steps within `maxHops`
 * (breadth first), `start` itself at 0. `paths` walks it backwards from its target.
 * @throws Error for an unknown entity; RangeError for a `maxHops` below 0 or not whole.
 */
export function hopDistances(
  graph: KnowledgeGraph,
  start: string,
  options: WalkOptions,
  maxHops: number,
): Map<string, number> {
  assertEntity(graph, start);
  assertCount('maxHops', maxHops);
  const stepsOf = createStepper(graph, options, { sorted: false });
  const hops = new Map([[start, 0]]);
  let frontier = [start];
  for (let hop = 1; hop <= maxHops && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const entity of frontier) {
      for (const { to } of stepsOf(entity)) {
        if (hops.has(to)) continue;
        hops.set(to, hop);
        next.push(to);
      }
    }
    frontier = next;
  }
  return hops;
}

/**
 * The entities within `depth` hops of `entity` by walkable steps, ordered by hops and then
 * id (so `entity` first), and the subgraph they induce: every relation between two of them
 * whose type passes `types`, sorted by id. Direction decides only which entities are reached;
 * a relation among them is included whichever way it runs.
 * @throws Error for an unknown entity; RangeError for a `depth` below 0 or not whole.
 */
export function neighborhood(graph: KnowledgeGraph, entity: string, options: NeighborhoodOptions): Subgraph {
  assertEntity(graph, entity);
  assertCount('depth', options.depth);
  const hops = hopDistances(graph, entity, options, options.depth);
  const entities = [...hops].sort(([a, hopsA], [b, hopsB]) => hopsA - hopsB || compareIds(a, b)).map(([id]) => id);

  // Walking OUT sees every directed relation once, from its subject, and symmetric ones from both ends.
  const outOf = createStepper(graph, { ...options, direction: 'OUT' }, { sorted: false });
  const relations = new Set<string>();
  for (const from of entities) {
    for (const { relation, to } of outOf(from)) if (hops.has(to)) relations.add(relation);
  }
  return { entities, relations: [...relations].sort(compareIds) };
}
