// The explorer's GraphQL client: data out, GraphQL errors and transport failures as ApiError.
import { describe, expect, it } from 'vitest';
import { ApiError, type Fetch, graphql } from '../../src/explorer/api.ts';
import { createTestApp } from '../server/fixtures.ts';

const answering =
  (status: number, body: string): Fetch =>
  async () =>
    new Response(body, { status, headers: { 'content-type': 'application/json' } });

describe('graphql', () => {
  it('asks the real app and returns its data', async () => {
    const app = await createTestApp();
    const fetchImpl: Fetch = (input, init) => Promise.resolve(app.fetch(`http://localhost${input}`, init));
    const data = await graphql<{ entities: { nodes: { id: string }[] } }>(
      'query ($q: String!) { entities(search: $q, first: 1) { nodes { id } } }',
      { q: 'Kishida' },
      { fetchImpl },
    );
    expect(data).toEqual({ entities: { nodes: [{ id: 'fumio-kishida' }] } });
  });

  it('throws the GraphQL errors with their codes', async () => {
    const app = await createTestApp();
    const fetchImpl: Fetch = (input, init) => Promise.resolve(app.fetch(`http://localhost${input}`, init));
    const failure = graphql('{ shortestPath(from: "Kishdia", to: "Trump") { length } }', {}, { fetchImpl });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ codes: ['ENTITY_NOT_FOUND'] });
    await expect(failure).rejects.toThrow(/Kishdia/);
  });

  it('says when the server cannot be reached or does not answer GraphQL', async () => {
    const unreachable: Fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(graphql('{ stats { entities } }', {}, { fetchImpl: unreachable })).rejects.toThrow(
      'The API at /graphql cannot be reached: Failed to fetch',
    );
    await expect(graphql('{ stats { entities } }', {}, { fetchImpl: answering(502, '<html>') })).rejects.toThrow(
      'answered 502',
    );
    await expect(graphql('{ stats { entities } }', {}, { fetchImpl: answering(200, '{"data":null}') })).rejects.toThrow(
      'without data',
    );
  });
});
