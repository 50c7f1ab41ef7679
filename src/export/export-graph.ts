// Writes a selection of the graph in any export format; whole-graph exports are built once per load.
import type { KnowledgeBase } from '../graph/knowledge-base.ts';
import type { RelationType } from '../model.ts';
import { toCytoscape } from './cytoscape.ts';
import { type ExportFormat, type ExportSelection, selectGraph } from './formats.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import { toGraphology } from './graphology.ts';
import { toTurtle } from './turtle.ts';

const WRITERS: Record<ExportFormat, (selection: ExportSelection) => string> = {
  GEXF: toGexf,
  GRAPHML: toGraphml,
  GRAPHOLOGY: toGraphology,
  CYTOSCAPE: toCytoscape,
  TURTLE: toTurtle,
};

export function exportSelection(format: ExportFormat, selection: ExportSelection): string {
  return WRITERS[format](selection);
}

const built = new WeakMap<KnowledgeBase, Map<string, string>>();

/**
 * The whole graph (or the relations of `types` and their entities) in `format`. Built once per
 * knowledge base and filter, since a knowledge base never changes.
 */
export function exportGraph(kb: KnowledgeBase, format: ExportFormat, types?: readonly RelationType[] | null): string {
  const key = `${format}:${[...new Set(types ?? [])].sort().join(',')}`;
  const cache = built.get(kb) ?? new Map<string, string>();
  built.set(kb, cache);
  let text = cache.get(key);
  if (text === undefined) {
    text = exportSelection(format, selectGraph(kb, types));
    cache.set(key, text);
  }
  return text;
}
