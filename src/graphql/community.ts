// The Community type, Entity.community, and the communities query field.
import { builder } from './builder.ts';
import { withMetrics } from './metrics.ts';

builder.objectType('Community', {
  description:
    'A group of entities more tightly linked to each other than to the rest (Louvain, seeded: the same graph always gets the same communities). Ids run from 0, the largest.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    size: t.int({ resolve: (community) => community.entities.length }),
    entities: t.field({ type: ['Entity'], description: 'By id.', resolve: (community) => community.entities }),
  }),
});

builder.objectFields('Entity', (t) => ({
  community: t.int({
    description: "The id of the entity's community, as in Query.communities.",
    resolve: (id, _, context) => withMetrics(context, ({ community }) => community.get(id) as number),
  }),
}));

builder.queryFields((t) => ({
  communities: t.field({
    type: ['Community'],
    description: 'Groups of entities more tightly linked to each other than to the rest (Louvain), largest first.',
    resolve: (_, __, context) => withMetrics(context, ({ communities }) => communities),
  }),
}));
