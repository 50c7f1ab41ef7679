// The TimelineEvent type and the timeline query field: relations beginning and ending, in date order.

import type { TimelineEvent } from '../graph/timeline.ts';
import { timeline } from '../graph/timeline.ts';
import { builder } from './builder.ts';
import { RelationTypeEnum } from './enums.ts';

const TimelineChangeEnum = builder.enumType('TimelineChange', {
  values: {
    BEGAN: { value: 'BEGAN', description: "The relation's validFrom." },
    ENDED: { value: 'ENDED', description: "The relation's validTo." },
  } as const,
});

const TimelineEventRef = builder.objectRef<TimelineEvent>('TimelineEvent').implement({
  description: 'A relation beginning or ending.',
  fields: (t) => ({
    date: t.exposeString('date', { description: 'ISO 8601 date or partial date.' }),
    change: t.expose('change', { type: TimelineChangeEnum }),
    relation: t.field({ type: 'Relation', resolve: (event) => event.relation }),
  }),
});

builder.queryFields((t) => ({
  timeline: t.field({
    type: [TimelineEventRef],
    description:
      'Relations beginning and ending, in date order, for one entity or the whole graph. Order: by the first day a date covers, the less precise date first ("2021" before "2021-01-20"), beginnings before ends, then by relation id. Relations the sources do not date are not in it.',
    args: {
      ref: t.arg.string({ description: 'Only the relations of this entity: an id, a name or an alias.' }),
      types: t.arg({ type: [RelationTypeEnum], description: 'Only relations of these types; all when absent.' }),
    },
    resolve: (_, { ref, types }, { kb, budget }) => {
      const entity = ref === null || ref === undefined ? undefined : kb.resolver.resolve(ref, 'ref');
      budget.spend(entity === undefined ? kb.graph.size : kb.graph.degree(entity));
      return timeline(kb.graph, { entity, types });
    },
  }),
}));
