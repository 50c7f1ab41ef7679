// kg path <from> <to>: how two entities connect, hop by hop, each hop with its relation and the quote behind it.
import { Command, Option } from 'commander';
import { asOfSpan } from '../../dates.ts';
import { UserError } from '../../errors.ts';
import { WorkBudget } from '../../graph/budget.ts';
import type { KnowledgeBase } from '../../graph/knowledge-base.ts';
import { paths } from '../../graph/paths.ts';
import { shortestPath } from '../../graph/shortest-path.ts';
import type { Direction, Path, Step } from '../../graph/walk.ts';
import { isSymmetric, type RelationType } from '../../model.ts';
import { type CliIO, intOption, limits, loadKnowledgeBase, plural, typesOption, withDataOption } from '../io.ts';

/** No path joins the two entities under the options given: an answer, reported with exit code 1. */
class NoPathError extends UserError {
  readonly code = 'NO_PATH';
}

interface PathOptions {
  types?: RelationType[];
  direction: Direction;
  maxLength?: number;
  all?: boolean;
  first?: number;
  asOf?: string;
  data?: string;
}

/** One hop, as a line: `Japan —[ALLY]— United States`, `Japan ←[LEADS]— Fumio Kishida` against its direction. */
function hopLine(kb: KnowledgeBase, step: Step): string {
  const name = (id: string) => kb.graph.getNodeAttribute(id, 'name');
  const type = kb.graph.getEdgeAttribute(step.relation, 'relation');
  const arrow = isSymmetric(type) ? `—[${type}]—` : step.forward ? `—[${type}]→` : `←[${type}]—`;
  return `${name(step.from)} ${arrow} ${name(step.to)}`;
}

/** A path as indented text: each hop, its summary and its quotes with where they are. */
export function formatPath(kb: KnowledgeBase, path: Path): string[] {
  const lines: string[] = [];
  path.steps.forEach((step, i) => {
    const { summary, evidence } = kb.graph.getEdgeAttributes(step.relation);
    lines.push(`${i + 1}. ${hopLine(kb, step)}`);
    lines.push(`   ${summary}  (${step.relation})`);
    for (const { quote, sourceId, start, end } of evidence) {
      lines.push(`   “${quote}”`);
      lines.push(`     ${sourceId}, characters ${start}–${end}`);
    }
  });
  return lines;
}

export function pathCommand(io: CliIO): Command {
  const { maxLength, defaultMaxLength, maxPageSize, defaultPaths } = limits(io);
  return withDataOption(
    new Command('path')
      .description(
        'Show how two entities connect: the shortest path, or with --all every simple path, hop by hop with evidence.',
      )
      .argument('<from>', 'where to start: an id, a name or an alias ("Kishida")')
      .argument('<to>', 'where to end ("Trump")')
      .addOption(typesOption())
      .addOption(
        new Option('--direction <direction>', 'walk directed relations OUT (subject to object), IN, or ANY way')
          .choices(['OUT', 'IN', 'ANY'])
          .default('ANY'),
      )
      .addOption(
        new Option(
          '-m, --max-length <n>',
          `the most hops (1 to ${maxLength}; default: any for the shortest path, ${defaultMaxLength} with --all)`,
        ).argParser(intOption('--max-length', 1, maxLength)),
      )
      .option('-a, --all', 'list every simple path up to --max-length, shortest first')
      .option('--as-of <date>', 'walk only relations that held on this date or partial date (2019, 2023-11)')
      .addOption(
        new Option('-n, --first <n>', `with --all, the most paths to list (default ${defaultPaths})`).argParser(
          intOption('--first', 1, maxPageSize),
        ),
      ),
  ).action(async (fromRef: string, toRef: string, options: PathOptions) => {
    const kb = await loadKnowledgeBase(io, options.data);
    const from = kb.resolver.resolve(fromRef, 'from');
    const to = kb.resolver.resolve(toRef, 'to');
    const walk = {
      types: options.types,
      direction: options.direction,
      asOf: asOfSpan(options.asOf, '--as-of'),
      budget: new WorkBudget(limits(io).workBudget, limits(io).timeoutMs),
    };
    const name = (id: string) => kb.graph.getNodeAttribute(id, 'name');
    const found = options.all
      ? paths(kb.graph, from, to, {
          ...walk,
          maxLength: options.maxLength ?? defaultMaxLength,
          first: options.first ?? defaultPaths,
        })
      : [shortestPath(kb.graph, from, to, walk)].filter(
          (p): p is Path => p !== null && p.steps.length <= (options.maxLength ?? Infinity),
        );
    if (found.length === 0) {
      const within = options.maxLength ?? (options.all ? defaultMaxLength : undefined);
      throw new NoPathError(
        `no path from ${name(from)} to ${name(to)}${within ? ` within ${plural(within, 'hop')}` : ''}` +
          `${options.types ? ` over ${options.types.join(', ')}` : ''}${options.direction !== 'ANY' ? ` walking ${options.direction}` : ''}` +
          `${options.asOf ? ` as of ${options.asOf}` : ''}`,
      );
    }
    found.forEach((path, i) => {
      if (i > 0) io.out('');
      const title = options.all ? `Path ${i + 1} of ${found.length}: ` : '';
      io.out(`${title}${name(from)} to ${name(to)} in ${plural(path.steps.length, 'hop')}`);
      for (const line of formatPath(kb, path)) io.out(line);
    });
  });
}
