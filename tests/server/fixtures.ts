// The app over the real graph-data, loaded once per test file, and a way to send it GraphQL.
import { expect } from 'vitest';
import { DEFAULT_LIMITS, type Limits } from '../../src/config.ts';
import type { KnowledgeBase } from '../../src/graph/knowledge-base.ts';
import { type App, createApp } from '../../src/server/app.ts';
import { realGraph } from '../helpers.ts';

export { realGraph } from '../helpers.ts';

export async function createTestApp(limits: Partial<Limits> = {}, kb?: KnowledgeBase): Promise<App> {
  const base = kb ?? (await realGraph());
  return createApp({ knowledgeBase: () => base, limits: { ...DEFAULT_LIMITS, ...limits } });
}

export interface GraphQLResponse {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** POSTs a query to the app and parses the answer. */
export async function gql(app: App, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
}

/** The data of a query that must succeed: fails the test, showing the errors, when it does not. */
export async function gqlData(
  app: App,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const { status, body } = await gql(app, query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return body.data as Record<string, unknown>;
}
