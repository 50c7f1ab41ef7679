// The benchmark (`npm run bench`): per size, a generated graph (cached), then cold start, memory, and every workload raw, over GraphQL and over HTTP.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITIES_PER_RELATION } from '../src/synth/generate.ts';
import { readTypeMix } from '../src/synth/type-mix.ts';
import { CACHE_DIR, ensureGraph, type GraphSize } from './cache.ts';
import { progress } from './measure.ts';
import type { SizeConfig, SizeResult } from './size-runner.ts';
import { coldTable, exportTable, workloadTable } from './table.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_DIR = join(ROOT, 'bench', 'results');

/** Every setting, with its default; each can be set by environment. */
export const BENCH_SETTINGS = {
  sizes: { env: 'BENCH_SIZES', value: '1k,100k,1M', what: 'graph sizes, in relations, comma-separated (k, M)' },
  seed: { env: 'BENCH_SEED', value: '42', what: 'seed of the generated graphs and of the inputs' },
  seconds: { env: 'BENCH_SECONDS', value: '1', what: 'seconds per workload and in-process mode' },
  httpSeconds: { env: 'BENCH_HTTP_SECONDS', value: '1.5', what: 'seconds per workload and HTTP server' },
  connections: { env: 'BENCH_CONNECTIONS', value: '8', what: 'concurrent HTTP connections' },
  httpJit: { env: 'BENCH_HTTP_JIT', value: '0', what: '1: also an HTTP floor server on graphql-jit' },
  metricsCap: {
    env: 'BENCH_METRICS_CAP_S',
    value: '150',
    what: 'the metrics are computed only if estimated within this many seconds',
  },
  budget: {
    env: 'BENCH_BUDGET_S',
    value: '600',
    what: 'seconds for the whole run; phases that would not fit are skipped',
  },
  heap: { env: 'BENCH_MAX_OLD_SPACE_MB', value: '16384', what: 'heap limit of each size process' },
  cpuProf: { env: 'BENCH_CPU_PROF', value: '0', what: '1: write a CPU profile per size to bench/.cache/profiles/' },
} as const;

type Settings = { [K in keyof typeof BENCH_SETTINGS]: string };

function settingsFromEnv(): Settings {
  return Object.fromEntries(
    Object.entries(BENCH_SETTINGS).map(([key, { env, value }]) => [key, process.env[env] || value]),
  ) as Settings;
}

function number(name: keyof Settings, settings: Settings, min: number): number {
  const value = Number(settings[name]);
  if (!Number.isFinite(value) || value < min) {
    throw new Error(`${BENCH_SETTINGS[name].env}=${settings[name]} is not a number of at least ${min}`);
  }
  return value;
}

/**
 * `1k,100k,1M` as graph sizes; entities are a tenth of relations, as in the real graph.
 * @throws Error naming BENCH_SIZES for a size it cannot read.
 */
