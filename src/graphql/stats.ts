// The GraphStats type and the stats query field: how many entities, relations and sources, by type and kind.
import { ENTITY_KINDS, type EntityKind, RELATION_TYPES, type RelationType } from '../model.ts';
import { builder } from './builder.ts';
import { EntityKindEnum, RelationTypeEnum } from './enums.ts';

const RelationTypeCount = builder.objectRef<{ type: RelationType; count: number }>('RelationTypeCount').implement({
  fields: (t) => ({
    type: t.expose('type', { type: RelationTypeEnum }),
    count: t.exposeInt('count'),
  }),
});

const EntityKindCount = builder.objectRef<{ kind: EntityKind; count: number }>('EntityKindCount').implement({
  fields: (t) => ({
    kind: t.expose('kind', { type: EntityKindEnum }),
    count: t.exposeInt('count'),
  }),
});

builder.objectType('GraphStats', {
  description: 'How big the graph is.',
  fields: (t) => ({
    entities: t.int({ resolve: (kb) => kb.graph.order }),
    relations: t.int({ resolve: (kb) => kb.graph.size }),
    sources: t.int({ resolve: (kb) => kb.sources.size }),
    relationTypes: t.field({
      type: [RelationTypeCount],
      description: 'Relations by type, in the order of the RelationType enum; types with none are left out.',
      resolve: (kb) => {
        const counts = new Map<RelationType, number>();
        kb.graph.forEachEdge((_, { relation }) => counts.set(relation, (counts.get(relation) ?? 0) + 1));
        return RELATION_TYPES.filter((type) => counts.has(type)).map((type) => ({
          type,
          count: counts.get(type) ?? 0,
        }));
      },
    }),
    entityKinds: t.field({
      type: [EntityKindCount],
      description: 'Entities by kind, in the order of the EntityKind enum; kinds with none are left out.',
      resolve: (kb) => {
        const counts = new Map<EntityKind, number>();
        kb.graph.forEachNode((_, { kind }) => counts.set(kind, (counts.get(kind) ?? 0) + 1));
        return ENTITY_KINDS.filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
      },
    }),
  }),
});

builder.queryFields((t) => ({
  stats: t.field({ type: 'GraphStats', resolve: (_, __, { kb }) => kb }),
}));
