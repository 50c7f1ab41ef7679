// Cytoscape.js elements JSON: what `cytoscape({ elements })` and `cy.json()` read, with positions and drawing hints.
// As it was before exports were streamed (c7e8b26): the oracle the streaming writer is held to, byte for byte.
import { relationExport } from '../../../src/export/attributes.ts';
import type { ExportSelection } from '../../../src/export/formats.ts';
import { drawnEntities } from './flat.ts';

/**
 * The selection as `{ data, elements: { nodes, edges }, layout }`, to spread into
 * `cytoscape({ container, ...json })`; `layout` is `preset`, or cytoscape would lay the nodes
 * out in a grid. Each node's `data` holds its id, `label`, the entity's attributes, `size` and
 * `color` (for `data(size)` and `data(color)` in a stylesheet), and its `position` the layout's
 * x and y. Each edge's `data` holds the relation, its evidence as an array of
 * `{ source, quote, start, end }`, and `directed` (false for symmetric relations; draw arrows
 * with the selector `edge[?directed]`).
 */
export function toCytoscape({ kb, entities, relations }: ExportSelection): string {
  const nodes = drawnEntities(kb, entities).map(({ x, y, ...data }) => ({ data, position: { x, y } }));
  const edges = relations.map((id) => ({ data: relationExport(kb, id) }));
  return JSON.stringify({ data: { name: 'alliance-graph' }, elements: { nodes, edges }, layout: { name: 'preset' } });
}
