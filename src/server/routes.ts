// The HTTP routes beside GraphQL: /health, /export/graph.<format> (streamed), and the explorer's static files under /explore.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { asOfSpan } from '../dates.ts';
import { MetricsFailedError, MetricsNotReadyError } from '../errors.ts';
import { PAUSE } from '../export/chunks.ts';
import { graphExport } from '../export/export-graph.ts';
import { EXPORT_FILES, EXPORT_FORMATS, type ExportFormat } from '../export/formats.ts';
import type { KnowledgeBase } from '../graph/knowledge-base.ts';
import { RELATION_TYPES, type RelationType } from '../model.ts';

/** Where `npm run build` puts the explorer. */
export const EXPLORER_DIR = fileURLToPath(new URL('../../dist/explorer', import.meta.url));

const json = (fetchAPI: { Response: typeof Response }, body: unknown, status = 200) =>
  new fetchAPI.Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

/**
 * /health: 200 with what is loaded, where its metrics stand (pending, ready with the time they
 * took, failed with why), and whatever `status` adds (such as a failed reload).
 */
export function healthRoute(knowledgeBase: () => KnowledgeBase, status?: () => Record<string, unknown>): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/health') return;
      const { graph, sources, metricsStatus } = knowledgeBase();
      const body = {
        status: 'ok',
        entities: graph.order,
        relations: graph.size,
        sources: sources.size,
        metrics: metricsStatus,
        ...status?.(),
      };
      endResponse(json(fetchAPI, body));
    },
  };
}

/**
 * The metrics every export carries, or the answer to send instead: 503 with Retry-After while
 * they are being computed, 500 when they could not be.
 */
function exportMetrics(kb: KnowledgeBase, fetchAPI: { Response: typeof Response }): Response | undefined {
  try {
    kb.readyMetrics();
    return undefined;
  } catch (error) {
    if (error instanceof MetricsNotReadyError) {
      const body = { error: error.message, code: error.code, retryAfterSeconds: error.retryAfterSeconds };
      return new fetchAPI.Response(JSON.stringify(body), {
        status: 503,
        headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(error.retryAfterSeconds) },
      });
    }
    if (error instanceof MetricsFailedError) return json(fetchAPI, { error: error.message, code: error.code }, 500);
    throw error;
  }
}

const FORMAT_BY_EXTENSION = new Map<string, ExportFormat>(EXPORT_FORMATS.map((f) => [EXPORT_FILES[f].extension, f]));

/** `?types=ALLY,RIVAL`: the relation types asked for, or the ones that are not relation types. */
function parseTypes(value: string | null): { types?: RelationType[]; unknown?: string[] } {
  if (value === null || value.trim() === '') return {};
  const asked = value
    .split(',')
    .map((t) => t.trim().toUpperCase())
    .filter(Boolean);
  const unknown = asked.filter((t) => !(RELATION_TYPES as string[]).includes(t));
  return unknown.length > 0 ? { unknown } : { types: asked as RelationType[] };
}

/** What the export route needs besides the graph: how much of the exports to cache, where to log. */
export interface ExportRouteOptions {
  /** `KG_EXPORT_CACHE_MAX_BYTES`: bytes of whole-graph exports kept per loaded graph. */
  cacheMaxBytes: number;
  logger: Logger;
}

/**
 * A response body that writes the export's chunks as they are read, one chunk ahead at most:
 * a slow client holds the writer back, and a client that goes away (the request aborted, or
 * the body cancelled) stops it. At each PAUSE of the writer, other requests get their turn. A
 * writer that fails is logged, and the response is cut short (the connection reset), so that a
 * client never takes half a file for a whole one.
 */
function exportBody(
  fetchAPI: { ReadableStream: typeof ReadableStream },
  chunks: Generator<string, void, undefined>,
  { path, signal, socket, logger }: { path: string; signal: AbortSignal; socket?: { destroy(): void }; logger: Logger },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let sentBytes = 0;
  let finished = false;
  const stop = (why: string) => {
    if (finished) return;
    finished = true;
    signal.removeEventListener('abort', aborted);
    chunks.return();
    if (why) logger.info({ path, sentBytes }, why);
  };
  const aborted = () => stop('export stopped: the client went away');
  return new fetchAPI.ReadableStream<Uint8Array>({
    start() {
      if (signal.aborted) stop('export stopped: the client went away');
      else signal.addEventListener('abort', aborted, { once: true });
    },
    async pull(controller) {
      for (;;) {
        if (finished) {
          controller.close();
          return;
        }
        let next: IteratorResult<string, void>;
        try {
          next = chunks.next();
        } catch (error) {
          finished = true;
          signal.removeEventListener('abort', aborted);
          logger.error({ err: error, path, sentBytes }, 'export failed while streaming; the response was cut short');
          socket?.destroy();
          controller.error(new Error(`the export at ${path} failed; see the server log`));
          return;
        }
        if (next.done) {
          stop('');
          controller.close();
          return;
        }
        if (next.value === PAUSE) {
          // The writer is reading the graph before it writes: let other requests run meanwhile.
          await new Promise((resolve) => setImmediate(resolve));
          continue;
        }
        const bytes = encoder.encode(next.value);
        sentBytes += bytes.byteLength;
        controller.enqueue(bytes);
        return;
      }
    },
    cancel() {
      stop('export stopped: the client went away');
    },
  });
}

