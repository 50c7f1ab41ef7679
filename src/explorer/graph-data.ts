// The graph of /export/graph.json as the explorer holds it: entities and relations with their attributes, nothing of sigma's.
import { MultiGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EntityExport, RelationExport } from '../export/attributes.ts';
import type { EntityKind } from '../model.ts';

/** A node of /export/graph.json: an entity with its metrics, position, size and community colour. */
export type EntityNode = Omit<EntityExport, 'id' | 'kind'> & { kind: EntityKind; size: number; color: string };
/** An edge of /export/graph.json: a relation. Its type is `relation`; how sigma draws it is derived, never stored. */
export type RelationEdge = Omit<RelationExport, 'id' | 'source' | 'target'>;
export type EntityGraph = MultiGraph<EntityNode, RelationEdge>;
export type SerializedEntityGraph = SerializedGraph<EntityNode, RelationEdge>;

/**
 * The graph of /export/graph.json. An undirected edge's ends are put in code-unit order (its
 * direction means nothing): sigma spreads parallel edges relative to each edge's source, and
 * mirrors reversed edges only when they are directed, so two symmetric relations between one
 * pair stored in opposite orders would be drawn on top of each other.
 */
export function importGraph(serialized: SerializedEntityGraph): EntityGraph {
  const graph: EntityGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  graph.import({
    ...serialized,
    edges: serialized.edges.map((edge) =>
      edge.undirected && edge.source > edge.target ? { ...edge, source: edge.target, target: edge.source } : edge,
    ),
  });
  return graph;
}
