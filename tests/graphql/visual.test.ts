// The visual part of the contract: centrality, communities, ranking and exports, through yoga.fetch.
import { MultiGraph } from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app.ts';
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
