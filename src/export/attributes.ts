// The attributes every export carries, in one place: for entities their kind, aliases, centrality,
// community and position; for relations their type, direction, summary, confidence, dates and evidence.
import type { KnowledgeBase } from '../graph/knowledge-base.ts';
import { isSymmetric, type RelationType } from '../model.ts';

export interface EntityExport {
  id: string;
  label: string;
  kind: string;
  aliases: string[];
  description?: string;
  degree: number;
  pagerank: number;
  betweenness: number;
  community: number;
  x: number;
  y: number;
}

export interface EvidenceExport {
  source: string;
  quote: string;
  start: number;
  end: number;
}

export interface RelationExport {
  id: string;
  source: string;
  target: string;
  relation: RelationType;
  directed: boolean;
  summary: string;
  confidence: number;
  /** How many distinct sources back the relation. */
  corroboration: number;
  /** Present, and true, for a relation proposed by kg ingest and not yet accepted. */
  draft?: boolean;
  validFrom?: string;
  validTo?: string;
  evidence: EvidenceExport[];
}

/**
 * An entity with its metrics: await `kb.metrics()` before exporting.
 * @throws MetricsNotReadyError or MetricsFailedError when the metrics are not ready.
 */
export function entityExport(kb: KnowledgeBase, id: string): EntityExport {
  const { name, kind, aliases, description } = kb.graph.getNodeAttributes(id);
  const metrics = kb.readyMetrics();
  const centrality = metrics.centrality.get(id);
  const position = metrics.layout.get(id);
  return {
    id,
    label: name,
    kind,
    aliases,
    ...(description ? { description } : {}),
    degree: centrality?.degree ?? 0,
    pagerank: centrality?.pagerank ?? 0,
    betweenness: centrality?.betweenness ?? 0,
    community: metrics.community.get(id) ?? 0,
    x: position?.x ?? 0,
    y: position?.y ?? 0,
  };
}

export function relationExport(kb: KnowledgeBase, id: string): RelationExport {
  const { relation, summary, confidence, validFrom, validTo, evidence, draft } = kb.graph.getEdgeAttributes(id);
  return {
    id,
    source: kb.graph.source(id),
    target: kb.graph.target(id),
    relation,
    directed: !isSymmetric(relation),
    summary,
    confidence,
    corroboration: new Set(evidence.map((e) => e.sourceId)).size,
    ...(draft ? { draft } : {}),
    ...(validFrom ? { validFrom } : {}),
    ...(validTo ? { validTo } : {}),
    evidence: evidence.map(({ sourceId, quote, start, end }) => ({ source: sourceId, quote, start, end })),
  };
}

/** A colour per community, for tools that draw what they are given (sigma.js, Cytoscape). */
export const COMMUNITY_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

export function communityColor(community: number): string {
  return COMMUNITY_COLORS[community % COMMUNITY_COLORS.length] as string;
}

/** A node size from its PageRank, for drawing: 4 to 20. */
export function nodeSize(pagerank: number, maxPagerank: number): number {
  return maxPagerank > 0 ? 4 + 16 * Math.sqrt(pagerank / maxPagerank) : 4;
}
