// Formats the benchmark's results as text tables: the workloads in every mode with their ratios, and cold start with memory.
import type { Timing } from './measure.ts';
import type { SizeResult } from './size-runner.ts';

/** A duration as `formatMs` gives it, with its unit: `106 ms`, `210.2 s`. */
export function formatDuration(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${formatMs(ms)} ms`;
}

/** Milliseconds with three significant digits, or seconds past ten thousand. */
export function formatMs(ms: number | null | undefined): string {
  if (typeof ms !== 'number' || Number.isNaN(ms)) return '-';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)}s`;
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  if (ms >= 1) return ms.toFixed(2);
  return ms.toFixed(3);
}

export function formatRate(perSecond: number | null | undefined): string {
  if (typeof perSecond !== 'number' || Number.isNaN(perSecond)) return '-';
  if (perSecond >= 10_000) return `${(perSecond / 1000).toFixed(0)}k`;
  if (perSecond >= 10) return perSecond.toFixed(0);
  return perSecond.toFixed(1);
}

function ratio(a: number | null | undefined, b: number | null | undefined): string {
  if (typeof a !== 'number' || typeof b !== 'number' || !(b > 0) || Number.isNaN(a)) return '-';
  return `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}x`;
}

/** Calls that ran out of budget (QUERY_TOO_COMPLEX) or time (TIMEOUT), of all calls. */
function overBudget(timing: Timing | undefined): string {
  if (!timing) return '-';
  const qtc = timing.outcomes.QUERY_TOO_COMPLEX ?? 0;
  const timeout = timing.outcomes.TIMEOUT ?? 0;
  if (qtc + timeout === 0) return `0/${timing.count}`;
  return `${qtc + timeout}/${timing.count}${timeout > 0 ? ` (${timeout} TIMEOUT)` : ''}`;
}

/** Lays out rows under a header, columns padded to their widest cell; the first two left-aligned. */
export function layout(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * One row per size and workload: p50/p99 (ms) and throughput of the raw call, of GraphQL
 * in-process (graphql-js, and graphql-jit where it answers the same), of the app over HTTP and
 * of the bare HTTP floor; the ratios GraphQL/raw, jit/raw and app/floor (p50); and the calls
 * of the raw and app modes that went past the work or time budget.
 */
export function workloadTable(results: SizeResult[]): string {
  const header = [
    'size',
    'workload',
    'raw p50',
    'p99',
    '/s',
    'gql p50',
    'p99',
    'gql/raw',
    'jit p50',
    'jit/raw',
    'app p50',
    'p99',
    '/s',
    'floor p50',
    'p99',
    '/s',
    'app/floor',
    'over budget raw',
    'app',
  ];
  const rows: string[][] = [];
  for (const result of results) {
    for (const [name, modes] of Object.entries(result.inProcess)) {
      const http = result.http[name] ?? {};
      rows.push([
        result.label,
        name,
        formatMs(modes.raw?.p50),
        formatMs(modes.raw?.p99),
        formatRate(modes.raw?.throughput),
        formatMs(modes.graphql?.p50),
        formatMs(modes.graphql?.p99),
        ratio(modes.graphql?.p50, modes.raw?.p50),
        formatMs(modes.jit?.p50),
        ratio(modes.jit?.p50, modes.raw?.p50),
        formatMs(http.app?.p50),
        formatMs(http.app?.p99),
        formatRate(http.app?.throughput),
        formatMs(http.floor?.p50),
        formatMs(http.floor?.p99),
        formatRate(http.floor?.throughput),
        ratio(http.app?.p50, http.floor?.p50),
        overBudget(modes.raw),
        overBudget(http.app),
      ]);
    }
  }
  return layout(header, rows);
}

/**
 * One row per size: how long loading and indexing take; the metrics computed on the event loop
 * and in the worker thread, each with the loop's longest stall meanwhile; where the metrics'
 * time goes; and memory against a bare graph.
 */
export function coldTable(results: SizeResult[]): string {
  const header = [
    'size',
    'entities',
    'relations',
    'loadGraph',
    'createKnowledgeBase',
    'metrics in-process',
    'loop stall',
    'metrics via worker',
    'loop stall',
    'projections',
    'pagerank',
    'betweenness',
    'louvain',
    'grouping',
    'forceAtlas2',
    'RSS MB',
    'heap MB',
    'texts MB',
    'bare MB',
    '(heap-texts)/bare',
  ];
  const seconds = (ms: number | undefined) => (ms === undefined ? '-' : `${(ms / 1000).toFixed(1)}s`);
  const rows = results.map((result) => {
    const { cold, memory } = result;
    const step = (prefix: string) => {
      const found = cold.metricSteps?.find((s) => s.step.startsWith(prefix));
      if (!found) return '-';
      return `${seconds(found.ms)}${found.basis === 'measured' ? '' : '~'}`;
    };
    const estimate = (cold.metricSteps ?? []).reduce((sum, s) => sum + s.ms, 0);
    return [
      result.label,
      String(result.entities ?? '-'),
      String(result.relations ?? '-'),
      cold.loadGraphDataError ? `FAILED at ${seconds(cold.loadGraphDataMs)}` : seconds(cold.loadGraphDataMs),
      seconds(cold.createKnowledgeBaseMs),
      cold.metricsInProcess
        ? `${seconds(cold.metricsInProcess.ms)}${cold.metricsIdentical === false ? ' (differs!)' : ''}`
        : cold.metricsSkipped
          ? `skipped (~${seconds(estimate)})`
          : '-',
      cold.metricsInProcess ? formatDuration(cold.metricsInProcess.loopMaxMs) : '-',
      cold.metricsWorker ? seconds(cold.metricsWorker.ms) : '-',
      cold.metricsWorker ? formatDuration(cold.metricsWorker.loopMaxMs) : '-',
      step('projections'),
      step('pagerank'),
      step('betweenness'),
      step('louvain'),
      step('communities'),
      step('forceAtlas2'),
      memory ? String(memory.rssMb) : '-',
      memory ? String(memory.heapMb) : '-',
      memory?.textsMb !== undefined ? String(memory.textsMb) : '-',
      memory ? String(memory.bareHeapMb) : '-',
      memory ? `${memory.ratio}x` : '-',
    ];
  });
  return layout(header, rows);
}

/** One row per size whose GEXF export was streamed: its size, the time to its first and last byte, and the memory it took. */
export function exportTable(results: SizeResult[]): string {
  const header = ['size', 'GEXF MB', 'chunks', 'first byte', 'last byte', 'MB/s', 'peak heap +MB', 'peak RSS +MB'];
  const rows: string[][] = [];
  for (const result of results) {
    const stream = result.inProcess['export-gexf']?.stream;
    if (!stream) continue;
    const megabytes = stream.bytes / 2 ** 20;
    rows.push([
      result.label,
      megabytes.toFixed(1),
      String(stream.chunks),
      `${(stream.firstByteMs / 1000).toFixed(1)}s`,
      `${(stream.lastByteMs / 1000).toFixed(1)}s`,
      formatRate(megabytes / (stream.lastByteMs / 1000)),
      String(stream.peakHeapMb),
      String(stream.peakRssMb),
    ]);
  }
  return layout(header, rows);
}
