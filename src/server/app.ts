// The HTTP application: GraphQL (yoga) at /graphql with GraphiQL, /health, /export, /explore. No port: tests call app.fetch.
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import type { Limits } from '../config.ts';
import { WorkBudget } from '../graph/budget.ts';
import type { KnowledgeBase } from '../graph/knowledge-base.ts';
import type { GraphContext } from '../graphql/builder.ts';
import { schema } from '../graphql/schema.ts';
import { armorPlugin } from './armor.ts';
import { maskError } from './errors.ts';
import { EXAMPLE_QUERIES } from './examples.ts';
import { explorerRoute, exportRoute, healthRoute } from './routes.ts';

export interface AppOptions {
  /** The graph every request reads; called once per request, so a reload can swap it. */
  knowledgeBase: () => KnowledgeBase;
  limits: Limits;
  /** Where unexpected errors are reported. */
  logError?: (error: unknown) => void;
  /** Where the built explorer is; the default is where `npm run build` puts it. */
  explorerDir?: string;
}

export function createApp({ knowledgeBase, limits, logError = console.error, explorerDir }: AppOptions) {
  return createYoga<Record<string, unknown>, GraphContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // Ours, at /health, says what is loaded; yoga's bare one moves out of its way.
    healthCheckEndpoint: '/.well-known/yoga-health',
    // Unexpected errors are logged by maskError; user errors are answers, not incidents.
    logging: false,
    context: () => ({ kb: knowledgeBase(), budget: new WorkBudget(limits.workBudget), limits }),
    maskedErrors: { maskError: (error) => maskError(error, logError) },
    graphiql: {
      title: 'alliance-graph',
      defaultTabs: EXAMPLE_QUERIES.map(({ query, variables }) => ({
        query,
        variables: variables ? JSON.stringify(variables, null, 2) : null,
      })),
    },
    renderGraphiQL,
    plugins: [healthRoute(knowledgeBase), exportRoute(knowledgeBase), explorerRoute(explorerDir), armorPlugin(limits)],
  });
}

export type App = ReturnType<typeof createApp>;
