// graphology's serialization (graph.export()), with positions, sizes and colours so sigma.js draws it as it is.
import { relationExport } from './attributes.ts';
import { entityDrawing } from './flat.ts';
import type { ExportSelection } from './formats.ts';

/** What `graph.export()` says of a mixed multigraph without self-loops or graph attributes, up to its nodes. */
const HEAD = '{"options":{"type":"mixed","multi":true,"allowSelfLoops":false},"attributes":{},"nodes":[';

/**
 * The selection as a graphology mixed multigraph, serialized as `graph.export()` would be, a
 * node or an edge at a time: nodes keyed by entity id with `label`, `x`, `y`, `size`, `color`
 * (by community) and the entity's attributes; edges keyed by relation id, `undirected: true`
 * for symmetric relations, with the relation's attributes. No attribute is called `type`,
 * which sigma.js reads as a renderer name: the kind is `kind`, the relation type `relation`.
 */
export function* writeGraphology({ kb, entities, relations }: ExportSelection): Generator<string, void, undefined> {
  yield HEAD;
  const draw = entityDrawing(kb, entities);
  let separator = '';
  for (const entityId of entities) {
    const { id, ...attributes } = draw(entityId);
    yield separator + JSON.stringify({ key: id, attributes });
    separator = ',';
  }
  yield '],"edges":[';
  separator = '';
  for (const relationId of relations) {
    const { id, source, target, ...attributes } = relationExport(kb, relationId);
    const edge = { key: id, source, target, attributes, ...(attributes.directed ? {} : { undirected: true }) };
    yield separator + JSON.stringify(edge);
    separator = ',';
  }
  yield ']}';
}
