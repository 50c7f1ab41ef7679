// Where a graph's metrics are computed: at once, in-process, for small graphs; in a worker thread, off the event loop, for larger ones.

import { startWorkerJob } from '../worker-job.ts';
import { computeMetrics, type GraphMetrics, type Topology } from './metrics.ts';
import { decodeMetrics, encodeTopology, transferList } from './metrics-transfer.ts';
import type { MetricsAnswer } from './metrics-worker.ts';

/** Metrics being computed aside: what they come to, and a way to stop the work. */
export interface MetricsJob {
  /** Settles with the metrics, or rejects with an Error saying why they could not be computed (also once stopped). */
  result: Promise<GraphMetrics>;
  /** Stops the work (terminates the worker); idempotent. */
  stop(): void;
}

/** Computes a graph's metrics: at once, returning them (throwing if they cannot be), or aside, returning a job. */
export type MetricsRunner = (graph: Topology) => GraphMetrics | MetricsJob;

export function isMetricsJob(value: GraphMetrics | MetricsJob): value is MetricsJob {
  return 'result' in value;
}

/** The worker's entry point: plain JavaScript that registers tsx, then loads `metrics-worker.ts`. */
export const METRICS_WORKER_SCRIPT = new URL('./start-metrics-worker.js', import.meta.url);

/**
 * Computes the metrics of `graph` in a worker thread running `script`: the topology goes over
 * as typed arrays (transferred, not copied), the worker rebuilds the graph and runs the same
 * `computeMetrics`, and its typed arrays come back as the same maps. The event loop only
 * encodes the topology and decodes the answer, in slices, while the worker starts and
 * computes. The worker ends once it has answered, or when stopped.
 */
export function metricsInWorker(graph: Topology, script: URL = METRICS_WORKER_SCRIPT): MetricsJob {
  // Started first, so that it loads its modules while the topology is encoded.
  const job = startWorkerJob<MetricsAnswer>(script, 'the metrics worker');
  const result = (async () => {
    try {
      const { topology, ids } = await encodeTopology(graph);
      if (job.stopped) throw new Error('the metrics worker was stopped');
      job.post(topology, transferList(topology));
      const answer = await job.answer;
      if (!answer.ok) throw new Error(answer.error);
      return await decodeMetrics(answer.metrics, ids);
    } finally {
      job.stop();
    }
  })();
  return { result, stop: job.stop };
}

/** In-process up to `inlineMaxRelations` relations (KG_METRICS_INLINE_MAX_RELATIONS), in a worker thread above. */
export function createMetricsRunner(inlineMaxRelations: number): MetricsRunner {
  return (graph) => (graph.size <= inlineMaxRelations ? computeMetrics(graph) : metricsInWorker(graph));
}
