// What the file formats share: entities with drawing hints (size, colour), and evidence flattened for formats of scalars.
import type { KnowledgeBase } from '../graph/knowledge-base.ts';
import { communityColor, type EntityExport, type EvidenceExport, entityExport, nodeSize } from './attributes.ts';

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

/**
 * Draws the entities `ids` one at a time: the returned function gives an entity with a size
 * (by PageRank, relative to the highest among `ids`, found here in one pass) and a colour.
 */
export function entityDrawing(kb: KnowledgeBase, ids: readonly string[]): (id: string) => DrawnEntity {
  let maxPagerank = 0;
  for (const id of ids) maxPagerank = Math.max(maxPagerank, entityExport(kb, id).pagerank);
  return (id) => {
    const entity = entityExport(kb, id);
    return { ...entity, size: nodeSize(entity.pagerank, maxPagerank), color: communityColor(entity.community) };
  };
}

/** A relation's evidence as scalars: all of it as a JSON array, and its quotes alone, for reading. */
export function flatEvidence(evidence: readonly EvidenceExport[]): { evidence: string; quotes: string } {
  return { evidence: JSON.stringify(evidence), quotes: evidence.map((e) => e.quote).join(QUOTE_SEPARATOR) };
}
