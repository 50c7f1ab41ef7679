// The visual part of the contract: centrality, communities, ranking and exports, through yoga.fetch.
import { MultiGraph } from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app.ts';
import { counted, syntheticKnowledgeBase } from '../export/knowledge-bases.ts';
import { realGraph } from '../helpers.ts';
import { createTestApp, gql, gqlData } from '../server/fixtures.ts';

let app: App;
beforeAll(async () => {
  app = await createTestApp();
});

const data = (query: string, variables?: Record<string, unknown>) => gqlData(app, query, variables);

describe('Entity.centrality, Entity.community and Query.ranking', () => {
  it('gives every measure of an entity, as computed at load', async () => {
    const metrics = await (await realGraph()).metrics();
    expect(await data('{ entity(ref: "Japan") { centrality { degree pagerank betweenness } community } }')).toEqual({
      entity: { centrality: metrics.centrality.get('japan'), community: metrics.community.get('japan') },
    });
    expect(metrics.centrality.get('japan')?.degree).toBe(49);
  });

  it('ranks entities by each measure, highest first', async () => {
    expect(
      await data(`{
        pagerank: ranking(measure: PAGERANK, first: 3) { id }
        betweenness: ranking(measure: BETWEENNESS, first: 3) { id }
        degree: ranking(measure: DEGREE, first: 3) { id centrality { degree } }
      }`),
    ).toEqual({
      pagerank: [{ id: 'japan' }, { id: 'united-states' }, { id: 'china' }],
      betweenness: [{ id: 'japan' }, { id: 'fumio-kishida' }, { id: 'nippon-steel-us-steel-deal' }],
      degree: [
        { id: 'japan', centrality: { degree: 49 } },
        { id: 'united-states', centrality: { degree: 22 } },
        { id: 'fumio-kishida', centrality: { degree: 12 } },
      ],
    });
    const { body } = await gql(app, '{ ranking(measure: DEGREE, first: 1000) { id } }');
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first', min: 0, max: 100 });
  });

  it('lists the communities largest first, each entity in exactly the one its community field names', async () => {
    const result = (await data('{ communities { id size entities { id community } } }')) as {
      communities: { id: number; size: number; entities: { id: string; community: number }[] }[];
    };
    const { entityIds } = await realGraph();
    expect(result.communities.flatMap((c) => c.entities.map((e) => e.id)).sort()).toEqual([...entityIds].sort());
    for (const community of result.communities) {
      expect(community.size).toBe(community.entities.length);
      for (const entity of community.entities) expect(entity.community).toBe(community.id);
    }
    const [largest] = result.communities;
    expect(largest?.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['japan', 'united-states', 'china']));
  });
});

describe('Query.export and Subgraph.export', () => {
  it('exports the whole graph, or only some relation types, the same as the HTTP export', async () => {
    const result = (await data(
      '{ all: export(format: GRAPHOLOGY) allies: export(format: GRAPHOLOGY, types: [ALLY]) }',
    )) as {
      all: string;
      allies: string;
    };
    const all = new MultiGraph().import(JSON.parse(result.all));
    expect([all.order, all.size]).toEqual([47, 99]);
    const allies = new MultiGraph().import(JSON.parse(result.allies));
    expect(allies.edges().sort()).toEqual([
      'shinzo-abe-ally-donald-trump',
      'united-states-ally-japan',
      'united-states-ally-japan-indo-pacific',
      'united-states-ally-south-korea',
    ]);
    expect(allies.nodes().sort()).toEqual(['donald-trump', 'japan', 'shinzo-abe', 'south-korea', 'united-states']);
    const http = await app.fetch('http://localhost/export/graph.json?types=ALLY');
    expect(await http.text()).toBe(result.allies);
  });

  it('exports a neighbourhood in every format', async () => {
    const result = (await data(`{ neighborhood(ref: "Abe") {
      gexf: export(format: GEXF) graphml: export(format: GRAPHML) json: export(format: GRAPHOLOGY)
      cyjs: export(format: CYTOSCAPE) ttl: export(format: TURTLE)
    } }`)) as { neighborhood: { gexf: string; graphml: string; json: string; cyjs: string; ttl: string } };
    const { gexf, graphml, json, cyjs, ttl } = result.neighborhood;
    expect(gexf).toContain('<gexf');
    expect(gexf.match(/<edge /g)).toHaveLength(3);
    expect(graphml.match(/<edge /g)).toHaveLength(3);
    expect(new MultiGraph().import(JSON.parse(json)).nodes()).toEqual(['shinzo-abe', 'donald-trump', 'japan']);
    expect(JSON.parse(cyjs).elements.edges.map((e: { data: { id: string } }) => e.data.id)).toEqual([
      'japan-concern-donald-trump',
      'shinzo-abe-ally-donald-trump',
      'shinzo-abe-leads-japan',
    ]);
    expect(ttl).toContain('ag:ally entity:donald-trump');
    expect(ttl).toContain('ag:ally entity:shinzo-abe');
  });
});

