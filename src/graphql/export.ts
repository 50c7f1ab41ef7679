// The ExportFormat enum, Query.export and Subgraph.export: the graph in formats that visualisation tools read.
import { heldDuring } from '../dates.ts';
import { BadInputError, QueryTooComplexError, TimeoutError } from '../errors.ts';
import { exportChunks, graphExport } from '../export/export-graph.ts';
import { EXPORT_FILES, EXPORT_FORMATS, type ExportFormat } from '../export/formats.ts';
import type { WorkBudget } from '../graph/budget.ts';
import type { RelationType } from '../model.ts';
import { AS_OF_DESCRIPTION, asOfSpan } from './arguments.ts';
import { builder, type GraphContext } from './builder.ts';
import { RelationTypeEnum } from './enums.ts';
import { withMetrics } from './metrics.ts';

const ExportFormatEnum = builder.enumType('ExportFormat', {
  values: Object.fromEntries(EXPORT_FORMATS.map((f) => [f, { value: f, description: EXPORT_FILES[f].description }])),
});

/**
 * The chunks joined, as long as they fit in what the request may still answer and in its time:
 * the writer is stopped as soon as they do not, so an export too large for an answer is never
 * built whole.
 * @throws QueryTooComplexError from `tooLarge` past the size budget; TimeoutError with `instead`
 *   as its advice past the time budget.
 */
function boundedText(
  chunks: Iterable<string>,
  budget: WorkBudget,
  tooLarge: (left: number) => QueryTooComplexError,
  instead: string,
): string {
  const left = budget.bytesLeft;
  const kept: string[] = [];
  let length = 0;
  // A PAUSE adds nothing, but the clock is looked at even while a writer reads before it writes.
  for (const chunk of chunks) {
    length += chunk.length;
    if (length > left) throw tooLarge(left);
    kept.push(chunk);
    try {
      budget.checkTime();
    } catch (error) {
      if (error instanceof TimeoutError) throw new TimeoutError(error.timeoutMs, instead);
      throw error;
    }
  }
  return kept.join('');
}

/** Where a whole-graph export can be had however large: its URL (streamed), and the command when there is one. */
function download(
  format: ExportFormat,
  { types, asOf, sourceId }: { types?: readonly RelationType[] | null; asOf?: string | null; sourceId?: string | null },
): { url: string; command?: string } {
  const { extension } = EXPORT_FILES[format];
  // Every value is checked by now (enum types, a date, a source id that exists): none needs escaping.
  const query = [
    types?.length ? `types=${types.join(',')}` : '',
    asOf ? `asOf=${asOf.trim()}` : '',
    sourceId ? `sourceId=${sourceId}` : '',
  ].filter(Boolean);
  const url = `/export/graph.${extension}${query.length > 0 ? `?${query.join('&')}` : ''}`;
  if (sourceId) return { url };
  const options = [types?.length ? ` --types ${types.join(',')}` : '', asOf ? ` --as-of ${asOf.trim()}` : ''];
  return { url, command: `kg export -f ${extension}${options.join('')} -o alliance-graph.${extension}` };
}

const budgetWords = (left: number, max: number) =>
  `the ${left} bytes this request may still answer (KG_MAX_RESPONSE_BYTES is ${max})`;

/**
 * An export as the text of a field: once the metrics the writers read are there, its chunks
 * joined within the request's size and time budgets, each advice saying what to do instead.
 */
function exportText(
  context: GraphContext,
  chunks: Iterable<string>,
  what: string,
  advice: { tooLarge: string; tooSlow: string; extensions?: Record<string, unknown> },
): string | Promise<string> {
  const { budget } = context;
  const tooLarge = (left: number) =>
    new QueryTooComplexError(
      `export: ${what} is larger than ${budgetWords(left, budget.maxBytes)}; ${advice.tooLarge}`,
      {
        maxResponseBytes: budget.maxBytes,
        ...advice.extensions,
      },
    );
  return withMetrics(context, () => boundedText(chunks, budget, tooLarge, advice.tooSlow));
}

builder.queryFields((t) => ({
  export: t.string({
    description:
      'The whole graph, or the relations of `types` and the entities they join, in a format that a visualisation tool reads. The same as GET /export/graph.<gexf|graphml|json|cyjs|ttl>, within the answer size budget (KG_MAX_RESPONSE_BYTES): a larger export is QUERY_TOO_COMPLEX, and is had whole from that URL, which streams it.',
    args: {
      format: t.arg({ type: ExportFormatEnum, required: true }),
      types: t.arg({ type: [RelationTypeEnum], description: 'Only relations of these types; all when absent.' }),
      asOf: t.arg.string({ description: AS_OF_DESCRIPTION }),
      sourceId: t.arg.id({ description: 'Only relations with evidence from this source.' }),
    },
    resolve: (_, { format, types, asOf, sourceId }, context) => {
      const { kb, limits } = context;
      if (sourceId !== null && sourceId !== undefined && !kb.sources.has(String(sourceId))) {
        throw new BadInputError('sourceId', `no source has the id "${sourceId}"`, { sources: [...kb.sources.keys()] });
      }
      const source = sourceId ? String(sourceId) : null;
      const filter = { types, asOf: asOfSpan(asOf), sourceId: source };
      const chunks = graphExport(kb, format, filter, limits.exportCacheMaxBytes).chunks();
      const { url, command } = download(format, { types, asOf, sourceId: source });
      const where = `GET ${url}${command ? ` or with \`${command}\`` : ''}`;
      return exportText(context, chunks, `this ${format} export`, {
        tooLarge: `download it whole, streamed, from ${where}`,
        tooSlow: `download the export whole, streamed, from ${where}`,
        extensions: { download: url },
      });
    },
  }),
}));

builder.objectFields('Subgraph', (t) => ({
  export: t.string({
    description:
      'This subgraph, in a format that a visualisation tool reads, within the answer size budget (KG_MAX_RESPONSE_BYTES).',
    args: {
      format: t.arg({ type: ExportFormatEnum, required: true }),
      asOf: t.arg.string({ description: AS_OF_DESCRIPTION }),
    },
    resolve: (subgraph, { format, asOf }, context) => {
      const { kb } = context;
      const span = asOfSpan(asOf);
      const relations = span
        ? subgraph.relations.filter((id) => heldDuring(kb.graph.getEdgeAttribute(id, 'held'), span))
        : subgraph.relations;
      const chunks = exportChunks(format, { kb, entities: subgraph.entities, relations });
      const { url, command } = download(format, {});
      const smaller = `ask for a smaller subgraph (a lower depth, fewer relation types, an asOf), or download the whole graph, streamed, from GET ${url} or with \`${command}\``;
      return exportText(context, chunks, `this subgraph's ${format} export`, { tooLarge: smaller, tooSlow: smaller });
    },
  }),
}));
