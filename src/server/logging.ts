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
      logRequest(logger, {
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
        operation: log.operationName,
        start: log.start,
        errorCodes: log.errorCodes ?? [],
      });
    },
  };
}

/** Logs one request's line: what was asked, how it ended, how long it took. */
export function logRequest(
  logger: Logger,
  entry: { method: string; path: string; status: number; operation?: string; start: number; errorCodes: string[] },
): void {
  const { method, path, status, operation, start, errorCodes: codes } = entry;
  logger.info(
    {
      method,
      path,
      status,
      ...(operation ? { operation } : {}),
      durationMs: Math.round((performance.now() - start) * 10) / 10,
      outcome: status >= 500 ? 'failed' : codes.length > 0 ? 'errors' : 'ok',
      ...(codes.length > 0 ? { errors: codes } : {}),
    },
    'request',
  );
}