describe('an export larger than the answer size budget', () => {
  it('is QUERY_TOO_COMPLEX, saying where to download it whole', async () => {
    const small = await createTestApp({ maxResponseBytes: 50_000 });
    const { body } = await gql(small, '{ export(format: GEXF) }');
    expect(body.errors?.[0]?.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      maxResponseBytes: 50_000,
      download: '/export/graph.gexf',
    });
    expect(body.errors?.[0]?.message).toMatch(
      /^export: this GEXF export is larger than the \d+ bytes this request may still answer \(KG_MAX_RESPONSE_BYTES is 50000\); download it whole, streamed, from GET \/export\/graph\.gexf or with `kg export -f gexf -o alliance-graph\.gexf`$/,
    );
    expect(JSON.stringify(body).length).toBeLessThan(2_000);
    // Within the budget, the same field answers.
    expect((await gql(small, '{ export(format: GEXF, types: [ALLY]) }')).body.errors).toBeUndefined();
  });

  it('names the same filter in the URL and the command', async () => {
    const tiny = await createTestApp({ maxResponseBytes: 1_000 });
    const { body } = await gql(tiny, '{ export(format: TURTLE, types: [ALLY, RIVAL], asOf: "2019") }');
    expect(body.errors?.[0]?.extensions?.download).toBe('/export/graph.ttl?types=ALLY,RIVAL&asOf=2019');
    expect(body.errors?.[0]?.message).toContain(
      'from GET /export/graph.ttl?types=ALLY,RIVAL&asOf=2019 or with `kg export -f ttl --types ALLY,RIVAL --as-of 2019 -o alliance-graph.ttl`',
    );
    const bySource = await gql(tiny, '{ export(format: CYTOSCAPE, sourceId: "9dashline-us-japan-alliance-2024") }');
    expect(bySource.body.errors?.[0]?.message).toMatch(
      /from GET \/export\/graph\.cyjs\?sourceId=9dashline-us-japan-alliance-2024$/,
    );
  });

  it('stops writing as soon as the budget is passed', async () => {
    const { kb, relationsRead } = counted(await syntheticKnowledgeBase(1_500));
    const small = await createTestApp({ maxResponseBytes: 100_000 }, kb);
    const { body } = await gql(small, '{ export(format: GRAPHOLOGY) }');
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(relationsRead()).toBeGreaterThan(0);
    expect(relationsRead()).toBeLessThan(kb.relationIds.length / 2);
  });

  it('past the time budget is TIMEOUT, saying where to download it whole', async () => {
    const slow = await createTestApp({ timeoutMs: 1 }, await syntheticKnowledgeBase(1_500));
    const { body } = await gql(slow, '{ export(format: GEXF, types: [ALLY, CONCERN]) }');
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'TIMEOUT', timeoutMs: 1 });
    expect(body.errors?.[0]?.message).toBe(
      'this request ran past its time budget of 1 ms and was stopped; download the export whole, streamed, from GET /export/graph.gexf?types=ALLY,CONCERN or with `kg export -f gexf --types ALLY,CONCERN -o alliance-graph.gexf`',
    );
  });

  it('of a subgraph is QUERY_TOO_COMPLEX too, asking for a smaller one', async () => {
    const tiny = await createTestApp({ maxResponseBytes: 5_000 });
    const { body } = await gql(tiny, '{ neighborhood(ref: "Japan") { export(format: GRAPHML) } }');
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', maxResponseBytes: 5_000 });
    expect(body.errors?.[0]?.message).toMatch(
      /^export: this subgraph's GRAPHML export is larger than the \d+ bytes this request may still answer \(KG_MAX_RESPONSE_BYTES is 5000\); ask for a smaller subgraph/,
    );
  });
});
