// The Relation and Evidence types, and the query fields that return relations: relation, relations.
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { heldDuring } from '../dates.ts';
import { BadInputError } from '../errors.ts';
import { incidentRelations } from '../graph/walk.ts';
import { isSymmetric } from '../model.ts';
import { AS_OF_DESCRIPTION, asOfSpan, checkPageArgs } from './arguments.ts';
import { builder } from './builder.ts';
import { RelationTypeEnum } from './enums.ts';

builder.objectType('Relation', {
  description: 'A typed link between two entities, grounded in quotes from its sources.',
  fields: (t) => ({
    id: t.id({ resolve: (id) => id }),
    type: t.field({ type: RelationTypeEnum, resolve: (id, _, { kb }) => kb.graph.getEdgeAttribute(id, 'relation') }),
    from: t.field({
      type: 'Entity',
      description:
        'For a directed type, the subject (the one concerned, the member, the leader); for a symmetric type, one party.',
      resolve: (id, _, { kb }) => kb.graph.source(id),
    }),
    to: t.field({
      type: 'Entity',
      description: 'For a directed type, the object; for a symmetric type, the other party.',
      resolve: (id, _, { kb }) => kb.graph.target(id),
    }),
    directed: t.boolean({
      description: 'False for the symmetric types (ALLY, RIVAL, AGREEMENT, PARTNER), which hold both ways.',
      resolve: (id, _, { kb }) => !isSymmetric(kb.graph.getEdgeAttribute(id, 'relation')),
    }),
    summary: t.string({
      description: 'One plain sentence that states the relation.',
      resolve: (id, _, { kb }) => kb.graph.getEdgeAttribute(id, 'summary'),
    }),
    confidence: t.float({
      description: 'From 0 to 1; 1 where the source states the relation outright.',
      resolve: (id, _, { kb }) => kb.graph.getEdgeAttribute(id, 'confidence'),
    }),
    validFrom: t.string({
      nullable: true,
      description:
        'ISO 8601 date or partial date (2023, 2023-11) from which the relation holds, where the source says.',
      resolve: (id, _, { kb }) => kb.graph.getEdgeAttribute(id, 'validFrom') ?? null,
    }),
    validTo: t.string({
      nullable: true,
      description: 'ISO 8601 date or partial date until which the relation held, where the source says.',
      resolve: (id, _, { kb }) => kb.graph.getEdgeAttribute(id, 'validTo') ?? null,
    }),
    corroboration: t.int({
      description: 'How many distinct sources back this relation: the sources of its evidence.',
      resolve: (id, _, { kb }) => new Set(kb.graph.getEdgeAttribute(id, 'evidence').map((e) => e.sourceId)).size,
    }),
    draft: t.boolean({
      description:
        'True for a relation proposed by kg ingest and not yet accepted; served only by `kg serve --include-drafts`.',
      resolve: (id, _, { kb }) => kb.graph.getEdgeAttribute(id, 'draft') === true,
    }),
    evidence: t.field({
      type: ['Evidence'],
      description: 'At least one quote, verbatim from a source.',
      resolve: (id, _, { kb }) => kb.graph.getEdgeAttribute(id, 'evidence'),
    }),
  }),
});

builder.objectType('Evidence', {
  description: 'A verbatim quote from a source that supports a relation.',
  fields: (t) => ({
    quote: t.exposeString('quote'),
    source: t.field({
      type: 'Source',
      resolve: (evidence, _, { kb }) =>
        kb.sources.get(evidence.sourceId) as NonNullable<ReturnType<typeof kb.sources.get>>,
    }),
    start: t.exposeInt('start', {
      description:
        "Offset of the quote's first character in the source's text, in UTF-16 code units (JavaScript string indices).",
    }),
    end: t.exposeInt('end', {
      description: "Offset just past the quote's last character: source.text.slice(start, end) === quote.",
    }),
  }),
});

builder.queryFields((t) => ({
  relation: t.field({
    type: 'Relation',
    nullable: true,
    description: 'The relation with this id, or null when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, { id }, { kb }) => (kb.graph.hasEdge(String(id)) ? String(id) : null),
  }),
  relations: t.connection(
    {
      type: 'Relation',
      description: 'Relations, filtered by type, by an entity they involve and by the source they are drawn from.',
      args: {
        types: t.arg({ type: [RelationTypeEnum], description: 'Only relations of these types; all when absent.' }),
        involving: t.arg.string({ description: 'Only relations of this entity: an id, a name or an alias.' }),
        sourceId: t.arg.id({ description: 'Only relations with evidence from this source.' }),
        asOf: t.arg.string({ description: AS_OF_DESCRIPTION }),
      },
      resolve: (_, args, context) => {
        checkPageArgs(args, context);
        const { kb } = context;
        let ids = kb.relationIds;
        if (args.sourceId !== null && args.sourceId !== undefined) {
          const bySource = kb.relationsBySource.get(String(args.sourceId));
          if (!bySource) {
            throw new BadInputError('sourceId', `no source has the id "${args.sourceId}"`, {
              sources: [...kb.sources.keys()],
            });
          }
          ids = bySource;
        }
        if (args.involving !== null && args.involving !== undefined) {
          const entity = kb.resolver.resolve(args.involving, 'involving');
          const incident = new Set(incidentRelations(kb.graph, entity, { budget: context.budget }));
          ids = ids.filter((id) => incident.has(id));
        }
        if (args.types && args.types.length > 0) {
          const types = new Set(args.types);
          ids = ids.filter((id) => types.has(kb.graph.getEdgeAttribute(id, 'relation')));
        }
        const asOf = asOfSpan(args.asOf);
        if (asOf) ids = ids.filter((id) => heldDuring(kb.graph.getEdgeAttribute(id, 'held'), asOf));
        const { defaultPageSize, maxPageSize } = context.limits;
        const connection = resolveArrayConnection({ args, defaultSize: defaultPageSize, maxSize: maxPageSize }, ids);
        return { ...connection, totalCount: ids.length };
      },
    },
    { name: 'RelationConnection' },
    { name: 'RelationEdge' },
  ),
}));
