// The metrics worker: the same metrics as in-process, exactly, on the real graph and a synthetic one; its failures as errors.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraphData } from '../../src/data/load.ts';
import { createKnowledgeGraph, type KnowledgeGraph } from '../../src/graph/knowledge-graph.ts';
import { computeMetrics, type GraphMetrics } from '../../src/graph/metrics.ts';
import { METRICS_WORKER_SCRIPT, metricsInWorker } from '../../src/graph/metrics-runner.ts';
import {
  decodeMetrics,
  decodeTopology,
  encodeMetrics,
  encodeTopology,
  topologyIds,
} from '../../src/graph/metrics-transfer.ts';
import type { MetricsAnswer } from '../../src/graph/metrics-worker.ts';
import { generateGraphData } from '../../src/synth/generate.ts';
import { readTypeMix } from '../../src/synth/type-mix.ts';
import { realGraph } from '../helpers.ts';
import { buildGraph } from './build-graph.ts';

/** The metrics as plain arrays, so that maps compare in their order as well as by their entries. */
const inOrder = (metrics: GraphMetrics) => ({
  centrality: [...metrics.centrality],
  community: [...metrics.community],
  communities: metrics.communities,
  layout: [...metrics.layout],
});

let dir: string;
let synthetic: KnowledgeGraph;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-metrics-worker-'));
  await generateGraphData(dir, { relations: 2_000, entities: 200, seed: 7, typeMix: await readTypeMix() });
  synthetic = createKnowledgeGraph(await loadGraphData(dir));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the topology and the metrics as typed arrays', () => {
  const graph = buildGraph(
    ['a', 'b', 'c', 'd'],
    [
      ['a-leads-b', 'LEADS', 'a', 'b'],
      ['a-ally-b', 'ALLY', 'a', 'b'],
      ['c-ally-a', 'ALLY', 'c', 'a'],
      ['b-concern-c', 'CONCERN', 'b', 'c'],
    ],
  );

  it('rebuild the same entities and relations, in order, parallel and undirected ones included', async () => {
    const { topology, ids } = await encodeTopology(graph);
    // In slices of one relation, with the event loop running between them, the same.
    expect(await encodeTopology(graph, 1)).toEqual({ topology, ids });
    expect(ids).toEqual(['a', 'b', 'c', 'd']);
    expect(topologyIds(topology)).toEqual(ids);
    const rebuilt = decodeTopology(topology);
    expect(rebuilt.nodes()).toEqual(graph.nodes());
    const ends = (g: typeof rebuilt) =>
      g.mapEdges((_, __, source, target, ___, ____, undirected) => [source, target, undirected]);
    expect(ends(rebuilt)).toEqual([
      ['a', 'b', false],
      ['a', 'b', true],
      ['c', 'a', true],
      ['b', 'c', false],
    ]);
  });

  it('carry the metrics back equal, maps in the same order', async () => {
    const metrics = computeMetrics(graph);
    const ids = graph.nodes();
    expect(inOrder(await decodeMetrics(encodeMetrics(metrics, ids), ids))).toEqual(inOrder(metrics));
    expect(inOrder(await decodeMetrics(encodeMetrics(metrics, ids), ids, 1))).toEqual(inOrder(metrics));
  });
});

describe('metricsInWorker', { timeout: 60_000 }, () => {
  it('computes exactly the in-process metrics of the real graph', async () => {
    const { graph } = await realGraph();
    const inWorker = await metricsInWorker(graph).result;
    expect(inOrder(inWorker)).toEqual(inOrder(computeMetrics(graph)));
  });

  it('computes exactly the in-process metrics of a synthetic graph of 2,000 relations', async () => {
    const inWorker = await metricsInWorker(synthetic).result;
    expect(inOrder(inWorker)).toEqual(inOrder(computeMetrics(synthetic)));
    expect(inWorker.centrality.size).toBe(200);
  });

  it('stops: the worker is terminated and the result says so', async () => {
    const job = metricsInWorker(synthetic);
    job.stop();
    await expect(job.result).rejects.toThrow('the metrics worker was stopped');
  });

  it('answers with what went wrong when the topology it is sent is broken', async () => {
    const { topology } = await encodeTopology(buildGraph(['a', 'b'], [['a-ally-b', 'ALLY', 'a', 'b']]));
    topology.targets[0] = 7;
    const worker = new Worker(METRICS_WORKER_SCRIPT);
    const answer = new Promise<MetricsAnswer>((resolve) => worker.once('message', resolve));
    worker.postMessage(topology);
    expect(await answer).toEqual({ ok: false, error: expect.stringContaining('not found') });
    await worker.terminate();
  });

  it('rejects with a message, never a crash, when the worker throws or exits', async () => {
    const script = (name: string) => new URL(`../fixtures/workers/${name}`, import.meta.url);
    await expect(metricsInWorker(synthetic, script('throws.js')).result).rejects.toThrow(
      'the metrics worker failed: the fixture worker threw',
    );
    await expect(metricsInWorker(synthetic, script('exits.js')).result).rejects.toThrow(
      'the metrics worker exited with code 3 before answering',
    );
  });
});
