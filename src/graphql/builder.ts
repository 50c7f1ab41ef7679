// The Pothos builder: plugins, scalar and context types. Object types live one per file beside it.
import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { Limits } from '../config.ts';
import type { WorkBudget } from '../graph/budget.ts';
import type { KnowledgeBase } from '../graph/knowledge-base.ts';
import type { Centrality, Community } from '../graph/metrics.ts';
import type { Path } from '../graph/walk.ts';
import type { Evidence, Source } from '../model.ts';

/** What every resolver of one request sees: one consistent graph and one shared work budget. */
export interface GraphContext {
  kb: KnowledgeBase;
  budget: WorkBudget;
  limits: Limits;
}

export const builder = new SchemaBuilder<{
  Context: GraphContext;
  DefaultFieldNullability: false;
  Connection: { totalCount: number };
  // Object types by name, so that type files can refer to each other without importing each other.
  Objects: {
    /** An entity, by id. */
    Entity: string;
    /** A relation, by id. */
    Relation: string;
    Evidence: Evidence;
    Source: Source;
    GraphStats: KnowledgeBase;
    Path: Path;
    Centrality: Centrality;
    Community: Community;
    PathStep: Path['steps'][number];
    Subgraph: { entities: string[]; relations: string[] };
  };
}>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    cursorType: 'String',
    clientMutationId: 'omit',
    nodesOnConnection: true,
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
});

builder.queryType({});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items the list holds in all, on every page.',
    resolve: (parent) => parent.totalCount,
  }),
);
