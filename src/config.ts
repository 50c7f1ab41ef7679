// Every default and limit in one place, each overridable by an environment variable.
import { fileURLToPath } from 'node:url';
import { UsageError } from './errors.ts';

/** The project's own graph-data/, used when no directory is given. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../graph-data', import.meta.url));

/** The data directory: `KG_DATA_DIR`, or the project's own graph-data/. */
export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.KG_DATA_DIR || DEFAULT_DATA_DIR;
}

/** Where the server listens. */
export const DEFAULT_PORT = 4000;
export const DEFAULT_HOST = '127.0.0.1';

/**
 * Every limit, with its default and the environment variable that sets it. The README's
 * table of limits is checked against this list by a test.
 */
export const LIMITS = {
  defaultDepth: { env: 'KG_DEFAULT_DEPTH', value: 1, what: '`depth` of `neighborhood` when not given' },
  maxDepth: { env: 'KG_MAX_DEPTH', value: 4, what: 'largest `depth` of `neighborhood`' },
  defaultMaxLength: { env: 'KG_DEFAULT_MAX_LENGTH', value: 3, what: '`maxLength` of `paths` when not given' },
  maxLength: { env: 'KG_MAX_LENGTH', value: 6, what: 'largest `maxLength` of `paths`' },
  defaultPageSize: {
    env: 'KG_DEFAULT_PAGE_SIZE',
    value: 20,
    what: '`first` of `entities` and `relations` when not given',
  },
  maxPageSize: { env: 'KG_MAX_PAGE_SIZE', value: 100, what: 'largest `first` (and `last`) of a list' },
  defaultPaths: { env: 'KG_DEFAULT_PATHS', value: 10, what: '`first` of `paths` when not given' },
  workBudget: {
    env: 'KG_WORK_BUDGET',
    value: 200_000,
    what: 'relations a request may visit, all its fields together, before QUERY_TOO_COMPLEX',
  },
  timeoutMs: {
    env: 'KG_TIMEOUT_MS',
    value: 5_000,
    what: 'milliseconds a request may run before TIMEOUT; traversals and fields check it as they go',
  },
  maxResponseBytes: {
    env: 'KG_MAX_RESPONSE_BYTES',
    value: 10_000_000,
    what: 'bytes of answer a request may produce (texts, exports, list items) before QUERY_TOO_COMPLEX',
  },
  exportCacheMaxBytes: {
    env: 'KG_EXPORT_CACHE_MAX_BYTES',
    value: 64 * 2 ** 20,
    what: 'bytes of whole-graph exports kept in memory per loaded graph; an export that does not fit is streamed afresh each time',
  },
  reloadDebounceMs: {
    env: 'KG_RELOAD_DEBOUNCE_MS',
    value: 200,
    what: 'with `kg serve --watch`, how long graph-data must be quiet before a reload',
  },
  shutdownGraceMs: {
    env: 'KG_SHUTDOWN_GRACE_MS',
    value: 10_000,
    what: 'on SIGTERM or SIGINT, how long requests in flight may take to finish',
  },
  metricsInlineMaxRelations: {
    env: 'KG_METRICS_INLINE_MAX_RELATIONS',
    value: 1_000,
    what: 'graphs with up to this many relations get their metrics (centrality, communities, layout) computed in-process; larger ones in a worker thread, off the request path',
  },
  quoteWorkerMinBytes: {
    env: 'KG_QUOTE_WORKER_MIN_BYTES',
    value: 16 * 2 ** 20,
    what: "a relations.json of at least this many bytes has its quotes located in a worker thread, which indexes the sources' texts while the rest of the data is read and checked",
  },
  maxQueryDepth: { env: 'KG_MAX_QUERY_DEPTH', value: 12, what: 'deepest nesting of fields in a query' },
  maxAliases: { env: 'KG_MAX_ALIASES', value: 15, what: 'aliases in a query' },
  maxTokens: { env: 'KG_MAX_TOKENS', value: 2000, what: 'tokens in a query document' },
  maxDirectives: { env: 'KG_MAX_DIRECTIVES', value: 20, what: 'directives in a query' },
  maxCost: { env: 'KG_MAX_COST', value: 10_000, what: "a query's static cost (graphql-armor's cost limit)" },
  cachedDocuments: {
    env: 'KG_CACHED_DOCUMENTS',
    value: 1000,
    what: 'query texts the HTTP fast path remembers as parsed and valid, the oldest forgotten first',
  },
  maxQuoteChars: {
    env: 'KG_MAX_QUOTE_CHARS',
    value: 600,
    what: 'longest quote `kg ingest` accepts for a proposed relation; a longer one names too much of the article to ground anything',
  },
  maxPageElements: {
    env: 'KG_MAX_PAGE_ELEMENTS',
    value: 50_000,
    what: '`kg ingest`: elements of a saved web page (besides scripts, styles and ads) read in reasonable time; a larger page is refused with its count',
  },
  llmChunkChars: {
    env: 'KG_LLM_CHUNK_CHARS',
    value: 6_000,
    what: 'with `kg ingest --extractor llm`, characters of article sent in one request; a longer article is split at paragraphs',
  },
  llmChunkOverlapChars: {
    env: 'KG_LLM_CHUNK_OVERLAP_CHARS',
    value: 600,
    min: 0,
    what: "characters of a chunk's last paragraphs (or sentences) repeated at the start of the next, so that a relation across the cut is seen whole",
  },
  llmMaxRetries: {
    env: 'KG_LLM_MAX_RETRIES',
    value: 3,
    min: 0,
    what: 'retries of one chunk, with exponential backoff: after a 429 (honouring Retry-After), a 5xx, a timeout, or an answer not of the schema',
  },
  llmTimeoutMs: {
    env: 'KG_LLM_TIMEOUT_MS',
    value: 120_000,
    what: 'milliseconds one request to the language model may take; a local model writing a long answer on a laptop needs over a minute',
  },
} as const;

