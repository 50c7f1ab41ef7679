// Shared test helpers: copies of the tiny fixture graph that a test may break.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CliIO, runCli } from '../src/cli/program.ts';
import { DEFAULT_DATA_DIR } from '../src/config.ts';
import { type GraphData, loadGraphData } from '../src/data/load.ts';
import { GraphDataError } from '../src/errors.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../src/graph/knowledge-base.ts';

export const TINY_GRAPH_DIR = fileURLToPath(new URL('./fixtures/tiny-graph', import.meta.url));

/** A fresh copy of the tiny fixture graph in a temporary directory. */
export async function copyTinyGraph(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-test-'));
  await cp(TINY_GRAPH_DIR, dir, { recursive: true });
  return dir;
}

/** Rewrites a JSON file of a graph-data copy through `edit`. */
export async function editJson(
  dir: string,
  file: string, // biome-ignore lint/suspicious/noExplicitAny: tests poke at arbitrary JSON
  edit: (value: any) => void,
): Promise<void> {
  const path = join(dir, file);
  const value = JSON.parse(await readFile(path, 'utf8'));
  edit(value);
  await writeFile(path, JSON.stringify(value, null, 2));
}

/** Loads `dir` expecting it to fail; returns the problems. */
export async function loadProblems(dir: string): Promise<GraphDataError['problems']> {
  let loaded: GraphData | undefined;
  try {
    loaded = await loadGraphData(dir);
  } catch (error) {
    if (error instanceof GraphDataError) return error.problems;
    throw error;
  }
  throw new Error(`expected ${dir} to fail to load, but it loaded ${loaded.relations.length} relations`);
}

let realKnowledgeBase: Promise<KnowledgeBase> | undefined;

/** The knowledge base of the project's own graph-data/, loaded once per test file. */
export function realGraph(): Promise<KnowledgeBase> {
  realKnowledgeBase ??= loadGraphData(DEFAULT_DATA_DIR).then(createKnowledgeBase);
  return realKnowledgeBase;
}

/** Runs the `kg` CLI in-process, as bin/kg.js does, capturing what it prints (standard output as one text). */
export async function runKg(
  args: string[],
  {
    cwd = process.cwd(),
    env = {},
    stopSignal,
  }: { cwd?: string; env?: NodeJS.ProcessEnv; stopSignal?: Promise<string> } = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  const err: string[] = [];
  const io: CliIO = {
    out: (line) => {
      out += `${line}\n`;
    },
    err: (line) => err.push(line),
    write: async (text) => {
      out += text;
    },
    cwd,
    env,
    stopSignal,
  };
  const code = await runCli(args, io);
  return { code, out: out.replace(/\n$/, ''), err: err.join('\n') };
}
