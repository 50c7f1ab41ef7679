// The floor for an HTTP GraphQL server here: bare node:http running execute on the same schema with cached documents, nothing else.
import { once } from 'node:events';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type DocumentNode, type ExecutionResult, execute, type GraphQLError, parse, validate } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Limits } from '../src/config.ts';
import { graphExport } from '../src/export/export-graph.ts';
import type { KnowledgeBase } from '../src/graph/knowledge-base.ts';
import { schema } from '../src/graphql/schema.ts';
import { errorCode } from './measure.ts';
import { createContext } from './workloads.ts';

/** What runs a document: graphql-js `execute`, or a query compiled by graphql-jit. */
export type Executor = 'graphql-js' | 'graphql-jit';

type Run = (variables: Record<string, unknown>) => ExecutionResult | Promise<ExecutionResult>;

/**
 * Returns a function that runs `query` on the schema against `kb`: parsed, validated (and for
 * graphql-jit compiled) once, then executed per call with a fresh context like the app's.
 * @throws Error when the query does not parse, validate or compile.
 */
export function createRunner(kb: KnowledgeBase, limits: Limits, query: string, executor: Executor): Run {
  const document: DocumentNode = parse(query);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(`invalid benchmark query: ${errors.map((e) => e.message).join('; ')}`);
  if (executor === 'graphql-js') {
    return (variables) =>
      execute({ schema, document, contextValue: createContext(kb, limits), variableValues: variables });
  }
  const compiled = compileQuery(schema, document);
  if (!isCompiledQuery(compiled)) throw new Error(`graphql-jit cannot compile: ${JSON.stringify(compiled.errors)}`);
  return (variables) => compiled.query(undefined, createContext(kb, limits), variables);
}

/** The outcome of a GraphQL result: `ok`, or the code of its first error. */
export function resultOutcome(value: unknown): string {
  const errors = (value as ExecutionResult | null)?.errors;
  return errors && errors.length > 0 ? errorCode(errors[0]) : 'ok';
}

/** A GraphQL result as JSON with keys sorted and errors by message, path and code: two results that answer alike give the same text. */
export function normalizeResult(result: unknown): string {
  const { data, errors } = result as { data?: unknown; errors?: { message: string; path?: unknown }[] };
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((k) => [k, sorted((value as Record<string, unknown>)[k])]),
          )
        : value;
  return JSON.stringify(
    sorted({ data, errors: errors?.map((e) => ({ message: e.message, path: e.path, code: errorCode(e) })) }),
  );
}

/** A result as the app would send it: each error with its message, path and code. */
function toJson(result: ExecutionResult): string {
  const errors = result.errors?.map((error: GraphQLError) => ({
    message: error.message,
    path: error.path,
    extensions: { code: errorCode(error) },
  }));
  return JSON.stringify(errors ? { errors, data: result.data } : { data: result.data });
}

/** Writes `chunks` as fast as the socket takes them (waiting on 'drain'); stops when the client goes away. */
async function sendChunks(response: ServerResponse, chunks: Iterable<string>): Promise<void> {
  const closed = once(response, 'close').catch(() => undefined);
  for (const chunk of chunks) {
    if (response.destroyed) return;
    if (!response.write(chunk)) await Promise.race([once(response, 'drain').catch(() => undefined), closed]);
  }
  response.end();
}

/**
 * Serves POST /graphql ({ query, variables }) with a runner per distinct query, and GET
 * /export/graph.gexf streamed as the app streams it (from the same per-load cache when it fits); listens
 * on 127.0.0.1 at a free port.
 */
export function startFloorServer(
  kb: KnowledgeBase,
  limits: Limits,
  executor: Executor,
): Promise<{ server: Server; url: string }> {
  const runners = new Map<string, Run>();
  const server = createServer((request, response) => {
    if (request.method === 'GET' && request.url === '/export/graph.gexf') {
      response.writeHead(200, { 'content-type': 'application/gexf+xml; charset=utf-8' });
      void sendChunks(response, graphExport(kb, 'GEXF', {}, limits.exportCacheMaxBytes).chunks());
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      try {
        const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          query: string;
          variables?: Record<string, unknown>;
        };
        let run = runners.get(query);
        if (!run) {
          run = createRunner(kb, limits, query, executor);
          runners.set(query, run);
        }
        const body = toJson(await run(variables ?? {}));
        response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        response.end(body);
      } catch (error) {
        response.writeHead(400, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}
