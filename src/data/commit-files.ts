// Writes changes to graph-data/: checked on a copy first, then each file replaced whole, so a failed step loses nothing.
import { cp, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphDataError, UserError } from '../errors.ts';
import { loadGraphData } from './load.ts';

/** A change to graph-data/ that cannot be made as asked; nothing was written. */
export class CurationError extends UserError {
  readonly code = 'CURATION_FAILED';
}

/** JSON as the curated files are written: two spaces, a final newline. */
export const serializeJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** New file contents by path relative to the data directory; null removes the file. */
export type FileChanges = Map<string, string | null>;

/**
 * Checks that `files` leave graph-data valid, drafts included, by loading a copy with them; then
 * writes every new text to a temporary file beside its target and only then renames each over
 * its target, so that a failed write leaves every file as it was.
 * @throws GraphDataError with every problem, its files named as in `dir`, having written nothing.
 */
export async function commitFiles(dir: string, files: FileChanges): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'kg-curate-'));
  try {
    await cp(dir, scratch, { recursive: true });
    for (const [file, text] of files) {
      if (text === null) await rm(join(scratch, file), { force: true });
      else await writeFile(join(scratch, file), text);
    }
    await loadGraphData(scratch, { drafts: 'check' });
  } catch (error) {
    if (!(error instanceof GraphDataError)) throw error;
    const inDir = (file: string) => (file.startsWith(scratch) ? join(dir, file.slice(scratch.length)) : file);
    throw new GraphDataError(
      dir,
      error.problems.map((problem) => ({ ...problem, file: inDir(problem.file) })),
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }

  const staged: [temporary: string, target: string][] = [];
  try {
    for (const [file, text] of files) {
      if (text === null) continue;
      const target = join(dir, file);
      const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
      staged.push([temporary, target]);
      await writeFile(temporary, text);
    }
  } catch (error) {
    await Promise.all(staged.map(([temporary]) => rm(temporary, { force: true })));
    throw error;
  }
  for (const [temporary, target] of staged) await rename(temporary, target);
  for (const [file, text] of files) if (text === null) await rm(join(dir, file), { force: true });
}
