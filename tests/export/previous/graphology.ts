// graphology's serialization (graph.export()), with positions, sizes and colours so sigma.js draws it as it is.
// As it was before exports were streamed (c7e8b26): the oracle the streaming writer is held to, byte for byte.
import { MultiGraph } from 'graphology';
import { relationExport } from '../../../src/export/attributes.ts';
import type { ExportSelection } from '../../../src/export/formats.ts';
import { drawnEntities } from './flat.ts';

/**
 * The selection as a graphology mixed multigraph, serialized: nodes keyed by entity id with
 * `label`, `x`, `y`, `size`, `color` (by community) and the entity's attributes; edges keyed by
 * relation id, undirected for symmetric relations, with the relation's attributes. No attribute
 * is called `type`, which sigma.js reads as a renderer name: the kind is `kind`, the relation
 * type `relation`.
 */
export function toGraphology({ kb, entities, relations }: ExportSelection): string {
  const graph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  for (const { id, ...attributes } of drawnEntities(kb, entities)) graph.addNode(id, attributes);
  for (const id of relations) {
    const { id: _, source, target, ...attributes } = relationExport(kb, id);
    if (attributes.directed) graph.addDirectedEdgeWithKey(id, source, target, attributes);
    else graph.addUndirectedEdgeWithKey(id, source, target, attributes);
  }
  return JSON.stringify(graph.export());
}
