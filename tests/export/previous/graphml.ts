// GraphML, for yEd, NetworkX, Cytoscape desktop and graph databases; written here, since graphology-graphml only parses.
// As it was before exports were streamed (c7e8b26): the oracle the streaming writer is held to, byte for byte.
import { relationExport } from '../../../src/export/attributes.ts';
import type { ExportSelection } from '../../../src/export/formats.ts';
import { xmlAttribute, xmlText } from '../../../src/export/xml.ts';
import { ALIAS_SEPARATOR, drawnEntities, flatEvidence } from './flat.ts';

type GraphmlType = 'string' | 'int' | 'double' | 'boolean';
type Value = string | number | boolean | undefined;

/** The data of each node and edge, in this order, with its declared type. */
const NODE_KEYS = {
  label: 'string',
  kind: 'string',
  aliases: 'string',
  description: 'string',
  degree: 'int',
  pagerank: 'double',
  betweenness: 'double',
  community: 'int',
  x: 'double',
  y: 'double',
  size: 'double',
  color: 'string',
} as const satisfies Record<string, GraphmlType>;

const EDGE_KEYS = {
  relation: 'string',
  directed: 'boolean',
  summary: 'string',
  confidence: 'double',
  corroboration: 'int',
  draft: 'boolean',
  validFrom: 'string',
  validTo: 'string',
  evidence: 'string',
  quotes: 'string',
} as const satisfies Record<string, GraphmlType>;

type Element = 'node' | 'edge';

function keyDeclarations(element: Element, keys: Record<string, GraphmlType>): string[] {
  return Object.entries(keys).map(
    ([name, type]) => `  <key id="${element}-${name}" for="${element}" attr.name="${name}" attr.type="${type}"/>`,
  );
}

/** A `<data>` line per key that has a value, in the keys' order. */
function dataLines<K extends string>(
  element: Element,
  keys: Record<K, GraphmlType>,
  values: Partial<Record<K, Value>>,
): string[] {
  return (Object.keys(keys) as K[])
    .filter((name) => values[name] !== undefined)
    .map((name) => `      <data key="${element}-${name}">${xmlText(String(values[name]))}</data>`);
}

/**
 * The selection as GraphML: typed `<key>`s (see NODE_KEYS, EDGE_KEYS), nodes keyed by entity id
 * and edges by relation id, so parallel relations stay apart. The graph's default is directed;
 * every edge says `directed="true"` or `"false"` (symmetric relations), and carries the same as
 * `directed` data. Evidence is a JSON string (`evidence`), its quotes joined by " | " (`quotes`);
 * aliases are joined by `;`.
 */
export function toGraphml({ kb, entities, relations }: ExportSelection): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyDeclarations('node', NODE_KEYS),
    ...keyDeclarations('edge', EDGE_KEYS),
    '  <graph id="alliance-graph" edgedefault="directed">',
  ];
  for (const { id, aliases, ...entity } of drawnEntities(kb, entities)) {
    lines.push(
      `    <node id="${xmlAttribute(id)}">`,
      ...dataLines('node', NODE_KEYS, { ...entity, aliases: aliases.join(ALIAS_SEPARATOR) }),
      '    </node>',
    );
  }
  for (const { id, source, target, evidence, ...relation } of relations.map((r) => relationExport(kb, r))) {
    lines.push(
      `    <edge id="${xmlAttribute(id)}" source="${xmlAttribute(source)}" target="${xmlAttribute(target)}" directed="${relation.directed}">`,
      ...dataLines('edge', EDGE_KEYS, { ...relation, ...flatEvidence(evidence) }),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
