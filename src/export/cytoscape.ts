// Cytoscape.js elements JSON: what `cytoscape({ elements })` and `cy.json()` read, with positions and drawing hints.
import { relationExport } from './attributes.ts';
import { entityDrawing } from './flat.ts';
import type { ExportSelection } from './formats.ts';

/**
 * The selection as `{ data, elements: { nodes, edges }, layout }`, a node or an edge at a time,
 * to spread into `cytoscape({ container, ...json })`; `layout` is `preset`, or cytoscape would
 * lay the nodes out in a grid. Each node's `data` holds its id, `label`, the entity's
 * attributes, `size` and `color` (for `data(size)` and `data(color)` in a stylesheet), and its
 * `position` the layout's x and y. Each edge's `data` holds the relation, its evidence as an
 * array of `{ source, quote, start, end }`, and `directed` (false for symmetric relations; draw
 * arrows with the selector `edge[?directed]`).
 */
export function* writeCytoscape({ kb, entities, relations }: ExportSelection): Generator<string, void, undefined> {
  yield '{"data":{"name":"alliance-graph"},"elements":{"nodes":[';
  const draw = entityDrawing(kb, entities);
  let separator = '';
  for (const id of entities) {
    const { x, y, ...data } = draw(id);
    yield separator + JSON.stringify({ data, position: { x, y } });
    separator = ',';
  }
  yield '],"edges":[';
  separator = '';
  for (const id of relations) {
    yield separator + JSON.stringify({ data: relationExport(kb, id) });
    separator = ',';
  }
  yield ']},"layout":{"name":"preset"}}';
}
