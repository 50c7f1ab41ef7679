// A metrics runner for tests that holds the metrics back until told: pending for as long as a test needs, no sleeps.
import { computeMetrics, type GraphMetrics, type Topology } from '../../src/graph/metrics.ts';
import type { MetricsRunner } from '../../src/graph/metrics-runner.ts';

/** One computation the gate holds: release it with the real metrics, fail it, or see whether it was stopped. */
export interface GatedJob {
  graph: Topology;
  release(): void;
  fail(message: string): void;
  readonly stopped: boolean;
}

/** A runner whose every job stays pending until the test releases or fails it; `jobs` lists them in order. */
export function createMetricsGate(): { runner: MetricsRunner; jobs: GatedJob[] } {
  const jobs: GatedJob[] = [];
  const runner: MetricsRunner = (graph) => {
    let resolve: (metrics: GraphMetrics) => void = () => {};
    let reject: (error: Error) => void = () => {};
    const result = new Promise<GraphMetrics>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    let stopped = false;
    jobs.push({
      graph,
      release: () => resolve(computeMetrics(graph)),
      fail: (message) => reject(new Error(message)),
      get stopped() {
        return stopped;
      },
    });
    return {
      result,
      stop() {
        stopped = true;
        reject(new Error('stopped'));
      },
    };
  };
  return { runner, jobs };
}
