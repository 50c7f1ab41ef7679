// The metrics worker thread: rebuilds the graph from the topology it is sent, runs computeMetrics, answers with typed arrays.
import { parentPort } from 'node:worker_threads';
import { computeMetrics } from './metrics.ts';
import {
  decodeTopology,
  encodeMetrics,
  type MetricsMessage,
  type TopologyMessage,
  topologyIds,
  transferList,
} from './metrics-transfer.ts';

/** What the worker answers: the metrics, or why it could not compute them. */
export type MetricsAnswer = { ok: true; metrics: MetricsMessage } | { ok: false; error: string };

if (!parentPort) throw new Error('metrics-worker.ts runs as a worker thread; start it with metricsInWorker()');
const port = parentPort;

port.once('message', (topology: TopologyMessage) => {
  let answer: MetricsAnswer;
  try {
    const metrics = computeMetrics(decodeTopology(topology));
    answer = { ok: true, metrics: encodeMetrics(metrics, topologyIds(topology)) };
  } catch (error) {
    answer = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(answer, answer.ok ? transferList(answer.metrics) : []);
});
