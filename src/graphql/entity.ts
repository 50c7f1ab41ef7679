// The Entity type, and the query fields that return entities: entity, entities.
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { searchEntities } from '../graph/search.ts';
import { incidentRelations, neighbors } from '../graph/walk.ts';
import { AS_OF_DESCRIPTION, checkPageArgs, walkOptions } from './arguments.ts';
import { builder } from './builder.ts';
import { DirectionEnum, EntityKindEnum, RelationTypeEnum } from './enums.ts';

builder.objectType('Entity', {
  description: 'An actor or thing that the sources talk about: a country, a leader, a grouping, a company, a policy.',
  fields: (t) => {
    const walkArgs = () => ({
      types: t.arg({ type: [RelationTypeEnum], description: 'Only relations of these types; all when absent.' }),
      direction: t.arg({
        type: DirectionEnum,
        description:
          'OUT: relations this entity is the subject of; IN: the object of; ANY (default): both. Symmetric relations count either way.',
      }),
      asOf: t.arg.string({ description: AS_OF_DESCRIPTION }),
    });
    return {
      id: t.id({ description: 'A stable, readable slug, such as `japan` or `fumio-kishida`.', resolve: (id) => id }),
      name: t.string({ resolve: (id, _, { kb }) => kb.graph.getNodeAttribute(id, 'name') }),
      kind: t.field({ type: EntityKindEnum, resolve: (id, _, { kb }) => kb.graph.getNodeAttribute(id, 'kind') }),
      aliases: t.stringList({ resolve: (id, _, { kb }) => kb.graph.getNodeAttribute(id, 'aliases') }),
      description: t.string({
        nullable: true,
        resolve: (id, _, { kb }) => kb.graph.getNodeAttribute(id, 'description') ?? null,
      }),
      draft: t.boolean({
        description:
          'True for an entity proposed by kg ingest and not yet accepted; served only by `kg serve --include-drafts`.',
        resolve: (id, _, { kb }) => kb.graph.getNodeAttribute(id, 'draft') === true,
      }),
      relations: t.field({
        type: ['Relation'],
        description: 'The relations this entity stands in, by id.',
        args: walkArgs(),
        resolve: (id, args, context) => incidentRelations(context.kb.graph, id, walkOptions(args, context)),
      }),
      neighbors: t.field({
        type: ['Entity'],
        description: 'The entities at the other end of those relations, each once, by id.',
        args: walkArgs(),
        resolve: (id, args, context) => neighbors(context.kb.graph, id, walkOptions(args, context)),
      }),
      degree: t.int({
        description: 'How many relations this entity stands in.',
        args: walkArgs(),
        resolve: (id, args, context) => incidentRelations(context.kb.graph, id, walkOptions(args, context)).length,
      }),
    };
  },
});

builder.queryFields((t) => ({
  entity: t.field({
    type: 'Entity',
    nullable: true,
    description: 'The entity that `ref` names, or null when none does.',
    args: { ref: t.arg.string({ required: true, description: 'An id, a name or an alias.' }) },
    resolve: (_, { ref }, { kb }) => kb.resolver.find(ref, 'ref'),
  }),
  entities: t.connection(
    {
      type: 'Entity',
      description:
        'Entities, filtered by kind and by a case-insensitive search over names and aliases, best match first.',
      args: {
        kind: t.arg({ type: EntityKindEnum }),
        search: t.arg.string({ description: 'Part of an id, a name or an alias.' }),
      },
      resolve: (_, args, context) => {
        checkPageArgs(args, context);
        const ids = searchEntities(context.kb.graph, context.kb.entityIds, args);
        const { defaultPageSize, maxPageSize } = context.limits;
        const connection = resolveArrayConnection({ args, defaultSize: defaultPageSize, maxSize: maxPageSize }, ids);
        return { ...connection, totalCount: ids.length };
      },
    },
    { name: 'EntityConnection' },
    { name: 'EntityEdge' },
  ),
}));
