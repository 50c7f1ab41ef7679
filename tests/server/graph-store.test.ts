// The graph store and the metrics: started at load, not at the first request; stopped when a reload replaces the graph, and on close.
import { describe, expect, it } from 'vitest';
import type { MetricsStatus } from '../../src/graph/metrics-state.ts';
import { createGraphStore } from '../../src/server/graph-store.ts';
import { createMetricsGate } from '../graph/metrics-gate.ts';
import { copyTinyGraph, editJson } from '../helpers.ts';

describe('createGraphStore and the metrics', () => {
  it("starts computing a graph's metrics as soon as it is loaded, and tells when they are ready", async () => {
    const { runner, jobs } = createMetricsGate();
    const told: MetricsStatus[] = [];
    const store = await createGraphStore(await copyTinyGraph(), {
      metrics: runner,
      onMetrics: (status) => told.push(status),
    });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.graph).toBe(store.current.graph);
    expect(store.current.metricsStatus.state).toBe('pending');
    jobs[0]?.release();
    await store.current.metrics();
    expect(told).toEqual([{ state: 'ready', ms: expect.any(Number) }]);
  });

  it('stops the metrics of a graph a reload replaces, and starts those of the new one', async () => {
    const { runner, jobs } = createMetricsGate();
    const told: MetricsStatus[] = [];
    const dir = await copyTinyGraph();
    const store = await createGraphStore(dir, { metrics: runner, onMetrics: (status) => told.push(status) });
    const first = store.current;
    await editJson(dir, 'entities.json', (file) => {
      file.entities[0].name = 'Atlantis Reborn';
    });
    expect(await store.reload()).toMatchObject({ ok: true });
    expect(jobs).toHaveLength(2);
    expect(jobs[0]?.stopped).toBe(true);
    expect(first.metricsStatus).toEqual({ state: 'stopped', why: 'replaced' });
    expect(jobs[1]?.stopped).toBe(false);
    expect(jobs[1]?.graph).toBe(store.current.graph);
    expect(store.current.metricsStatus.state).toBe('pending');
    // A stopped computation is not news: only failures and ready metrics are told.
    await Promise.resolve();
    expect(told).toEqual([]);
  });

  it('keeps the metrics when a reload fails, and stops them on close', async () => {
    const { runner, jobs } = createMetricsGate();
    const dir = await copyTinyGraph();
    const store = await createGraphStore(dir, { metrics: runner });
    await editJson(dir, 'relations.json', (file) => {
      file.relations[0].to = 'nowhere';
    });
    expect(await store.reload()).toMatchObject({ ok: false });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.stopped).toBe(false);
    store.close();
    expect(jobs[0]?.stopped).toBe(true);
    expect(store.current.metricsStatus).toEqual({ state: 'stopped', why: 'stopping' });
  });

  it('tells when the metrics failed', async () => {
    const { runner, jobs } = createMetricsGate();
    const told: MetricsStatus[] = [];
    const store = await createGraphStore(await copyTinyGraph(), {
      metrics: runner,
      onMetrics: (status) => told.push(status),
    });
    jobs[0]?.fail('the metrics worker exited with code 134 before answering');
    await store.current.metrics().catch(() => {});
    expect(told).toEqual([{ state: 'failed', error: 'the metrics worker exited with code 134 before answering' }]);
  });
});
