// The graph's metrics for a resolver: at once when ready, else awaited within the request's time budget.
import type { WorkBudget } from '../graph/budget.ts';
import type { GraphMetrics } from '../graph/metrics.ts';
import type { GraphContext } from './builder.ts';

/** One wait per request, however many of its fields need the metrics. */
const waits = new WeakMap<WorkBudget, Promise<GraphMetrics>>();

/**
 * `use` applied to the metrics of the request's graph: at once when they are ready, else once
 * they are, if that is within the request's time budget; requests that never call this never wait.
 * @throws MetricsNotReadyError when they are not ready by the end of the time budget (the
 *   client should retry); MetricsFailedError when they could not be computed.
 */
export function withMetrics<T>({ kb, budget }: GraphContext, use: (metrics: GraphMetrics) => T): T | Promise<T> {
  if (kb.metricsStatus.state === 'ready') return use(kb.readyMetrics());
  let wait = waits.get(budget);
  if (!wait) {
    wait = kb.metrics(budget.msLeft);
    waits.set(budget, wait);
  }
  return wait.then(use);
}