export function parseSizes(text: string): GraphSize[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((label) => {
      const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(label);
      const scale = { '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[match?.[2] ?? ''] ?? 1;
      const relations = match ? Math.round(Number(match[1]) * scale) : Number.NaN;
      if (!Number.isSafeInteger(relations) || relations < 100) {
        throw new Error(`BENCH_SIZES: "${label}" is not a size of at least 100 relations, such as 1k, 100k or 1M`);
      }
      return { label, relations, entities: Math.max(10, Math.round(relations * ENTITIES_PER_RELATION)) };
    });
}

/** Runs size-runner.ts for one size in its own process; kills it at `deadline` and keeps what it had written. */
async function runSizeProcess(config: SizeConfig, settings: Settings): Promise<SizeResult | undefined> {
  const script = fileURLToPath(new URL('./size-runner.ts', import.meta.url));
  const configPath = join(CACHE_DIR, `size-${config.label}.config.json`);
  await writeFile(configPath, JSON.stringify(config));
  const profiles = join(CACHE_DIR, 'profiles');
  if (settings.cpuProf === '1') await mkdir(profiles, { recursive: true });
  const child = spawn(
    process.execPath,
    [
      `--max-old-space-size=${settings.heap}`,
      '--expose-gc',
      ...(settings.cpuProf === '1' ? ['--cpu-prof', `--cpu-prof-dir=${profiles}`] : []),
      '--import',
      'tsx',
      script,
      configPath,
    ],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const timer = setTimeout(
    () => {
      progress(`[${config.label}] STOPPED: past the time budget (BENCH_BUDGET_S); keeping what was measured`);
      child.kill('SIGKILL');
    },
    Math.max(1_000, config.deadline - Date.now() + 15_000),
  );
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  if (code !== 0) progress(`[${config.label}] the size process exited with ${code ?? 'a signal'}`);
  if (!existsSync(config.resultPath)) return undefined;
  return JSON.parse(readFileSync(config.resultPath, 'utf8')) as SizeResult;
}

/** Formats a results file as the project's formatter would, so that it can be committed as it is; best effort. */
function formatWithBiome(path: string): void {
  try {
    execFileSync(join(ROOT, 'node_modules', '.bin', 'biome'), ['format', '--write', path], {
      cwd: ROOT,
      stdio: 'ignore',
    });
  } catch {}
}

function gitCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const settings = settingsFromEnv();
  const sizes = parseSizes(settings.sizes);
  const seed = number('seed', settings, 0);
  const began = Date.now();
  const deadline = began + number('budget', settings, 10) * 1000;
  const mix = await readTypeMix();
  progress(
    `bench: sizes ${sizes.map((s) => s.label).join(', ')}, seed ${seed}, ${cpus().length} cores, budget ${settings.budget} s`,
  );
  const results: SizeResult[] = [];
  const generated: Record<string, unknown> = {};
  for (const size of sizes) {
    if (Date.now() > deadline - 20_000) {
      progress(`[${size.label}] SKIPPED: no time left of BENCH_BUDGET_S=${settings.budget}`);
      continue;
    }
    const { dir, generated: summary } = await ensureGraph(size, seed, mix);
    if (summary) generated[size.label] = summary;
    const result = await runSizeProcess(
      {
        label: size.label,
        dir,
        seed,
        seconds: number('seconds', settings, 0.1),
        httpSeconds: number('httpSeconds', settings, 0.5),
        httpConnections: number('connections', settings, 1),
        httpJit: settings.httpJit === '1',
        metricsCapSeconds: number('metricsCap', settings, 0),
        deadline,
        resultPath: join(CACHE_DIR, `size-${size.label}.result.json`),
      },
      settings,
    );
    if (result) results.push(result);
  }

  const table = workloadTable(results);
  const cold = coldTable(results);
  process.stdout.write(`\n${table}\n\nCold start and memory (~: extrapolated from a sample)\n${cold}\n`);
  process.stdout.write(`\nThe whole graph as GEXF, streamed once and read to its end\n${exportTable(results)}\n`);
  const skipped = results.flatMap((r) => r.skipped.map((s) => `[${r.label}] ${s}`));
  if (skipped.length > 0) process.stdout.write(`\nSkipped:\n${skipped.map((s) => `  ${s}`).join('\n')}\n`);

  await mkdir(RESULTS_DIR, { recursive: true });
  const stamp = new Date(began).toISOString().replace(/:/g, '-').replace(/\..*/, '');
  const path = join(RESULTS_DIR, `${stamp}.json`);
  const report = {
    startedAt: new Date(began).toISOString(),
    durationS: Math.round((Date.now() - began) / 1000),
    commit: gitCommit(),
    node: process.version,
    cpus: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    settings,
    typeMix: mix,
    generated,
    results,
  };
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
  formatWithBiome(path);
  process.stdout.write(`\nwrote ${join('bench', 'results', `${stamp}.json`)} (${report.durationS} s in all)\n`);
}

await main();
