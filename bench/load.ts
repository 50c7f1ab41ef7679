// The load test: the real server in this process, autocannon against a mix of lookups, neighbourhoods, paths and exports; exit 1 on any failure or memory growth.
import type { EventEmitter } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { dataDirFromEnv, limitsFromEnv } from '../src/config.ts';
import { loadGraphData } from '../src/data/load.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../src/graph/knowledge-base.ts';
import { createApp } from '../src/server/app.ts';
import { close, listen } from '../src/server/listen.ts';

/** Concurrent connections, seconds of warm-up and of the measured run: LOAD_CONNECTIONS, LOAD_WARMUP_S, LOAD_DURATION_S. */
const DEFAULTS = { connections: 50, warmupS: 10, durationS: 20 };
/** The most resident memory may grow from the end of the warm-up to the end of the run. */
const MAX_RSS_GROWTH = 1.1;
const RESULTS_FILE = fileURLToPath(new URL('./results/load.json', import.meta.url));
/** How many failed answers, and how many GraphQL error bodies, the summary quotes. */
const MAX_SAMPLES = 5;

// autocannon ships no types: the little of its API used here.
interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
}
interface Histogram {
  average: number;
  max: number;
  p50: number;
  p90: number;
  p99: number;
  total: number;
}
interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  '5xx': number;
  statusCodeStats: Record<string, { count: number }>;
  latency: Histogram;
  requests: Histogram & { sent: number };
  throughput: Histogram;
}
type AutocannonInstance = EventEmitter & PromiseLike<AutocannonResult>;
interface Autocannon {
  (options: {
    url: string;
    connections: number;
    duration: number;
    requests: AutocannonRequest[];
    timeout?: number;
  }): AutocannonInstance;
  track(instance: AutocannonInstance, options: { renderResultsTable: boolean; renderLatencyTable: boolean }): void;
}
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** A whole number of at least 1 from the environment, or `fallback`. */
function positiveFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new Error(`${name}=${JSON.stringify(raw)} is not a whole number of at least 1`);
  }
  return value;
}

/** One kind of request in the mix: how often it comes, and how to make one. */
interface RequestKind {
  name: string;
  weight: number;
  make: () => AutocannonRequest;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

const graphql = (query: string, variables: Record<string, unknown>): AutocannonRequest => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query, variables }),
});

const exportOf = (file: string): AutocannonRequest => ({ method: 'GET', path: `/export/${file}`, headers: {} });

/** The mix: entity lookups by alias, neighbourhoods, paths between random pairs of real entities, exports. */
function requestKinds(kb: KnowledgeBase): RequestKind[] {
  const names = kb.entityIds.map((id) => kb.graph.getNodeAttribute(id, 'name'));
  const aliases = kb.entityIds.flatMap((id) => kb.graph.getNodeAttribute(id, 'aliases'));
  const pair = () => ({ from: pick(names), to: pick(names) });
  return [
    {
      name: 'entity by alias',
      weight: 30,
      make: () => graphql('query($ref: String!) { entity(ref: $ref) { id name kind degree } }', { ref: pick(aliases) }),
    },
    {
      name: 'neighborhood',
      weight: 25,
      make: () =>
        graphql(
          'query($ref: String!, $depth: Int) { neighborhood(ref: $ref, depth: $depth) { entities { id name } relations { id type } } }',
          { ref: pick(names), depth: pick([1, 2]) },
        ),
    },
    {
      name: 'shortestPath',
      weight: 20,
      make: () =>
        graphql(
          'query($from: String!, $to: String!) { shortestPath(from: $from, to: $to) { length steps { forward relation { id type } to { name } } } }',
          pair(),
        ),
    },
    {
      name: 'paths',
      weight: 15,
      make: () =>
        graphql(
          'query($from: String!, $to: String!, $maxLength: Int) { paths(from: $from, to: $to, maxLength: $maxLength, first: 10) { length relations { id } } }',
          { ...pair(), maxLength: pick([2, 3]) },
        ),
    },
    { name: 'export .gexf', weight: 5, make: () => exportOf('graph.gexf') },
    { name: 'export .json', weight: 5, make: () => exportOf('graph.json') },
  ];
}

