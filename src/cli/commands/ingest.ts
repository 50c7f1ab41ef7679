// kg ingest: new articles become reviewable draft relations, never touching the curated files.
import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { dataDirFromEnv } from '../../config.ts';
import { ingestSource } from '../../data/curate.ts';
import { SLUG_PATTERN } from '../../data/schema.ts';
import { isPartialDate } from '../../dates.ts';
import { UsageError } from '../../errors.ts';
import { extract } from '../../ingest/extract.ts';
import { type CliIO, displayPath, plural, withDataOption } from '../io.ts';
import { handoverLines } from './curate.ts';

export function ingestCommand(io: CliIO): Command {
  return withDataOption(
    new Command('ingest')
      .description(
        'Store an article as a new source and write the relations the extractor proposes to drafts/<id>.json, for review. Never touches the curated files.',
      )
      .argument('<file>', 'the article as plain UTF-8 text')
      .requiredOption('--id <id>', 'the source id, a slug such as "ft-2024-05-japan-defence"')
      .requiredOption('--title <title>', "the article's title")
      .option('--author <author>')
      .option('--publisher <publisher>')
      .option('--date <date>', 'when it was published: YYYY-MM-DD (or YYYY-MM, YYYY)'),
  ).action(
    async (
      file: string,
      options: { id: string; title: string; author?: string; publisher?: string; date?: string; data?: string },
    ) => {
      if (!SLUG_PATTERN.test(options.id)) {
        throw new UsageError(
          `--id: "${options.id}" is not a slug; expected lowercase letters, digits and single dashes`,
        );
      }
      if (options.date !== undefined && !isPartialDate(options.date)) {
        throw new UsageError(`--date: "${options.date}" is not a date; expected YYYY-MM-DD, YYYY-MM or YYYY`);
      }
      const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`${file}: cannot be read (${error.code ?? error.message}); expected a text file`);
      });
      const dir = options.data ?? dataDirFromEnv(io.env);
      const { id, title, author, publisher, date } = options;
      const result = await ingestSource(
        dir,
        {
          id,
          title,
          ...(author ? { author } : {}),
          ...(publisher ? { publisher } : {}),
          ...(date ? { publishedOn: date } : {}),
          text,
        },
        (known) => extract({ sourceId: id, text, known }),
      );
      io.out(
        `${displayPath(result.path, io.cwd)}: ${plural(result.newEntities.length, 'new entity', 'new entities')} and ` +
          `${plural(result.relations.length, 'relation')} proposed (${result.corroborations.curated.length} of them corroborate curated relations); ` +
          `review it, then kg accept ${id} <ids...> or --all, kg reject ${id} <ids...>`,
      );
      for (const line of handoverLines(result.handovers)) io.out(line);
    },
  );
}
