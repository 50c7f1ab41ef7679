// Every field of the core contract, through yoga.fetch, with exact answers on the real graph.
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app.ts';
import { createTestApp, gqlData } from '../server/fixtures.ts';

let app: App;
beforeAll(async () => {
  app = await createTestApp();
});

const data = (query: string, variables?: Record<string, unknown>) => gqlData(app, query, variables);

const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe('Query.entity and Entity', () => {
  it('answers every field of an entity found by an alias', async () => {
    expect(
      await data(`{
        entity(ref: "  prime minister KISHIDA ") {
          id name kind aliases description
          degree outDegree: degree(direction: OUT) inDegree: degree(direction: IN)
          relations(types: [LEADS]) { id }
          neighbors(types: [LEADS], direction: OUT) { id }
        }
      }`),
    ).toEqual({
      entity: {
        id: 'fumio-kishida',
        name: 'Fumio Kishida',
        kind: 'PERSON',
        aliases: ['Kishida', 'Prime Minister Kishida', 'PM Kishida'],
        description:
          'Prime Minister of Japan since October 2021, who deepened the alliance with the Biden administration.',
        degree: 12,
        outDegree: 12,
        inDegree: 2,
        relations: [
          { id: 'fumio-kishida-leads-g7' },
          { id: 'fumio-kishida-leads-japan' },
          { id: 'fumio-kishida-leads-liberal-democratic-party' },
        ],
        neighbors: [{ id: 'g7' }, { id: 'japan' }, { id: 'liberal-democratic-party' }],
      },
    });
  });

  it('walks a directed relation IN to its subject, and symmetric ones either way', async () => {
    const result = (await data(`{
      japan: entity(ref: "Japan") { leaders: neighbors(types: [LEADS], direction: IN) { id } ledBy: neighbors(types: [LEADS], direction: OUT) { id } }
      us: entity(ref: "America") { allies: neighbors(types: [ALLY], direction: IN) { id } }
    }`)) as Record<string, Record<string, { id: string }[]>>;
    expect(ids(result.japan?.leaders ?? [])).toEqual(['fumio-kishida', 'shinzo-abe']);
    expect(result.japan?.ledBy).toEqual([]);
    expect(ids(result.us?.allies ?? [])).toEqual(['japan', 'south-korea']);
  });
});

describe('Query.entities', () => {
  it('filters by kind and pages with cursors, totalCount, nodes and pageInfo', async () => {
    const first = (await data(
      '{ entities(kind: GROUPING, first: 2) { totalCount edges { cursor node { id } } nodes { name } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }',
    )) as {
      entities: { pageInfo: { endCursor: string } };
    };
    expect(first).toEqual({
      entities: {
        totalCount: 5,
        edges: [
          { cursor: 'T2Zmc2V0Q29ubmVjdGlvbjow', node: { id: 'coalition-to-support-ukraine' } },
          { cursor: 'T2Zmc2V0Q29ubmVjdGlvbjox', node: { id: 'g20' } },
        ],
        nodes: [{ name: 'Coalition to support Ukraine' }, { name: 'G20' }],
        pageInfo: {
          hasNextPage: true,
          hasPreviousPage: false,
          startCursor: 'T2Zmc2V0Q29ubmVjdGlvbjow',
          endCursor: 'T2Zmc2V0Q29ubmVjdGlvbjox',
        },
      },
    });
    const next = await data(
      'query($after: String) { entities(kind: GROUPING, first: 10, after: $after) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }',
      {
        after: first.entities.pageInfo.endCursor,
      },
    );
    expect(next).toEqual({
      entities: {
        nodes: [{ id: 'g7' }, { id: 'quad' }, { id: 'us-japan-alliance' }],
        pageInfo: { hasNextPage: false, hasPreviousPage: true },
      },
    });
  });

  it('searches names and aliases, best match first', async () => {
    expect(await data('{ entities(search: "japan", first: 4) { totalCount nodes { id } } }')).toEqual({
      entities: {
        totalCount: 11,
        nodes: [
          { id: 'japan' },
          { id: 'embassy-of-japan-washington' },
          { id: 'japanese-business-sector' },
          { id: 'ministry-of-foreign-affairs-japan' },
        ],
      },
    });
    expect(await data('{ entities(search: "u.s.", kind: COUNTRY) { nodes { id } } }')).toEqual({
      // An exact alias first; "Australia" holds "us" inside a word, so it comes last.
      entities: { nodes: [{ id: 'united-states' }, { id: 'australia' }] },
    });
  });
});

