// The `kg` command line: commands, exit codes (0 ok, 1 user error, 2 usage error) and error reports.
import { isAbsolute, relative } from 'node:path';
import { Command, CommanderError } from 'commander';
import { dataDirFromEnv } from '../config.ts';
import { loadGraphData } from '../data/load.ts';
import { formatProblem, GraphDataError, UserError } from '../errors.ts';
import { RELATION_TYPES } from '../model.ts';

export const EXIT_OK = 0;
export const EXIT_USER_ERROR = 1;
export const EXIT_USAGE_ERROR = 2;

/** Where the CLI writes; tests pass their own. */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A path as the user would type it: relative to the working directory when inside it. */
function displayPath(path: string, cwd: string): string {
  if (!isAbsolute(path)) return path;
  const inside = relative(cwd, path);
  return inside === '' ? '.' : inside.startsWith('..') ? path : inside;
}

function createProgram(io: CliIO): Command {
  const program = new Command('kg')
    .description('alliance-graph: a knowledge graph of geopolitical relations, each grounded in a verbatim quote.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showHelpAfterError('(run kg --help for usage)');

  program
    .command('validate')
    .description(
      'Check a graph-data directory: schema, references, aliases and that every quote is verbatim in its source.',
    )
    .argument('[dir]', "the graph-data directory (default: $KG_DATA_DIR, else the project's graph-data/)")
    .action(async (dir: string | undefined) => {
      const target = dir ?? dataDirFromEnv(io.env);
      const data = await loadGraphData(target);
      const counts = new Map<string, number>();
      for (const relation of data.relations) counts.set(relation.type, (counts.get(relation.type) ?? 0) + 1);
      const byType = RELATION_TYPES.filter((t) => counts.has(t))
        .map((t) => `${t} ${counts.get(t)}`)
        .join(', ');
      const quotes = data.relations.reduce((n, r) => n + r.evidence.length, 0);
      io.out(
        `${displayPath(target, io.cwd)}: ${plural(data.entities.length, 'entity', 'entities')}, ` +
          `${plural(data.relations.length, 'relation')}, ${plural(data.sources.length, 'source')}, ` +
          `${plural(quotes, 'quote')} located; by type: ${byType || 'none'}`,
      );
    });

  return program;
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code; never throws. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE_ERROR;
    }
    if (error instanceof GraphDataError) {
      for (const problem of error.problems)
        io.err(formatProblem({ ...problem, file: displayPath(problem.file, io.cwd) }));
      io.err(`${plural(error.problems.length, 'problem')} in ${displayPath(error.dir, io.cwd)}; nothing was loaded`);
      return EXIT_USER_ERROR;
    }
    if (error instanceof UserError) {
      io.err(`error: ${error.message}`);
      return EXIT_USER_ERROR;
    }
    io.err(`internal error: ${(error as Error).message ?? String(error)}`);
    return EXIT_USER_ERROR;
  }
}
