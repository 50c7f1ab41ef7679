// kg validate [dir]: checks graph-data and prints what it holds, or every problem.
import { Command } from 'commander';
import { dataDirFromEnv } from '../../config.ts';
import { loadGraphData } from '../../data/load.ts';
import { RELATION_TYPES } from '../../model.ts';
import { type CliIO, displayPath, limits, plural } from '../io.ts';

export function validateCommand(io: CliIO): Command {
  return new Command('validate')
    .description(
      'Check a graph-data directory, drafts included: schema, references, aliases and that every quote is verbatim in its source.',
    )
    .argument('[dir]', "the graph-data directory (default: $KG_DATA_DIR, else the project's graph-data/)")
    .action(async (dir: string | undefined) => {
      const target = dir ?? dataDirFromEnv(io.env);
      const { quoteWorkerMinBytes } = limits(io);
      const data = await loadGraphData(target, { drafts: 'include', quoteWorkerMinBytes });
      const drafts = data.relations.filter((r) => r.draft).length + data.entities.filter((e) => e.draft).length;
      const counts = new Map<string, number>();
      for (const relation of data.relations) counts.set(relation.type, (counts.get(relation.type) ?? 0) + 1);
      const byType = RELATION_TYPES.filter((t) => counts.has(t))
        .map((t) => `${t} ${counts.get(t)}`)
        .join(', ');
      const quotes = data.relations.reduce((n, r) => n + r.evidence.length, 0);
      io.out(
        `${displayPath(target, io.cwd)}: ${plural(data.entities.length, 'entity', 'entities')}, ` +
          `${plural(data.relations.length, 'relation')}, ${plural(data.sources.length, 'source')}, ` +
          `${plural(quotes, 'quote')} located; by type: ${byType || 'none'}` +
          (drafts > 0 ? ` (drafts included: ${plural(drafts, 'item')} awaiting review)` : ''),
      );
    });
}