describe('Query.relation and Relation, Evidence', () => {
  it('answers every field of a relation, with evidence located in its source', async () => {
    expect(
      await data(`{ relation(id: "shinzo-abe-ally-donald-trump") {
        id type from { id } to { id } directed summary confidence validFrom validTo
        evidence { quote start end source { id } }
      } }`),
    ).toEqual({
      relation: {
        id: 'shinzo-abe-ally-donald-trump',
        type: 'ALLY',
        from: { id: 'shinzo-abe' },
        to: { id: 'donald-trump' },
        directed: false,
        summary: "Abe built a positive personal relationship with Trump during Trump's first term.",
        confidence: 0.8,
        validFrom: '2017-01',
        validTo: '2020-09',
        evidence: [
          {
            quote:
              'the late Prime Minister Abe was successful in establishing a positive personal relationship with President Trump',
            start: 4237,
            end: 4349,
            source: { id: '9dashline-us-japan-alliance-2024' },
          },
        ],
      },
    });
  });

  it('evidence offsets cut the quote out of the source text', async () => {
    const result = (await data(
      '{ relations(types: [CONCERN]) { nodes { evidence { quote start end source { text } } } } }',
    )) as {
      relations: { nodes: { evidence: { quote: string; start: number; end: number; source: { text: string } }[] }[] };
    };
    const evidence = result.relations.nodes.flatMap((n) => n.evidence);
    expect(evidence.length).toBeGreaterThan(10);
    for (const { quote, start, end, source } of evidence) expect(source.text.slice(start, end)).toBe(quote);
  });
});

describe('Query.relations', () => {
  it('filters by type', async () => {
    expect(await data('{ relations(types: [RIVAL]) { totalCount nodes { id directed } } }')).toEqual({
      relations: {
        totalCount: 2,
        nodes: [
          { id: 'japan-rival-china', directed: false },
          { id: 'united-states-rival-china', directed: false },
        ],
      },
    });
  });

  it('filters by an entity involved, named by alias, and pages', async () => {
    expect(
      await data(
        '{ relations(involving: "Trump", types: [OPPOSES, CONCERN], first: 2) { totalCount nodes { id } pageInfo { hasNextPage } } }',
      ),
    ).toEqual({
      relations: {
        totalCount: 3,
        nodes: [{ id: 'donald-trump-opposes-nippon-steel-us-steel-deal' }, { id: 'japan-concern-donald-trump' }],
        pageInfo: { hasNextPage: true },
      },
    });
  });

  it('filters by source', async () => {
    expect(
      await data('{ relations(sourceId: "9dashline-us-japan-alliance-2024", first: 1) { totalCount nodes { id } } }'),
    ).toEqual({ relations: { totalCount: 99, nodes: [{ id: 'biden-administration-adopts-indo-pacific-strategy' }] } });
  });
});

describe('Query.neighborhood', () => {
  it('gives the entities within depth hops, nearest first, and every relation among them', async () => {
    expect(await data('{ neighborhood(ref: "Abe") { entities { id } relations { id } } }')).toEqual({
      neighborhood: {
        entities: [{ id: 'shinzo-abe' }, { id: 'donald-trump' }, { id: 'japan' }],
        relations: [
          { id: 'japan-concern-donald-trump' },
          { id: 'shinzo-abe-ally-donald-trump' },
          { id: 'shinzo-abe-leads-japan' },
        ],
      },
    });
  });

  it('honours depth, types and direction', async () => {
    expect(
      await data('{ neighborhood(ref: "Abe", depth: 2, types: [ALLY, LEADS]) { entities { id } relations { id } } }'),
    ).toEqual({
      neighborhood: {
        entities: ['shinzo-abe', 'donald-trump', 'japan', 'fumio-kishida', 'trump-administration', 'united-states'].map(
          (id) => ({ id }),
        ),
        relations: [
          'donald-trump-leads-trump-administration',
          'donald-trump-leads-united-states',
          'fumio-kishida-leads-japan',
          'shinzo-abe-ally-donald-trump',
          'shinzo-abe-leads-japan',
          'united-states-ally-japan',
          'united-states-ally-japan-indo-pacific',
        ].map((id) => ({ id })),
      },
    });
    expect(
      await data(
        '{ neighborhood(ref: "Taro Aso", depth: 2, types: [MEMBER_OF, LEADS], direction: OUT) { entities { id } relations { id } } }',
      ),
    ).toEqual({
      neighborhood: {
        entities: [{ id: 'taro-aso' }, { id: 'liberal-democratic-party' }],
        relations: [{ id: 'taro-aso-member-of-liberal-democratic-party' }],
      },
    });
  });
});

