// The one step every traversal takes: the relations that may be walked out of an entity, given types and direction.
import { heldDuring } from '../dates.ts';
import type { RelationType } from '../model.ts';
import type { WorkBudget } from './budget.ts';
import type { KnowledgeGraph, RelationAttributes } from './knowledge-graph.ts';

/** Which way a relation may be walked: OUT subject to object, IN object to subject, ANY either. Symmetric relations always walk both ways. */
export type Direction = 'OUT' | 'IN' | 'ANY';

export interface WalkOptions {
  /** Only relations of these types; all types when absent or empty. */
  types?: readonly RelationType[];
  direction?: Direction;
  /** Charged one unit per relation looked at. */
  budget?: WorkBudget;
  /** Only relations that held at some time in this span of days (see `heldDuring`). */
  asOf?: { first: string; last: string };
}

/** One hop: the relation walked, the entity it was walked from and to, and whether with its direction. */
export interface Step {
  /** The relation's id (the edge key). */
  relation: string;
  from: string;
  to: string;
  /** False where a directed relation is walked from object to subject; true for symmetric ones. */
  forward: boolean;
}

/** A walk: `entities` has one more item than `steps`; `steps[i].from === entities[i]`, `steps[i].to === entities[i + 1]`. */
export interface Path {
  entities: string[];
  steps: Step[];
}

/** Entities and the relations among them. */
export interface Subgraph {
  entities: string[];
  relations: string[];
}

const DIRECTIONS: readonly Direction[] = ['OUT', 'IN', 'ANY'];

/** Lists the steps out of an entity, options resolved once; see `createStepper`. */
export type Stepper = (entity: string) => Step[];

/** Compares ids by code units (`a < b`, not `localeCompare`): the order every traversal answers in. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The direction that walks the same relations backwards: OUT and IN swap, ANY stays.
 * A step u to v is walkable under `direction` exactly when v to u is under the reverse.
 */
export function reverseDirection(direction: Direction): Direction {
  return direction === 'OUT' ? 'IN' : direction === 'IN' ? 'OUT' : 'ANY';
}

/**
 * Guards an algorithm's entity arguments.
 * @throws Error when `entity` is no entity of `graph`; callers resolve references first.
 */
export function assertEntity(graph: KnowledgeGraph, entity: string): void {
  if (!graph.hasNode(entity)) {
    throw new Error(`no entity has the id "${entity}"; resolve references (createEntityResolver) before walking`);
  }
}

/**
 * Guards a count an algorithm is given: a depth, a length, a number of results.
 * @throws RangeError when `value` is not a whole number of at least 0; callers validate ranges first.
 */
export function assertCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} is ${value}; it must be a whole number, 0 or more`);
  }
}

/**
 * Resolves `options` once for a traversal that takes many steps: the returned function
 * lists the steps out of an entity (which must exist), in ascending relation-id order
 * (code units, `a < b`). A directed relation is walked subject to object (`forward`)
 * under OUT or ANY and object to subject under IN or ANY; a symmetric one both ways
 * always, `forward` true. Each relation looked at costs one unit of `options.budget`.
 * With `sorted: false` the steps come in graphology's order, for walks whose answer does not
 * depend on it (distances, induced subgraphs): sorting every entity's steps is their main cost.
 * @throws RangeError when `options.direction` is none of OUT, IN, ANY.
 */
export function createStepper(graph: KnowledgeGraph, options: WalkOptions, { sorted = true } = {}): Stepper {
  const direction = options.direction ?? 'ANY';
  if (!DIRECTIONS.includes(direction)) {
    throw new RangeError(`direction is "${direction}"; it must be one of ${DIRECTIONS.join(', ')}`);
  }
  const types = options.types && options.types.length > 0 ? new Set(options.types) : null;
  const budget = options.budget;
  const asOf = options.asOf;
  const walksOut = direction !== 'IN';
  const walksIn = direction !== 'OUT';

  return (entity) => {
    const found: Step[] = [];
    const look = (relation: string, { relation: type, held }: RelationAttributes, to: string, forward: boolean) => {
      budget?.spend(1);
      if ((types === null || types.has(type)) && (asOf === undefined || heldDuring(held, asOf))) {
        found.push({ relation, from: entity, to, forward });
      }
    };
    graph.forEachUndirectedEdge(entity, (relation, attributes, source, target) => {
      look(relation, attributes, source === entity ? target : source, true);
    });
    if (walksOut) {
      graph.forEachOutEdge(entity, (relation, attributes, _, target) => look(relation, attributes, target, true));
    }
    if (walksIn) {
      graph.forEachInEdge(entity, (relation, attributes, source) => look(relation, attributes, source, false));
    }
    return sorted ? found.sort((a, b) => compareIds(a.relation, b.relation)) : found;
  };
}

/**
 * The steps that may be walked out of `entity`, in ascending relation-id order; see `createStepper`.
 * @throws Error for an unknown entity; RangeError for an unknown direction.
 */
export function steps(graph: KnowledgeGraph, entity: string, options: WalkOptions = {}): Step[] {
  assertEntity(graph, entity);
  return createStepper(graph, options)(entity);
}

/**
 * Calls `callback` with each step out of `entity`, in ascending relation-id order.
 * @throws Error for an unknown entity; RangeError for an unknown direction.
 */
export function forEachStep(
  graph: KnowledgeGraph,
  entity: string,
  options: WalkOptions,
  callback: (step: Step) => void,
): void {
  for (const step of steps(graph, entity, options)) callback(step);
}

/**
 * The ids of the relations at `entity` that pass `types` and `direction` (OUT: the entity
 * is the subject of a directed relation; IN: its object; symmetric relations always), sorted.
 * @throws Error for an unknown entity; RangeError for an unknown direction.
 */
export function incidentRelations(graph: KnowledgeGraph, entity: string, options: WalkOptions = {}): string[] {
  return steps(graph, entity, options).map((step) => step.relation);
}

/**
 * The distinct entities one step away from `entity`, sorted by id.
 * @throws Error for an unknown entity; RangeError for an unknown direction.
 */
export function neighbors(graph: KnowledgeGraph, entity: string, options: WalkOptions = {}): string[] {
  return [...new Set(steps(graph, entity, options).map((step) => step.to))].sort(compareIds);
}
