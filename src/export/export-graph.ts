// Writes a selection of the graph in any export format, as bounded chunks; whole-graph exports with an ETag, cached while small.
import { createHash, randomUUID } from 'node:crypto';
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

/** A whole-graph export as served: its ETag, and its chunks to stream. */
export interface GraphExport {
  /**
   * A strong ETag, derived from what decides the content without writing it: the loaded graph
   * (a random id per knowledge base, so a reload or a restart makes new ones), the format and
   * the filter. One ETag always stands for the same bytes.
   */
  etag: string;
  /**
   * The export's chunks: the cached ones when the export is cached, else written afresh, and
   * kept for next time when the whole export fits in the cache.
   */
  chunks(): Generator<string, void, undefined>;
}

interface CachedExport {
  /** The chunks, or null for an export known to be too large to keep. */
  chunks: readonly string[] | null;
  /** What it counts against the cache: its UTF-8 bytes and its key's length. */
  bytes: number;
}

/** One knowledge base's cached exports, at most `maxBytes` of them in all; the least recently used go first. */
class ExportCache {
  readonly #entries = new Map<string, CachedExport>();
  #bytes = 0;

  get(key: string): CachedExport | undefined {
    const entry = this.#entries.get(key);
    if (entry) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: CachedExport, maxBytes: number): void {
    this.#delete(key);
    if (entry.bytes > maxBytes) return;
    for (const oldest of this.#entries.keys()) {
      if (this.#bytes + entry.bytes <= maxBytes) break;
      this.#delete(oldest);
    }
    this.#entries.set(key, entry);
    this.#bytes += entry.bytes;
  }

  #delete(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }
}

const caches = new WeakMap<KnowledgeBase, ExportCache>();
const loadIds = new WeakMap<KnowledgeBase, string>();

function loadId(kb: KnowledgeBase): string {
  let id = loadIds.get(kb);
  if (id === undefined) {
    id = randomUUID();
    loadIds.set(kb, id);
  }
  return id;
}

/** The cache key of a format and a filter: the same for the same set of types, in any order. */
function exportKey(format: ExportFormat, filter: ExportFilter): string {
  const types = [...new Set(filter.types ?? [])].sort().join(',');
  const asOf = filter.asOf ? `${filter.asOf.first}/${filter.asOf.last}` : '';
  return `${format}:${types}:${asOf}:${filter.sourceId ?? ''}`;
}

/**
 * The whole graph (or the relations that pass `filter` and their entities) in `format`. Nothing
 * is written until the chunks are asked for. A knowledge base never changes, so an export is
 * kept once written whole, if it fits in `cacheMaxBytes` (the exports cached for one knowledge
 * base hold at most that many bytes in all, the least recently used dropped first); a larger one,
 * or one whose reader stopped early, is written afresh each time.
 */
export function graphExport(
  kb: KnowledgeBase,
  format: ExportFormat,
  filter: ExportFilter = {},
  cacheMaxBytes = 0,
): GraphExport {
  const key = exportKey(format, filter);
  const etag = `"${createHash('sha256')
    .update(`${loadId(kb)}\n${key}`)
    .digest('base64url')
    .slice(0, 27)}"`;
  let cache = caches.get(kb);
  if (cache === undefined) {
    cache = new ExportCache();
    caches.set(kb, cache);
  }
  const store = cache;
  return {
    etag,
    *chunks() {
      const cached = store.get(key);
      if (cached?.chunks) {
        yield* cached.chunks;
        return;
      }
      // Known too large: written afresh, with nothing kept on the way.
      let kept: string[] | null = cached === undefined && cacheMaxBytes > 0 ? [] : null;
      let bytes = key.length;
      for (const chunk of exportChunks(format, selectGraph(kb, filter))) {
        if (kept) {
          bytes += Buffer.byteLength(chunk);
          if (bytes <= cacheMaxBytes) kept.push(chunk);
          else kept = null;
        }
        yield chunk;
      }
      store.set(key, kept ? { chunks: kept, bytes } : { chunks: null, bytes: key.length }, cacheMaxBytes);
    },
  };
}
