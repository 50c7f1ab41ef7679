// Benchmarks one graph size in its own process (so memory figures are its own): cold start, memory, in-process and HTTP workloads.
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { MultiGraph } from 'graphology';
import { type Limits, limitsFromEnv } from '../src/config.ts';
import { type GraphData, loadGraph } from '../src/data/load.ts';
import { PAUSE } from '../src/export/chunks.ts';
import { exportChunks, exportSelection, graphExport } from '../src/export/export-graph.ts';
import { selectGraph } from '../src/export/formats.ts';
import { WorkBudget } from '../src/graph/budget.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../src/graph/knowledge-base.ts';
import type { KnowledgeGraph } from '../src/graph/knowledge-graph.ts';
import { computeMetrics, type GraphMetrics } from '../src/graph/metrics.ts';
import { metricsInWorker } from '../src/graph/metrics-runner.ts';
import { createEntityResolver } from '../src/graph/resolve.ts';
import { createApp } from '../src/server/app.ts';
import { close, listen } from '../src/server/listen.ts';
import { loadTrustedGraphData } from './fallback-load.ts';
import { createRunner, type Executor, normalizeResult, resultOutcome, startFloorServer } from './floor-server.ts';
import type { LoadConfig } from './http-load.ts';
import { collectGarbage, progress, repeat, type Timing, timed, timedWithLoopDelay } from './measure.ts';
import { estimateMetrics, type MetricStep } from './metrics-estimate.ts';
import { formatDuration, formatMs, formatRate } from './table.ts';
import { createWorkloads, drain, pickInputs } from './workloads.ts';

/** What the orchestrator (run.ts) asks of one size. */
export interface SizeConfig {
  label: string;
  dir: string;
  seed: number;
  /** Seconds per workload and mode in-process, and per workload and server over HTTP. */
  seconds: number;
  httpSeconds: number;
  httpConnections: number;
  /** Also serve HTTP with a graphql-jit floor. */
  httpJit: boolean;
  /** The metrics are computed only when their estimate is within this many seconds. */
  metricsCapSeconds: number;
  /** Epoch milliseconds by which this size must be done: phases that would not fit are skipped. */
  deadline: number;
  resultPath: string;
}

export interface ModeTimings {
  raw?: Timing;
  graphql?: Timing;
  jit?: Timing;
}

export interface HttpTimings {
  app?: Timing & { failures: number };
  floor?: Timing & { failures: number };
  floorJit?: Timing & { failures: number };
}

