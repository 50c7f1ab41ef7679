// The `kg` command line: its commands, and exit codes (0 ok, 1 user error, 2 usage error) with error reports.
import { Command, CommanderError } from 'commander';
import { formatProblem, GraphDataError, UsageError, UserError } from '../errors.ts';
import { acceptCommand, rejectCommand } from './commands/curate.ts';
import { exportCommand } from './commands/export.ts';
import { ingestCommand } from './commands/ingest.ts';
import { pathCommand } from './commands/path.ts';
import { queryCommand } from './commands/query.ts';
import { serveCommand } from './commands/serve.ts';
import { synthCommand } from './commands/synth.ts';
import { validateCommand } from './commands/validate.ts';
import { type CliIO, displayPath, plural } from './io.ts';

export type { CliIO } from './io.ts';

export const EXIT_OK = 0;
export const EXIT_USER_ERROR = 1;
export const EXIT_USAGE_ERROR = 2;

function createProgram(io: CliIO): Command {
  const program = new Command('kg')
    .description('alliance-graph: a knowledge graph of geopolitical relations, each grounded in a verbatim quote.')
    .showHelpAfterError('(run kg --help for usage)');
  for (const command of [
    serveCommand(io),
    validateCommand(io),
    queryCommand(io),
    pathCommand(io),
    exportCommand(io),
    ingestCommand(io),
    acceptCommand(io),
    rejectCommand(io),
    synthCommand(io),
  ]) {
    program.addCommand(command);
  }
  // Every command reports through io and never exits the process itself.
  for (const command of [program, ...program.commands]) {
    command
      .exitOverride()
      .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  }
  return program;
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code; never throws. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    await createProgram(io).parseAsync(argv, { from: 'user' });
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
      return error instanceof UsageError ? EXIT_USAGE_ERROR : EXIT_USER_ERROR;
    }
    io.err(`internal error: ${(error as Error)?.message ?? String(error)}`);
    return EXIT_USER_ERROR;
  }
}
