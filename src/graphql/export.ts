// The ExportFormat enum, Query.export and Subgraph.export: the graph in formats that visualisation tools read.
import { heldDuring } from '../dates.ts';
import { BadInputError } from '../errors.ts';
import { joinChunks } from '../export/chunks.ts';
import { exportSelection, graphExport } from '../export/export-graph.ts';
import { EXPORT_FILES, EXPORT_FORMATS } from '../export/formats.ts';
import { AS_OF_DESCRIPTION, asOfSpan } from './arguments.ts';
import { builder } from './builder.ts';
import { RelationTypeEnum } from './enums.ts';

const ExportFormatEnum = builder.enumType('ExportFormat', {
  values: Object.fromEntries(EXPORT_FORMATS.map((f) => [f, { value: f, description: EXPORT_FILES[f].description }])),
});

builder.queryFields((t) => ({
  export: t.string({
    description:
      'The whole graph, or the relations of `types` and the entities they join, in a format that a visualisation tool reads. The same as GET /export/graph.<gexf|graphml|json|cyjs|ttl>.',
    args: {
      format: t.arg({ type: ExportFormatEnum, required: true }),
      types: t.arg({ type: [RelationTypeEnum], description: 'Only relations of these types; all when absent.' }),
      asOf: t.arg.string({ description: AS_OF_DESCRIPTION }),
      sourceId: t.arg.id({ description: 'Only relations with evidence from this source.' }),
    },
    resolve: (_, { format, types, asOf, sourceId }, { kb, limits }) => {
      if (sourceId !== null && sourceId !== undefined && !kb.sources.has(String(sourceId))) {
        throw new BadInputError('sourceId', `no source has the id "${sourceId}"`, { sources: [...kb.sources.keys()] });
      }
      const filter = { types, asOf: asOfSpan(asOf), sourceId: sourceId ? String(sourceId) : null };
      return joinChunks(graphExport(kb, format, filter, limits.exportCacheMaxBytes).chunks());
    },
  }),
}));

builder.objectFields('Subgraph', (t) => ({
  export: t.string({
    description: 'This subgraph, in a format that a visualisation tool reads.',
    args: {
      format: t.arg({ type: ExportFormatEnum, required: true }),
      asOf: t.arg.string({ description: AS_OF_DESCRIPTION }),
    },
    resolve: (subgraph, { format, asOf }, { kb }) => {
      const span = asOfSpan(asOf);
      const relations = span
        ? subgraph.relations.filter((id) => heldDuring(kb.graph.getEdgeAttribute(id, 'held'), span))
        : subgraph.relations;
      return exportSelection(format, { kb, entities: subgraph.entities, relations });
    },
  }),
}));
