// Writes a selection of the graph in any export format, as bounded chunks; whole-graph exports are built once per load, with an ETag.
import { createHash } from 'node:crypto';
import type { KnowledgeBase } from '../graph/knowledge-base.ts';
import { chunked, joinChunks } from './chunks.ts';
import { writeCytoscape } from './cytoscape.ts';
import { type ExportFilter, type ExportFormat, type ExportSelection, selectGraph } from './formats.ts';
import { writeGexf } from './gexf.ts';
import { writeGraphml } from './graphml.ts';
import { writeGraphology } from './graphology.ts';
import { writeTurtle } from './turtle.ts';

/** Each writer yields its document in pieces about a node or an edge long, in order. */
const WRITERS: Record<ExportFormat, (selection: ExportSelection) => Iterable<string>> = {
  GEXF: writeGexf,
  GRAPHML: writeGraphml,
  GRAPHOLOGY: writeGraphology,
  CYTOSCAPE: writeCytoscape,
  TURTLE: writeTurtle,
};

/**
 * The selection in `format` as chunks of at most EXPORT_CHUNK_SIZE code units, written as they
 * are asked for: stopping early (`return()`, or leaving a for-of) stops the writer.
 */
export function exportChunks(format: ExportFormat, selection: ExportSelection): Generator<string, void, undefined> {
  return chunked(WRITERS[format](selection));
}

/** The selection in `format` as one string: only for selections known to be small. */
export function exportSelection(format: ExportFormat, selection: ExportSelection): string {
  return joinChunks(exportChunks(format, selection));
}

/** An export as served: its text and a strong ETag of it. */
export interface BuiltExport {
  text: string;
  etag: string;
}

const built = new WeakMap<KnowledgeBase, Map<string, BuiltExport>>();

/**
 * The whole graph (or the relations that pass `filter` and their entities) in `format`, with
 * its ETag. Built once per knowledge base and filter, since a knowledge base never changes.
 */
export function buildExport(kb: KnowledgeBase, format: ExportFormat, filter: ExportFilter = {}): BuiltExport {
  const types = [...new Set(filter.types ?? [])].sort().join(',');
  const key = `${format}:${types}:${filter.asOf ? `${filter.asOf.first}/${filter.asOf.last}` : ''}:${filter.sourceId ?? ''}`;
  const cache = built.get(kb) ?? new Map<string, BuiltExport>();
  built.set(kb, cache);
  let result = cache.get(key);
  if (result === undefined) {
    const text = exportSelection(format, selectGraph(kb, filter));
    result = { text, etag: `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"` };
    cache.set(key, result);
  }
  return result;
}

/** The text of `buildExport`. */
export function exportGraph(kb: KnowledgeBase, format: ExportFormat, filter: ExportFilter = {}): string {
  return buildExport(kb, format, filter).text;
}
