import { serverAudits } from 'graphql-http';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraphData } from '../../src/data/load.ts';
import { createKnowledgeBase } from '../../src/graph/knowledge-base.ts';
import type { App } from '../../src/server/app.ts';
import { EXAMPLE_QUERIES } from '../../src/server/examples.ts';
import { TINY_GRAPH_DIR } from '../helpers.ts';
import { createTestApp, gql } from './fixtures.ts';

describe('the HTTP app', () => {
  let app: App;
  beforeAll(async () => {
    app = await createTestApp();
  });

  it('answers /health with what is loaded', async () => {
    const response = await app.fetch('http://localhost/health');
    expect(response.status).toBe(200);
    // Nothing has asked this graph for its metrics yet (kg serve starts them at load).
    expect(await response.json()).toEqual({
      status: 'ok',
      entities: 47,
      relations: 99,
      sources: 1,
      metrics: { state: 'idle' },
    });
  });

  it('serves GraphQL by GET and by POST', async () => {
    const get = await app.fetch('http://localhost/graphql?query=%7Bstats%7Bentities%7D%7D');
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { stats: { entities: 47 } } });
    expect((await gql(app, '{ stats { sources } }')).body).toEqual({ data: { stats: { sources: 1 } } });
  });

  it('opens GraphiQL in a browser on the example tabs, with no asset from a CDN', async () => {
    const response = await app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const example of EXAMPLE_QUERIES) {
      const name = /query (\w+)/.exec(example.query)?.[1] as string;
      expect(html).toContain(name);
    }
    expect(html).toContain('defaultTabs');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
  });

  it.each(EXAMPLE_QUERIES)('example "$title" works as it stands', async ({ query, variables }) => {
    const { status, body } = await gql(app, query, variables);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const [result] = Object.values(body.data ?? {});
    expect(result).toBeTruthy();
    expect(JSON.stringify(result)).toMatch(/"name":"[^"]+"/);
  });

  it('passes every MUST of the graphql-http audits', async () => {
    const audits = serverAudits({ url: 'http://localhost/graphql', fetchFn: app.fetch });
    const failed: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (audit.name.startsWith('MUST') && result.status !== 'ok') failed.push(`${audit.name}: ${result.reason}`);
    }
    expect(failed).toEqual([]);
    expect(audits.filter((a) => a.name.startsWith('MUST')).length).toBeGreaterThanOrEqual(13);
  });
});

