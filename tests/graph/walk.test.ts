import { describe, expect, it } from 'vitest';
import { QueryTooComplexError } from '../../src/errors.ts';
import { WorkBudget } from '../../src/graph/budget.ts';
import {
  type Direction,
  forEachStep,
  incidentRelations,
  neighbors,
  reverseDirection,
  type Step,
  steps,
} from '../../src/graph/walk.ts';
import { buildGraph } from './build-graph.ts';

// Around `a`: SUPPORTS a->b, CONCERN c->a, OPPOSES d->a (directed); PARTNER d~a and AGREEMENT a~b
// (symmetric, parallel to SUPPORTS a->b and OPPOSES d->a); ALLY b~c away from `a`. Inserted out of
// id order; `R9` sorts before `r1` by code units but after it by localeCompare.
const graph = buildGraph(
  ['a', 'b', 'c', 'd'],
  [
    ['r5', 'AGREEMENT', 'a', 'b'],
    ['r3', 'CONCERN', 'c', 'a'],
    ['r1', 'SUPPORTS', 'a', 'b'],
    ['r4', 'OPPOSES', 'd', 'a'],
    ['R9', 'PARTNER', 'd', 'a'],
    ['r2', 'ALLY', 'c', 'b'],
  ],
);

const step = (relation: string, from: string, to: string, forward = true): Step => ({ relation, from, to, forward });

describe('steps', () => {
  it('walks directed relations out of their subject under OUT, in ascending relation-id order by code units', () => {
    expect(steps(graph, 'a', { direction: 'OUT' })).toEqual([
      step('R9', 'a', 'd'),
      step('r1', 'a', 'b'),
      step('r5', 'a', 'b'),
    ]);
  });

  it('walks directed relations from their object back to their subject under IN, with forward false', () => {
    expect(steps(graph, 'a', { direction: 'IN' })).toEqual([
      step('R9', 'a', 'd'),
      step('r3', 'a', 'c', false),
      step('r4', 'a', 'd', false),
      step('r5', 'a', 'b'),
    ]);
  });

  it('walks every relation under ANY, the default', () => {
    const all = [
      step('R9', 'a', 'd'),
      step('r1', 'a', 'b'),
      step('r3', 'a', 'c', false),
      step('r4', 'a', 'd', false),
      step('r5', 'a', 'b'),
    ];
    expect(steps(graph, 'a', { direction: 'ANY' })).toEqual(all);
    expect(steps(graph, 'a')).toEqual(all);
  });

  it('walks a symmetric relation from both of its ends, forward, under OUT and IN alike', () => {
    // r2 was added from c to b; R9 from d to a.
    for (const direction of ['OUT', 'IN'] as const) {
      expect(steps(graph, 'b', { direction, types: ['ALLY'] })).toEqual([step('r2', 'b', 'c')]);
      expect(steps(graph, 'c', { direction, types: ['ALLY'] })).toEqual([step('r2', 'c', 'b')]);
      expect(steps(graph, 'd', { direction, types: ['PARTNER'] })).toEqual([step('R9', 'd', 'a')]);
    }
  });

  it('keeps only relations of the given types; an empty list means every type', () => {
    expect(steps(graph, 'a', { types: ['SUPPORTS', 'CONCERN'] })).toEqual([
      step('r1', 'a', 'b'),
      step('r3', 'a', 'c', false),
    ]);
    expect(steps(graph, 'a', { types: ['SUPPORTS', 'CONCERN'], direction: 'IN' })).toEqual([
      step('r3', 'a', 'c', false),
    ]);
    expect(steps(graph, 'a', { types: ['LEADS'] })).toEqual([]);
    expect(steps(graph, 'a', { types: [] })).toEqual(steps(graph, 'a'));
    expect(steps(graph, 'a', { types: [] })).toHaveLength(5);
  });

  it('charges the budget one unit for every relation it looks at, filtered out or not', () => {
    const any = new WorkBudget(100);
    steps(graph, 'a', { budget: any, types: ['LEADS'] });
    expect(any.used).toBe(5);
    // Under OUT only R9 and r5 (symmetric) and r1 (out of `a`) are looked at, not r3 and r4 (into `a`).
    const out = new WorkBudget(100);
    steps(graph, 'a', { budget: out, direction: 'OUT' });
    expect(out.used).toBe(3);
  });

  it('stops with QUERY_TOO_COMPLEX when the budget runs out', () => {
    const budget = new WorkBudget(4);
    expect(() => steps(graph, 'a', { budget })).toThrow(QueryTooComplexError);
    expect(budget.used).toBe(5);
  });

  it('throws a plain Error for an unknown entity and a RangeError for an unknown direction', () => {
    expect(() => steps(graph, 'atlantis')).toThrow('no entity has the id "atlantis"');
    expect(() => steps(graph, 'a', { direction: 'UP' as Direction })).toThrow(RangeError);
  });
});

describe('forEachStep', () => {
  it('calls back with each step, in the order of steps', () => {
    const seen: Step[] = [];
    forEachStep(graph, 'a', { direction: 'IN' }, (s) => seen.push(s));
    expect(seen.map((s) => s.relation)).toEqual(['R9', 'r3', 'r4', 'r5']);
    expect(() => forEachStep(graph, 'nowhere', {}, () => {})).toThrow(Error);
  });
});

describe('incidentRelations', () => {
  it('lists the relations at an entity that pass types and direction, each once, sorted by id', () => {
    expect(incidentRelations(graph, 'a')).toEqual(['R9', 'r1', 'r3', 'r4', 'r5']);
    expect(incidentRelations(graph, 'a', { direction: 'OUT' })).toEqual(['R9', 'r1', 'r5']);
    expect(incidentRelations(graph, 'a', { direction: 'IN' })).toEqual(['R9', 'r3', 'r4', 'r5']);
    expect(incidentRelations(graph, 'a', { direction: 'IN', types: ['OPPOSES'] })).toEqual(['r4']);
    expect(incidentRelations(graph, 'c', { direction: 'OUT' })).toEqual(['r2', 'r3']);
  });
});

describe('neighbors', () => {
  it('lists the distinct entities one step away, sorted by id', () => {
    // b is reached by r1 and r5, d by R9 and r4: each once.
    expect(neighbors(graph, 'a')).toEqual(['b', 'c', 'd']);
    expect(neighbors(graph, 'a', { direction: 'OUT' })).toEqual(['b', 'd']);
    expect(neighbors(graph, 'a', { direction: 'IN', types: ['CONCERN'] })).toEqual(['c']);
    expect(neighbors(graph, 'b', { direction: 'OUT' })).toEqual(['a', 'c']);
    expect(neighbors(graph, 'b', { direction: 'OUT', types: ['SUPPORTS'] })).toEqual([]);
  });
});

describe('reverseDirection', () => {
  it('swaps OUT and IN and keeps ANY, so a step u to v is walkable exactly when v to u is backwards', () => {
    expect(reverseDirection('OUT')).toBe('IN');
    expect(reverseDirection('IN')).toBe('OUT');
    expect(reverseDirection('ANY')).toBe('ANY');
    for (const direction of ['OUT', 'IN', 'ANY'] as const) {
      for (const entity of ['a', 'b', 'c', 'd']) {
        for (const { relation, to } of steps(graph, entity, { direction })) {
          const back = steps(graph, to, { direction: reverseDirection(direction) });
          expect(back.map((s) => [s.relation, s.to])).toContainEqual([relation, entity]);
        }
      }
    }
  });
});