/**
 * GET (and HEAD) /export/graph.<extension>: the whole graph, or `?types=`, `?asOf=`,
 * `?sourceId=` of it, streamed as it is written (or from the cache). The ETag names the loaded
 * graph, the format and the filter, so a client that has it gets 304 with nothing written.
 */
export function exportRoute(knowledgeBase: () => KnowledgeBase, { cacheMaxBytes, logger }: ExportRouteOptions): Plugin {
  return {
    onRequest({ url, request, endResponse, fetchAPI, serverContext }) {
      const match = /^\/export\/graph\.([a-z]+)$/.exec(url.pathname);
      if (!match) return;
      const format = FORMAT_BY_EXTENSION.get(match[1] as string);
      if (!format || (request.method !== 'GET' && request.method !== 'HEAD')) {
        const files = EXPORT_FORMATS.map((f) => `/export/graph.${EXPORT_FILES[f].extension}`);
        endResponse(json(fetchAPI, { error: `no export at ${url.pathname}; GET one of ${files.join(', ')}` }, 404));
        return;
      }
      const { types, unknown } = parseTypes(url.searchParams.get('types'));
      if (unknown) {
        endResponse(
          json(
            fetchAPI,
            {
              error: `types: ${unknown.map((t) => `"${t}"`).join(', ')} ${unknown.length === 1 ? 'is not a relation type' : 'are not relation types'}; expected a comma-separated list of ${RELATION_TYPES.join(', ')}`,
              argument: 'types',
              validTypes: RELATION_TYPES,
            },
            400,
          ),
        );
        return;
      }
      let asOf: { first: string; last: string } | undefined;
      try {
        asOf = asOfSpan(url.searchParams.get('asOf'));
      } catch (error) {
        endResponse(json(fetchAPI, { error: (error as Error).message, argument: 'asOf' }, 400));
        return;
      }
      const kb = knowledgeBase();
      const sourceId = url.searchParams.get('sourceId');
      if (sourceId !== null && !kb.sources.has(sourceId)) {
        const error = `sourceId: no source has the id "${sourceId}"; expected one of ${[...kb.sources.keys()].join(', ')}`;
        endResponse(json(fetchAPI, { error, argument: 'sourceId' }, 400));
        return;
      }
      const unavailable = exportMetrics(kb, fetchAPI);
      if (unavailable) {
        endResponse(unavailable);
        return;
      }
      const { extension, contentType } = EXPORT_FILES[format];
      const exported = graphExport(kb, format, { types, asOf, sourceId }, cacheMaxBytes);
      const headers = {
        'content-type': contentType,
        'content-disposition': `attachment; filename="alliance-graph${types ? `-${types.join('-').toLowerCase()}` : ''}${asOf ? `-as-of-${url.searchParams.get('asOf')?.trim()}` : ''}.${extension}"`,
        etag: exported.etag,
        'cache-control': 'no-cache',
      };
      const fresh = request.headers
        .get('if-none-match')
        ?.split(/\s*,\s*/)
        .includes(exported.etag);
      if (fresh || request.method === 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: fresh ? 304 : 200, headers }));
        return;
      }
      const socket = (serverContext as { res?: { destroy(): void } } | undefined)?.res;
      const body = exportBody(fetchAPI, exported.chunks(), {
        path: url.pathname,
        signal: request.signal,
        socket,
        logger,
      });
      endResponse(new fetchAPI.Response(body, { headers }));
    },
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Serves the built explorer: /explore is its page, /explore/<file> its assets. */
export function explorerRoute(dir = EXPLORER_DIR): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/explore' && !url.pathname.startsWith('/explore/')) return;
      let relative: string;
      try {
        relative = decodeURIComponent(url.pathname.slice('/explore'.length).replace(/^\/+/, '')) || 'index.html';
      } catch {
        relative = '\u0000';
      }
      const path = normalize(join(dir, relative));
      if (!path.startsWith(dir + sep) || relative.includes('\u0000')) {
        endResponse(new fetchAPI.Response('Not found', { status: 404 }));
        return;
      }
      try {
        const body = await readFile(path);
        const type = CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
        endResponse(new fetchAPI.Response(body, { headers: { 'content-type': type } }));
      } catch {
        const index = await readFile(join(dir, 'index.html')).catch(() => null);
        endResponse(
          index === null
            ? new fetchAPI.Response('The explorer is not built yet: run `npm run build` (npm start does it for you).', {
                status: 503,
                headers: { 'content-type': 'text/plain; charset=utf-8' },
              })
            : new fetchAPI.Response('Not found', { status: 404 }),
        );
      }
    },
  };
}
