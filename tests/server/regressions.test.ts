// Requests the fuzz tests once broke the server with, each answered with a code and no stack trace.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app.ts';
import { close, listen } from '../../src/server/listen.ts';
import { createTestApp, gql } from './fixtures.ts';

let app: App;
beforeAll(async () => {
  app = await createTestApp();
});

describe('what yoga rejects on its own gets a code too', () => {
  it('a variable of the wrong type: BAD_USER_INPUT naming the variable', async () => {
    const { status, body } = await gql(app, 'query ($ref: String!) { entity(ref: $ref) { id } }', { ref: {} });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: '$ref' });
  });

  it('a mutation or a subscription: BAD_REQUEST', async () => {
    for (const operation of ['mutation { stats { entities } }', 'subscription { stats { entities } }']) {
      const { body } = await gql(app, operation);
      expect(body.errors?.[0]?.extensions?.code, operation).toBe('BAD_REQUEST');
    }
  });

  it('GET with variables that are not JSON: 400 naming them', async () => {
    const response = await app.fetch('http://localhost/graphql?query=%7Bstats%7Bentities%7D%7D&variables=%7B');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: unknown }[] }).errors[0]?.extensions).toEqual({
      code: 'BAD_REQUEST',
      argument: 'variables',
    });
  });
});

describe('size and paths', () => {
  it('a tiny query that asks for a huge answer: QUERY_TOO_COMPLEX before it is written', async () => {
    const small = await createTestApp({ maxResponseBytes: 1_000_000 });
    const { body } = await gql(
      small,
      '{ sources { relations { evidence { source { relations { evidence { source { text } } } } } } } }',
    );
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', maxResponseBytes: 1_000_000 });
    expect(JSON.stringify(body).length).toBeLessThan(10_000);
  });

  it('a malformed path under /explore: 404', async () => {
    const response = await app.fetch('http://localhost/explore/%E0%A4%A');
    expect(response.status).toBe(404);
  });
});

describe('over a socket', () => {
  let server: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    server = await listen(app, 0, '127.0.0.1');
  });
  afterAll(() => close(server.server, 100));

  it('a Host header that is not a host: 400, no stack trace', async () => {
    const { port } = new URL(server.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.end('GET /health HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n');
      });
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk;
      });
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
    expect(answer).toContain('the Host header is not a host name');
    expect(answer).not.toMatch(/\n\s+at /);
  });
});