/** An answer quoted in the summary: what was asked and what came back. */
interface Sample {
  kind: string;
  status: number;
  request?: string;
  body: string;
}

/** What one run saw beyond autocannon's counts: requests sent by kind, responses whose body has GraphQL `errors`, failures. */
interface Tally {
  byKind: Record<string, number>;
  graphqlErrors: number;
  errorSamples: Sample[];
  failureSamples: Sample[];
}

/** A single autocannon request that, on each turn, draws a kind from the mix and checks its answer. */
function mixedRequest(kinds: RequestKind[], tally: Tally): AutocannonRequest {
  const totalWeight = kinds.reduce((sum, k) => sum + k.weight, 0);
  const draw = () => {
    let at = Math.random() * totalWeight;
    for (const kind of kinds) {
      at -= kind.weight;
      if (at < 0) return kind;
    }
    return kinds[kinds.length - 1] as RequestKind;
  };
  return {
    // Each connection waits for its answer before the next request, so the context holds the request answered.
    setupRequest: (defaults, context) => {
      const kind = draw();
      const request = { ...defaults, ...kind.make() };
      context.kind = kind.name;
      context.body = request.body;
      tally.byKind[kind.name] = (tally.byKind[kind.name] ?? 0) + 1;
      return request;
    },
    onResponse: (status, body, context) => {
      const sample = (): Sample => ({
        kind: String(context.kind),
        status,
        request: context.body as string | undefined,
        body: body.slice(0, 500),
      });
      if (status >= 300 && tally.failureSamples.length < MAX_SAMPLES) tally.failureSamples.push(sample());
      if (!body.startsWith('{') || !body.includes('"errors"')) return;
      let errors: unknown;
      try {
        errors = (JSON.parse(body) as { errors?: unknown }).errors;
      } catch {
        return;
      }
      if (!Array.isArray(errors)) return;
      tally.graphqlErrors += 1;
      if (tally.errorSamples.length < MAX_SAMPLES) tally.errorSamples.push(sample());
    },
  };
}

/** Runs autocannon for `durationS` seconds, with its progress bar on a terminal or a line a second elsewhere. */
async function run(url: string, label: string, connections: number, durationS: number, kinds: RequestKind[]) {
  const tally: Tally = { byKind: {}, graphqlErrors: 0, errorSamples: [], failureSamples: [] };
  const instance = autocannon({
    url,
    connections,
    duration: durationS,
    requests: [mixedRequest(kinds, tally)],
    timeout: 10,
  });
  process.stderr.write(`${label}: ${connections} connections for ${durationS} s\n`);
  if (process.stderr.isTTY) {
    autocannon.track(instance, { renderResultsTable: false, renderLatencyTable: false });
  } else {
    let second = 0;
    instance.on('tick', ({ counter }: { counter: number }) => {
      second += 1;
      if (second <= durationS) process.stderr.write(`  ${label} ${second} s: ${counter} requests\n`);
    });
  }
  const result = await instance;
  return { result, tally };
}

