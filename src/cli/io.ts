// What every command shares: where it writes, how it shows paths and counts, how it loads the graph.
import { isAbsolute, relative } from 'node:path';
import { type Command, Option } from 'commander';
import { dataDirFromEnv, limitsFromEnv } from '../config.ts';
import { loadGraph } from '../data/load.ts';
import { UsageError } from '../errors.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../graph/knowledge-base.ts';
import { createMetricsRunner } from '../graph/metrics-runner.ts';
import { RELATION_TYPES, type RelationType } from '../model.ts';

/** Where the CLI writes and what it reads from its surroundings; tests pass their own. */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  /** Writes `text` to standard output as it is (no newline added); resolves once more may be written. */
  write(text: string): Promise<void>;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Resolves when the process is asked to stop (SIGINT, SIGTERM); `kg serve` waits on it. */
  stopSignal?: Promise<string>;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A path as the user would type it: relative to the working directory when inside it. */
export function displayPath(path: string, cwd: string): string {
  if (!isAbsolute(path)) return path;
  const inside = relative(cwd, path);
  return inside === '' ? '.' : inside.startsWith('..') ? path : inside;
}

/** Adds `-d, --data <dir>` to a command. */
export function withDataOption(command: Command): Command {
  return command.option(
    '-d, --data <dir>',
    "the graph-data directory (default: $KG_DATA_DIR, else the project's graph-data/)",
  );
}

/**
 * Loads the knowledge base a command works on; its metrics, when asked for, are computed as
 * KG_METRICS_INLINE_MAX_RELATIONS says (in-process, or in a worker thread); its quotes are
 * located as KG_QUOTE_WORKER_MIN_BYTES says.
 * @throws GraphDataError with every problem; UsageError for a malformed KG_* setting.
 */
export async function loadKnowledgeBase(io: CliIO, dir: string | undefined): Promise<KnowledgeBase> {
  const { metricsInlineMaxRelations, quoteWorkerMinBytes } = limits(io);
  const { data, graph } = await loadGraph(dir ?? dataDirFromEnv(io.env), { quoteWorkerMinBytes });
  return createKnowledgeBase(data, { graph, metrics: createMetricsRunner(metricsInlineMaxRelations) });
}

export function limits(io: CliIO) {
  return limitsFromEnv(io.env);
}

/** `--types ALLY,RIVAL`: relation types, comma-separated, case-insensitive. */
export function typesOption(): Option {
  return new Option(
    '-t, --types <types>',
    `only these relation types, comma-separated: ${RELATION_TYPES.join(',')}`,
  ).argParser(parseTypes);
}

export function parseTypes(value: string): RelationType[] {
  return value
    .split(',')
    .map((t) => t.trim().toUpperCase())
    .filter(Boolean)
    .map((type) => {
      if (!(RELATION_TYPES as string[]).includes(type)) {
        throw new UsageError(
          `--types: "${type}" is not a relation type; expected some of ${RELATION_TYPES.join(', ')}`,
        );
      }
      return type as RelationType;
    });
}

/** A whole number option within a range. */
export function intOption(flag: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new UsageError(`${flag}: "${value}" is not a whole number from ${min} to ${max}`);
    }
    return n;
  };
}
