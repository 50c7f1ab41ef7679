// kg export --format <gexf|graphml|json|cyjs|ttl> [-o file] [--types ...]: the graph for Gephi, sigma.js, Cytoscape, triple stores.
import { rename, writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { asOfSpan } from '../../dates.ts';
import { UserError } from '../../errors.ts';
import { joinChunks } from '../../export/chunks.ts';
import { exportChunks } from '../../export/export-graph.ts';
import { EXPORT_FILES, EXPORT_FORMATS, type ExportFormat, selectGraph } from '../../export/formats.ts';
import type { RelationType } from '../../model.ts';
import { type CliIO, displayPath, loadKnowledgeBase, typesOption, withDataOption } from '../io.ts';

class WriteError extends UserError {
  readonly code = 'WRITE_FAILED';
}

const BY_EXTENSION = new Map<string, ExportFormat>(EXPORT_FORMATS.map((f) => [EXPORT_FILES[f].extension, f]));

/** Writes `text` to `path` through a temporary file, so a failed write never leaves half a file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

export function exportCommand(io: CliIO): Command {
  const extensions = EXPORT_FORMATS.map((f) => EXPORT_FILES[f].extension);
  return withDataOption(
    new Command('export')
      .description('Write the graph in a format that a visualisation tool or triple store reads.')
      .addOption(
        new Option(
          '-f, --format <format>',
          'gexf (Gephi), graphml, json (graphology, sigma.js), cyjs (Cytoscape.js), ttl (RDF Turtle)',
        )
          .choices(extensions)
          .makeOptionMandatory(),
      )
      .option('-o, --output <file>', 'the file to write (default: standard output)')
      .addOption(typesOption())
      .option('--as-of <date>', 'only relations that held on this date or partial date (2019, 2023-11)'),
  ).action(
    async (options: { format: string; output?: string; types?: RelationType[]; asOf?: string; data?: string }) => {
      const format = BY_EXTENSION.get(options.format) as ExportFormat;
      const kb = await loadKnowledgeBase(io, options.data);
      const filter = { types: options.types, asOf: asOfSpan(options.asOf, '--as-of') };
      const text = joinChunks(exportChunks(format, selectGraph(kb, filter)));
      if (options.output === undefined) {
        io.out(text);
        return;
      }
      await writeAtomically(options.output, text).catch((error: NodeJS.ErrnoException) => {
        throw new WriteError(
          `-o ${options.output}: cannot write (${error.code ?? error.message}); expected a writable file path`,
        );
      });
      io.err(
        `wrote ${displayPath(options.output, io.cwd)} (${EXPORT_FILES[format].description.replace(/\.$/, '')}, ${text.length} characters)`,
      );
    },
  );
}
