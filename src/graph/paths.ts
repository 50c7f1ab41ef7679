// Every simple path between two entities up to a length: shortest first, pruned by the hops left to the target.
import type { KnowledgeGraph } from './knowledge-graph.ts';
import { hopDistances } from './neighborhood.ts';
import {
  assertCount,
  assertEntity,
  createStepper,
  type Path,
  reverseDirection,
  type Step,
  type WalkOptions,
} from './walk.ts';

export interface PathsOptions extends WalkOptions {
  /** The most hops a path may have. */
  maxLength: number;
  /** The most paths returned. */
  first: number;
}

/**
 * The simple paths (no entity twice) of 1 to `maxLength` hops from `from` to `to`, shortest
 * first and, among paths of one length, in the lexicographic order of their relation-id
 * sequences (ids compared by code units); at most `first` of them. Parallel relations give
 * distinct paths. From an entity to itself there are none.
 *
 * Enumerates length by length, depth first, and stops at `first`; a branch is cut as soon as
 * its entity cannot reach `to` in the hops left (distances from a breadth-first search
 * walking backwards from `to`).
 * @throws Error for an unknown entity; RangeError for a `maxLength` or `first` below 0 or not whole.
 */
export function paths(graph: KnowledgeGraph, from: string, to: string, options: PathsOptions): Path[] {
  assertEntity(graph, from);
  assertEntity(graph, to);
  assertCount('maxLength', options.maxLength);
  assertCount('first', options.first);
  const stepsOf = createStepper(graph, options);
  if (from === to || options.maxLength === 0 || options.first === 0) return [];

  const backwards = { ...options, direction: reverseDirection(options.direction ?? 'ANY') };
  const hopsTo = hopDistances(graph, to, backwards, options.maxLength);
  const shortest = hopsTo.get(from);
  if (shortest === undefined) return [];
  // Every entity of a path reaches `to` along the rest of it, so no simple path has more hops than that.
  const longest = Math.min(options.maxLength, hopsTo.size - 1);

  const found: Path[] = [];
  const entities = [from];
  const taken: Step[] = [];
  const onPath = new Set(entities);

  /** Extends the path so far to `length` hops every way it can; true once `first` paths are found. */
  function extend(at: string, length: number): boolean {
    const left = length - taken.length - 1;
    for (const step of stepsOf(at)) {
      if (step.to === to) {
        if (left > 0) continue;
        found.push({ entities: [...entities, to], steps: [...taken, step] });
        if (found.length === options.first) return true;
        continue;
      }
      if (onPath.has(step.to) || (hopsTo.get(step.to) ?? Number.POSITIVE_INFINITY) > left) continue;
      entities.push(step.to);
      taken.push(step);
      onPath.add(step.to);
      const done = extend(step.to, length);
      entities.pop();
      taken.pop();
      onPath.delete(step.to);
      if (done) return true;
    }
    return false;
  }

  for (let length = shortest; length <= longest; length++) {
    if (extend(from, length)) break;
  }
  return found;
}