describe('errors', () => {
  let app: App;
  beforeAll(async () => {
    app = await createTestApp();
  });

  it('ENTITY_NOT_FOUND names the argument and suggests close names', async () => {
    const { status, body } = await gql(app, '{ shortestPath(from: "Kishdia", to: "Trump") { length } }');
    expect(status).toBe(200);
    expect(body).toEqual({
      data: { shortestPath: null },
      errors: [
        {
          message: 'from: no entity is called "Kishdia" (by id, name or alias); did you mean "Fumio Kishida"?',
          locations: [{ line: 1, column: 3 }],
          path: ['shortestPath'],
          extensions: { code: 'ENTITY_NOT_FOUND', ref: 'Kishdia', suggestions: ['Fumio Kishida'], argument: 'from' },
        },
      ],
    });
  });

  it('AMBIGUOUS_ENTITY lists the candidates', async () => {
    const { body } = await gql(app, '{ neighborhood(ref: "Steel") { entities { id } } }');
    expect(body.errors?.[0]?.extensions).toEqual({
      code: 'AMBIGUOUS_ENTITY',
      ref: 'Steel',
      candidates: ['nippon-steel', 'nippon-steel-us-steel-deal', 'us-steel'],
      argument: 'ref',
    });
  });

  it('entity(ref:) and relation(id:) answer null for what names nothing', async () => {
    const { body } = await gql(app, '{ entity(ref: "Atlantis") { id } relation(id: "no-such-relation") { id } }');
    expect(body).toEqual({ data: { entity: null, relation: null } });
  });

  it('BAD_USER_INPUT names the argument and its range', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['{ neighborhood(ref: "Japan", depth: 5) { entities { id } } }', { argument: 'depth', min: 0, max: 4 }],
      ['{ neighborhood(ref: "Japan", depth: -1) { entities { id } } }', { argument: 'depth', min: 0, max: 4 }],
      ['{ paths(from: "Japan", to: "China", maxLength: 50) { length } }', { argument: 'maxLength', min: 1, max: 6 }],
      ['{ paths(from: "Japan", to: "China", maxLength: 0) { length } }', { argument: 'maxLength', min: 1, max: 6 }],
      ['{ paths(from: "Japan", to: "China", first: 101) { length } }', { argument: 'first', min: 0, max: 100 }],
      ['query($n: Int) { entities(first: $n) { totalCount } }', { argument: 'first', min: 0, max: 100 }],
      ['{ relations(after: "not-a-cursor") { totalCount } }', { argument: 'after' }],
      [
        '{ relations(sourceId: "nope") { totalCount } }',
        { argument: 'sourceId', sources: ['9dashline-us-japan-alliance-2024'] },
      ],
    ];
    for (const [query, extensions] of cases) {
      const { body } = await gql(app, query, { n: 100000 });
      expect(body.errors?.[0]?.extensions, query).toEqual({ code: 'BAD_USER_INPUT', ...extensions });
    }
    const { body } = await gql(app, '{ neighborhood(ref: "Japan", depth: 9) { entities { id } } }');
    expect(body.errors?.[0]?.message).toBe('depth: must be from 0 to 4; got 9');
  });

  it('masks unexpected errors: no message from inside, no stack trace', async () => {
    const kb = createKnowledgeBase(await loadGraphData(TINY_GRAPH_DIR));
    const broken = {
      ...kb,
      resolver: {
        ...kb.resolver,
        find: () => {
          throw new TypeError('secret internals at /srv/app.js:12');
        },
      },
    };
    const brokenApp = await createTestApp({}, broken);
    const { body } = await gql(brokenApp, '{ entity(ref: "Atlantis") { id } }');
    expect(body).toEqual({
      data: { entity: null },
      errors: [
        {
          message: 'Unexpected error.',
          locations: [{ line: 1, column: 3 }],
          path: ['entity'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
  });
});

describe('hostile queries', () => {
  let app: App;
  beforeAll(async () => {
    app = await createTestApp();
  });

  const code = (response: Awaited<ReturnType<typeof gql>>) => response.body.errors?.[0]?.extensions?.code;

  it('50 aliases of paths: QUERY_TOO_COMPLEX, before any of them runs', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `p${i}: paths(from: "Japan", to: "China") { length }`);
    const response = await gql(app, `{ ${aliases.join(' ')} }`);
    expect(code(response)).toBe('QUERY_TOO_COMPLEX');
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ limit: 'maxAliases', max: 15 });
    expect(response.body.data).toBeUndefined();
  });

  it('20 levels of neighbors: QUERY_TOO_COMPLEX', async () => {
    const nest = (n: number): string => (n === 0 ? 'id' : `neighbors { ${nest(n - 1)} }`);
    const response = await gql(app, `{ entity(ref: "Japan") { ${nest(20)} } }`);
    expect(response.body.errors?.map((e) => e.extensions?.code)).toContain('QUERY_TOO_COMPLEX');
    expect(response.body.errors?.map((e) => e.extensions?.limit)).toContain('maxQueryDepth');
  });

  it('maxLength: 50 and first: 100000 are refused by range, also as variables', async () => {
    expect(code(await gql(app, '{ paths(from: "Japan", to: "China", maxLength: 50) { length } }'))).toBe(
      'BAD_USER_INPUT',
    );
    const viaVariables = await gql(app, 'query($n: Int) { paths(from: "Japan", to: "China", first: $n) { length } }', {
      n: 100000,
    });
    expect(code(viaVariables)).toBe('BAD_USER_INPUT');
    // A literal first: 100000 is already over armor's static cost, which counts it.
    expect(code(await gql(app, '{ relations(first: 100000) { totalCount } }'))).toBe('QUERY_TOO_COMPLEX');
  });

  it('an unknown entity: ENTITY_NOT_FOUND', async () => {
    expect(code(await gql(app, '{ neighborhood(ref: "Atlantis") { entities { id } } }'))).toBe('ENTITY_NOT_FOUND');
  });

  it('the work budget is shared by every field of a request, so aliases cannot multiply it', async () => {
    const query = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `n${i}: neighborhood(ref: "Japan", depth: 2) { entities { id } }`).join(' ')} }`;
    const budgeted = await createTestApp({ workBudget: 3000 });
    const one = await gql(budgeted, query(1));
    expect(one.body.errors).toBeUndefined();
    const many = await gql(budgeted, query(10));
    expect(many.body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', workBudget: 3000 });
  });

  it('tokens and directives have limits too', async () => {
    const tokens = await gql(app, `{ stats { ${'entities '.repeat(3000)} } }`);
    expect(tokens.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxTokens' });
    const directives = await gql(app, `{ stats { entities ${'@include(if: true) '.repeat(30)} } }`);
    expect(directives.body.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'maxDirectives',
    });
  });

  it('field suggestions are hidden', async () => {
    const response = await gql(app, '{ entitis { totalCount } }');
    expect(response.body.errors?.[0]?.message).toBe(
      'Cannot query field "entitis" on type "Query". [Suggestion hidden]',
    );
  });
});
