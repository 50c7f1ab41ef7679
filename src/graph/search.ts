// Finds entities by kind and by a search over their names and aliases, best match first.
import { normalizeName } from '../data/names.ts';
import type { EntityKind } from '../model.ts';
import type { KnowledgeGraph } from './knowledge-graph.ts';

/** How well `key` matches `query`: 0 exactly, 1 as a prefix, 2 as a word's prefix, 3 anywhere; null not at all. */
function matchRank(key: string, query: string): number | null {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  const at = key.indexOf(query);
  if (at < 0) return null;
  return /[^\p{L}\p{N}]/u.test(key[at - 1] ?? '') ? 2 : 3;
}

/**
 * The ids of the entities of `kind` (all kinds when absent) whose id, name or an alias contains
 * `search` (compared as names are: case and dots ignored), best match first, then by name.
 * Without `search`, every entity of the kind, by name.
 */
export function searchEntities(
  graph: KnowledgeGraph,
  entityIds: readonly string[],
  { kind, search }: { kind?: EntityKind | null; search?: string | null },
): string[] {
  const query = search ? normalizeName(search) : '';
  const found: { id: string; rank: number; name: string }[] = [];
  for (const id of entityIds) {
    const { name, aliases, kind: entityKind } = graph.getNodeAttributes(id);
    if (kind && entityKind !== kind) continue;
    let rank: number | null = 0;
    if (query) {
      rank = null;
      for (const key of [id, name, ...aliases]) {
        const r = matchRank(normalizeName(key), query);
        if (r !== null && (rank === null || r < rank)) rank = r;
      }
    }
    if (rank !== null) found.push({ id, rank, name });
  }
  return found
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1))
    .map((f) => f.id);
}
