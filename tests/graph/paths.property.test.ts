import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.ts';
import { paths } from '../../src/graph/paths.ts';
import { shortestPath } from '../../src/graph/shortest-path.ts';
import type { Direction, Path, WalkOptions } from '../../src/graph/walk.ts';
import { isSymmetric, type RelationType } from '../../src/model.ts';
import { buildGraph, type RelationSpec } from './build-graph.ts';

const RUNS = 200;
const MAX_ENTITIES = 7;
/** Two symmetric types and three directed ones: few enough that a type filter still leaves paths. */
const TYPES: RelationType[] = ['ALLY', 'RIVAL', 'SUPPORTS', 'OPPOSES', 'CONCERN'];

/** A small random mixed multigraph, two entities of it and options to walk it with. */
const scenario = fc
  .integer({ min: 2, max: MAX_ENTITIES })
  .chain((size) => {
    const entity = fc.integer({ min: 0, max: size - 1 }).map((i) => `e${i}`);
    const relation = fc
      .tuple(entity, fc.integer({ min: 1, max: size - 1 }), fc.constantFrom(...TYPES))
      .map(([from, shift, type]) => ({ from, to: `e${(Number(from.slice(1)) + shift) % size}`, type }));
    return fc.record({
      size: fc.constant(size),
      // Ids like r7, r10 and R3, so that code-unit order differs from number and locale order.
      ids: fc.uniqueArray(
        fc.tuple(fc.constantFrom('r', 'R'), fc.nat(20)).map(([p, n]) => `${p}${n}`),
        { minLength: 4, maxLength: 14 },
      ),
      relations: fc.array(relation, { minLength: 14, maxLength: 14 }),
      from: entity,
      to: entity,
      direction: fc.constantFrom<Direction>('OUT', 'IN', 'ANY'),
      types: fc.oneof(fc.constant(undefined), fc.constant([]), fc.subarray(TYPES, { minLength: 1 })),
      maxLength: fc.integer({ min: 0, max: MAX_ENTITIES }),
      first: fc.integer({ min: 0, max: 6 }),
    });
  })
  .map(({ size, ids, relations, ...rest }) => {
    const specs = ids.map((id, i): RelationSpec => {
      const { from, to, type } = relations[i] ?? { from: 'e0', to: 'e1', type: 'ALLY' as RelationType };
      return [id, type, from, to];
    });
    const entities = Array.from({ length: size }, (_, i) => `e${i}`);
    return { graph: buildGraph(entities, specs), specs, ...rest };
  });

/** Whether `relation` may be walked from `from` to `to`, decided from the specs alone, not from walk.ts. */
function walkable(
  spec: RelationSpec,
  from: string,
  to: string,
  forward: boolean,
  { direction = 'ANY', types = [] }: WalkOptions,
): boolean {
  const [, type, subject, object] = spec;
  if (types.length > 0 && !types.includes(type)) return false;
  if (isSymmetric(type)) return forward && ((subject === from && object === to) || (subject === to && object === from));
  if (forward) return subject === from && object === to && direction !== 'IN';
  return subject === to && object === from && direction !== 'OUT';
}

/** Every simple path of 1 to `maxLength` hops, as relation-id sequences, by trying every relation at every hop. */
function bruteForce(
  specs: readonly RelationSpec[],
  from: string,
  to: string,
  options: WalkOptions,
  maxLength: number,
): string[][] {
  const found: string[][] = [];
  const extend = (at: string, visited: string[], taken: string[]) => {
    if (at === to && taken.length > 0) {
      found.push(taken);
      return;
    }
    if (taken.length === maxLength) return;
    for (const spec of specs) {
      const [id, , a, b] = spec;
      for (const next of [a, b]) {
        if (visited.includes(next)) continue;
        if (walkable(spec, at, next, true, options) || walkable(spec, at, next, false, options)) {
          extend(next, [...visited, next], [...taken, id]);
        }
      }
    }
  };
  if (from !== to) extend(from, [from], []);
  return found;
}

