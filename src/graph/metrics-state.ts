// A knowledge base's metrics over time: idle until asked for, pending while computed aside, then ready, failed or stopped.
import { MetricsFailedError, MetricsNotReadyError } from '../errors.ts';
import type { GraphMetrics, Topology } from './metrics.ts';
import { isMetricsJob, type MetricsJob, type MetricsRunner } from './metrics-runner.ts';

/** Why metrics were stopped before they were ready. */
export type MetricsStopReason = 'replaced' | 'stopping';

/** Where a knowledge base's metrics stand, as /health shows it. */
export type MetricsStatus =
  /** Nothing has asked for them yet. */
  | { state: 'idle' }
  | { state: 'pending'; startedAt: string; elapsedMs: number }
  | { state: 'ready'; ms: number }
  /** They could not be computed; `error` says why. */
  | { state: 'failed'; error: string }
  /** Stopped before they were ready: the graph was replaced by a reload, or the server is stopping. */
  | { state: 'stopped'; why: MetricsStopReason };

type Started =
  | { state: 'pending'; job: MetricsJob; settled: Promise<GraphMetrics>; startedAt: number; startedAtIso: string }
  | { state: 'ready'; metrics: GraphMetrics; ms: number }
  | { state: 'failed'; error: string }
  | { state: 'stopped'; why: MetricsStopReason };

/** The largest delay setTimeout keeps; a longer wait is a wait without end. */
const MAX_TIMER_MS = 2 ** 31 - 1;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The error for metrics that are not ready: coded, and never with a stack trace. */
function notReady(state: Exclude<Started, { state: 'ready' }>): MetricsNotReadyError | MetricsFailedError {
  switch (state.state) {
    case 'failed':
      return new MetricsFailedError(state.error);
    case 'stopped':
      return new MetricsNotReadyError({ state: 'stopped', why: state.why });
    case 'pending':
      return new MetricsNotReadyError({ state: 'pending', elapsedMs: performance.now() - state.startedAt });
  }
}

/**
 * The metrics of `graph`, computed by `run` once, when first asked for: `wait` for them,
 * take them `now` if ready, `stop` them, or read their `status`. Whatever `run` throws or
 * its job rejects with becomes the failed state; nothing of it escapes unhandled.
 */
export function createMetricsState(graph: Topology, run: MetricsRunner) {
  let current: { state: 'idle' } | Started = { state: 'idle' };

  function begin(): Started {
    const startedAt = performance.now();
    let started: GraphMetrics | MetricsJob;
    try {
      started = run(graph);
    } catch (error) {
      return { state: 'failed', error: messageOf(error) };
    }
    if (!isMetricsJob(started)) return { state: 'ready', metrics: started, ms: performance.now() - startedAt };
    const pending: Started = {
      state: 'pending',
      job: started,
      startedAt,
      startedAtIso: new Date().toISOString(),
      settled: started.result.then(
        (metrics) => {
          if (current === pending) current = { state: 'ready', metrics, ms: performance.now() - startedAt };
          return metrics;
        },
        (error: unknown) => {
          if (current === pending) current = { state: 'failed', error: messageOf(error) };
          throw notReady(current as Exclude<Started, { state: 'ready' }>);
        },
      ),
    };
    // Whoever waits sees the rejection; when nobody does, it is not left unhandled.
    pending.settled.catch(() => {});
    return pending;
  }

  function start(): Started {
    if (current.state === 'idle') current = begin();
    return current as Started;
  }

  return {
    /** The metrics once ready; rejects as `now` throws, or with MetricsNotReadyError past `waitMs`. */
    wait(waitMs = Number.POSITIVE_INFINITY): Promise<GraphMetrics> {
      const state = start();
      if (state.state === 'ready') return Promise.resolve(state.metrics);
      if (state.state !== 'pending') return Promise.reject(notReady(state));
      if (!(waitMs < MAX_TIMER_MS)) return state.settled;
      const waited = Math.max(0, waitMs);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          const elapsedMs = performance.now() - state.startedAt;
          reject(new MetricsNotReadyError({ state: 'pending', elapsedMs, waitedMs: waited }));
        }, waited);
        state.settled.then(
          (metrics) => {
            clearTimeout(timer);
            resolve(metrics);
          },
          (error: unknown) => {
            clearTimeout(timer);
            reject(error);
          },
        );
      });
    },
    /** @throws MetricsNotReadyError while pending or once stopped; MetricsFailedError once failed. */
    now(): GraphMetrics {
      const state = start();
      if (state.state === 'ready') return state.metrics;
      throw notReady(state);
    },
    /** Stops the work if the metrics are not ready yet (and keeps them from starting); those ready stay. */
    stop(why: MetricsStopReason): void {
      if (current.state !== 'idle' && current.state !== 'pending') return;
      const previous = current;
      current = { state: 'stopped', why };
      if (previous.state === 'pending') previous.job.stop();
    },
    status(): MetricsStatus {
      if (current.state === 'pending') {
        const elapsedMs = Math.round(performance.now() - current.startedAt);
        return { state: 'pending', startedAt: current.startedAtIso, elapsedMs };
      }
      if (current.state === 'ready') return { state: 'ready', ms: Math.round(current.ms) };
      return current;
    },
  };
}
