// The Centrality type, Entity.centrality, and the ranking query field.
import type { Centrality } from '../graph/metrics.ts';
import { intInRange } from './arguments.ts';
import { builder } from './builder.ts';
import { withMetrics } from './metrics.ts';

const CentralityMeasureEnum = builder.enumType('CentralityMeasure', {
  values: {
    DEGREE: { value: 'degree', description: 'Relations at the entity, of any type and direction.' },
    PAGERANK: {
      value: 'pagerank',
      description: 'PageRank, relations walked subject to object and symmetric ones both ways.',
    },
    BETWEENNESS: {
      value: 'betweenness',
      description: 'How often the entity lies on shortest paths between others, 0 to 1.',
    },
  } as const,
});

builder.objectType('Centrality', {
  description:
    'How central an entity is, computed once per load, in a worker thread for large graphs: until that is done, asking for it is METRICS_NOT_READY (retry).',
  fields: (t) => ({
    degree: t.exposeInt('degree', { description: 'Relations at this entity, of any type and direction.' }),
    pagerank: t.exposeFloat('pagerank', {
      description: 'PageRank over relations walked subject to object, symmetric ones both ways; all entities sum to 1.',
    }),
    betweenness: t.exposeFloat('betweenness', {
      description: 'Normalized to the range 0 to 1; relations walked either way.',
    }),
  }),
});

builder.objectFields('Entity', (t) => ({
  centrality: t.field({
    type: 'Centrality',
    resolve: (id, _, context) => withMetrics(context, ({ centrality }) => centrality.get(id) as Centrality),
  }),
}));

builder.queryFields((t) => ({
  ranking: t.field({
    type: ['Entity'],
    description: 'Entities ranked by a centrality measure, highest first; ties by id.',
    args: {
      measure: t.arg({ type: CentralityMeasureEnum, required: true }),
      first: t.arg.int({ description: 'How many: from 0 to the page size limit (KG_MAX_PAGE_SIZE); default 10.' }),
    },
    resolve: (_, { measure, first }, context) => {
      const count = intInRange('first', first, context.limits.defaultPaths, 0, context.limits.maxPageSize);
      return withMetrics(context, ({ centrality }) => {
        const score = (id: string) => centrality.get(id)?.[measure] ?? 0;
        return [...context.kb.entityIds].sort((a, b) => score(b) - score(a) || (a < b ? -1 : 1)).slice(0, count);
      });
    },
  }),
}));
