// The HTTP routes beside GraphQL: /health, /export/graph.<format>, and the explorer's static files under /explore.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import { asOfSpan } from '../dates.ts';
import { MetricsFailedError, MetricsNotReadyError } from '../errors.ts';
import { buildExport } from '../export/export-graph.ts';
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

export function exportRoute(knowledgeBase: () => KnowledgeBase): Plugin {
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
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
      const { text, etag } = buildExport(kb, format, { types, asOf, sourceId });
      const headers = {
        'content-type': contentType,
        'content-disposition': `attachment; filename="alliance-graph${types ? `-${types.join('-').toLowerCase()}` : ''}${asOf ? `-as-of-${url.searchParams.get('asOf')?.trim()}` : ''}.${extension}"`,
        etag,
        'cache-control': 'no-cache',
      };
      const fresh = request.headers
        .get('if-none-match')
        ?.split(/\s*,\s*/)
        .includes(etag);
      endResponse(
        fresh
          ? new fetchAPI.Response(null, { status: 304, headers })
          : new fetchAPI.Response(request.method === 'HEAD' ? null : text, { headers }),
      );
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
