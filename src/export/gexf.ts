// GEXF 1.3, for Gephi: written a node or an edge at a time, byte for byte as graphology-gexf's writer writes a mixed multigraph.
import { type RelationExport, relationExport } from './attributes.ts';
import { PAUSE, PAUSE_EVERY } from './chunks.ts';
import { ALIAS_SEPARATOR, type DrawnEntity, entityDrawing, flatEvidence } from './flat.ts';
import type { ExportSelection } from './formats.ts';
import { stripInvalidXml } from './xml.ts';

type Scalar = string | number | boolean | undefined;

/** A node or an edge as GEXF holds it: a label, a relation type, typed attributes, drawing hints. */
interface GexfElement {
  label: string;
  kind?: string;
  attributes: Record<string, Scalar>;
  viz?: { x: number; y: number; size: number; color: string };
}

/** The GEXF types graphology-gexf infers, and which one wins where values disagree (lower wins). */
const TYPE_PRIORITY = { string: 5, double: 6, long: 7, integer: 8, boolean: 9 } as const;
type GexfType = keyof typeof TYPE_PRIORITY;

/** graphology-gexf's empty values: written nowhere, typed as nothing. */
const isEmpty = (value: Scalar) => value === undefined || value === '' || Number.isNaN(value);

function inferType(value: string | number | boolean): GexfType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  if (value === (value | 0)) return value <= 0x7fffffff && value >= -0x7fffffff ? 'integer' : 'long';
  return 'double';
}

/** The attribute model of some elements: each attribute name, in the order first seen, with its type. */
class GexfModel {
  readonly types = new Map<string, GexfType>();

  add(attributes: Record<string, Scalar>): void {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || isEmpty(value)) continue;
      const type = inferType(value);
      const current = this.types.get(name);
      if (current === undefined || TYPE_PRIORITY[type] < TYPE_PRIORITY[current]) this.types.set(name, type);
    }
  }
}

