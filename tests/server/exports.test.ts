// GET /export/graph.<format>: content types, download names, ?types= filtering and its errors.
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app.ts';
import { createTestApp } from './fixtures.ts';

let app: App;
beforeAll(async () => {
  app = await createTestApp();
});

describe('/export/graph.<format>', () => {
  it.each([
    ['gexf', 'application/gexf+xml; charset=utf-8', '<?xml'],
    ['graphml', 'application/graphml+xml; charset=utf-8', '<?xml'],
    ['json', 'application/json; charset=utf-8', '{"options"'],
    ['cyjs', 'application/json; charset=utf-8', '{"data"'],
    ['ttl', 'text/turtle; charset=utf-8', '@prefix'],
  ])('serves .%s as %s, as a download', async (extension, contentType, start) => {
    const response = await app.fetch(`http://localhost/export/graph.${extension}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="alliance-graph.${extension}"`);
    expect((await response.text()).startsWith(start)).toBe(true);
  });

  it('filters by ?types=, case-insensitively, and names the file after them', async () => {
    const response = await app.fetch('http://localhost/export/graph.cyjs?types=rival,ALLY');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="alliance-graph-rival-ally.cyjs"');
    const { elements } = (await response.json()) as { elements: { edges: { data: { relation: string } }[] } };
    expect(new Set(elements.edges.map((e) => e.data.relation))).toEqual(new Set(['ALLY', 'RIVAL']));
    expect(elements.edges).toHaveLength(6);
  });

  it('answers an unknown type with 400 and the valid types', async () => {
    const response = await app.fetch('http://localhost/export/graph.gexf?types=ALLY,FRIEND');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error:
        'types: "FRIEND" is not a relation type; expected a comma-separated list of ALLY, RIVAL, AGREEMENT, CONCERN, MEMBER_OF, LEADS, SUPPORTS, OPPOSES, PARTNER, PARTICIPATES_IN, ADOPTS',
      argument: 'types',
      validTypes: [
        'ALLY',
        'RIVAL',
        'AGREEMENT',
        'CONCERN',
        'MEMBER_OF',
        'LEADS',
        'SUPPORTS',
        'OPPOSES',
        'PARTNER',
        'PARTICIPATES_IN',
        'ADOPTS',
      ],
    });
  });

  it('answers an unknown format with 404 and the exports there are', async () => {
    const response = await app.fetch('http://localhost/export/graph.csv');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toBe(
      'no export at /export/graph.csv; GET one of /export/graph.gexf, /export/graph.graphml, /export/graph.json, /export/graph.cyjs, /export/graph.ttl',
    );
  });
});
