// kg query '<graphql>' [--variables json]: runs one GraphQL request in-process and prints the result.
import { Command } from 'commander';
import { UsageError, UserError } from '../../errors.ts';
import { createApp } from '../../server/app.ts';
import { createLogger } from '../../server/logging.ts';
import { type CliIO, limits, loadKnowledgeBase, withDataOption } from '../io.ts';

/** The request had GraphQL errors; they are printed with the result. */
class QueryFailedError extends UserError {
  readonly code = 'QUERY_FAILED';
}

export function queryCommand(io: CliIO): Command {
  return withDataOption(
    new Command('query')
      .description('Run a GraphQL query against the graph, in-process, and print the JSON result.')
      .argument('<graphql>', 'the query document, such as \'{ entity(ref: "Japan") { name } }\'')
      .option('-v, --variables <json>', 'the variables, as a JSON object'),
  ).action(async (query: string, options: { variables?: string; data?: string }) => {
    let variables: unknown;
    if (options.variables !== undefined) {
      try {
        variables = JSON.parse(options.variables);
      } catch (error) {
        throw new UsageError(
          `--variables: not JSON (${(error as Error).message}); expected an object such as '{"ref": "Japan"}'`,
        );
      }
      if (variables === null || typeof variables !== 'object' || Array.isArray(variables)) {
        throw new UsageError(`--variables: expected a JSON object such as '{"ref": "Japan"}'`);
      }
    }
    const kb = await loadKnowledgeBase(io, options.data);
    const app = createApp({ knowledgeBase: () => kb, limits: limits(io), logger: createLogger('error', 2) });
    const run = async () => {
      const response = await app.fetch('http://kg.local/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
    };
    let result = await run();
    // A server's client would retry; here the metrics are awaited as long as they take, then the query runs again.
    if (result.errors?.some((e) => e.extensions?.code === 'METRICS_NOT_READY')) {
      // Failed metrics are not thrown here: the second run answers METRICS_FAILED, printed with the rest.
      await kb.metrics().catch(() => {});
      result = await run();
    }
    kb.stopMetrics('stopping');
    io.out(JSON.stringify(result, null, 2));
    if (result.errors?.length) {
      throw new QueryFailedError(`the query failed with ${result.errors.length} error(s); see "errors" above`);
    }
  });
}
