// The Subgraph type, and the query field that returns one: neighborhood.
import { neighborhood } from '../graph/neighborhood.ts';
import { AS_OF_DESCRIPTION, intInRange, limitText, walkOptions } from './arguments.ts';
import { builder } from './builder.ts';
import { DirectionEnum, RelationTypeEnum } from './enums.ts';

builder.objectType('Subgraph', {
  description: 'Some entities and the relations among them.',
  fields: (t) => ({
    entities: t.field({ type: ['Entity'], resolve: (subgraph) => subgraph.entities }),
    relations: t.field({ type: ['Relation'], resolve: (subgraph) => subgraph.relations }),
  }),
});

builder.queryFields((t) => ({
  neighborhood: t.field({
    type: 'Subgraph',
    description:
      'The entities within `depth` hops of `ref` (nearest first, the entity itself first), and every relation among them that passes the type filter (by id).',
    args: {
      ref: t.arg.string({ required: true, description: 'The entity at the centre: an id, a name or an alias.' }),
      depth: t.arg.int({ description: `How many hops out: from 0 to ${limitText('maxDepth', 'defaultDepth')}.` }),
      types: t.arg({ type: [RelationTypeEnum], description: 'Walk only relations of these types; all when absent.' }),
      direction: t.arg({
        type: DirectionEnum,
        description: 'Walk directed relations OUT (subject to object), IN, or ANY way (default).',
      }),
      asOf: t.arg.string({ description: AS_OF_DESCRIPTION }),
    },
    resolve: (_, args, context) => {
      const { limits, kb } = context;
      const depth = intInRange('depth', args.depth, limits.defaultDepth, 0, limits.maxDepth);
      const entity = kb.resolver.resolve(args.ref, 'ref');
      return neighborhood(kb.graph, entity, { ...walkOptions(args, context), depth });
    },
  }),
}));
