import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraphData } from '../../src/data/load.ts';
import { QueryTooComplexError } from '../../src/errors.ts';
import { WorkBudget } from '../../src/graph/budget.ts';
import { createKnowledgeGraph, type KnowledgeGraph } from '../../src/graph/knowledge-graph.ts';
import { paths } from '../../src/graph/paths.ts';
import { shortestPath } from '../../src/graph/shortest-path.ts';
import type { Path } from '../../src/graph/walk.ts';
import { buildGraph, completeGraph, type RelationSpec } from './build-graph.ts';

const ids = (found: Path[]) => found.map((path) => path.steps.map((s) => s.relation));
const ALL = { maxLength: 10, first: 100 };

// A square a-b-c-d-a of ALLY relations with the chord a-c, and two parallel relations b -> c.
const square = buildGraph(
  ['a', 'b', 'c', 'd'],
  [
    ['ab', 'ALLY', 'a', 'b'],
    ['bc1', 'SUPPORTS', 'b', 'c'],
    ['bc2', 'OPPOSES', 'b', 'c'],
    ['cd', 'ALLY', 'c', 'd'],
    ['ad', 'ALLY', 'd', 'a'],
    ['ac', 'ALLY', 'a', 'c'],
  ],
);

describe('paths on hand-built graphs', () => {
  it('lists simple paths shortest first, then by relation ids, never repeating an entity around the cycle', () => {
    expect(paths(square, 'a', 'c', ALL)).toEqual([
      { entities: ['a', 'c'], steps: [{ relation: 'ac', from: 'a', to: 'c', forward: true }] },
      {
        entities: ['a', 'b', 'c'],
        steps: [
          { relation: 'ab', from: 'a', to: 'b', forward: true },
          { relation: 'bc1', from: 'b', to: 'c', forward: true },
        ],
      },
      {
        entities: ['a', 'b', 'c'],
        steps: [
          { relation: 'ab', from: 'a', to: 'b', forward: true },
          { relation: 'bc2', from: 'b', to: 'c', forward: true },
        ],
      },
      {
        entities: ['a', 'd', 'c'],
        steps: [
          { relation: 'ad', from: 'a', to: 'd', forward: true },
          { relation: 'cd', from: 'd', to: 'c', forward: true },
        ],
      },
    ]);
    expect(ids(paths(square, 'b', 'd', ALL))).toEqual([
      ['ab', 'ad'],
      ['bc1', 'cd'],
      ['bc2', 'cd'],
      ['ab', 'ac', 'cd'],
      ['bc1', 'ac', 'ad'],
      ['bc2', 'ac', 'ad'],
    ]);
  });

  it('keeps parallel relations between one pair as distinct paths', () => {
    expect(ids(paths(square, 'b', 'c', { maxLength: 1, first: 10 }))).toEqual([['bc1'], ['bc2']]);
  });

  it('walks directed relations as direction says; symmetric ones either way', () => {
    expect(ids(paths(square, 'c', 'b', { ...ALL, direction: 'OUT' }))).toEqual([
      ['ac', 'ab'],
      ['cd', 'ad', 'ab'],
    ]);
    expect(paths(square, 'c', 'b', { ...ALL, direction: 'IN' })[0]?.steps).toEqual([
      { relation: 'bc1', from: 'c', to: 'b', forward: false },
    ]);
    expect(ids(paths(square, 'c', 'b', { ...ALL, direction: 'IN' }))).toEqual([
      ['bc1'],
      ['bc2'],
      ['ac', 'ab'],
      ['cd', 'ad', 'ab'],
    ]);
  });

  it('follows only relations of the given types; an empty list means all', () => {
    expect(ids(paths(square, 'b', 'd', { ...ALL, types: ['OPPOSES', 'ALLY'], direction: 'OUT' }))).toEqual([
      ['ab', 'ad'],
      ['bc2', 'cd'],
      ['ab', 'ac', 'cd'],
      ['bc2', 'ac', 'ad'],
    ]);
    expect(paths(square, 'b', 'd', { ...ALL, types: [] })).toEqual(paths(square, 'b', 'd', ALL));
    expect(paths(square, 'b', 'd', { ...ALL, types: [] })).toHaveLength(6);
  });

  it('stops at maxLength hops and at first paths', () => {
    expect(ids(paths(square, 'b', 'd', { maxLength: 2, first: 100 }))).toEqual([
      ['ab', 'ad'],
      ['bc1', 'cd'],
      ['bc2', 'cd'],
    ]);
    expect(ids(paths(square, 'b', 'd', { maxLength: 10, first: 4 }))).toEqual([
      ['ab', 'ad'],
      ['bc1', 'cd'],
      ['bc2', 'cd'],
      ['ab', 'ac', 'cd'],
    ]);
    expect(ids(paths(square, 'b', 'd', { maxLength: 1, first: 100 }))).toEqual([]);
  });

  it('answers none from an entity to itself, for a maxLength or first of 0, or where no path is walkable', () => {
    expect(paths(square, 'a', 'a', ALL)).toEqual([]);
    expect(paths(square, 'a', 'c', { maxLength: 0, first: 10 })).toEqual([]);
    expect(paths(square, 'a', 'c', { maxLength: 3, first: 0 })).toEqual([]);
    expect(paths(square, 'a', 'c', { ...ALL, types: ['RIVAL'] })).toEqual([]);
    expect(paths(square, 'c', 'b', { ...ALL, types: ['SUPPORTS'], direction: 'OUT' })).toEqual([]);
  });

  it('cuts branches that cannot reach the target in the hops left', () => {
    // s -> t directly and through m; a dead end of ten entities, every pair joined, hangs off s and m.
    const dead = Array.from({ length: 10 }, (_, i) => `k${i}`);
    const relations: RelationSpec[] = [
      ['st', 'SUPPORTS', 's', 't'],
      ['sm', 'SUPPORTS', 's', 'm'],
      ['mt', 'SUPPORTS', 'm', 't'],
    ];
    for (const [i, k] of dead.entries()) {
      relations.push([`s-${k}`, 'SUPPORTS', 's', k], [`m-${k}`, 'SUPPORTS', 'm', k]);
      for (const other of dead.slice(i + 1)) relations.push([`${k}-${other}`, 'SUPPORTS', k, other]);
    }
    const graph = buildGraph(['s', 't', 'm', ...dead], relations);
    const budget = new WorkBudget(1000);
    expect(ids(paths(graph, 's', 't', { maxLength: 5, first: 100, direction: 'OUT', budget }))).toEqual([
      ['st'],
      ['sm', 'mt'],
    ]);
    // Back from t: its 2 relations in, then m's 1 and s's none. Forward, the relations out of s (12)
    // for length 1, of s and m (11) for length 2: none out of the dead end.
    expect(budget.used).toBe(3 + 12 + 12 + 11);
  });

  it('stops with QUERY_TOO_COMPLEX on a graph large for the budget', () => {
    const budget = new WorkBudget(100);
    let error: unknown;
    try {
      paths(completeGraph(30), 'n00', 'n01', { maxLength: 4, first: 1000, budget });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(QueryTooComplexError);
    expect((error as QueryTooComplexError).code).toBe('QUERY_TOO_COMPLEX');
    expect(budget.used).toBe(101);
  });

  it('throws a plain Error for an unknown entity and a RangeError for a maxLength or first below 0 or not whole', () => {
    expect(() => paths(square, 'a', 'atlantis', ALL)).toThrow('no entity has the id "atlantis"');
    expect(() => paths(square, 'atlantis', 'a', ALL)).toThrow('no entity has the id "atlantis"');
    expect(() => paths(square, 'a', 'c', { maxLength: -1, first: 1 })).toThrow(RangeError);
    expect(() => paths(square, 'a', 'c', { maxLength: 2, first: -1 })).toThrow(RangeError);
    expect(() => paths(square, 'a', 'c', { maxLength: 2.5, first: 1 })).toThrow(RangeError);
  });
});

describe('paths on the real graph', () => {
  let real: KnowledgeGraph;
  beforeAll(async () => {
    real = createKnowledgeGraph(await loadGraphData('graph-data'));
  });

  it('starts with the shortest path from Fumio Kishida to Donald Trump and grows no shorter', () => {
    const shortest = shortestPath(real, 'fumio-kishida', 'donald-trump');
    const found = paths(real, 'fumio-kishida', 'donald-trump', { maxLength: 4, first: 50 });
    expect(found).toHaveLength(50);
    expect(found[0]).toEqual(shortest);
    const lengths = found.map((path) => path.steps.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const path of found) expect(new Set(path.entities).size).toBe(path.entities.length);
  });
});