export interface SizeResult {
  label: string;
  entities?: number;
  relations?: number;
  cold: {
    loadGraphDataMs?: number;
    loadGraphDataError?: string;
    fallbackLoadMs?: number;
    createKnowledgeBaseMs?: number;
    resolverMs?: number;
    metricSteps?: MetricStep[];
    /** `kb.metrics()` with the metrics in a worker thread, as kg serve computes them: until ready, and the event loop's longest stall meanwhile. */
    metricsWorker?: { ms: number; loopMaxMs: number };
    /** `computeMetrics` on the event loop, as the server did before the worker: how long, and the loop's longest stall (all of it). */
    metricsInProcess?: { ms: number; loopMaxMs: number };
    /** Whether both gave the same metrics, maps in the same order. */
    metricsIdentical?: boolean;
    metricsSkipped?: string;
  };
  memory?: {
    rssAfterLoadMb: number;
    rssMb: number;
    heapMb: number;
    /** The heap once the metrics are computed too, when they are. */
    withMetricsHeapMb?: number;
    /** The source texts' share of the heap (one byte a character). */
    textsMb: number;
    bareHeapMb: number;
    /** Heap of the knowledge base less the source texts, over that of a bare graphology graph of the same topology. */
    ratio: number;
  };
  inputs?: { medianDegree: number; hubDegree: number; hub: string };
  jit?: { correct: boolean; mismatches: string[] };
  inProcess: Record<
    string,
    ModeTimings & {
      what: string;
      jitMatches?: boolean;
      exportEstimate?: ReturnType<typeof estimateExport>;
      /** export-gexf: one export streamed and read to its end. */
      stream?: StreamedExport;
    }
  >;
  http: Record<string, HttpTimings>;
  skipped: string[];
  totalMs?: number;
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/** The metrics as plain arrays, so that maps compare in their order as well as by their entries. */
const inOrder = (metrics: GraphMetrics) => [
  [...metrics.centrality],
  [...metrics.community],
  metrics.communities,
  [...metrics.layout],
];
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The same knowledge base with empty metrics, ready, for sizes where computing them would not finish in time. */
function withoutMetrics(kb: KnowledgeBase): KnowledgeBase {
  const { graph, resolver, entityIds, relationIds, sources, relationsBySource } = kb;
  const empty: GraphMetrics = { centrality: new Map(), community: new Map(), communities: [], layout: new Map() };
  return {
    graph,
    resolver,
    entityIds,
    relationIds,
    sources,
    relationsBySource,
    metrics: () => Promise.resolve(empty),
    readyMetrics: () => empty,
    metricsStatus: { state: 'ready', ms: 0 },
    stopMetrics: () => {},
  };
}

/**
 * What a full GEXF export would cost, from two small ones: every hundredth relation with its
 * entities, and those entities alone. Their difference is the relations' share, scaled by the
 * relations; the second, per entity, is the entities' share, scaled by the entities.
 */
function estimateExport(kb: KnowledgeBase): { sampleMs: number; chars: number; ms: number } {
  const relations = kb.relationIds.filter((_, i) => i % 100 === 0);
  const ends = new Set(relations.flatMap((id) => kb.graph.extremities(id)));
  const entities = kb.entityIds.filter((id) => ends.has(id));
  const measure = (selected: readonly string[]) => {
    const start = performance.now();
    const text = exportSelection('GEXF', { kb, entities, relations: selected });
    return { ms: performance.now() - start, chars: text.length };
  };
  measure(relations.slice(0, 10));
  const both = measure(relations);
  const alone = measure([]);
  const perRelation = kb.relationIds.length / Math.max(1, relations.length);
  const perEntity = kb.entityIds.length / Math.max(1, entities.length);
  return {
    sampleMs: both.ms,
    chars: Math.max(0, both.chars - alone.chars) * perRelation + alone.chars * perEntity,
    ms: Math.max(0, both.ms - alone.ms) * perRelation + alone.ms * perEntity,
  };
}

/** One export streamed and read to its end, each chunk dropped once counted. */
export interface StreamedExport {
  bytes: number;
  chunks: number;
  /** From asking for the first chunk to having it: GEXF reads the whole graph first, for its attribute types. */
  firstByteMs: number;
  lastByteMs: number;
  /** The most heap in use (garbage not yet collected included) and resident memory above what they were before, in MB. */
  peakHeapMb: number;
  peakRssMb: number;
}

/**
 * Streams the whole graph as GEXF to nowhere: the time to the first and the last byte, the
 * bytes (UTF-8), and the peak heap and RSS above where they started, sampled every 16 chunks.
 */
function streamExport(kb: KnowledgeBase): StreamedExport {
  collectGarbage();
  const before = process.memoryUsage();
  let peakHeap = before.heapUsed;
  let peakRss = before.rss;
  const sample = () => {
    const { heapUsed, rss } = process.memoryUsage();
    peakHeap = Math.max(peakHeap, heapUsed);
    peakRss = Math.max(peakRss, rss);
  };
  const start = performance.now();
  let firstByteMs: number | undefined;
  let bytes = 0;
  let chunks = 0;
  for (const chunk of exportChunks('GEXF', selectGraph(kb))) {
    if (chunk === PAUSE) continue;
    firstByteMs ??= performance.now() - start;
    bytes += Buffer.byteLength(chunk);
    if (++chunks % 16 === 0) sample();
  }
  const lastByteMs = performance.now() - start;
  sample();
  return {
    bytes,
    chunks,
    firstByteMs: firstByteMs ?? lastByteMs,
    lastByteMs,
    peakHeapMb: mb(peakHeap - before.heapUsed),
    peakRssMb: mb(peakRss - before.rss),
  };
}

/** A copy of a string that shares no memory with it, so that the bare graph pays for its own keys. */
const ownCopy = (key: string) => Buffer.from(key, 'utf8').toString('utf8');

/**
 * The same topology with no attributes, as graphology builds it on its own: nodes and edges
 * keyed alike (with keys of its own), for the memory ratio.
 */
function bareGraph(graph: KnowledgeGraph): MultiGraph {
  const bare = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  graph.forEachNode((id) => bare.addNode(ownCopy(id)));
  graph.forEachEdge((id, _, source, target, __, ___, undirected) => {
    if (undirected) bare.addUndirectedEdgeWithKey(ownCopy(id), source, target);
    else bare.addDirectedEdgeWithKey(ownCopy(id), source, target);
  });
  return bare;
}

/** Runs `http-load.ts` in its own process against `url` and returns its timing. */
async function loadTest(config: LoadConfig, dir: string): Promise<Timing & { failures: number }> {
  const path = join(dir, `load-${process.pid}.json`);
  writeFileSync(path, JSON.stringify(config));
  const script = fileURLToPath(new URL('./http-load.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, path], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  rmSync(path, { force: true });
  if (code !== 0) throw new Error(`the load generator exited with ${code}`);
  return JSON.parse(out) as Timing & { failures: number };
}

/**
 * Loads the graph and builds its knowledge base, timing each step into `result.cold`. A function
 * of its own so that nothing of the loaded data outlives it in the caller's frame (an async
 * function's locals stay reachable across its awaits), which would count in the memory after load.
 */
async function coldStart(
  config: SizeConfig,
  result: SizeResult,
  say: (line: string) => void,
  save: () => void,
  began: number,
): Promise<{ kb: KnowledgeBase; rssAfterLoad: number }> {
  let data: GraphData | undefined;
  // The graph comes built from the load (the loader checks ids by adding relations to it), as kg serve gets it.
  let graph: KnowledgeGraph | undefined;
  say('cold: loadGraph ...');
  try {
    const loaded = await timed(() => loadGraph(config.dir));
    ({ data, graph } = loaded.value);
    result.cold.loadGraphDataMs = loaded.ms;
    say(`cold: loadGraph ${seconds(loaded.ms)}`);
  } catch (error) {
    result.cold.loadGraphDataError = `${(error as Error).name}: ${(error as Error).message}`.slice(0, 300);
    result.cold.loadGraphDataMs = performance.now() - began;
    say(`cold: loadGraph FAILED after ${seconds(result.cold.loadGraphDataMs)}: ${result.cold.loadGraphDataError}`);
    collectGarbage();
    const fallback = await timed(() => loadTrustedGraphData(config.dir));
    data = fallback.value;
    result.cold.fallbackLoadMs = fallback.ms;
    say(`cold: bench-only trusted load (no validation) ${seconds(fallback.ms)}, to measure what comes after`);
  }
  result.entities = data.entities.length;
  result.relations = data.relations.length;
  const rssAfterLoad = process.memoryUsage().rss;
  save();

  // The metrics go to a worker thread whatever the graph's size, as kg serve sends them above KG_METRICS_INLINE_MAX_RELATIONS.
  const created = await timed(() =>
    createKnowledgeBase(data as GraphData, { graph, metrics: (topology) => metricsInWorker(topology) }),
  );
  const kb = created.value;
  data = undefined;
  graph = undefined;
  result.cold.createKnowledgeBaseMs = created.ms;
  const resolver = await timed(() => createEntityResolver(kb.graph));
  result.cold.resolverMs = resolver.ms;
  say(`cold: createKnowledgeBase ${seconds(created.ms)} (of which the resolver ${seconds(resolver.ms)})`);
  save();

  return { kb, rssAfterLoad };
}

export async function runSize(config: SizeConfig): Promise<SizeResult> {
  const began = performance.now();
  const result: SizeResult = { label: config.label, cold: {}, inProcess: {}, http: {}, skipped: [] };
  const save = () => writeFileSync(config.resultPath, JSON.stringify(result, null, 2));
  const say = (line: string) => progress(`[${config.label}] ${line}`);
  const left = () => config.deadline - Date.now();
  const skip = (message: string) => {
    result.skipped.push(message);
    say(`SKIPPED ${message}`);
    save();
  };
  const limits: Limits = limitsFromEnv(process.env);

  // Cold start: loadGraphData, createKnowledgeBase, and the metrics it leaves to their first use.
  collectGarbage();
  const baseline = process.memoryUsage();
  const cold = await coldStart(config, result, say, save, began);
  let kb = cold.kb;
  const rssAfterLoad = cold.rssAfterLoad;

  // Memory after load, before the metrics: what the server holds once it can answer.
  collectGarbage();
  const loadedMemory = process.memoryUsage();
  collectGarbage();
  const beforeBare = process.memoryUsage().heapUsed;
  let bare: MultiGraph | undefined = bareGraph(kb.graph);
  collectGarbage();
  const bareHeap = process.memoryUsage().heapUsed - beforeBare;
  // Read after the measurement, so that the bare graph is alive during it.
  if (bare.order !== kb.graph.order) throw new Error('the bare graph lost entities');
  bare = undefined;
  const heap = loadedMemory.heapUsed - baseline.heapUsed;
  // The source texts are allowed for on top: every graph that can show its quotes holds them.
  let texts = 0;
  for (const source of kb.sources.values()) texts += source.text.length;
  result.memory = {
    rssAfterLoadMb: mb(rssAfterLoad),
    rssMb: mb(loadedMemory.rss),
    heapMb: mb(heap),
    textsMb: mb(texts),
    bareHeapMb: mb(bareHeap),
    ratio: Math.round(((heap - texts) / bareHeap) * 100) / 100,
  };
  say(
    `memory after load: RSS ${result.memory.rssMb} MB, knowledge base heap ${result.memory.heapMb} MB of which source texts ${result.memory.textsMb} MB, bare graph ${result.memory.bareHeapMb} MB ((heap - texts) / bare = ${result.memory.ratio})`,
  );
  save();

  // The metrics (centrality, communities, layout): step by step first, then for real if that fits,
  // twice: in the worker thread as the server computes them (kb.metrics()), then on the event
  // loop as computeMetrics alone, with the loop's longest stall during each.
  result.cold.metricSteps = estimateMetrics(kb.graph, (step) =>
    say(`cold: metrics ${step.step} ${seconds(step.ms)} (${step.basis})`),
  );
  save();
  const estimated = result.cold.metricSteps.reduce((sum, step) => sum + step.ms, 0);
  const capMs = Math.min(config.metricsCapSeconds * 1000, left() - 60_000);
  if (estimated <= capMs) {
    say(`cold: metrics in the worker thread (estimated ${seconds(estimated)} in-process) ...`);
    const worker = await timedWithLoopDelay(() => kb.metrics());
    result.cold.metricsWorker = { ms: worker.ms, loopMaxMs: worker.loopMaxMs };
    say(
      `cold: metrics in the worker thread ready after ${seconds(worker.ms)}; the event loop's longest stall meanwhile ${formatDuration(worker.loopMaxMs)}`,
    );
    save();
    if (estimated <= Math.min(config.metricsCapSeconds * 1000, left() - 60_000)) {
      say('cold: metrics in-process (computeMetrics on the event loop) ...');
      const inProcess = await timedWithLoopDelay(() => computeMetrics(kb.graph));
      result.cold.metricsInProcess = { ms: inProcess.ms, loopMaxMs: inProcess.loopMaxMs };
      result.cold.metricsIdentical = isDeepStrictEqual(inOrder(inProcess.value), inOrder(worker.value));
      say(
        `cold: metrics in-process ${seconds(inProcess.ms)}; the event loop's longest stall ${formatDuration(inProcess.loopMaxMs)}; ${result.cold.metricsIdentical ? 'identical to' : 'DIFFERENT from'} the worker's`,
      );
    } else {
      skip(`metrics in-process: estimated ${seconds(estimated)}, over the time left after the worker's`);
    }
  } else {
    result.cold.metricsSkipped = `estimated ${seconds(estimated)}, over the cap of ${seconds(capMs)} (BENCH_METRICS_CAP_S or the time left); the workloads run without metrics`;
    skip(`metrics: ${result.cold.metricsSkipped}`);
    kb.stopMetrics('stopping');
    kb = withoutMetrics(kb);
  }

  // What the metrics add, beside the memory after load measured above.
  collectGarbage();
  if (result.memory) result.memory.withMetricsHeapMb = mb(process.memoryUsage().heapUsed - baseline.heapUsed);
  save();

  const inputs = pickInputs(kb, config.seed);
  result.inputs = { medianDegree: inputs.medianDegree, hubDegree: inputs.hubDegree, hub: inputs.hub };
  const workloads = createWorkloads(kb, inputs);

  // In-process: the raw call, graphql-js execute and graphql-jit, each on a cached document. graphql-jit
  // is timed only on workloads where it answers exactly as graphql-js does.
  const mismatches: string[] = [];
  let exportMs = 0;
  for (const workload of workloads) {
    if (left() < 3 * config.seconds * 1000 + 60_000) {
      skip(`in-process ${workload.name}: ${seconds(left())} left of the time budget`);
      continue;
    }
    const entry: SizeResult['inProcess'][string] = { what: workload.what };
    result.inProcess[workload.name] = entry;
    const heavy = workload.maxCalls < 1000;
    const options = { seconds: config.seconds, maxCalls: workload.maxCalls, warmup: heavy ? 0 : 50 };
    if (workload.name === 'export-gexf') {
      const estimate = estimateExport(kb);
      entry.exportEstimate = estimate;
      say(
        `export-gexf: a 1% sample took ${formatMs(estimate.sampleMs)} ms; the whole graph would be ~${mb(estimate.chars)} MB in ~${seconds(estimate.ms)}`,
      );
      if (estimate.ms > left() - 120_000) {
        delete result.inProcess[workload.name];
        skip(`export-gexf: estimated ${seconds(estimate.ms)} to stream once, does not fit the time left`);
        continue;
      }
      const stream = streamExport(kb);
      entry.stream = stream;
      exportMs = stream.lastByteMs;
      say(
        `export-gexf: streamed ${mb(stream.bytes)} MB in ${seconds(stream.lastByteMs)} (first byte after ${seconds(stream.firstByteMs)}, ${formatRate(stream.bytes / 2 ** 20 / (stream.lastByteMs / 1000))} MB/s), ${stream.chunks} chunks; peak heap +${stream.peakHeapMb} MB, RSS +${stream.peakRssMb} MB`,
      );
      save();
      if (stream.lastByteMs * 3 > left() - 120_000) {
        skip(
          `export-gexf: one stream takes ${seconds(stream.lastByteMs)}; repeating it raw, over GraphQL and over HTTP does not fit the time left`,
        );
        continue;
      }
    }
    entry.raw = await repeat(
      (i) => workload.raw(i, new WorkBudget(limits.workBudget, limits.timeoutMs)),
      () => 'ok',
      options,
    );
    say(`in-process ${workload.name} raw: ${describe(entry.raw)}`);
    save();
    if (workload.name === 'export-gexf') {
      if (!(entry.raw.outcomes.ok ?? 0)) {
        skip(`GraphQL and HTTP export-gexf: the raw export failed (${Object.keys(entry.raw.outcomes).join(', ')})`);
        exportMs = 0;
        continue;
      }
      if ((entry.stream?.bytes ?? 0) <= limits.exportCacheMaxBytes) {
        const warmed = await timed(() => drain(graphExport(kb, 'GEXF', {}, limits.exportCacheMaxBytes).chunks()));
        say(`export-gexf: the per-load cache filled in ${seconds(warmed.ms)}`);
      } else {
        say(
          `export-gexf: larger than KG_EXPORT_CACHE_MAX_BYTES (${mb(limits.exportCacheMaxBytes)} MB), so GraphQL and HTTP write it afresh each time`,
        );
      }
    }
    entry.jitMatches = true;
    try {
      const js = createRunner(kb, limits, workload.query, 'graphql-js');
      const jit = createRunner(kb, limits, workload.query, 'graphql-jit');
      for (let i = 0; i < (heavy ? 2 : 8); i++) {
        const [a, b] = [await js(workload.variables(i)), await jit(workload.variables(i))];
        if (normalizeResult(a) !== normalizeResult(b)) {
          entry.jitMatches = false;
          mismatches.push(`${workload.name} #${i}`);
        }
      }
    } catch (error) {
      entry.jitMatches = false;
      mismatches.push(`${workload.name}: ${(error as Error).message}`);
    }
    if (!entry.jitMatches) say(`graphql-jit differs from graphql-js on ${workload.name}; not timed`);
    for (const executor of ['graphql-js', 'graphql-jit'] as Executor[]) {
      if (executor === 'graphql-jit' && !entry.jitMatches) continue;
      const run = createRunner(kb, limits, workload.query, executor);
      const timing = await repeat((i) => run(workload.variables(i)), resultOutcome, options);
      entry[executor === 'graphql-js' ? 'graphql' : 'jit'] = timing;
      say(`in-process ${workload.name} ${executor}: ${describe(timing)}`);
      save();
    }
  }
  result.jit = { correct: mismatches.length === 0, mismatches };
  save();

  // HTTP: the real app and the bare floor server(s), loaded from another process.
  const servers: { name: keyof HttpTimings; start: () => Promise<{ url: string; stop: () => Promise<void> }> }[] = [
    {
      name: 'app',
      start: async () => {
        const app = createApp({ knowledgeBase: () => kb, limits });
        const { server, url } = await listen(app, 0, '127.0.0.1');
        return { url, stop: () => close(server, 1000) };
      },
    },
    {
      name: 'floor',
      start: async () => {
        const { server, url } = await startFloorServer(kb, limits, 'graphql-js');
        return { url, stop: () => close(server, 1000) };
      },
    },
  ];
  if (config.httpJit && mismatches.length === 0) {
    servers.push({
      name: 'floorJit',
      start: async () => {
        const { server, url } = await startFloorServer(kb, limits, 'graphql-jit');
        return { url, stop: () => close(server, 1000) };
      },
    });
  }
  const running = await Promise.all(servers.map(async (s) => ({ ...s, ...(await s.start()) })));
  const tmp = join(fileURLToPath(new URL('.', import.meta.url)), '.cache');
  for (const workload of workloads) {
    // A slow workload is sent a fixed number of requests over two connections, none dropped unanswered.
    const serviceMs = result.inProcess[workload.name]?.graphql?.p50 ?? 0;
    const slow = serviceMs > 5;
    const perServer = Math.max(config.httpSeconds * 1000, 4 * serviceMs) + 1500;
    if (left() < running.length * perServer + 20_000) {
      skip(`HTTP ${workload.name}: ${seconds(left())} left of the time budget`);
      continue;
    }
    const isExport = workload.name === 'export-gexf';
    if (isExport && (exportMs === 0 || exportMs > 20_000)) {
      skip(
        exportMs === 0
          ? 'HTTP export-gexf: there is no export to serve (see export-gexf above)'
          : `HTTP export-gexf: one stream takes ${seconds(exportMs)}; serving it is not measured`,
      );
      continue;
    }
    const timings: HttpTimings = {};
    result.http[workload.name] = timings;
    for (const server of running) {
      const config_: LoadConfig = isExport
        ? {
            url: server.url,
            path: '/export/graph.gexf',
            method: 'GET',
            bodies: [],
            seconds: config.httpSeconds,
            warmupSeconds: 0,
            connections: 2,
            maxRequests: 8,
          }
        : {
            url: server.url,
            path: '/graphql',
            method: 'POST',
            bodies: Array.from({ length: 64 }, (_, i) =>
              JSON.stringify({ query: workload.query, variables: workload.variables(i) }),
            ),
            seconds: config.httpSeconds,
            ...(slow
              ? {
                  warmupSeconds: 0,
                  connections: 2,
                  maxRequests: Math.min(200, Math.max(4, Math.round((config.httpSeconds * 1000) / serviceMs))),
                }
              : { warmupSeconds: 0.5, connections: config.httpConnections }),
          };
      try {
        const timing = await loadTest(config_, tmp);
        timings[server.name] = timing;
        say(`HTTP ${workload.name} ${server.name}: ${describe(timing)}`);
      } catch (error) {
        skip(`HTTP ${workload.name} ${server.name}: ${(error as Error).message}`);
      }
      save();
    }
  }
  await Promise.all(running.map((s) => s.stop()));
  result.totalMs = performance.now() - began;
  save();
  return result;
}

function describe(timing: Timing): string {
  const outcomes = Object.entries(timing.outcomes)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return `${timing.count} calls, p50 ${formatMs(timing.p50)} ms, p99 ${formatMs(timing.p99)} ms, ${formatRate(timing.throughput)}/s (${outcomes})`;
}

/** Used by run.ts: the orchestrator starts this file with the path of a SizeConfig. */
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const config = JSON.parse(await readFile(process.argv[2] as string, 'utf8')) as SizeConfig;
  await runSize(config);
  process.exit(0);
}