describe('Query.shortestPath', () => {
  it('answers how Kishida is connected to Trump, each hop with its relation', async () => {
    expect(
      await data(
        '{ shortestPath(from: "Kishida", to: "Trump") { length entities { id } relations { id } steps { from { id } relation { id } to { id } forward } } }',
      ),
    ).toEqual({
      shortestPath: {
        length: 2,
        entities: [{ id: 'fumio-kishida' }, { id: 'japan' }, { id: 'donald-trump' }],
        relations: [{ id: 'fumio-kishida-leads-japan' }, { id: 'japan-concern-donald-trump' }],
        steps: [
          {
            from: { id: 'fumio-kishida' },
            relation: { id: 'fumio-kishida-leads-japan' },
            to: { id: 'japan' },
            forward: true,
          },
          {
            from: { id: 'japan' },
            relation: { id: 'japan-concern-donald-trump' },
            to: { id: 'donald-trump' },
            forward: true,
          },
        ],
      },
    });
  });

  it('walks against a relation only when the direction allows, and says so', async () => {
    expect(await data('{ shortestPath(from: "Japan", to: "Kishida", direction: OUT) { length } }')).toEqual({
      shortestPath: null,
    });
    expect(
      await data(
        '{ shortestPath(from: "Japan", to: "Kishida", direction: IN) { steps { from { id } relation { id } to { id } forward } } }',
      ),
    ).toEqual({
      shortestPath: {
        steps: [
          {
            from: { id: 'japan' },
            relation: { id: 'fumio-kishida-leads-japan' },
            to: { id: 'fumio-kishida' },
            forward: false,
          },
        ],
      },
    });
  });

  it('is null when the types allow no path, and of length 0 from an entity to itself', async () => {
    expect(await data('{ shortestPath(from: "Japan", to: "Trump", types: [ALLY]) { length } }')).toEqual({
      shortestPath: null,
    });
    expect(
      await data('{ shortestPath(from: "Japan", to: "Tokyo") { length entities { id } steps { forward } } }'),
    ).toEqual({
      shortestPath: { length: 0, entities: [{ id: 'japan' }], steps: [] },
    });
  });
});

describe('Query.paths', () => {
  it('lists simple paths shortest first, parallel relations apart', async () => {
    expect(
      await data('{ paths(from: "Japan", to: "United States", maxLength: 1, first: 20) { length relations { id } } }'),
    ).toEqual({
      paths: [
        'japan-agreement-united-states-security-cooperation',
        'japan-concern-united-states',
        'japan-partner-united-states-investment',
        'japan-partner-united-states-trade',
        'united-states-agreement-japan-defence-pacts',
        'united-states-agreement-japan-economic-2-2',
        'united-states-ally-japan',
        'united-states-ally-japan-indo-pacific',
      ].map((id) => ({ length: 1, relations: [{ id }] })),
    });
  });

  it('honours maxLength and first', async () => {
    expect(
      await data(
        '{ paths(from: "Kishida", to: "Trump", maxLength: 2, first: 3) { length relations { id } steps { forward } } }',
      ),
    ).toEqual({
      paths: [
        {
          length: 2,
          relations: [{ id: 'fumio-kishida-leads-japan' }, { id: 'japan-concern-donald-trump' }],
          steps: [{ forward: true }, { forward: true }],
        },
        {
          length: 2,
          relations: [
            { id: 'fumio-kishida-supports-japanese-business-sector' },
            { id: 'japanese-business-sector-concern-donald-trump' },
          ],
          steps: [{ forward: true }, { forward: true }],
        },
      ],
    });
    const three = (await data('{ paths(from: "Kishida", to: "Trump", first: 4) { length } }')) as {
      paths: { length: number }[];
    };
    expect(three.paths.map((p) => p.length)).toEqual([2, 2, 3, 3]);
  });
});

describe('Query.sources, Query.source and Source', () => {
  it('lists the sources with their metadata', async () => {
    expect(await data('{ sources { id title author publisher publishedOn } }')).toEqual({
      sources: [
        {
          id: '9dashline-us-japan-alliance-2024',
          title: 'Charting the future: US elections and the evolving US-Japan alliance',
          author: 'Elli-Katharina Pohlkamp',
          publisher: '9DASHLINE',
          publishedOn: '2024-04-17',
        },
      ],
    });
  });

  it('gives a source by id with its text and relations, and null for an unknown id', async () => {
    const result = (await data(
      '{ source(id: "9dashline-us-japan-alliance-2024") { text relations { id } } none: source(id: "nope") { id } }',
    )) as {
      source: { text: string; relations: { id: string }[] };
      none: null;
    };
    expect(result.none).toBeNull();
    expect(result.source.text.startsWith('Charting the future: US elections and the evolving US-Japan alliance')).toBe(
      true,
    );
    expect(result.source.relations).toHaveLength(99);
  });
});

describe('Query.stats', () => {
  it('counts entities, relations and sources, by type and kind', async () => {
    expect(
      await data('{ stats { entities relations sources relationTypes { type count } entityKinds { kind count } } }'),
    ).toEqual({
      stats: {
        entities: 47,
        relations: 99,
        sources: 1,
        relationTypes: [
          ['ALLY', 4],
          ['RIVAL', 2],
          ['AGREEMENT', 9],
          ['CONCERN', 10],
          ['MEMBER_OF', 11],
          ['LEADS', 9],
          ['SUPPORTS', 16],
          ['OPPOSES', 5],
          ['PARTNER', 16],
          ['PARTICIPATES_IN', 8],
          ['ADOPTS', 9],
        ].map(([type, count]) => ({ type, count })),
        entityKinds: [
          ['COUNTRY', 10],
          ['PERSON', 6],
          ['GROUPING', 5],
          ['ORGANIZATION', 9],
          ['COMPANY', 2],
          ['POLICY', 9],
          ['EVENT', 5],
          ['REGION', 1],
        ].map(([kind, count]) => ({ kind, count })),
      },
    });
  });
});
