// kg synth --relations M [--entities N] [--seed S] --out DIR: writes a synthetic graph-data tree of any size, for benchmarks.
import { mkdir, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { Command, Option } from 'commander';
import { DEFAULT_DATA_DIR } from '../../config.ts';
import { ENTITIES_FILE, RELATIONS_FILE, SOURCES_DIR } from '../../data/load.ts';
import { UsageError, UserError } from '../../errors.ts';
import {
  DEFAULT_RELATIONS_PER_SOURCE,
  ENTITIES_PER_RELATION,
  generateGraphData,
  SYNTH_LIMITS,
  type SynthSummary,
} from '../../synth/generate.ts';
import { readTypeMix } from '../../synth/type-mix.ts';
import { type CliIO, displayPath, intOption, plural } from '../io.ts';

/** --out cannot be written: the project's own graph-data, a file, a directory in use, or a write that failed. */
class OutputError extends UserError {
  readonly code = 'BAD_OUTPUT';
}

/** What a generated tree consists of; with --force exactly these are replaced in --out, nothing else. */
const GENERATED = [ENTITIES_FILE, RELATIONS_FILE, SOURCES_DIR, 'schema'] as const;

interface SynthOptions {
  relations: number;
  entities?: number;
  seed: number;
  out: string;
  force?: boolean;
  relationsPerSource: number;
}

const exists = (path: string) =>
  stat(path).then(
    (s) => s,
    () => undefined,
  );

/** The real path of `path`, or of its nearest existing ancestor joined with the rest: symlinks resolved even for a path not made yet. */
async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(await realPathOf(parent), basename(path));
  }
}

const isWithin = (path: string, root: string) => path === root || path.startsWith(root + sep);

/**
 * Checks that `out` may be written: never the project's own graph-data (or inside it), not a
 * file, and empty unless `force`.
 * @throws OutputError naming --out and what to do instead.
 */
async function checkOutput(out: string, force: boolean, shown: string): Promise<void> {
  const [target, own] = await Promise.all([realPathOf(out), realPathOf(DEFAULT_DATA_DIR)]);
  if (isWithin(target, own)) {
    throw new OutputError(
      `--out: ${shown} is the project's own graph-data${target === own ? '' : ' (or inside it)'}; kg synth never writes there; choose another directory`,
    );
  }
  const found = await exists(out);
  if (!found) return;
  if (!found.isDirectory()) throw new OutputError(`--out: ${shown} is a file; expected a new or empty directory`);
  if (!force && (await readdir(out)).length > 0) {
    throw new OutputError(
      `--out: ${shown} is not empty; choose a new or empty directory, or add --force to replace the graph-data files in it (${GENERATED.join(', ')})`,
    );
  }
}

/** Moves a generated tree from `staging` into `out`, replacing only what the generator writes. */
async function moveIntoPlace(staging: string, out: string): Promise<void> {
  if (!(await exists(out))) {
    await rename(staging, out);
    return;
  }
  for (const name of GENERATED) {
    await rm(join(out, name), { recursive: true, force: true });
    await rename(join(staging, name), join(out, name));
  }
  await rm(staging, { recursive: true, force: true });
}

function describeCounts(counts: Record<string, number | undefined>): string {
  return Object.entries(counts)
    .map(([key, n]) => `${key} ${n}`)
    .join(', ');
}

function summaryLines(summary: SynthSummary, shown: string, ms: number): string[] {
  return [
    `wrote ${shown}: ${plural(summary.entities, 'entity', 'entities')}, ${plural(summary.relations, 'relation')}, ` +
      `${plural(summary.sources, 'source')}, ${plural(summary.quotes, 'quote')} (${summary.dated} relations dated); ` +
      `${(summary.bytes / 2 ** 20).toFixed(1)} MB in ${(ms / 1000).toFixed(1)} s`,
    `  relation types (the mix of the project's graph-data): ${describeCounts(summary.relationTypes)}`,
    `  entity kinds: ${describeCounts(summary.entityKinds)}`,
    `  degree: max ${summary.maxDegree}, median ${summary.medianDegree}`,
    `check it with: kg validate ${shown}`,
  ];
}

export function synthCommand(io: CliIO): Command {
  const { entities, relations, seed, relationsPerSource } = SYNTH_LIMITS;
  return new Command('synth')
    .description(
      'Write a synthetic graph-data directory of any size, for benchmarks: scale-free, with the relation-type mix of the project graph, every quote verbatim in a source. The same options write the same bytes.',
    )
    .addOption(
      new Option('-r, --relations <n>', `relations to write (${relations.min} to ${relations.max})`)
        .argParser(intOption('--relations', relations.min, relations.max))
        .makeOptionMandatory(),
    )
    .addOption(
      new Option(
        '-e, --entities <n>',
        `entities to write (${entities.min} to ${entities.max}, at most --relations; default a tenth of --relations)`,
      ).argParser(intOption('--entities', entities.min, entities.max)),
    )
    .addOption(
      new Option('-s, --seed <n>', `the seed (${seed.min} to ${seed.max}); the same seed writes the same bytes`)
        .argParser(intOption('--seed', seed.min, seed.max))
        .default(1),
    )
    .addOption(
      new Option('-o, --out <dir>', 'the directory to write, new or empty (see --force)').makeOptionMandatory(),
    )
    .option('-f, --force', `write into a non-empty --out, replacing only ${GENERATED.join(', ')} in it`)
    .addOption(
      new Option(
        '--relations-per-source <n>',
        `relations each source text states (${relationsPerSource.min} to ${relationsPerSource.max})`,
      )
        .argParser(intOption('--relations-per-source', relationsPerSource.min, relationsPerSource.max))
        .default(DEFAULT_RELATIONS_PER_SOURCE),
    )
    .action(async (options: SynthOptions) => {
      const entityCount =
        options.entities ?? Math.max(entities.min, Math.round(options.relations * ENTITIES_PER_RELATION));
      if (entityCount > options.relations) {
        throw new UsageError(
          `--entities: ${entityCount} is more than --relations (${options.relations}); expected at most one entity per relation, so that every entity has one`,
        );
      }
      const out = resolve(io.cwd, options.out);
      const shown = displayPath(out, io.cwd);
      await checkOutput(out, options.force === true, shown);
      const typeMix = await readTypeMix();

      const staging = join(dirname(out), `.${basename(out)}.synth-${process.pid}.tmp`);
      const began = performance.now();
      try {
        await mkdir(dirname(out), { recursive: true });
        await rm(staging, { recursive: true, force: true });
        const summary = await generateGraphData(staging, {
          entities: entityCount,
          relations: options.relations,
          seed: options.seed,
          typeMix,
          relationsPerSource: options.relationsPerSource,
          onProgress: (p) =>
            io.err(
              `synth: ${p.entities} of ${p.totalEntities} entities, ${p.relations} of ${p.totalRelations} relations written (${(p.elapsedMs / 1000).toFixed(0)} s)`,
            ),
        });
        await moveIntoPlace(staging, out);
        for (const line of summaryLines(summary, shown, performance.now() - began)) io.out(line);
      } catch (error) {
        await rm(staging, { recursive: true, force: true });
        const { code } = error as NodeJS.ErrnoException;
        if (code) throw new OutputError(`--out: cannot write ${shown} (${code}); expected a writable directory`);
        throw error;
      }
    });
}
