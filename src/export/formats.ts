// The export formats: what each is called, its file name and content type, and the subgraph an export covers.
import { heldDuring } from '../dates.ts';
import type { KnowledgeBase } from '../graph/knowledge-base.ts';
import type { RelationType } from '../model.ts';

export const EXPORT_FORMATS = ['GEXF', 'GRAPHML', 'GRAPHOLOGY', 'CYTOSCAPE', 'TURTLE'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** File extension (as served at /export/graph.<extension>) and content type of each format. */
export const EXPORT_FILES: Record<ExportFormat, { extension: string; contentType: string; description: string }> = {
  GEXF: { extension: 'gexf', contentType: 'application/gexf+xml; charset=utf-8', description: 'GEXF 1.3, for Gephi.' },
  GRAPHML: {
    extension: 'graphml',
    contentType: 'application/graphml+xml; charset=utf-8',
    description: 'GraphML, for yEd, NetworkX, Cytoscape desktop and graph database importers.',
  },
  GRAPHOLOGY: {
    extension: 'json',
    contentType: 'application/json; charset=utf-8',
    description: "graphology's serialization (graph.export()), for sigma.js and graphology.",
  },
  CYTOSCAPE: {
    extension: 'cyjs',
    contentType: 'application/json; charset=utf-8',
    description: 'Cytoscape.js elements JSON.',
  },
  TURTLE: {
    extension: 'ttl',
    contentType: 'text/turtle; charset=utf-8',
    description: 'RDF 1.1 Turtle, for triple stores and SPARQL.',
  },
};

/** What an export covers: some entities of a knowledge base and some relations among them (ids, sorted). */
export interface ExportSelection {
  kb: KnowledgeBase;
  entities: readonly string[];
  relations: readonly string[];
}

/** Which relations an export keeps: of these types, held at some time in this span of days. */
export interface ExportFilter {
  types?: readonly RelationType[] | null;
  asOf?: { first: string; last: string };
  /** Only relations with evidence from this source. */
  sourceId?: string | null;
}

/**
 * The whole graph, or with a filter only the relations that pass it (of `types`, held as of
 * `asOf`) and the entities that stand in at least one of them.
 */
export function selectGraph(kb: KnowledgeBase, { types, asOf, sourceId }: ExportFilter = {}): ExportSelection {
  const wanted = types && types.length > 0 ? new Set(types) : null;
  if (!wanted && !asOf && !sourceId) return { kb, entities: kb.entityIds, relations: kb.relationIds };
  const candidates = sourceId ? (kb.relationsBySource.get(sourceId) ?? []) : kb.relationIds;
  const relations = candidates.filter((id) => {
    const { relation, held } = kb.graph.getEdgeAttributes(id);
    return (!wanted || wanted.has(relation)) && (!asOf || heldDuring(held, asOf));
  });
  const touched = new Set(relations.flatMap((id) => kb.graph.extremities(id)));
  return { kb, entities: kb.entityIds.filter((id) => touched.has(id)), relations };
}
