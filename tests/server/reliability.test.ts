// Budgets in time, ETags on exports, and one consistent graph per request across a swap.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config.ts';
import { loadGraphData } from '../../src/data/load.ts';
import { TimeoutError } from '../../src/errors.ts';
import { WorkBudget } from '../../src/graph/budget.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../../src/graph/knowledge-base.ts';
import { createApp } from '../../src/server/app.ts';
import { createGraphStore } from '../../src/server/graph-store.ts';
import { copyTinyGraph, realGraph, TINY_GRAPH_DIR } from '../helpers.ts';
import { createTestApp, gql } from './fixtures.ts';

describe('the time budget', () => {
  it('stops a traversal with TimeoutError once its deadline has passed', () => {
    const budget = new WorkBudget(Number.POSITIVE_INFINITY, 0);
    expect(() => {
      for (let i = 0; i < 1000; i++) budget.spend();
    }).toThrow(TimeoutError);
    expect(() => new WorkBudget(Number.POSITIVE_INFINITY, 60_000).spend(1000)).not.toThrow();
  });

  it('answers a request past its budget with TIMEOUT and the budget', async () => {
    const app = await createTestApp({ timeoutMs: 1 });
    const { body } = await gql(app, '{ paths(from: "Kishida", to: "China", maxLength: 6, first: 100) { length } }');
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'TIMEOUT', timeoutMs: 1 });
    expect(body.errors?.[0]?.message).toMatch(/^this request ran past its time budget of 1 ms/);
  });

  it('counts fields too, so a wide query without traversals is stopped as well', async () => {
    const app = await createTestApp({ timeoutMs: 0 });
    const { body } = await gql(
      app,
      '{ relations(first: 100) { nodes { id summary confidence evidence { quote start end } } } }',
    );
    expect(body.errors?.map((e) => e.extensions?.code)).toContain('TIMEOUT');
  });
});

describe('exports and ETags', () => {
  it('serves each export with an ETag, and 304 to a client that has it', async () => {
    const app = await createTestApp();
    const first = await app.fetch('http://localhost/export/graph.gexf');
    const etag = first.headers.get('etag') as string;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const again = await app.fetch('http://localhost/export/graph.gexf', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await app.fetch('http://localhost/export/graph.json', { headers: { 'if-none-match': etag } });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(etag);
  });
});

describe('one graph per request', () => {
  it('reads the graph once per request: a swap between two fields does not mix graphs', async () => {
    const before = await realGraph();
    const after = createKnowledgeBase(await loadGraphData(TINY_GRAPH_DIR));
    let calls = 0;
    const app = createApp({
      limits: DEFAULT_LIMITS,
      // Every call after the first sees the new graph, as a reload between two fields would.
      knowledgeBase: () => (calls++ === 0 ? before : after),
    });
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ a: stats { entities } japan: entity(ref: "Japan") { degree } b: stats { relations } }',
      }),
    });
    expect(await response.json()).toEqual({
      data: { a: { entities: 47 }, japan: { degree: 49 }, b: { relations: 99 } },
    });
    expect(calls).toBe(1);
  });
});

describe('createGraphStore', () => {
  it('keeps the last good graph when a reload fails, and swaps in a good one whole', async () => {
    const dir = await copyTinyGraph();
    const store = await createGraphStore(dir);
    const first: KnowledgeBase = store.current;
    const relations = join(dir, 'relations.json');
    const good = await readFile(relations, 'utf8');

    await writeFile(relations, `${good.slice(0, 100)} broken`);
    const failed = await store.reload();
    expect(failed).toMatchObject({
      ok: false,
      problems: [expect.objectContaining({ message: expect.stringMatching(/^malformed JSON/) })],
    });
    expect(store.current).toBe(first);
    expect(store.lastReload).toBe(failed);
    expect(store.reloads).toBe(0);

    await writeFile(relations, good.replace('Atlantis and Lemuria are close allies.', 'They are allies.'));
    expect(await store.reload()).toMatchObject({ ok: true });
    expect(store.current).not.toBe(first);
    expect(store.current.graph.getEdgeAttribute('atlantis-ally-lemuria', 'summary')).toBe('They are allies.');
    expect(first.graph.getEdgeAttribute('atlantis-ally-lemuria', 'summary')).toBe(
      'Atlantis and Lemuria are close allies.',
    );
    expect(store.reloads).toBe(1);
  });

  it('never runs two reloads at once: one asked for during another runs after it', async () => {
    const store = await createGraphStore(await copyTinyGraph());
    const outcomes = await Promise.all([store.reload(), store.reload(), store.reload()]);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(store.reloads).toBe(2);
  });
});
