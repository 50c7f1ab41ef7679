// Every error a client gets carries a code: requests yoga rejects on its own (bad variables, an
// operation type the schema lacks, malformed GET parameters) are coded here.
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The code for an error yoga or graphql-js raised without one, from what it says. */
function codeFor(message: string): Record<string, unknown> {
  const variable = /^Variable "\$([^"]+)"/.exec(message);
  if (variable) return { code: 'BAD_USER_INPUT', argument: `$${variable[1]}` };
  if (message.startsWith('Too many errors processing variables')) return { code: 'BAD_USER_INPUT' };
  if (/^(Syntax Error|Unexpected token|Expected)/.test(message)) return { code: 'GRAPHQL_PARSE_FAILED' };
  return { code: 'BAD_REQUEST' };
}

function withCode(error: GraphQLError): GraphQLError {
  if (typeof error.extensions?.code === 'string') return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, ...codeFor(error.message) },
  });
}

type Result = { errors?: readonly GraphQLError[] };

function codeResult<T>(result: T): T {
  const errors = (result as Result | null)?.errors;
  return errors?.some((e) => typeof e.extensions?.code !== 'string')
    ? { ...result, errors: errors.map(withCode) }
    : result;
}

/** A JSON object or null, as GET's `variables` and `extensions` must be; a message when not. */
function jsonObjectProblem(name: string, value: string | null): string | null {
  if (value === null) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed === null || (typeof parsed === 'object' && !Array.isArray(parsed))) return null;
  } catch {}
  return `${name}: not a JSON object; expected ${name}=${encodeURIComponent('{"ref":"Japan"}')} (URL-encoded JSON)`;
}

export function codedRequestErrors(graphqlEndpoint: string): Plugin {
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (request.method !== 'GET' || url.pathname !== graphqlEndpoint) return;
      for (const name of ['variables', 'extensions']) {
        const problem = jsonObjectProblem(name, url.searchParams.get(name));
        if (problem) {
          const body = { errors: [{ message: problem, extensions: { code: 'BAD_REQUEST', argument: name } }] };
          endResponse(
            new fetchAPI.Response(JSON.stringify(body), {
              status: 400,
              headers: { 'content-type': 'application/graphql-response+json; charset=utf-8' },
            }),
          );
          return;
        }
      }
    },
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map(codeResult));
      else if (result && typeof result === 'object' && 'errors' in result) setResult(codeResult(result));
    },
  };
}
