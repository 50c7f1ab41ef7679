// The time part of the contract on the real graph: asOf everywhere, timeline, and dynamic GEXF.

import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app.ts';
import { createTestApp, gql, gqlData } from '../server/fixtures.ts';

let app: App;
beforeAll(async () => {
  app = await createTestApp();
});

const data = (query: string, variables?: Record<string, unknown>) => gqlData(app, query, variables);

describe('asOf', () => {
  it('sees the Abe-Trump relation as of 2019 and not as of 2024', async () => {
    expect(
      await data(`{
        in2019: relations(involving: "Abe", types: [ALLY], asOf: "2019") { nodes { id } }
        in2024: relations(involving: "Abe", types: [ALLY], asOf: "2024") { nodes { id } }
        abe: entity(ref: "Abe") { degree(asOf: "2024") neighbors(asOf: "2019") { id } relations(asOf: "2020-09-30") { id } }
      }`),
    ).toEqual({
      in2019: { nodes: [{ id: 'shinzo-abe-ally-donald-trump' }] },
      in2024: { nodes: [] },
      abe: {
        degree: 0,
        neighbors: [{ id: 'donald-trump' }, { id: 'japan' }],
        relations: [{ id: 'shinzo-abe-ally-donald-trump' }, { id: 'shinzo-abe-leads-japan' }],
      },
    });
  });

  it('does not see the April 2024 summit agreements as of 2023', async () => {
    const result = (await data(`{
      in2023: relations(involving: "Kishida", types: [AGREEMENT], asOf: "2023") { totalCount }
      in2024: relations(involving: "Kishida", types: [AGREEMENT], asOf: "2024-04-10") { nodes { id } }
      pacts2023: relations(types: [AGREEMENT], asOf: "2023") { nodes { id } }
    }`)) as Record<string, { totalCount?: number; nodes?: { id: string }[] }>;
    expect(result.in2023?.totalCount).toBe(0);
    expect(result.in2024?.nodes).toEqual([{ id: 'fumio-kishida-agreement-joe-biden-synchronise-strategies' }]);
    expect(result.pacts2023?.nodes?.map((n) => n.id)).not.toContain('united-states-agreement-japan-defence-pacts');
  });

  it('walks only what held: a path in 2019 that is gone in 2024', async () => {
    expect(
      await data(`{
        in2019: shortestPath(from: "Abe", to: "Trump", asOf: "2019") { length }
        in2024: shortestPath(from: "Abe", to: "Trump", asOf: "2024", types: [ALLY, LEADS]) { length }
        paths2019: paths(from: "Abe", to: "Trump", asOf: "2019", maxLength: 1) { relations { id } }
        around: neighborhood(ref: "Abe", asOf: "2024") { entities { id } }
      }`),
    ).toEqual({
      in2019: { length: 1 },
      in2024: null,
      paths2019: [{ relations: [{ id: 'shinzo-abe-ally-donald-trump' }] }],
      around: { entities: [{ id: 'shinzo-abe' }] },
    });
  });

  it('filters exports, over GraphQL and HTTP alike', async () => {
    const result = (await data(
      '{ export(format: GRAPHOLOGY, types: [ALLY], asOf: "2024") neighborhood(ref: "Abe") { export(format: CYTOSCAPE, asOf: "2024") } }',
    )) as {
      export: string;
      neighborhood: { export: string };
    };
    expect(new MultiGraph().import(JSON.parse(result.export)).edges().sort()).toEqual([
      'united-states-ally-japan',
      'united-states-ally-japan-indo-pacific',
      'united-states-ally-south-korea',
    ]);
    expect(JSON.parse(result.neighborhood.export).elements.edges).toHaveLength(1);
    const http = await app.fetch('http://localhost/export/graph.json?types=ALLY&asOf=2024');
    expect(http.headers.get('content-disposition')).toBe('attachment; filename="alliance-graph-ally-as-of-2024.json"');
    expect(await http.text()).toBe(result.export);
    const bad = await app.fetch('http://localhost/export/graph.json?asOf=last-year');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: 'asOf: "last-year" is not an ISO 8601 date or partial date: YYYY, YYYY-MM or YYYY-MM-DD, such as 2023-11',
      argument: 'asOf',
    });
  });

  it('names asOf when it is not a date', async () => {
    const { body } = await gql(app, '{ neighborhood(ref: "Japan", asOf: "2023-02-30") { entities { id } } }');
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'asOf' });
  });
});

describe('timeline', () => {
  it("gives one entity's relations beginning and ending, in date order", async () => {
    expect(await data('{ timeline(ref: "Abe") { date change relation { id } } }')).toEqual({
      timeline: [
        { date: '2012-12', change: 'BEGAN', relation: { id: 'shinzo-abe-leads-japan' } },
        { date: '2017-01', change: 'BEGAN', relation: { id: 'shinzo-abe-ally-donald-trump' } },
        { date: '2020-09', change: 'ENDED', relation: { id: 'shinzo-abe-ally-donald-trump' } },
        { date: '2020-09', change: 'ENDED', relation: { id: 'shinzo-abe-leads-japan' } },
      ],
    });
  });

  it('covers the whole graph, filtered by type, in order', async () => {
    const result = (await data('{ timeline(types: [PARTICIPATES_IN]) { date change } all: timeline { date } }')) as {
      timeline: { date: string; change: string }[];
      all: { date: string }[];
    };
    expect(result.timeline[0]).toEqual({ date: '2023-11', change: 'BEGAN' });
    const firsts = result.all.map((e) => e.date.padEnd(10, '-01'));
    expect(firsts).toEqual([...firsts].sort());
    expect(result.all.length).toBeGreaterThan(30);
  });
});

describe('GEXF as a dynamic graph', () => {
  it('is dynamic too when every relation in it is symmetric (an undirected graph)', async () => {
    const { body } = await gql(app, '{ export(format: GEXF, types: [ALLY]) }');
    const gexf = (body.data as { export: string }).export;
    expect(gexf).toContain('<graph defaultedgetype="undirected" mode="dynamic" timeformat="date">');
    expect(/<edge id="shinzo-abe-ally-donald-trump"[^>]*>/.exec(gexf)?.[0]).toContain('start="2017-01-01"');
  });

  it('carries start and end on dated relations, so Gephi plays the timeline', async () => {
    const { body } = await gql(app, '{ export(format: GEXF) }');
    const gexf = (body.data as { export: string }).export;
    expect(gexf).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    const edge = /<edge id="shinzo-abe-ally-donald-trump"[^>]*>/.exec(gexf)?.[0];
    expect(edge).toContain('start="2017-01-01"');
    expect(edge).toContain('end="2020-09-30"');
    expect(/<edge id="japan-rival-china"[^>]*>/.exec(gexf)?.[0]).not.toMatch(/start=|end=/);
    const graph = parse(MultiGraph, gexf);
    expect(graph.size).toBe(99);
    expect(graph.getEdgeAttribute('united-states-agreement-japan-economic-2-2', 'validFrom')).toBe('2023-11');
  });
});
