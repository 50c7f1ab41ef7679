// The metrics over HTTP while they are computed aside: lookups unaffected, metric fields coded and retryable, exports 503, /health telling.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, DEFAULT_LIMITS, type Limits } from '../../src/config.ts';
import { loadGraphData } from '../../src/data/load.ts';
import { createKnowledgeBase } from '../../src/graph/knowledge-base.ts';
import { type MetricsRunner, metricsInWorker } from '../../src/graph/metrics-runner.ts';
import { createApp } from '../../src/server/app.ts';
import { createMetricsGate } from '../graph/metrics-gate.ts';
import { gql, gqlData } from './fixtures.ts';

const realData = loadGraphData(DEFAULT_DATA_DIR);

/** The app over a fresh copy of the real graph whose metrics `runner` computes; they are started, as kg serve does. */
async function appWith(runner: MetricsRunner, limits: Partial<Limits> = {}) {
  const kb = createKnowledgeBase(await realData, { metrics: runner });
  kb.metrics().catch(() => {});
  const app = createApp({ knowledgeBase: () => kb, limits: { ...DEFAULT_LIMITS, ...limits } });
  return { kb, app };
}

async function health(app: ReturnType<typeof createApp>) {
  return (await (await app.fetch('http://localhost/health')).json()) as { metrics: unknown };
}

/** Every query that needs the metrics, with the path of the field that does. */
const METRIC_QUERIES = [
  ['{ entity(ref: "Japan") { name centrality { pagerank } } }', ['entity', 'centrality']],
  ['{ entity(ref: "Japan") { name community } }', ['entity', 'community']],
  ['{ ranking(measure: PAGERANK, first: 3) { id } }', ['ranking']],
  ['{ communities { id size } }', ['communities']],
  ['{ export(format: GEXF) }', ['export']],
  ['{ neighborhood(ref: "Abe") { export(format: GRAPHOLOGY) } }', ['neighborhood', 'export']],
] as const;

const NOT_READY =
  /^the graph's centrality, communities and layout are still being computed \(for \d+\.\d s so far\) and were not ready within this request's \d+ ms; retry in 5 s or so$/;

describe('while the metrics are being computed', () => {
  it('answers requests that do not need them as usual', async () => {
    const { app, kb } = await appWith(createMetricsGate().runner);
    expect(await gqlData(app, '{ entity(ref: "Tokyo") { id degree neighbors(types: [ALLY]) { id } } }')).toEqual({
      entity: { id: 'japan', degree: 49, neighbors: [{ id: 'united-states' }] },
    });
    expect(await gqlData(app, '{ shortestPath(from: "Kishida", to: "Trump") { length } }')).toEqual({
      shortestPath: { length: 2 },
    });
    expect(kb.metricsStatus.state).toBe('pending');
  });

  it('answers a field that needs them with METRICS_NOT_READY once the time budget is spent, telling the client to retry', async () => {
    const { app } = await appWith(createMetricsGate().runner, { timeoutMs: 20 });
    for (const [query, path] of METRIC_QUERIES) {
      const { status, body } = await gql(app, query);
      expect(status, query).toBe(200);
      expect(body.errors, query).toHaveLength(1);
      expect(body.errors?.[0]).toEqual({
        message: expect.stringMatching(NOT_READY),
        locations: expect.any(Array),
        path,
        extensions: { code: 'METRICS_NOT_READY', retryAfterSeconds: 5 },
      });
    }
  });

  it('waits for them within the time budget: a request asked before they are ready gets them when they are', async () => {
    const { runner, jobs } = createMetricsGate();
    const { app, kb } = await appWith(runner, { timeoutMs: 60_000 });
    const answer = gqlData(
      app,
      '{ japan: entity(ref: "Japan") { centrality { degree } community } ranking(measure: DEGREE, first: 1) { id } }',
    );
    jobs[0]?.release();
    const metrics = await kb.metrics();
    expect(await answer).toEqual({
      japan: { centrality: { degree: 49 }, community: metrics.community.get('japan') },
      ranking: [{ id: 'japan' }],
    });
  });

  it('answers /export/graph.<format> with 503 and Retry-After, then with the export once they are ready', async () => {
    const { runner, jobs } = createMetricsGate();
    const { app, kb } = await appWith(runner);
    for (const extension of ['gexf', 'graphml', 'json', 'cyjs', 'ttl']) {
      const response = await app.fetch(`http://localhost/export/graph.${extension}`);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(await response.json()).toEqual({
        error: expect.stringMatching(
          /^the graph's centrality, communities and layout are still being computed \(for \d+\.\d s so far\); retry in 5 s or so$/,
        ),
        code: 'METRICS_NOT_READY',
        retryAfterSeconds: 5,
      });
    }
    // A bad request is still told what is wrong with it first.
    expect((await app.fetch('http://localhost/export/graph.gexf?types=FRIEND')).status).toBe(400);

    jobs[0]?.release();
    await kb.metrics();
    const ready = await app.fetch('http://localhost/export/graph.gexf');
    expect(ready.status).toBe(200);
    expect(await ready.text()).toContain('<gexf');
  });

  it('shows them at /health: pending since when, then ready with the time they took', async () => {
    const { runner, jobs } = createMetricsGate();
    const { app, kb } = await appWith(runner);
    expect(await health(app)).toMatchObject({
      status: 'ok',
      metrics: {
        state: 'pending',
        startedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        elapsedMs: expect.any(Number),
      },
    });
    jobs[0]?.release();
    await kb.metrics();
    expect((await health(app)).metrics).toEqual({ state: 'ready', ms: expect.any(Number) });
  });
});

