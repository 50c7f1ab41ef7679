// kg serve: the GraphQL API, GraphiQL and /health over HTTP, until SIGINT or SIGTERM.
import { Command } from 'commander';
import { listenFromEnv } from '../../config.ts';
import { UsageError } from '../../errors.ts';
import { createApp } from '../../server/app.ts';
import { close, listen } from '../../server/listen.ts';
import { type CliIO, limits, loadKnowledgeBase, plural, withDataOption } from '../io.ts';

/** How long requests in flight may take to finish once the server is asked to stop. */
export const SHUTDOWN_GRACE_MS = 10_000;

export function serveCommand(io: CliIO): Command {
  return withDataOption(
    new Command('serve').description(
      'Serve the graph: GraphQL at /graphql (GraphiQL in a browser), /health. PORT (default 4000) and HOST (default 127.0.0.1) choose where.',
    ),
  ).action(async (options: { data?: string }) => {
    const { port, host } = listenFromEnv(io.env);
    const kb = await loadKnowledgeBase(io, options.data);
    const app = createApp({
      knowledgeBase: () => kb,
      limits: limits(io),
      logError: (e) => io.err(`error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
    });
    const { server, url } = await listen(app, port, host).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(
        error.code === 'EADDRINUSE'
          ? `PORT: ${host}:${port} is already in use; choose another with PORT=...`
          : `cannot listen on ${host}:${port}: ${error.message}`,
      );
    });
    io.out(
      `alliance-graph: ${plural(kb.graph.order, 'entity', 'entities')}, ${plural(kb.graph.size, 'relation')}; serving GraphQL at ${url}/graphql (open it in a browser for GraphiQL)`,
    );
    const signal = await (io.stopSignal ?? new Promise<string>(() => {}));
    io.out(`${signal}: finishing requests in flight, then stopping`);
    await close(server, SHUTDOWN_GRACE_MS);
  });
}
