// The Source type, and the query fields that return sources: sources, source.
import { builder } from './builder.ts';

builder.objectType('Source', {
  description: 'A document that relations are drawn from.',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    author: t.exposeString('author', { nullable: true }),
    publisher: t.exposeString('publisher', { nullable: true }),
    publishedOn: t.exposeString('publishedOn', { nullable: true, description: 'ISO 8601 date.' }),
    url: t.exposeString('url', { nullable: true, description: 'Where the source was published, where known.' }),
    text: t.exposeString('text', { description: 'The full text that every quote is found in.' }),
    relations: t.field({
      type: ['Relation'],
      description: 'The relations with evidence from this source, by id.',
      resolve: (source, _, { kb }) => kb.relationsBySource.get(source.id) ?? [],
    }),
  }),
});

builder.queryFields((t) => ({
  sources: t.field({ type: ['Source'], resolve: (_, __, { kb }) => [...kb.sources.values()] }),
  source: t.field({
    type: 'Source',
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, { id }, { kb }) => kb.sources.get(String(id)) ?? null,
  }),
}));
