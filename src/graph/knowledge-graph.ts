// The typed graphology graph: one node per entity, one edge per relation, symmetric relations undirected.
import { MultiGraph } from 'graphology';
import type { GraphData } from '../data/load.ts';
import { heldSpan } from '../dates.ts';
import {
  type Entity,
  type EntityKind,
  type Evidence,
  isSymmetric,
  type Relation,
  type RelationType,
  type Source,
} from '../model.ts';

export interface EntityAttributes {
  name: string;
  /** The entity's kind; not `type`, which sigma.js reads as a renderer. */
  kind: EntityKind;
  aliases: string[];
  description?: string;
  /** Proposed by kg ingest, not yet accepted: only present when drafts are included. */
  draft?: boolean;
}

export interface RelationAttributes {
  /** The relation's type; not `type`, which sigma.js reads as a renderer. */
  relation: RelationType;
  summary: string;
  confidence: number;
  validFrom?: string;
  validTo?: string;
  /** The first day of `validFrom` and the last of `validTo`, for asking what held when. */
  held: Readonly<{ from?: string; to?: string }>;
  evidence: Evidence[];
  /** Proposed by kg ingest, not yet accepted: only present when drafts are included. */
  draft?: boolean;
}

export interface GraphAttributes {
  /** Sources by id, so that evidence can be shown in its text. */
  sources: Record<string, Source>;
}

/**
 * A mixed multigraph: directed relations are directed edges from subject to object,
 * symmetric ones undirected edges; parallel relations between one pair stay apart.
 * Node keys are entity ids, edge keys relation ids.
 */
export type KnowledgeGraph = MultiGraph<EntityAttributes, RelationAttributes, GraphAttributes>;

/**
 * A relation's edge attributes. Every key is always present, undefined where the relation has
 * no such field: all edges then share one hidden class and hold their fields in the object
 * itself, which at a million relations saves hundreds of megabytes over objects built by spreading.
 */
function relationAttributes(relation: Relation): RelationAttributes {
  return {
    relation: relation.type,
    summary: relation.summary,
    confidence: relation.confidence,
    validFrom: relation.validFrom,
    validTo: relation.validTo,
    held: heldSpan(relation.validFrom, relation.validTo),
    evidence: relation.evidence,
    draft: relation.draft,
  };
}

/**
 * graphology keeps an entity's neighbours in plain objects keyed by neighbour id, and V8 gives
 * such an object a new hidden class for each key added (until a dozen or so, when it turns it
 * into a hash table): at a million relations, making those classes took a third of the time to
 * build the graph. An object that has had keys deleted is a hash table from the start. Reaches
 * into graphology's node records (`_nodes`); does nothing if they are not as expected.
 */
function useHashTableAdjacency(graph: KnowledgeGraph, node: string): void {
  const record = (graph as unknown as { _nodes?: Map<string, Record<string, unknown>> })._nodes?.get(node);
  for (const side of ['in', 'out', 'undirected']) {
    const adjacency = record?.[side] as Record<string, unknown> | undefined;
    if (adjacency === null || typeof adjacency !== 'object' || Object.keys(adjacency).length > 0) continue;
    adjacency['\u0000a'] = null;
    adjacency['\u0000b'] = null;
    delete adjacency['\u0000a'];
    delete adjacency['\u0000b'];
  }
}

/** A graph of `entities` and no relations yet, that shows its evidence in `sources`. */
export function createEntityGraph(entities: readonly Entity[], sources: readonly Source[]): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  graph.replaceAttributes({ sources: Object.fromEntries(sources.map((s) => [s.id, s])) });
  for (const { id, ...attributes } of entities) {
    graph.addNode(id, attributes);
    useHashTableAdjacency(graph, id);
  }
  return graph;
}

/**
 * Adds `relation` as an edge: directed from subject to object, or undirected when symmetric.
 * @returns its attributes, as the graph holds them.
 * @throws graphology's UsageGraphError when the graph has a relation with its id, or the
 *   relation relates an entity to itself; NotFoundGraphError when an end is not an entity.
 */
export function addRelation(graph: KnowledgeGraph, relation: Relation): RelationAttributes {
  const { id, type, from, to } = relation;
  const attributes = relationAttributes(relation);
  if (isSymmetric(type)) graph.addUndirectedEdgeWithKey(id, from, to, attributes);
  else graph.addDirectedEdgeWithKey(id, from, to, attributes);
  return attributes;
}

/** Builds the graph from loaded, validated data. */
export function createKnowledgeGraph(data: GraphData): KnowledgeGraph {
  const graph = createEntityGraph(data.entities, data.sources);
  for (const relation of data.relations) addRelation(graph, relation);
  return graph;
}
