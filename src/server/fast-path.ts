// The HTTP fast path: a POST of a query yoga has already parsed and validated is executed directly; anything else goes through yoga.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type DocumentNode, type ExecutionResult, execute, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { logRequest } from './logging.ts';

/**
 * Bodies larger than this go through yoga, which enforces its own limit: a query worth
 * remembering is a few kilobytes, and the fast path reads a body whole before deciding.
 */
const MAX_FAST_BODY_BYTES = 64 * 1024;

/** The media types the fast path answers, as yoga would for the same Accept header. */
const ANSWERED_ACCEPTS = new Map([
  ['application/json', 'application/json; charset=utf-8'],
  ['application/json;charset=utf-8', 'application/json; charset=utf-8'],
  ['application/graphql-response+json', 'application/graphql-response+json; charset=utf-8'],
  ['application/graphql-response+json;charset=utf-8', 'application/graphql-response+json; charset=utf-8'],
]);

/** What the fast path needs of the yoga app: to serve a node request, and to answer a fetch. */
interface Yoga {
  (request: IncomingMessage, response: ServerResponse): unknown;
  fetch(url: string, init: RequestInit, serverContext: object): Response | Promise<Response>;
}

export interface FastPathOptions {
  schema: GraphQLSchema;
  /** The path GraphQL is served at. */
  endpoint: string;
  /** The context of one request, as yoga's is built. */
  context: () => object;
  /** How many validated documents to remember, the oldest forgotten first. */
  maxDocuments: number;
  logger: Logger;
}

export interface FastPath {
  /** A yoga plugin that remembers each query text that yoga parsed and validated without errors. */
  plugin: Plugin;
  /**
   * How many requests it answered itself, how many it handed to yoga with their answer (field
   * errors), and how many query texts it remembers.
   */
  readonly stats: { served: number; handedOver: number; documents: () => number };
  /** Answers `request` if it can; otherwise hands it to `yoga`, whatever it has read of it. */
  serve(request: IncomingMessage, response: ServerResponse, yoga: Yoga): void;
}

/** Where a request handed to yoga carries the answer the fast path computed for it. */
const COMPUTED = Symbol('computed answer');

interface Params {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/** The body of a plain GraphQL POST: a query, maybe variables and an operation name, nothing else. */
function plainParams(value: unknown): Params | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { query, variables, operationName, ...rest } = value as Record<string, unknown>;
  if (typeof query !== 'string' || Object.keys(rest).length > 0) return undefined;
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
  if (operationName != null && typeof operationName !== 'string') return undefined;
  return value as Params;
}

/**
 * yoga answers every request through the Fetch API (a Request and a Response per request,
 * the body through a stream, a dozen plugin hooks): about ten times what graphql-js spends
 * executing a lookup. Most traffic repeats a few queries (an application's, the explorer's),
 * so a query text that yoga has once parsed and validated without errors (armor's limits
 * included) is remembered, and the next POST of it is executed here with graphql-js, on the same
 * schema and the same per-request context and budgets. Only a clean answer is sent from here:
 * an answer with errors is handed to yoga with the answer (not executed again), which words,
 * codes and logs it; any request that is not a plain JSON POST of a remembered query, with an
 * Accept header answered here, goes through yoga whole.
 */
export function createFastPath({ schema, endpoint, context, maxDocuments, logger }: FastPathOptions): FastPath {
  const documents = new Map<string, DocumentNode>();
  const parsing = new WeakMap<object, string>();
  const stats = { served: 0, handedOver: 0, documents: () => documents.size };

  const plugin: Plugin = {
    onParse({ params, context: requestContext }) {
      if (typeof params.source === 'string') parsing.set(requestContext, params.source);
    },
    // A request handed over with its answer already computed (see `delegate`) is not executed twice.
    // (As the execute function, not by stopping execution: that would skip the hooks that mask errors.)
    onExecute({ args, setExecuteFn }) {
      const computed = (args.contextValue as { [COMPUTED]?: ExecutionResult })[COMPUTED];
      if (!computed) return;
      stats.handedOver++;
      setExecuteFn(() => computed);
    },
    onValidate({ params, context: requestContext }) {
      const source = parsing.get(requestContext);
      return ({ valid }) => {
        if (!valid || source === undefined || documents.has(source)) return;
        documents.set(source, params.documentAST);
        if (documents.size > maxDocuments) documents.delete(documents.keys().next().value as string);
      };
    },
  };

  /**
   * Hands a request whose body has been read to yoga, and sends yoga's answer; with `computed`,
   * the answer already executed here, which yoga then words, codes and logs as its own.
   */
  async function delegate(
    request: IncomingMessage,
    response: ServerResponse,
    yoga: Yoga,
    body: Buffer,
    computed?: ExecutionResult,
  ): Promise<void> {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const answer = await yoga.fetch(
      `http://${request.headers.host ?? 'localhost'}${request.url}`,
      {
        method: 'POST',
        headers,
        body: new Uint8Array(body),
      },
      computed ? { [COMPUTED]: computed } : {},
    );
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    response.end(Buffer.from(await answer.arrayBuffer()));
  }

  async function answer(
    request: IncomingMessage,
    response: ServerResponse,
    yoga: Yoga,
    body: Buffer,
    contentType: string,
    start: number,
  ): Promise<void> {
    let params: Params | undefined;
    try {
      params = plainParams(JSON.parse(body.toString('utf8')));
    } catch {
      params = undefined;
    }
    const document = params && documents.get(params.query);
    if (!params || !document) return delegate(request, response, yoga, body);
    const result: ExecutionResult = await execute({
      schema,
      document,
      variableValues: params.variables ?? undefined,
      operationName: params.operationName ?? undefined,
      contextValue: context(),
    });
    if (result.errors && result.errors.length > 0) {
      // Errors of the request itself (variables, operation name) ran nothing: yoga answers those
      // afresh, with the status it gives them. Errors of fields come with what was executed.
      return delegate(request, response, yoga, body, result.data === undefined ? undefined : result);
    }
    const json = JSON.stringify(result);
    stats.served++;
    response.writeHead(200, { 'Content-Type': contentType, 'content-length': Buffer.byteLength(json) });
    response.end(json);
    logRequest(logger, {
      method: 'POST',
      path: endpoint,
      status: 200,
      operation: params.operationName ?? undefined,
      start,
      errorCodes: [],
    });
  }

  function serve(request: IncomingMessage, response: ServerResponse, yoga: Yoga): void {
    const { headers } = request;
    const length = Number(headers['content-length']);
    const contentType = ANSWERED_ACCEPTS.get((headers.accept ?? '').replace(/\s/g, '').toLowerCase());
    const eligible =
      documents.size > 0 &&
      request.method === 'POST' &&
      request.url === endpoint &&
      contentType !== undefined &&
      // A browser's request may need CORS headers; yoga adds them.
      headers.origin === undefined &&
      /^application\/json\s*(;\s*charset=utf-8\s*)?$/i.test(headers['content-type'] ?? '') &&
      Number.isSafeInteger(length) &&
      length > 0 &&
      length <= MAX_FAST_BODY_BYTES;
    if (!eligible) {
      void yoga(request, response);
      return;
    }
    const start = performance.now();
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      answer(request, response, yoga, Buffer.concat(chunks), contentType, start).catch((error: unknown) => {
        logger.error({ err: error }, 'unexpected error');
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify({ errors: [{ message: 'Unexpected error.' }] }));
      });
    });
  }

  return { plugin, stats, serve };
}
