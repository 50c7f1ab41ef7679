// GraphML, for yEd, NetworkX, Cytoscape desktop and graph databases; written here, since graphology-graphml only parses.
import { relationExport } from './attributes.ts';
import { ALIAS_SEPARATOR, entityDrawing, flatEvidence } from './flat.ts';
import type { ExportSelection } from './formats.ts';
import { xmlAttribute, xmlText } from './xml.ts';

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

/** Each line followed by a newline. */
const lines = (all: readonly string[]) => `${all.join('\n')}\n`;

/**
 * The selection as GraphML, a node or an edge at a time: typed `<key>`s (see NODE_KEYS,
 * EDGE_KEYS), nodes keyed by entity id and edges by relation id, so parallel relations stay
 * apart. The graph's default is directed; every edge says `directed="true"` or `"false"`
 * (symmetric relations), and carries the same as `directed` data. Evidence is a JSON string
 * (`evidence`), its quotes joined by " | " (`quotes`); aliases are joined by `;`. Every line
 * ends with a newline.
 */
export function* writeGraphml({ kb, entities, relations }: ExportSelection): Generator<string, void, undefined> {
  yield lines([
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyDeclarations('node', NODE_KEYS),
    ...keyDeclarations('edge', EDGE_KEYS),
    '  <graph id="alliance-graph" edgedefault="directed">',
  ]);
  const draw = entityDrawing(kb, entities);
  for (const entityId of entities) {
    const { id, aliases, ...entity } = draw(entityId);
    yield lines([
      `    <node id="${xmlAttribute(id)}">`,
      ...dataLines('node', NODE_KEYS, { ...entity, aliases: aliases.join(ALIAS_SEPARATOR) }),
      '    </node>',
    ]);
  }
  for (const relationId of relations) {
    const { id, source, target, evidence, ...relation } = relationExport(kb, relationId);
    yield lines([
      `    <edge id="${xmlAttribute(id)}" source="${xmlAttribute(source)}" target="${xmlAttribute(target)}" directed="${relation.directed}">`,
      ...dataLines('edge', EDGE_KEYS, { ...relation, ...flatEvidence(evidence) }),
      '    </edge>',
    ]);
  }
  yield lines(['  </graph>', '</graphml>']);
}
