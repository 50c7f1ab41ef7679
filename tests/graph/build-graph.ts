// Builds small graphs by hand for the traversal tests, through the same createKnowledgeGraph as the real data.
import { createKnowledgeGraph, type KnowledgeGraph } from '../../src/graph/knowledge-graph.ts';
import type { RelationType } from '../../src/model.ts';

/** A relation as `[id, type, from, to]`. */
export type RelationSpec = readonly [id: string, type: RelationType, from: string, to: string];

/** A graph of `entities` (countries named by their ids) and `relations`, with no sources or evidence. */
export function buildGraph(entities: readonly string[], relations: readonly RelationSpec[]): KnowledgeGraph {
  return createKnowledgeGraph({
    entities: entities.map((id) => ({ id, name: id, kind: 'COUNTRY', aliases: [] })),
    relations: relations.map(([id, type, from, to]) => ({
      id,
      type,
      from,
      to,
      summary: id,
      confidence: 1,
      evidence: [],
    })),
    sources: [],
  });
}

/** Every pair of `entities` joined by an ALLY relation `a~b`: a graph large for a small budget. */
export function completeGraph(size: number): KnowledgeGraph {
  const entities = Array.from({ length: size }, (_, i) => `n${String(i).padStart(2, '0')}`);
  const relations: RelationSpec[] = [];
  for (const [i, a] of entities.entries()) {
    for (const b of entities.slice(i + 1)) relations.push([`${a}~${b}`, 'ALLY', a, b]);
  }
  return buildGraph(entities, relations);
}
