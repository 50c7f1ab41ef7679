// What began and ended when: the dated relations of one entity, or of the whole graph, in date order.
import { dateSpan } from '../dates.ts';
import type { RelationType } from '../model.ts';
import type { KnowledgeGraph } from './knowledge-graph.ts';
import { compareIds, incidentRelations } from './walk.ts';

export interface TimelineEvent {
  /** The relation's validFrom (BEGAN) or validTo (ENDED), as written: a date or partial date. */
  date: string;
  change: 'BEGAN' | 'ENDED';
  relation: string;
}

/**
 * Every relation's beginning and end, where the data dates them, for the relations of
 * `entity` (all relations when absent) of `types` (all when absent or empty). In date order:
 * by the first day a date covers, then the less precise date first ("2021" before
 * "2021-01-20"), then beginnings before ends (a relation of one day begins before it ends),
 * then by relation id.
 */
export function timeline(
  graph: KnowledgeGraph,
  { entity, types }: { entity?: string; types?: readonly RelationType[] | null } = {},
): TimelineEvent[] {
  const wanted = types && types.length > 0 ? new Set(types) : null;
  const relations = entity === undefined ? graph.edges() : incidentRelations(graph, entity);
  const events: (TimelineEvent & { first: string; last: string })[] = [];
  for (const relation of relations) {
    const { relation: type, validFrom, validTo } = graph.getEdgeAttributes(relation);
    if (wanted && !wanted.has(type)) continue;
    for (const [date, change] of [
      [validFrom, 'BEGAN'],
      [validTo, 'ENDED'],
    ] as const) {
      const span = date === undefined ? null : dateSpan(date);
      if (date !== undefined && span) events.push({ date, change, relation, ...span });
    }
  }
  return events
    .sort(
      (a, b) =>
        compareIds(a.first, b.first) ||
        compareIds(b.last, a.last) ||
        (a.change === b.change ? 0 : a.change === 'BEGAN' ? -1 : 1) ||
        compareIds(a.relation, b.relation),
    )
    .map(({ date, change, relation }) => ({ date, change, relation }));
}
