// What the file formats share: entities with drawing hints (size, colour), and evidence flattened for formats of scalars.
// As it was before exports were streamed (c7e8b26): the oracle the streaming writer is held to, byte for byte.

import {
  communityColor,
  type EntityExport,
  type EvidenceExport,
  entityExport,
  nodeSize,
} from '../../../src/export/attributes.ts';
import type { KnowledgeBase } from '../../../src/graph/knowledge-base.ts';

/** Joins an entity's aliases in GEXF and GraphML, which hold no lists we can rely on tools to read. */
export const ALIAS_SEPARATOR = ';';
/** Joins a relation's quotes in the readable `quotes` attribute. */
export const QUOTE_SEPARATOR = ' | ';

export interface DrawnEntity extends EntityExport {
  /** 4 to 20, by PageRank relative to the highest among the entities drawn. */
  size: number;
  /** A hex colour by community. */
  color: string;
}

/** The entities `ids`, each with a size and a colour for drawing. */
export function drawnEntities(kb: KnowledgeBase, ids: readonly string[]): DrawnEntity[] {
  const exported = ids.map((id) => entityExport(kb, id));
  const maxPagerank = exported.reduce((max, e) => Math.max(max, e.pagerank), 0);
  return exported.map((e) => ({ ...e, size: nodeSize(e.pagerank, maxPagerank), color: communityColor(e.community) }));
}

/** A relation's evidence as scalars: all of it as a JSON array, and its quotes alone, for reading. */
export function flatEvidence(evidence: readonly EvidenceExport[]): { evidence: string; quotes: string } {
  return { evidence: JSON.stringify(evidence), quotes: evidence.map((e) => e.quote).join(QUOTE_SEPARATOR) };
}
