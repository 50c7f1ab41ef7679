// The shortest path between two entities: breadth first, fewest hops, ties broken by relation ids.
import type { KnowledgeGraph } from './knowledge-graph.ts';
import { assertEntity, createStepper, type Path, type Step, type WalkOptions } from './walk.ts';

/**
 * A path with the fewest hops from `from` to `to` by walkable steps, or null when there is
 * none; from `from` to itself, the path of no steps.
 *
 * Ties: breadth first, expanding each entity's steps in ascending relation-id order, the
 * first discovery of an entity wins. So among all shortest paths this returns the one whose
 * sequence of relation ids, read from `from`, is lexicographically smallest (ids compared
 * by code units).
 * @throws Error for an unknown entity; RangeError for an unknown direction.
 */
export function shortestPath(graph: KnowledgeGraph, from: string, to: string, options: WalkOptions = {}): Path | null {
  assertEntity(graph, from);
  assertEntity(graph, to);
  const stepsOf = createStepper(graph, options);
  if (from === to) return { entities: [from], steps: [] };

  const reachedBy = new Map<string, Step | null>([[from, null]]);
  const queue = [from];
  // The iterator reads the queue's length afresh, so it walks what is pushed on the way.
  for (const entity of queue) {
    for (const step of stepsOf(entity)) {
      if (reachedBy.has(step.to)) continue;
      reachedBy.set(step.to, step);
      if (step.to === to) return trace(reachedBy, to);
      queue.push(step.to);
    }
  }
  return null;
}

function trace(reachedBy: Map<string, Step | null>, to: string): Path {
  const steps: Step[] = [];
  for (let step = reachedBy.get(to); step; step = reachedBy.get(step.from)) steps.push(step);
  steps.reverse();
  return { entities: [...steps.map((step) => step.from), to], steps };
}