/**
 * A full garbage collection, got the way jest's leak detector gets one (no --expose-gc needed):
 * without it, garbage not yet collected would pass for growth between the two readings.
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Resident memory and heap in use, after a full collection. */
function memory() {
  collectGarbage();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function main(): Promise<number> {
  const connections = positiveFromEnv('LOAD_CONNECTIONS', DEFAULTS.connections);
  const warmupS = positiveFromEnv('LOAD_WARMUP_S', DEFAULTS.warmupS);
  const durationS = positiveFromEnv('LOAD_DURATION_S', DEFAULTS.durationS);

  const kb = createKnowledgeBase(await loadGraphData(dataDirFromEnv()));
  const app = createApp({ knowledgeBase: () => kb, limits: limitsFromEnv() });
  const { server, url } = await listen(app, 0, '127.0.0.1');
  process.stderr.write(`serving ${kb.graph.order} entities and ${kb.graph.size} relations at ${url}\n`);
  const kinds = requestKinds(kb);

  try {
    const warmup = await run(url, 'warm-up', connections, warmupS, kinds);
    const afterWarmup = memory();
    const { result, tally } = await run(url, 'measured run', connections, durationS, kinds);
    const atEnd = memory();
    const rssRatio = atEnd.rss / afterWarmup.rss;
    const warmupFailed = warmup.result.errors + warmup.result.timeouts + warmup.result.non2xx;

    // Every reason to exit 1.
    const problems = [
      result.errors > 0 && `${result.errors} requests failed`,
      result.timeouts > 0 && `${result.timeouts} requests timed out`,
      result.non2xx > 0 && `${result.non2xx} answers were not 2xx (${result['5xx']} of them 5xx)`,
      tally.graphqlErrors > 0 && `${tally.graphqlErrors} GraphQL answers had errors`,
      warmupFailed + warmup.tally.graphqlErrors > 0 && 'requests failed during the warm-up',
      rssRatio > MAX_RSS_GROWTH && `resident memory grew x${rssRatio.toFixed(3)}, more than x${MAX_RSS_GROWTH}`,
    ].filter((problem): problem is string => typeof problem === 'string');

    const summary = {
      finishedAt: new Date().toISOString(),
      node: process.version,
      url,
      connections,
      warmupSeconds: warmupS,
      durationSeconds: result.duration,
      requests: result.requests.total,
      requestsSent: result.requests.sent,
      requestsSentByKind: tally.byKind,
      throughputRequestsPerSecond: result.requests.average,
      throughputBytesPerSecond: result.throughput.average,
      latencyMs: {
        average: result.latency.average,
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
      },
      statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
      non2xx: result.non2xx,
      status5xx: result['5xx'],
      errors: result.errors,
      timeouts: result.timeouts,
      graphqlErrorResponses: tally.graphqlErrors,
      graphqlErrorSamples: tally.errorSamples,
      failureSamples: tally.failureSamples,
      warmup: {
        requests: warmup.result.requests.total,
        failed: warmupFailed,
        graphqlErrorResponses: warmup.tally.graphqlErrors,
      },
      rssMb: { afterWarmup: mb(afterWarmup.rss), atEnd: mb(atEnd.rss), ratio: Math.round(rssRatio * 1000) / 1000 },
      heapUsedMb: { afterWarmup: mb(afterWarmup.heapUsed), atEnd: mb(atEnd.heapUsed) },
      maxRssGrowth: MAX_RSS_GROWTH,
      problems,
      passed: problems.length === 0,
    };

    const { latencyMs: latency, rssMb: rss } = summary;
    const quote = (s: Sample) => `  ${s.kind} (${s.status}): ${s.body.slice(0, 200)}`;
    const lines = [
      '',
      `requests      ${summary.requests} in ${summary.durationSeconds} s (${summary.requestsSent} sent)`,
      `  sent        ${Object.entries(summary.requestsSentByKind)
        .map(([kind, n]) => `${kind} ${n}`)
        .join(', ')}`,
      `throughput    ${summary.throughputRequestsPerSecond.toFixed(1)} req/s, ${mb(summary.throughputBytesPerSecond)} MB/s`,
      `latency       p50 ${latency.p50} ms, p90 ${latency.p90} ms, p99 ${latency.p99} ms, max ${latency.max} ms`,
      `status codes  ${JSON.stringify(summary.statusCodes)}`,
      `failures      non-2xx ${summary.non2xx}, 5xx ${summary.status5xx}, errors ${summary.errors}, timeouts ${summary.timeouts}`,
      ...summary.failureSamples.map(quote),
      `GraphQL       ${summary.graphqlErrorResponses} responses with errors`,
      ...summary.graphqlErrorSamples.map(quote),
      `memory (rss)  ${rss.afterWarmup} MB after warm-up, ${rss.atEnd} MB at the end: x${rss.ratio} (at most x${MAX_RSS_GROWTH})`,
      `  heap used   ${summary.heapUsedMb.afterWarmup} MB, then ${summary.heapUsedMb.atEnd} MB (each after a full GC)`,
      `result        ${summary.passed ? 'PASS' : `FAIL: ${problems.join('; ')}`}`,
      `written to    ${RESULTS_FILE}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);

    await mkdir(dirname(RESULTS_FILE), { recursive: true });
    await writeFile(RESULTS_FILE, `${JSON.stringify(summary, null, 2)}\n`);
    return summary.passed ? 0 : 1;
  } finally {
    await close(server, 1000);
  }
}

process.exitCode = await main();
