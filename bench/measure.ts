// Timing helpers for the benchmark: repeat a call for a while, and summarise latencies and outcomes.
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** Latencies of one workload in one mode, in milliseconds, and what the calls answered; null where no call finished. */
export interface Timing {
  count: number;
  p50: number | null;
  p99: number | null;
  mean: number | null;
  /** Calls (or requests) per second. */
  throughput: number | null;
  /** `ok`, or an error code (QUERY_TOO_COMPLEX, TIMEOUT, ...): how many calls ended that way. */
  outcomes: Record<string, number>;
}

/** The value at quantile `q` of sorted `samples` (nearest rank); null for none. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

/** Summarises latencies (ms) and outcomes of calls made over `elapsedMs`. */
export function summarize(samples: number[], outcomes: Record<string, number>, elapsedMs: number): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = samples.reduce((sum, ms) => sum + ms, 0);
  return {
    count: samples.length,
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    mean: samples.length > 0 ? total / samples.length : null,
    throughput: elapsedMs > 0 ? (samples.length * 1000) / elapsedMs : null,
    outcomes,
  };
}

/** The code of an error the app answers with (a UserError's `code`, also behind a GraphQLError), or `ERROR`. */
export function errorCode(error: unknown): string {
  const original = (error as { originalError?: unknown } | null)?.originalError ?? error;
  const code = (original as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'ERROR';
}

export interface RepeatOptions {
  /** Stop after this long (the call in flight finishes). */
  seconds: number;
  /** Stop after this many calls. */
  maxCalls: number;
  /** Calls before timing starts, to warm up the JIT and caches (also bounded by `seconds`). */
  warmup?: number;
}

/**
 * Calls `call(i)` repeatedly, one at a time, timing each; a call that throws counts under its
 * error code, and a call may return its own outcome (GraphQL answers errors as values).
 * Awaits only calls that return a promise, so synchronous calls are timed without a microtask.
 */
export async function repeat(
  call: (i: number) => unknown,
  outcomeOf: (value: unknown) => string,
  options: RepeatOptions,
): Promise<Timing> {
  const samples: number[] = [];
  const outcomes: Record<string, number> = {};
  const warmupEnd = performance.now() + options.seconds * 250;
  for (let i = 0; i < (options.warmup ?? 0) && performance.now() < warmupEnd; i++) {
    try {
      const value = call(i);
      if (value instanceof Promise) await value;
    } catch {}
  }
  const began = performance.now();
  const deadline = began + options.seconds * 1000;
  for (let i = 0; i < options.maxCalls && performance.now() < deadline; i++) {
    let outcome: string;
    const start = performance.now();
    try {
      let value = call(i);
      if (value instanceof Promise) value = await value;
      samples.push(performance.now() - start);
      outcome = outcomeOf(value);
    } catch (error) {
      samples.push(performance.now() - start);
      outcome = errorCode(error);
    }
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }
  return summarize(samples, outcomes, performance.now() - began);
}

/** Runs `work` once and returns its value with how long it took, in milliseconds. */
export async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` once, timing it and the event loop's longest stall meanwhile
 * (perf_hooks.monitorEventLoopDelay at 10 ms resolution): the longest a request arriving
 * during the work would have waited to start. Work that blocks the loop stalls it throughout.
 */
export async function timedWithLoopDelay<T>(
  work: () => T | Promise<T>,
): Promise<{ value: T; ms: number; loopMaxMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  await pause(30);
  const { value, ms } = await timed(work);
  // One more turn of the loop, so that a stall at the very end is recorded.
  await pause(30);
  histogram.disable();
  return { value, ms, loopMaxMs: histogram.max / 1e6 };
}

/** Collects garbage when node runs with --expose-gc; the memory figures need it. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

/** Writes a progress line to the terminal (stderr, so results on stdout stay clean). */
export function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}
