import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraphData } from '../../src/data/load.ts';
import { QueryTooComplexError } from '../../src/errors.ts';
import { WorkBudget } from '../../src/graph/budget.ts';
import { createKnowledgeGraph, type KnowledgeGraph } from '../../src/graph/knowledge-graph.ts';
import { neighborhood } from '../../src/graph/neighborhood.ts';
import { buildGraph, completeGraph } from './build-graph.ts';

// x -SUPPORTS-> y -SUPPORTS-> z, w -CONCERN-> x, y -OPPOSES-> x; y ~ALLY~ v ~PARTNER~ z.
// The relation to z sorts before the one to v, so y reaches z first; v still lists first, by id.
const graph = buildGraph(
  ['v', 'w', 'x', 'y', 'z'],
  [
    ['xy', 'SUPPORTS', 'x', 'y'],
    ['a-yz', 'SUPPORTS', 'y', 'z'],
    ['wx', 'CONCERN', 'w', 'x'],
    ['yx', 'OPPOSES', 'y', 'x'],
    ['yv', 'ALLY', 'v', 'y'],
    ['vz', 'PARTNER', 'v', 'z'],
  ],
);

describe('neighborhood on a hand-built graph', () => {
  it('is the entity alone at depth 0', () => {
    expect(neighborhood(graph, 'x', { depth: 0 })).toEqual({ entities: ['x'], relations: [] });
  });

  it('reaches one hop at depth 1, both ways under ANY', () => {
    expect(neighborhood(graph, 'x', { depth: 1 })).toEqual({
      entities: ['x', 'w', 'y'],
      relations: ['wx', 'xy', 'yx'],
    });
  });

  it('orders entities by hops and then id, the start first, at depth 2', () => {
    expect(neighborhood(graph, 'x', { depth: 2 })).toEqual({
      entities: ['x', 'w', 'y', 'v', 'z'],
      relations: ['a-yz', 'vz', 'wx', 'xy', 'yv', 'yx'],
    });
  });

  it('follows direction to reach entities, and symmetric relations either way', () => {
    expect(neighborhood(graph, 'x', { depth: 2, direction: 'OUT' }).entities).toEqual(['x', 'y', 'v', 'z']);
    expect(neighborhood(graph, 'x', { depth: 2, direction: 'IN' }).entities).toEqual(['x', 'w', 'y', 'v']);
    expect(neighborhood(graph, 'z', { depth: 1, direction: 'OUT' }).entities).toEqual(['z', 'v']);
  });

  it('includes every relation among the entities reached, whichever way it runs (the induced subgraph)', () => {
    // Out of x only xy is walkable, but yx also joins x and y.
    expect(neighborhood(graph, 'x', { depth: 1, direction: 'OUT' })).toEqual({
      entities: ['x', 'y'],
      relations: ['xy', 'yx'],
    });
    expect(neighborhood(graph, 'x', { depth: 2, direction: 'IN' }).relations).toEqual(['wx', 'xy', 'yv', 'yx']);
  });

  it('keeps only relations of the given types, in the walk and in the subgraph; empty means all', () => {
    // yx (OPPOSES) joins x and y but is not of the types asked for.
    expect(neighborhood(graph, 'x', { depth: 2, types: ['SUPPORTS'] })).toEqual({
      entities: ['x', 'y', 'z'],
      relations: ['a-yz', 'xy'],
    });
    expect(neighborhood(graph, 'x', { depth: 2, types: [] })).toEqual(neighborhood(graph, 'x', { depth: 2 }));
    expect(neighborhood(graph, 'x', { depth: 2, types: [] }).entities).toHaveLength(5);
  });

  it('charges the budget for the relations of the induced subgraph too', () => {
    // Depth 0 walks nothing; the subgraph pass looks at the relations out of x (xy), not into it.
    const budget = new WorkBudget(100);
    neighborhood(graph, 'x', { depth: 0, budget });
    expect(budget.used).toBe(1);
    // Depth 1: x's 3 relations, then those out of x (xy), w (wx) and y (yx, a-yz, and yv, symmetric).
    const deeper = new WorkBudget(100);
    neighborhood(graph, 'x', { depth: 1, budget: deeper });
    expect(deeper.used).toBe(3 + 1 + 1 + 3);
  });

  it('stops with QUERY_TOO_COMPLEX on a graph large for the budget', () => {
    const budget = new WorkBudget(100);
    let error: unknown;
    try {
      neighborhood(completeGraph(30), 'n00', { depth: 2, budget });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(QueryTooComplexError);
    expect((error as QueryTooComplexError).code).toBe('QUERY_TOO_COMPLEX');
    expect(budget.used).toBe(101);
  });

  it('throws a plain Error for an unknown entity and a RangeError for a depth below 0 or not whole', () => {
    expect(() => neighborhood(graph, 'atlantis', { depth: 1 })).toThrow('no entity has the id "atlantis"');
    expect(() => neighborhood(graph, 'x', { depth: -1 })).toThrow(RangeError);
    expect(() => neighborhood(graph, 'x', { depth: 1.5 })).toThrow(RangeError);
    expect(() => neighborhood(graph, 'x', { depth: Number.NaN })).toThrow(RangeError);
  });
});

describe('neighborhood on the real graph', () => {
  let real: KnowledgeGraph;
  beforeAll(async () => {
    real = createKnowledgeGraph(await loadGraphData('graph-data'));
  });

  it('reaches the United States and China from Japan in one hop, and exactly its neighbours', () => {
    const { entities, relations } = neighborhood(real, 'japan', { depth: 1 });
    expect(entities).toContain('united-states');
    expect(entities).toContain('china');
    expect(entities[0]).toBe('japan');
    expect(new Set(entities.slice(1))).toEqual(new Set(real.neighbors('japan')));
    for (const relation of real.edges('japan')) expect(relations).toContain(relation);
  });
});
