// One log line per request: method, path, status, operation name, duration and outcome; never quotes or variables.
import type { Plugin } from 'graphql-yoga';
import { type Logger, pino } from 'pino';

/** A logger of JSON lines at `level` (`KG_LOG_LEVEL`, default info), to standard output (fd 1) or error (fd 2). */
export function createLogger(level = process.env.KG_LOG_LEVEL || 'info', fd: 1 | 2 = 1): Logger {
  return pino(
    { level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime },
    pino.destination({ fd, sync: true }),
  );
}

/** A logger that writes nothing, for tests and in-process use. */
export const silentLogger: Logger = pino({ level: 'silent' });

interface RequestLog {
  start: number;
  operationName?: string;
  errorCodes?: string[];
}

type Result = { errors?: readonly { extensions?: Record<string, unknown> }[] };

function errorCodes(result: unknown): string[] {
  const results = (Array.isArray(result) ? result : [result]) as Result[];
  return results.flatMap((r) => (r?.errors ?? []).map((e) => String(e.extensions?.code ?? 'UNKNOWN')));
}

export function requestLogging(logger: Logger): Plugin {
  const requests = new WeakMap<Request, RequestLog>();
  return {
    onRequest({ request }) {
      requests.set(request, { start: performance.now() });
    },
    onParams({ params, request }) {
      const log = requests.get(request);
      if (log && params.operationName) log.operationName = params.operationName;
    },
    onResultProcess({ request, result }) {
      const log = requests.get(request);
      if (log) log.errorCodes = errorCodes(result);
    },
    onResponse({ request, response }) {
      const log = requests.get(request);
      if (!log) return;
      const url = new URL(request.url);
      const codes = log.errorCodes ?? [];
      logger.info(
        {
          method: request.method,
          path: url.pathname,
          status: response.status,
          ...(log.operationName ? { operation: log.operationName } : {}),
          durationMs: Math.round((performance.now() - log.start) * 10) / 10,
          outcome: response.status >= 500 ? 'failed' : codes.length > 0 ? 'errors' : 'ok',
          ...(codes.length > 0 ? { errors: codes } : {}),
        },
        'request',
      );
    },
  };
}
