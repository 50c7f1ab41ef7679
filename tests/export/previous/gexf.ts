// GEXF 1.3, for Gephi: graphology-gexf's writer over a mixed multigraph of the selection.
// As it was before exports were streamed (c7e8b26): the oracle the streaming writer is held to, byte for byte.
import { MultiGraph } from 'graphology';
import { write } from 'graphology-gexf';
import { type RelationExport, relationExport } from '../../../src/export/attributes.ts';
import type { ExportSelection } from '../../../src/export/formats.ts';
import { stripInvalidXml } from '../../../src/export/xml.ts';
import { ALIAS_SEPARATOR, type DrawnEntity, drawnEntities, flatEvidence } from './flat.ts';

type Scalar = string | number | boolean | undefined;

/** `values` with the characters XML cannot hold taken out of its strings (graphology-gexf escapes, but keeps them). */
function clean(values: Record<string, Scalar>): Record<string, Scalar> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, typeof value === 'string' ? stripInvalidXml(value) : value]),
  );
}

/**
 * The selection as GEXF 1.3. Nodes carry `label`, the entity's attributes (aliases joined by
 * `;`) and `viz:position`, `viz:size` and `viz:color` (by community). Edges keep their relation
 * ids, so parallel relations stay apart; symmetric relations are `type="undirected"` in a graph
 * whose default is directed; each edge's `label` and GEXF `kind` are its relation type, and its
 * attributes hold the relation's, with the evidence as a JSON string (`evidence`) and its quotes
 * joined by " | " (`quotes`).
 */
export function toGexf({ kb, entities, relations }: ExportSelection): string {
  const graph = new MultiGraph<DrawnEntity, RelationExport>({ type: 'mixed', allowSelfLoops: false });
  graph.setAttribute('creator', 'alliance-graph');
  for (const entity of drawnEntities(kb, entities)) graph.addNode(entity.id, entity);
  for (const id of relations) {
    const relation = relationExport(kb, id);
    if (relation.directed) graph.addDirectedEdgeWithKey(id, relation.source, relation.target, relation);
    else graph.addUndirectedEdgeWithKey(id, relation.source, relation.target, relation);
  }
  const gexf = write(graph, {
    version: '1.3',
    formatNode: (_, { id: __, label, aliases, x, y, size, color, ...attributes }) => ({
      label: stripInvalidXml(label),
      attributes: clean({ ...attributes, aliases: aliases.join(ALIAS_SEPARATOR) }),
      viz: { x, y, size, color },
    }),
    formatEdge: (_, { id: __, source: ___, target: ____, evidence, ...attributes }) => ({
      label: attributes.relation,
      kind: attributes.relation,
      attributes: clean({ ...attributes, ...flatEvidence(evidence) }),
    }),
  });
  return withTimeSpells(gexf, kb, relations);
}

/**
 * Makes the graph dynamic where relations are dated, so Gephi's timeline can play it:
 * `mode="dynamic" timeformat="date"` on the graph, and on each dated edge `start` (the first
 * day of validFrom) and `end` (the last day of validTo). graphology-gexf writes no time spells,
 * so they are added to its output; edge ids are slugs, which need no escaping.
 */
function withTimeSpells(gexf: string, kb: ExportSelection['kb'], relations: readonly string[]): string {
  const spells = new Map<string, string>();
  for (const id of relations) {
    const { from, to } = kb.graph.getEdgeAttribute(id, 'held');
    if (from || to) spells.set(id, `${from ? ` start="${from}"` : ''}${to ? ` end="${to}"` : ''}`);
  }
  if (spells.size === 0) return gexf;
  return (
    gexf
      // (Also where every edge is undirected: the writer this replaced missed that case, a bug since fixed.)
      .replace(
        /<graph defaultedgetype="(directed|undirected)">/,
        '<graph defaultedgetype="$1" mode="dynamic" timeformat="date">',
      )
      .replace(/<edge id="([^"]+)"/g, (edge, id: string) => `${edge}${spells.get(id) ?? ''}`)
  );
}
