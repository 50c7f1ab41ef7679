// The relation-type mix of a graph-data directory (by default the project's own), for the generator to follow.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../config.ts';
import { RELATIONS_FILE } from '../data/load.ts';
import { UserError } from '../errors.ts';
import { RELATION_TYPES, type RelationType } from '../model.ts';
import type { TypeMix } from './topology.ts';

/** The real graph's mix could not be read. */
export class TypeMixError extends UserError {
  readonly code = 'TYPE_MIX_UNREADABLE';
}

/**
 * How many relations of each type `dir`'s relations.json holds, in the order of RELATION_TYPES;
 * types it does not have are left out. Reads the file only (no validation), so a graph being
 * edited still gives its mix.
 * @throws TypeMixError when the file cannot be read or parsed, or holds no relation of a known type.
 */
export async function readTypeMix(dir: string = DEFAULT_DATA_DIR): Promise<TypeMix> {
  const path = join(dir, RELATIONS_FILE);
  let relations: unknown;
  try {
    relations = (JSON.parse(await readFile(path, 'utf8')) as { relations?: unknown }).relations;
  } catch (error) {
    throw new TypeMixError(`cannot read the relation-type mix from ${path}: ${(error as Error).message}`);
  }
  const counts = new Map<RelationType, number>();
  for (const relation of Array.isArray(relations) ? relations : []) {
    const type = (relation as { type?: unknown } | null)?.type;
    if ((RELATION_TYPES as unknown[]).includes(type))
      counts.set(type as RelationType, (counts.get(type as RelationType) ?? 0) + 1);
  }
  if (counts.size === 0) throw new TypeMixError(`${path} holds no relation of a known type to take a mix from`);
  return Object.fromEntries(RELATION_TYPES.filter((t) => counts.has(t)).map((t) => [t, counts.get(t)]));
}

/** Each type's share of the relations in `mix`, from 0 to 1. */
export function typeShares(mix: TypeMix): Partial<Record<RelationType, number>> {
  const total = Object.values(mix).reduce((sum, n) => sum + (n ?? 0), 0);
  return Object.fromEntries(Object.entries(mix).map(([type, n]) => [type, (n ?? 0) / total]));
}
