// kg export --format <gexf|graphml|json|cyjs|ttl> [-o file] [--types ...]: the graph for Gephi, sigma.js, Cytoscape, triple stores.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Command, Option } from 'commander';
import { asOfSpan } from '../../dates.ts';
import { UserError } from '../../errors.ts';
import { exportChunks } from '../../export/export-graph.ts';
import { EXPORT_FILES, EXPORT_FORMATS, type ExportFormat, selectGraph } from '../../export/formats.ts';
import type { RelationType } from '../../model.ts';
import { type CliIO, displayPath, loadKnowledgeBase, typesOption, withDataOption } from '../io.ts';

class WriteError extends UserError {
  readonly code = 'WRITE_FAILED';
}

/** The process was asked to stop (SIGINT, SIGTERM) before the export was all written. */
class InterruptedError extends UserError {
  readonly code = 'INTERRUPTED';
}

const BY_EXTENSION = new Map<string, ExportFormat>(EXPORT_FORMATS.map((f) => [EXPORT_FILES[f].extension, f]));

/**
 * Writes `chunks` to `path` as they come, through a temporary file beside it that is renamed
 * over `path` only once everything is written: an export that fails or is stopped (`signal`)
 * partway leaves `path` as it was, and removes the temporary file. Resolves with the bytes written.
 * @throws WriteError naming `path` when it cannot be written; InterruptedError when `signal` aborts;
 *   whatever the writer throws.
 */
export async function writeAtomically(path: string, chunks: Iterable<string>, signal?: AbortSignal): Promise<number> {
  const temporary = `${path}.${process.pid}.tmp`;
  const file = createWriteStream(temporary);
  try {
    await pipeline(Readable.from(chunks), file, { signal });
    await rename(temporary, path);
    return file.bytesWritten;
  } catch (error) {
    await rm(temporary, { force: true });
    if (signal?.aborted) {
      throw new InterruptedError(
        `interrupted by ${signal.reason}; ${path} was left as it was and nothing of the export was kept`,
      );
    }
    const { code, syscall } = error as NodeJS.ErrnoException;
    if (code && syscall) throw new WriteError(`-o ${path}: cannot write (${code}); expected a writable file path`);
    throw error;
  }
}

export function exportCommand(io: CliIO): Command {
  const extensions = EXPORT_FORMATS.map((f) => EXPORT_FILES[f].extension);
  return withDataOption(
    new Command('export')
      .description(
        'Write the graph in a format that a visualisation tool or triple store reads, as it is written: any size fits.',
      )
      .addOption(
        new Option(
          '-f, --format <format>',
          'gexf (Gephi), graphml, json (graphology, sigma.js), cyjs (Cytoscape.js), ttl (RDF Turtle)',
        )
          .choices(extensions)
          .makeOptionMandatory(),
      )
      .option(
        '-o, --output <file>',
        'the file to write, replaced only once the export is whole (default, or -: standard output)',
      )
      .addOption(typesOption())
      .option('--as-of <date>', 'only relations that held on this date or partial date (2019, 2023-11)'),
  ).action(
    async (options: { format: string; output?: string; types?: RelationType[]; asOf?: string; data?: string }) => {
      const format = BY_EXTENSION.get(options.format) as ExportFormat;
      const filter = { types: options.types, asOf: asOfSpan(options.asOf, '--as-of') };
      const kb = await loadKnowledgeBase(io, options.data);
      // Every format carries centrality, communities and positions: wait for them, as long as they take.
      await kb.metrics();
      const stop = new AbortController();
      void io.stopSignal?.then((signal) => stop.abort(signal));
      const chunks = exportChunks(format, selectGraph(kb, filter));
      if (options.output === undefined || options.output === '-') {
        for (const chunk of chunks) {
          if (stop.signal.aborted)
            throw new InterruptedError(`interrupted by ${stop.signal.reason}; the output stops partway`);
          await io.write(chunk);
        }
        await io.write('\n');
        return;
      }
      const bytes = await writeAtomically(options.output, chunks, stop.signal);
      io.err(
        `wrote ${displayPath(options.output, io.cwd)} (${EXPORT_FILES[format].description.replace(/\.$/, '')}, ${bytes} bytes)`,
      );
    },
  );
}