export type Limits = { [K in keyof typeof LIMITS]: number };

export const DEFAULT_LIMITS: Limits = Object.fromEntries(
  Object.entries(LIMITS).map(([key, { value }]) => [key, value]),
) as Limits;

/**
 * The limits, each from its environment variable when set.
 * @throws UsageError naming a variable that is not a whole number of at least 1 (0 where a limit allows none).
 */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): Limits {
  const limits = { ...DEFAULT_LIMITS };
  for (const [key, { env: name }] of Object.entries(LIMITS) as [keyof Limits, (typeof LIMITS)[keyof Limits]][]) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    const limit = LIMITS[key];
    const min = 'min' in limit ? limit.min : 1;
    if (!Number.isSafeInteger(value) || value < min) {
      throw new UsageError(`${name}=${JSON.stringify(raw)} is not a whole number of at least ${min}`);
    }
    limits[key] = value;
  }
  for (const [low, high] of [
    ['defaultDepth', 'maxDepth'],
    ['defaultMaxLength', 'maxLength'],
    ['defaultPageSize', 'maxPageSize'],
    ['defaultPaths', 'maxPageSize'],
  ] as const) {
    if (limits[low] > limits[high]) {
      throw new UsageError(
        `${LIMITS[low].env} (${limits[low]}) is more than ${LIMITS[high].env} (${limits[high]}); a default must be within its limit`,
      );
    }
  }
  return limits;
}

/** The port and host to listen on: `PORT` and `HOST`. */
export function listenFromEnv(env: NodeJS.ProcessEnv = process.env): { port: number; host: string } {
  const port = env.PORT === undefined || env.PORT === '' ? DEFAULT_PORT : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`PORT=${JSON.stringify(env.PORT)} is not a port number from 0 to 65535`);
  }
  return { port, host: env.HOST || DEFAULT_HOST };
}