describe('when the metrics could not be computed', () => {
  it('reports it at /health, answers metric fields METRICS_FAILED and exports 500, and everything else as usual', async () => {
    const { runner, jobs } = createMetricsGate();
    const { app, kb } = await appWith(runner);
    jobs[0]?.fail('the metrics worker failed: out of memory');
    await kb.metrics().catch(() => {});

    expect(await health(app)).toMatchObject({
      status: 'ok',
      metrics: { state: 'failed', error: 'the metrics worker failed: out of memory' },
    });
    const message =
      "the graph's centrality, communities and layout could not be computed (the metrics worker failed: out of memory); every other field still answers, and loading the graph again computes them again";
    for (const [query, path] of METRIC_QUERIES) {
      const { body } = await gql(app, query);
      expect(body.errors, query).toEqual([
        { message, locations: expect.any(Array), path, extensions: { code: 'METRICS_FAILED' } },
      ]);
    }
    const exported = await app.fetch('http://localhost/export/graph.json');
    expect(exported.status).toBe(500);
    expect(await exported.json()).toEqual({ error: message, code: 'METRICS_FAILED' });
    expect(await gqlData(app, '{ entity(ref: "Tokyo") { id } }')).toEqual({ entity: { id: 'japan' } });
  });

  it('survives a worker that throws: a coded error, not a crash', async () => {
    const crashing = new URL('../fixtures/workers/throws.js', import.meta.url);
    const { app, kb } = await appWith((graph) => metricsInWorker(graph, crashing));
    await kb.metrics().catch(() => {});
    expect((await health(app)).metrics).toEqual({
      state: 'failed',
      error: 'the metrics worker failed: the fixture worker threw',
    });
    const { body } = await gql(app, '{ communities { id } }');
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'METRICS_FAILED' });
    expect(await gqlData(app, '{ stats { entities } }')).toEqual({ stats: { entities: 47 } });
  });
});

describe('a graph replaced while its metrics are being computed', () => {
  it('tells the requests still waiting on it to retry', async () => {
    const { app, kb } = await appWith(createMetricsGate().runner, { timeoutMs: 60_000 });
    const answer = gql(app, '{ communities { id } }');
    kb.stopMetrics('replaced');
    const { body } = await answer;
    expect(body.errors?.[0]).toMatchObject({
      message:
        "the graph's centrality, communities and layout were no longer being computed: the graph was reloaded; retry to read those of the graph now loaded",
      extensions: { code: 'METRICS_NOT_READY', retryAfterSeconds: 5 },
    });
  });
});