const NEEDS_ESCAPE = /[&<"\t\n\r]/;

/** `value` as an attribute value, escaped as graphology-gexf's XML writer (xml-writer) escapes it. */
function attribute(value: string | number): string {
  const text = String(value);
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#x9;')
    .replace(/\n/g, '&#xA;')
    .replace(/\r/g, '&#xD;');
}

/** `values` with the characters XML cannot hold taken out of its strings (graphology-gexf escapes, but keeps them). */
function clean(values: Record<string, Scalar>): Record<string, Scalar> {
  const cleaned: Record<string, Scalar> = {};
  for (const [name, value] of Object.entries(values)) {
    cleaned[name] = typeof value === 'string' ? stripInvalidXml(value) : value;
  }
  return cleaned;
}

function gexfNode({ id: _, label, aliases, x, y, size, color, ...attributes }: DrawnEntity): GexfElement {
  return {
    label: stripInvalidXml(label),
    attributes: clean({ ...attributes, aliases: aliases.join(ALIAS_SEPARATOR) }),
    viz: { x, y, size, color },
  };
}

function gexfEdge({ id: _, source: __, target: ___, evidence, ...attributes }: RelationExport): GexfElement {
  return {
    label: attributes.relation,
    kind: attributes.relation,
    attributes: clean({ ...attributes, ...flatEvidence(evidence) }),
  };
}

const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"' +
  ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">\n' +
  '  <meta>\n' +
  '    <creator>alliance-graph</creator>\n' +
  '  </meta>';

function modelDeclaration(model: GexfModel, element: 'node' | 'edge'): string {
  if (model.types.size === 0) return '';
  const declared = [...model.types].map(
    ([name, type]) => `\n      <attribute id="${attribute(name)}" title="${attribute(name)}" type="${type}"/>`,
  );
  return `\n    <attributes class="${element}">${declared.join('')}\n    </attributes>`;
}

/** The `<attvalues>` of an element, in the model's order, and its `viz:` children: what goes inside it. */
function children(model: GexfModel, { attributes, viz }: GexfElement): string {
  let inside = '';
  if (model.types.size > 0) {
    let values = '';
    for (const name of model.types.keys()) {
      const value = attributes[name];
      if (value === undefined || isEmpty(value)) continue;
      values += `\n          <attvalue for="${attribute(name)}" value="${attribute(String(value))}"/>`;
    }
    inside += values === '' ? '\n        <attvalues/>' : `\n        <attvalues>${values}\n        </attvalues>`;
  }
  if (viz) {
    if (viz.color) inside += `\n        <viz:color hex="${attribute(viz.color)}"/>`;
    inside += `\n        <viz:size value="${attribute(viz.size)}"/>`;
    inside += `\n        <viz:position x="${attribute(viz.x)}" y="${attribute(viz.y)}"/>`;
  }
  return inside;
}

function element(tag: 'node' | 'edge', opening: string, inside: string): string {
  return inside === '' ? `\n      <${tag}${opening}/>` : `\n      <${tag}${opening}>${inside}\n      </${tag}>`;
}

/**
 * The selection as GEXF 1.3, a node or an edge at a time. Nodes carry `label`, the entity's
 * attributes (aliases joined by `;`) and `viz:position`, `viz:size` and `viz:color` (by
 * community). Edges keep their relation ids, so parallel relations stay apart; symmetric
 * relations are `type="undirected"` in a graph whose default is directed; each edge's `label`
 * and GEXF `kind` are its relation type, and its attributes hold the relation's, with the
 * evidence as a JSON string (`evidence`) and its quotes joined by " | " (`quotes`).
 *
 * Where relations are dated the graph is dynamic, so Gephi's timeline can play it: `mode="dynamic"
 * timeformat="date"` on the graph, and on each dated edge `start` (the first day of validFrom)
 * and `end` (the last day of validTo).
 *
 * The attribute declarations come first and are typed by every value, so the selection is read
 * twice: once for the types (keeping nothing but them), once to write it.
 */
export function* writeGexf({ kb, entities, relations }: ExportSelection): Generator<string, void, undefined> {
  const draw = entityDrawing(kb, entities);
  const nodeModel = new GexfModel();
  let read = 0;
  for (const id of entities) {
    nodeModel.add(gexfNode(draw(id)).attributes);
    if (++read % PAUSE_EVERY === 0) yield PAUSE;
  }
  const edgeModel = new GexfModel();
  let directed = 0;
  let undirected = 0;
  let dated = false;
  for (const id of relations) {
    if (++read % PAUSE_EVERY === 0) yield PAUSE;
    const relation = relationExport(kb, id);
    edgeModel.add(gexfEdge(relation).attributes);
    if (relation.directed) directed++;
    else undirected++;
    const { from, to } = kb.graph.getEdgeAttribute(id, 'held');
    dated ||= Boolean(from || to);
  }
  // As graphology-gexf infers it: undirected only when every edge is, else directed.
  const defaultType = directed === 0 && undirected > 0 ? 'undirected' : 'directed';
  // Whatever the default edge type: a graph of symmetric relations only has a timeline too.
  const dynamic = dated ? ' mode="dynamic" timeformat="date"' : '';
  yield `${HEAD}\n  <graph defaultedgetype="${defaultType}"${dynamic}>`;
  const declarations = modelDeclaration(nodeModel, 'node') + modelDeclaration(edgeModel, 'edge');
  if (declarations !== '') yield declarations;

  yield entities.length === 0 ? '\n    <nodes/>' : '\n    <nodes>';
  for (const id of entities) {
    const node = gexfNode(draw(id));
    const label = node.label ? ` label="${attribute(node.label)}"` : '';
    yield element('node', ` id="${attribute(id)}"${label}`, children(nodeModel, node));
  }
  if (entities.length > 0) yield '\n    </nodes>';

  yield relations.length === 0 ? '\n    <edges/>' : '\n    <edges>';
  for (const id of relations) {
    const relation = relationExport(kb, id);
    const edge = gexfEdge(relation);
    const { from, to } = kb.graph.getEdgeAttribute(id, 'held');
    const spell = `${from ? ` start="${from}"` : ''}${to ? ` end="${to}"` : ''}`;
    const edgeType = relation.directed ? 'directed' : 'undirected';
    const opening =
      ` id="${attribute(id)}"${spell}${edgeType === defaultType ? '' : ` type="${edgeType}"`}` +
      ` source="${attribute(relation.source)}" target="${attribute(relation.target)}"` +
      `${edge.kind ? ` kind="${attribute(edge.kind)}"` : ''}${edge.label ? ` label="${attribute(edge.label)}"` : ''}`;
    yield element('edge', opening, children(edgeModel, edge));
  }
  if (relations.length > 0) yield '\n    </edges>';
  yield '\n  </graph>\n</gexf>';
}
