// A knowledge base's metrics: idle until asked for, pending while computed aside, then ready, failed or stopped.
import { describe, expect, it } from 'vitest';
import { loadGraphData } from '../../src/data/load.ts';
import { MetricsFailedError, MetricsNotReadyError } from '../../src/errors.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../../src/graph/knowledge-base.ts';
import { computeMetrics } from '../../src/graph/metrics.ts';
import { TINY_GRAPH_DIR } from '../helpers.ts';
import { createMetricsGate } from './metrics-gate.ts';

async function gatedKnowledgeBase() {
  const gate = createMetricsGate();
  const kb = createKnowledgeBase(await loadGraphData(TINY_GRAPH_DIR), { metrics: gate.runner });
  return { kb, jobs: gate.jobs };
}

/** What `act` throws, for assertions on its class, code and message. */
function thrown(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  throw new Error('expected it to throw');
}

describe('the metrics of a knowledge base', () => {
  it('are computed at once, in-process, for a small graph by default', async () => {
    const kb = createKnowledgeBase(await loadGraphData(TINY_GRAPH_DIR));
    expect(kb.metricsStatus).toEqual({ state: 'idle' });
    expect(kb.readyMetrics().communities).toEqual(computeMetrics(kb.graph).communities);
    expect(kb.metricsStatus).toEqual({ state: 'ready', ms: expect.any(Number) });
  });

  it('start when first asked for, and stay pending until computed, answering METRICS_NOT_READY meanwhile', async () => {
    const { kb, jobs } = await gatedKnowledgeBase();
    expect(jobs).toHaveLength(0);
    const waiting = kb.metrics();
    expect(jobs).toHaveLength(1);
    expect(kb.metricsStatus).toEqual({
      state: 'pending',
      startedAt: expect.any(String),
      elapsedMs: expect.any(Number),
    });

    const error = thrown(() => kb.readyMetrics());
    expect(error).toBeInstanceOf(MetricsNotReadyError);
    expect((error as MetricsNotReadyError).message).toMatch(
      /^the graph's centrality, communities and layout are still being computed \(for \d+\.\d s so far\); retry in 5 s or so$/,
    );
    const late = await kb.metrics(0).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(MetricsNotReadyError);
    expect((late as MetricsNotReadyError).message).toMatch(/and were not ready within this request's 0 ms; retry/);
    expect((late as MetricsNotReadyError).details).toEqual({ retryAfterSeconds: 5 });

    jobs[0]?.release();
    const metrics = await waiting;
    expect(metrics.communities).toEqual(computeMetrics(kb.graph).communities);
    expect(kb.readyMetrics()).toBe(metrics);
    expect(await kb.metrics(0)).toBe(metrics);
    expect(kb.metricsStatus).toEqual({ state: 'ready', ms: expect.any(Number) });
    expect(jobs).toHaveLength(1);
  });

  it('fail with METRICS_FAILED and the reason when the computation fails, and never start again', async () => {
    const { kb, jobs } = await gatedKnowledgeBase();
    const waiting = kb.metrics();
    jobs[0]?.fail('the metrics worker failed: out of memory');
    const error = await waiting.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MetricsFailedError);
    expect((error as MetricsFailedError).code).toBe('METRICS_FAILED');
    expect((error as MetricsFailedError).message).toBe(
      "the graph's centrality, communities and layout could not be computed (the metrics worker failed: out of memory); every other field still answers, and loading the graph again computes them again",
    );
    expect(kb.metricsStatus).toEqual({ state: 'failed', error: 'the metrics worker failed: out of memory' });
    expect(thrown(() => kb.readyMetrics())).toBeInstanceOf(MetricsFailedError);
    expect(jobs).toHaveLength(1);
  });

  it('fail, rather than throw, when the runner itself throws', async () => {
    const kb = createKnowledgeBase(await loadGraphData(TINY_GRAPH_DIR), {
      metrics: () => {
        throw new Error('cannot start a worker');
      },
    });
    await expect(kb.metrics()).rejects.toThrow(MetricsFailedError);
    expect(kb.metricsStatus).toEqual({ state: 'failed', error: 'cannot start a worker' });
  });

  it('stop the computation when the graph is replaced: its waiters are told to retry, and it never starts again', async () => {
    const { kb, jobs } = await gatedKnowledgeBase();
    const waiting = kb.metrics();
    kb.stopMetrics('replaced');
    expect(jobs[0]?.stopped).toBe(true);
    expect(kb.metricsStatus).toEqual({ state: 'stopped', why: 'replaced' });
    const error = await waiting.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MetricsNotReadyError);
    expect((error as MetricsNotReadyError).message).toBe(
      "the graph's centrality, communities and layout were no longer being computed: the graph was reloaded; retry to read those of the graph now loaded",
    );
    await expect(kb.metrics()).rejects.toThrow(MetricsNotReadyError);
    expect(jobs).toHaveLength(1);
  });

  it('keep metrics that are ready when stopped', async () => {
    const { kb, jobs } = await gatedKnowledgeBase();
    const waiting = kb.metrics();
    jobs[0]?.release();
    const metrics = await waiting;
    kb.stopMetrics('stopping');
    expect(kb.metricsStatus.state).toBe('ready');
    expect(kb.readyMetrics()).toBe(metrics);
  });
});

describe('a knowledge base that is never asked for its metrics', () => {
  it('never computes them', async () => {
    const { kb, jobs }: { kb: KnowledgeBase; jobs: unknown[] } = await gatedKnowledgeBase();
    expect(kb.resolver.find('Atlantis', 'ref')).toBe('atlantis');
    expect(jobs).toHaveLength(0);
    expect(kb.metricsStatus).toEqual({ state: 'idle' });
  });
});