/** Shortest first, then by relation ids, compared element by element by code units. */
function byLengthThenIds(a: string[], b: string[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (const [i, id] of a.entries()) {
    const other = b[i] ?? '';
    if (id !== other) return id < other ? -1 : 1;
  }
  return 0;
}

/** Checks that `path` is simple, chained from `from` to `to`, and that each step is walkable as it says. */
function expectWalkable(
  graph: KnowledgeGraph,
  specs: readonly RelationSpec[],
  path: Path,
  from: string,
  to: string,
  options: WalkOptions,
): void {
  expect(path.entities).toHaveLength(path.steps.length + 1);
  expect(path.entities[0]).toBe(from);
  expect(path.entities.at(-1)).toBe(to);
  expect(new Set(path.entities).size).toBe(path.entities.length);
  for (const [i, step] of path.steps.entries()) {
    expect(step.from).toBe(path.entities[i]);
    expect(step.to).toBe(path.entities[i + 1]);
    if (i > 0) expect(step.from).toBe(path.steps[i - 1]?.to);
    expect(graph.hasEdge(step.relation)).toBe(true);
    const spec = specs.find(([id]) => id === step.relation);
    expect(spec).toBeDefined();
    if (spec) expect(walkable(spec, step.from, step.to, step.forward, options)).toBe(true);
  }
}

const sequences = (found: Path[]) => found.map((path) => path.steps.map((s) => s.relation));

describe('paths and shortestPath on random multigraphs', () => {
  it('paths returns the first `first` simple paths a brute force finds, in order, each walkable', () => {
    fc.assert(
      fc.property(scenario, ({ graph, specs, from, to, direction, types, maxLength, first }) => {
        const options = { direction, types };
        const expected = bruteForce(specs, from, to, options, maxLength).sort(byLengthThenIds);
        const found = paths(graph, from, to, { ...options, maxLength, first });
        expect(sequences(found)).toEqual(expected.slice(0, first));
        for (const path of found) {
          expect(path.steps.length).toBeGreaterThanOrEqual(1);
          expect(path.steps.length).toBeLessThanOrEqual(maxLength);
          expectWalkable(graph, specs, path, from, to, options);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('paths with a large first finds exactly the set of simple paths, sorted by length, without duplicates', () => {
    fc.assert(
      fc.property(scenario, ({ graph, specs, from, to, direction, types, maxLength }) => {
        const options = { direction, types };
        const found = sequences(paths(graph, from, to, { ...options, maxLength, first: 1000 }));
        const expected = bruteForce(specs, from, to, options, maxLength);
        expect(new Set(found.map((ids) => ids.join(' ')))).toEqual(new Set(expected.map((ids) => ids.join(' '))));
        expect(found).toHaveLength(expected.length);
        const lengths = found.map((ids) => ids.length);
        expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
      }),
      { numRuns: RUNS },
    );
  });

  it('shortestPath is walkable, as short as the brute force allows, and the smallest in relation ids', () => {
    fc.assert(
      fc.property(scenario, ({ graph, specs, from, to, direction, types }) => {
        const options = { direction, types };
        const path = shortestPath(graph, from, to, options);
        if (from === to) {
          expect(path).toEqual({ entities: [from], steps: [] });
          return;
        }
        const all = bruteForce(specs, from, to, options, MAX_ENTITIES).sort(byLengthThenIds);
        if (all.length === 0) {
          expect(path).toBeNull();
          return;
        }
        expect(path).not.toBeNull();
        if (!path) return;
        expectWalkable(graph, specs, path, from, to, options);
        expect(path.steps.map((s) => s.relation)).toEqual(all[0]);
        const [first] = paths(graph, from, to, { ...options, maxLength: MAX_ENTITIES, first: 1 });
        expect(first?.steps).toHaveLength(path.steps.length);
        expect(first).toEqual(path);
      }),
      { numRuns: RUNS },
    );
  });
});
