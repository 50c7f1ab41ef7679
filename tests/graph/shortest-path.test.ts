import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraphData } from '../../src/data/load.ts';
import { QueryTooComplexError } from '../../src/errors.ts';
import { WorkBudget } from '../../src/graph/budget.ts';
import { createKnowledgeGraph, type KnowledgeGraph } from '../../src/graph/knowledge-graph.ts';
import { paths } from '../../src/graph/paths.ts';
import { shortestPath } from '../../src/graph/shortest-path.ts';
import { buildGraph, completeGraph } from './build-graph.ts';

const ids = (path: { steps: { relation: string }[] } | null | undefined) => path?.steps.map((s) => s.relation) ?? null;

// a -SUPPORTS-> b -SUPPORTS-> c, and a ~ALLY~ d; c -CONCERN-> d.
const chain = buildGraph(
  ['a', 'b', 'c', 'd'],
  [
    ['ab', 'SUPPORTS', 'a', 'b'],
    ['bc', 'SUPPORTS', 'b', 'c'],
    ['ad', 'ALLY', 'd', 'a'],
    ['cd', 'CONCERN', 'c', 'd'],
  ],
);

describe('shortestPath on hand-built graphs', () => {
  it('walks directed relations subject to object under OUT', () => {
    expect(shortestPath(chain, 'a', 'c', { direction: 'OUT' })).toEqual({
      entities: ['a', 'b', 'c'],
      steps: [
        { relation: 'ab', from: 'a', to: 'b', forward: true },
        { relation: 'bc', from: 'b', to: 'c', forward: true },
      ],
    });
  });

  it('walks them object to subject under IN, with forward false, and symmetric ones forward', () => {
    expect(shortestPath(chain, 'c', 'a', { direction: 'OUT' })).toEqual({
      entities: ['c', 'd', 'a'],
      steps: [
        { relation: 'cd', from: 'c', to: 'd', forward: true },
        { relation: 'ad', from: 'd', to: 'a', forward: true },
      ],
    });
    expect(shortestPath(chain, 'c', 'a', { direction: 'IN', types: ['SUPPORTS'] })).toEqual({
      entities: ['c', 'b', 'a'],
      steps: [
        { relation: 'bc', from: 'c', to: 'b', forward: false },
        { relation: 'ab', from: 'b', to: 'a', forward: false },
      ],
    });
  });

  it('takes the fewest hops under ANY, the default', () => {
    expect(ids(shortestPath(chain, 'a', 'c'))).toEqual(['ab', 'bc']);
    expect(ids(shortestPath(chain, 'b', 'd'))).toEqual(['ab', 'ad']);
    expect(ids(shortestPath(chain, 'a', 'c', { types: [] }))).toEqual(['ab', 'bc']);
  });

  it('returns null when no walkable path exists', () => {
    expect(shortestPath(chain, 'a', 'c', { direction: 'IN', types: ['SUPPORTS'] })).toBeNull();
    expect(shortestPath(chain, 'a', 'c', { types: ['RIVAL'] })).toBeNull();
    expect(shortestPath(chain, 'a', 'd', { types: ['SUPPORTS'] })).toBeNull();
  });

  it('follows only relations of the given types', () => {
    expect(ids(shortestPath(chain, 'a', 'c', { types: ['ALLY', 'CONCERN'] }))).toEqual(['ad', 'cd']);
    expect(ids(shortestPath(chain, 'a', 'c', { types: ['ALLY', 'CONCERN'], direction: 'OUT' }))).toBeNull();
  });

  it('answers a path of no steps from an entity to itself', () => {
    expect(shortestPath(chain, 'b', 'b', { types: ['RIVAL'] })).toEqual({ entities: ['b'], steps: [] });
  });

  it('breaks ties by the lexicographically smallest relation-id sequence from the start', () => {
    // s-m1-y-z9-t and s-m2-x-a1-t: the first has the smaller first id though a larger last id,
    // and goes through y, not the smaller x.
    const ties = buildGraph(
      ['s', 't', 'x', 'y'],
      [
        ['m2', 'ALLY', 's', 'x'],
        ['a1', 'ALLY', 'x', 't'],
        ['z9', 'ALLY', 'y', 't'],
        ['m1', 'ALLY', 's', 'y'],
      ],
    );
    expect(shortestPath(ties, 's', 't')).toMatchObject({ entities: ['s', 'y', 't'] });
    expect(ids(shortestPath(ties, 's', 't'))).toEqual(['m1', 'z9']);
    // Read from t the first ids are a1 and z9.
    expect(ids(shortestPath(ties, 't', 's'))).toEqual(['a1', 'm2']);
  });

  it('takes the smaller id of parallel relations, comparing code units', () => {
    const parallel = buildGraph(
      ['a', 'b'],
      [
        ['p2', 'SUPPORTS', 'a', 'b'],
        ['p1', 'OPPOSES', 'a', 'b'],
        ['P3', 'PARTNER', 'a', 'b'],
      ],
    );
    expect(ids(shortestPath(parallel, 'a', 'b'))).toEqual(['P3']);
    expect(ids(shortestPath(parallel, 'a', 'b', { types: ['SUPPORTS', 'OPPOSES'] }))).toEqual(['p1']);
  });

  it('stops with QUERY_TOO_COMPLEX on a graph large for the budget', () => {
    const graph = completeGraph(30);
    graph.addNode('island', { name: 'island', kind: 'COUNTRY', aliases: [] });
    const budget = new WorkBudget(100);
    expect(() => shortestPath(graph, 'n00', 'island', { budget })).toThrow(QueryTooComplexError);
    expect(budget.used).toBe(101);
    // Without a budget the same search ends, with no path.
    expect(shortestPath(graph, 'n00', 'island')).toBeNull();
  });

  it('throws a plain Error for an unknown entity', () => {
    expect(() => shortestPath(chain, 'a', 'atlantis')).toThrow('no entity has the id "atlantis"');
    expect(() => shortestPath(chain, 'atlantis', 'a')).toThrow('no entity has the id "atlantis"');
    expect(() => shortestPath(chain, 'atlantis', 'atlantis')).toThrow(Error);
  });
});

/** Hops from `from` to `to` over every relation either way, by expanding graphology's own neighbours. */
function bruteForceDistance(graph: KnowledgeGraph, from: string, to: string): number | null {
  let reached = new Set([from]);
  for (let hops = 0; hops < graph.order; hops++) {
    if (reached.has(to)) return hops;
    reached = new Set([...reached, ...[...reached].flatMap((entity) => graph.neighbors(entity))]);
  }
  return null;
}

describe('shortestPath on the real graph', () => {
  let real: KnowledgeGraph;
  beforeAll(async () => {
    real = createKnowledgeGraph(await loadGraphData('graph-data'));
  });

  it('finds a path from Fumio Kishida to Donald Trump as short as a brute force says', () => {
    const path = shortestPath(real, 'fumio-kishida', 'donald-trump', { direction: 'ANY' });
    expect(path).not.toBeNull();
    expect(path?.entities[0]).toBe('fumio-kishida');
    expect(path?.entities.at(-1)).toBe('donald-trump');
    const length = bruteForceDistance(real, 'fumio-kishida', 'donald-trump');
    expect(length).toBeGreaterThan(0);
    expect(path?.steps).toHaveLength(length ?? -1);
    for (const step of path?.steps ?? []) {
      expect([real.source(step.relation), real.target(step.relation)].sort()).toEqual([step.from, step.to].sort());
    }
    const [first] = paths(real, 'fumio-kishida', 'donald-trump', { maxLength: 6, first: 1 });
    expect(first).toEqual(path);
  });
});
