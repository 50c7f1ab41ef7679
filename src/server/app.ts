// The HTTP application: GraphQL (yoga) at /graphql with GraphiQL, /health, /export, /explore. No port: tests call app.fetch.
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Limits } from '../config.ts';
import { WorkBudget } from '../graph/budget.ts';
import type { KnowledgeBase } from '../graph/knowledge-base.ts';
import type { GraphContext } from '../graphql/builder.ts';
import { schema } from '../graphql/schema.ts';
import { armorPlugin } from './armor.ts';
import { maskError } from './errors.ts';
import { EXAMPLE_QUERIES } from './examples.ts';
import { createFastPath } from './fast-path.ts';
import { requestLogging, silentLogger } from './logging.ts';
import { codedRequestErrors } from './request-errors.ts';
import { explorerRoute, exportRoute, healthRoute } from './routes.ts';

const GRAPHQL_ENDPOINT = '/graphql';

export interface AppOptions {
  /** The graph every request reads; called once per request, so a reload can swap it. */
  knowledgeBase: () => KnowledgeBase;
  limits: Limits;
  /** Where requests and unexpected errors are logged; silent by default. */
  logger?: Logger;
  /** More to say at /health: when the graph was loaded, how the last reload went. */
  status?: () => Record<string, unknown>;
  /** Where the built explorer is; the default is where `npm run build` puts it. */
  explorerDir?: string;
}

export function createApp({ knowledgeBase, limits, logger = silentLogger, status, explorerDir }: AppOptions) {
  const context = (): GraphContext => ({
    kb: knowledgeBase(),
    budget: new WorkBudget(limits.workBudget, limits.timeoutMs, limits.maxResponseBytes),
    limits,
  });
  const fastPath = createFastPath({
    schema,
    endpoint: GRAPHQL_ENDPOINT,
    context,
    maxDocuments: limits.cachedDocuments,
    logger,
  });
  const yoga = createYoga<Record<string, unknown>, GraphContext>({
    schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    landingPage: false,
    // Ours, at /health, says what is loaded; yoga's bare one moves out of its way.
    healthCheckEndpoint: '/.well-known/yoga-health',
    // Unexpected errors are logged by maskError; user errors are answers, not incidents.
    logging: false,
    context,
    maskedErrors: { maskError: (error) => maskError(error, (err) => logger.error({ err }, 'unexpected error')) },
    graphiql: {
      title: 'alliance-graph',
      defaultTabs: EXAMPLE_QUERIES.map(({ query, variables }) => ({
        query,
        variables: variables ? JSON.stringify(variables, null, 2) : null,
      })),
    },
    renderGraphiQL,
    plugins: [
      codedRequestErrors('/graphql'),
      requestLogging(logger),
      healthRoute(knowledgeBase, status),
      exportRoute(knowledgeBase, { cacheMaxBytes: limits.exportCacheMaxBytes, logger }),
      explorerRoute(explorerDir),
      armorPlugin(limits),
      fastPath.plugin,
    ],
  });
  // listen() serves through the fast path; app.fetch (tests, in-process use) is yoga alone.
  return Object.assign(yoga, { fastPath });
}

export type App = ReturnType<typeof createApp>;
