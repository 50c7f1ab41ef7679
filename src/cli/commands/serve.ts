// kg serve: the GraphQL API, GraphiQL, exports, the explorer and /health over HTTP; reloads on SIGHUP or --watch; stops cleanly.
import { Command } from 'commander';
import { dataDirFromEnv, listenFromEnv } from '../../config.ts';
import { formatProblem, UsageError } from '../../errors.ts';
import { createMetricsRunner } from '../../graph/metrics-runner.ts';
import { createApp } from '../../server/app.ts';
import { createGraphStore, type ReloadOutcome } from '../../server/graph-store.ts';
import { close, listen } from '../../server/listen.ts';
import { createLogger } from '../../server/logging.ts';
import { type CliIO, displayPath, limits, plural, withDataOption } from '../io.ts';

export function serveCommand(io: CliIO): Command {
  return withDataOption(
    new Command('serve')
      .description(
        'Serve the graph: GraphQL at /graphql (GraphiQL in a browser), /explore, /export/graph.<format>, /health. PORT (default 4000) and HOST (default 127.0.0.1) choose where. SIGHUP reloads graph-data.',
      )
      .option('-w, --watch', 'reload graph-data whenever a file in it changes')
      .option('--include-drafts', 'also serve the proposals of kg ingest in drafts/, marked draft: true'),
  ).action(async (options: { data?: string; watch?: boolean; includeDrafts?: boolean }) => {
    const settings = limits(io);
    const { port, host } = listenFromEnv(io.env);
    const dir = options.data ?? dataDirFromEnv(io.env);
    const logger = createLogger(io.env.KG_LOG_LEVEL || 'info');
    // A large graph takes a while to load: say so before, and how long it took after.
    io.err(`alliance-graph: loading ${displayPath(dir, io.cwd)} ...`);
    const loadStarted = performance.now();
    const store = await createGraphStore(dir, {
      drafts: options.includeDrafts ? 'include' : 'ignore',
      quoteWorkerMinBytes: settings.quoteWorkerMinBytes,
      metrics: createMetricsRunner(settings.metricsInlineMaxRelations),
      onMetrics: (status, kb) => {
        const graph = { entities: kb.graph.order, relations: kb.graph.size };
        if (status.state === 'failed') {
          logger.error(
            { ...graph, error: status.error },
            'metrics failed; centrality, communities, layout and exports answer METRICS_FAILED until the next reload',
          );
        } else if (status.state === 'ready') {
          logger.info({ ...graph, ms: status.ms }, 'metrics ready');
        }
      },
    });
    const app = createApp({
      knowledgeBase: () => store.current,
      limits: settings,
      logger,
      status: () => ({
        loadedAt: store.loadedAt,
        reloads: store.reloads,
        ...(store.lastReload && !store.lastReload.ok
          ? {
              lastReload: store.lastReload,
              warning: `the last reload failed; still serving the graph loaded at ${store.loadedAt}`,
            }
          : {}),
      }),
    });
    const { server, url } = await listen(app, port, host).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(
        error.code === 'EADDRINUSE'
          ? `PORT: ${host}:${port} is already in use; choose another with PORT=...`
          : `cannot listen on ${host}:${port}: ${error.message}`,
      );
    });

    const reported = (outcome: ReloadOutcome) => {
      if (outcome.ok) {
        const { graph } = store.current;
        logger.info({ entities: graph.order, relations: graph.size }, 'reloaded graph-data');
      } else {
        for (const problem of outcome.problems ?? [])
          logger.error({ problem: formatProblem(problem) }, 'reload problem');
        logger.error(
          { problems: outcome.problems?.length ?? 0, error: outcome.error },
          'reload failed; still serving the last good graph',
        );
      }
    };
    const onHangUp = () => void store.reload().then(reported);
    process.on('SIGHUP', onHangUp);
    const stopWatching = options.watch ? store.watch(settings.reloadDebounceMs, reported) : () => {};

    io.out(
      `alliance-graph: ${plural(store.current.graph.order, 'entity', 'entities')}, ${plural(store.current.graph.size, 'relation')} ` +
        `(loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s); ` +
        `serving GraphQL at ${url}/graphql (GraphiQL in a browser) and the explorer at ${url}/explore` +
        (options.watch ? '; watching graph-data for changes' : '') +
        (options.includeDrafts ? '; drafts included' : ''),
    );
    const signal = await (io.stopSignal ?? new Promise<string>(() => {}));
    io.out(`${signal}: finishing requests in flight (up to ${settings.shutdownGraceMs} ms), then stopping`);
    process.off('SIGHUP', onHangUp);
    stopWatching();
    // A metrics worker still running would keep the process alive; requests waiting on it get METRICS_NOT_READY.
    store.close();
    await close(server, settings.shutdownGraceMs);
    io.out('stopped');
  });
}
