// The HTTP fast path answers a repeated query exactly as yoga does, and leaves everything else to yoga.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app.ts';
import { close, listen } from '../../src/server/listen.ts';
import { operationArb, type RealValues, rootFields } from './arbitraries.ts';
import { createTestApp, realGraph } from './fixtures.ts';

let app: App;
let server: Awaited<ReturnType<typeof listen>>['server'];
let url: string;

beforeAll(async () => {
  app = await createTestApp();
  ({ server, url } = await listen(app, 0, '127.0.0.1'));
});
afterAll(() => close(server, 100));

interface Sent {
  status: number;
  contentType: string | null;
  body: string;
}

async function post(body: unknown, headers: Record<string, string> = {}): Promise<Sent> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.text() };
}

/** The same request to yoga alone: app.fetch never takes the fast path. */
async function yogaAlone(body: unknown, headers: Record<string, string> = {}): Promise<Sent> {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.text() };
}

const LOOKUP = 'query ($ref: String!) { entity(ref: $ref) { id name kind centrality { degree } } }';
const PATH = `query Path($from: String!, $to: String!) {
  shortestPath(from: $from, to: $to) { length steps { relation { type evidence { quote } } } }
}`;

describe('the HTTP fast path', () => {
  it('answers the second and later sendings of a valid query itself, byte for byte as yoga answered the first', async () => {
    const cases: [unknown, Record<string, string>?][] = [
      [{ query: LOOKUP, variables: { ref: 'Kishida' } }],
      [{ query: PATH, variables: { from: 'Kishida', to: 'Trump' }, operationName: 'Path' }],
      [{ query: '{ stats { entities relations } }' }, { accept: 'application/graphql-response+json' }],
      [{ query: '{ stats { entities relations } }', variables: null, operationName: null }],
    ];
    for (const [body, headers] of cases) {
      const first = await post(body, headers);
      const servedBefore = app.fastPath.stats.served;
      const second = await post(body, headers);
      expect(app.fastPath.stats.served, JSON.stringify(body)).toBe(servedBefore + 1);
      expect(second, JSON.stringify(body)).toEqual(first);
      expect(second).toEqual(await yogaAlone(body, headers));
      expect(first.status).toBe(200);
    }
  });

  it('hands a remembered query whose answer has errors to yoga, which answers as it would have', async () => {
    const cases: [unknown, Record<string, string>?][] = [
      [{ query: PATH, variables: { from: 'Nobody At All', to: 'Trump' } }],
      [{ query: PATH, variables: { from: 'Nowhere', to: 'Trump' } }, { accept: 'application/graphql-response+json' }],
      [{ query: LOOKUP, variables: { ref: {} } }],
      [{ query: LOOKUP, variables: {} }, { accept: 'application/graphql-response+json' }],
      [{ query: PATH, variables: { from: 'Kishida', to: 'Trump' }, operationName: 'Elsewhere' }],
    ];
    await post({ query: LOOKUP, variables: { ref: 'Kishida' } });
    await post({ query: PATH, variables: { from: 'Kishida', to: 'Trump' } });
    for (const [body, headers] of cases) {
      const servedBefore = app.fastPath.stats.served;
      const handedOver = app.fastPath.stats.handedOver;
      const answer = await post(body, headers);
      // Field errors come with the answer already executed; request errors are answered afresh.
      const executed = JSON.parse(answer.body).data !== undefined;
      expect(app.fastPath.stats.handedOver).toBe(handedOver + (executed ? 1 : 0));
      expect(answer.body, JSON.stringify(body)).toContain('"errors"');
      expect(answer, JSON.stringify(body)).toEqual(await yogaAlone(body, headers));
      expect(app.fastPath.stats.served).toBe(servedBefore);
    }
  });

  it('leaves to yoga what it does not answer: other media types, browsers, GET, batches, other fields', async () => {
    const body = { query: LOOKUP, variables: { ref: 'Kishida' } };
    await post(body);
    const servedBefore = app.fastPath.stats.served;
    for (const headers of <Record<string, string>[]>[
      { accept: 'application/graphql-response+json, application/json' },
      { accept: 'text/html' },
      { origin: 'http://example.org' },
      { 'content-type': 'application/graphql+json' },
    ]) {
      await post(body, headers);
    }
    await post([body]);
    await post({ ...body, extensions: {} });
    await post('{"query": ');
    await fetch(`${url}/graphql?query=${encodeURIComponent('{ stats { entities } }')}`, {
      headers: { accept: 'application/json' },
    });
    expect(app.fastPath.stats.served).toBe(servedBefore);
  });

  it('never remembers a query that failed validation or a limit', async () => {
    const before = app.fastPath.stats.documents();
    const deep = `{ entity(ref: "Japan") { ${'neighbors { '.repeat(20)}id${' }'.repeat(20)} } }`;
    for (const query of ['{ entity(ref: "Japan") { nosuchfield } }', deep, '{ entity(ref: "Japan") {']) {
      const [first, second] = [await post({ query }), await post({ query })];
      expect(second).toEqual(first);
      expect(first.body).toContain('"errors"');
    }
    expect(app.fastPath.stats.documents()).toBe(before);
  });
});

describe('the HTTP fast path, fuzzed', () => {
  it('answers any query of the fuzz tests, sent twice, as yoga alone answers it', { timeout: 120_000 }, async () => {
    const kb = await realGraph();
    const real: RealValues = {
      refs: kb.graph.mapNodes((id, { name, aliases }) => [id, name, ...aliases]).flat(),
      relationIds: kb.relationIds,
      sourceIds: [...kb.sources.keys()],
    };
    const servedBefore = app.fastPath.stats.served;
    await fc.assert(
      fc.asyncProperty(
        operationArb(rootFields(real), { delivery: 'variables', maxFields: 2, depth: 1 }),
        async (request) => {
          const expected = await yogaAlone(request);
          expect(await post(request)).toEqual(expected);
          expect(await post(request)).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
    // Not a property that holds by never taking the fast path.
    expect(app.fastPath.stats.served).toBeGreaterThan(servedBefore + 20);
  });
});

describe('KG_CACHED_DOCUMENTS', () => {
  it('bounds the query texts remembered, forgetting the oldest first', async () => {
    const small = await createTestApp({ cachedDocuments: 2 });
    const { server: smallServer, url: smallUrl } = await listen(small, 0, '127.0.0.1');
    try {
      const send = (query: string) =>
        fetch(`${smallUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ query }),
        }).then((r) => r.text());
      const queries = ['{ stats { entities } }', '{ stats { relations } }', '{ stats { sources } }'];
      for (const query of queries) await send(query);
      expect(small.fastPath.stats.documents()).toBe(2);
      const served = small.fastPath.stats.served;
      await send(queries[2] as string);
      expect(small.fastPath.stats.served).toBe(served + 1);
      await send(queries[0] as string);
      expect(small.fastPath.stats.served).toBe(served + 1);
    } finally {
      await close(smallServer, 100);
    }
  });
});
