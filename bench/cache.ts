// Generated graphs for the benchmark, cached under bench/.cache/ by size, seed, generator version and type mix.
import { createHash } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATOR_VERSION, generateGraphData, type SynthSummary } from '../src/synth/generate.ts';
import type { TypeMix } from '../src/synth/topology.ts';
import { progress } from './measure.ts';

export const CACHE_DIR = fileURLToPath(new URL('./.cache', import.meta.url));

export interface GraphSize {
  /** As asked for: `1k`, `100k`, `1M`. */
  label: string;
  relations: number;
  entities: number;
}

/** The directory a graph of `size` generated with `seed` and `mix` is cached in. */
export function cachedGraphDir(size: GraphSize, seed: number, mix: TypeMix): string {
  const mixHash = createHash('sha256').update(JSON.stringify(mix)).digest('hex').slice(0, 8);
  return join(CACHE_DIR, `r${size.relations}-e${size.entities}-s${seed}-v${GENERATOR_VERSION}-${mixHash}`);
}

/**
 * The cached graph of `size`, generated first when it is not there yet. Generation writes to a
 * temporary directory renamed into place at the end, so an interrupted run leaves no half graph.
 */
export async function ensureGraph(
  size: GraphSize,
  seed: number,
  mix: TypeMix,
): Promise<{ dir: string; generated?: SynthSummary & { ms: number } }> {
  const dir = cachedGraphDir(size, seed, mix);
  if (
    await stat(dir).then(
      (s) => s.isDirectory(),
      () => false,
    )
  ) {
    return { dir };
  }
  await mkdir(CACHE_DIR, { recursive: true });
  const staging = `${dir}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  progress(`[${size.label}] generating ${size.relations} relations over ${size.entities} entities (seed ${seed}) ...`);
  const start = performance.now();
  const summary = await generateGraphData(staging, {
    entities: size.entities,
    relations: size.relations,
    seed,
    typeMix: mix,
    onProgress: (p) =>
      progress(
        `[${size.label}] generated ${p.relations} of ${p.totalRelations} relations (${(p.elapsedMs / 1000).toFixed(0)} s)`,
      ),
  });
  const ms = performance.now() - start;
  await rename(staging, dir);
  progress(
    `[${size.label}] generated in ${(ms / 1000).toFixed(1)} s: ${(summary.bytes / 2 ** 20).toFixed(0)} MB, max degree ${summary.maxDegree}, median ${summary.medianDegree}`,
  );
  return { dir, generated: { ...summary, ms } };
}
