// The errors a user can cause, each with a code that GraphQL and the CLI map once.

/** An error the caller caused and can fix; its message says what was wrong and what is right. */
export abstract class UserError extends Error {
  abstract readonly code: string;
  /** Extra fields for GraphQL's `extensions` and for the CLI's report. */
  get details(): Record<string, unknown> {
    return {};
  }
}

/** A reference names no entity. */
export class EntityNotFoundError extends UserError {
  readonly code = 'ENTITY_NOT_FOUND';
  constructor(
    readonly ref: string,
    readonly suggestions: string[],
    readonly argument?: string,
  ) {
    const where = argument ? `${argument}: ` : '';
    const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : '';
    super(`${where}no entity is called "${ref}" (by id, name or alias)${hint}`);
    this.name = 'EntityNotFoundError';
  }
  override get details() {
    return { ref: this.ref, suggestions: this.suggestions, ...(this.argument ? { argument: this.argument } : {}) };
  }
}

/** A reference fits several entities and names none of them exactly. */
export class AmbiguousEntityError extends UserError {
  readonly code = 'AMBIGUOUS_ENTITY';
  constructor(
    readonly ref: string,
    readonly candidates: { id: string; name: string }[],
    readonly argument?: string,
  ) {
    const where = argument ? `${argument}: ` : '';
    const list = candidates.map((c) => `${c.name} (${c.id})`).join(', ');
    super(`${where}"${ref}" could mean any of ${candidates.length} entities: ${list}; use an id or a full name`);
    this.name = 'AmbiguousEntityError';
  }
  override get details() {
    return {
      ref: this.ref,
      candidates: this.candidates.map((c) => c.id),
      ...(this.argument ? { argument: this.argument } : {}),
    };
  }
}

/** An argument is out of range or malformed. */
export class BadInputError extends UserError {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    readonly argument: string,
    message: string,
    readonly range?: Record<string, unknown>,
  ) {
    super(`${argument}: ${message}`);
    this.name = 'BadInputError';
  }
  override get details() {
    return { argument: this.argument, ...(this.range ?? {}) };
  }
}

/** One problem found in graph-data: where it is, what was found and what would be right. */
export interface DataProblem {
  /** The file, relative to the data directory: `relations.json`. */
  file: string;
  /** 1-based line of the problem in the file, where it can be told. */
  line?: number;
  /** JSON path of the offending value: `$.relations[3].to`. */
  path?: string;
  /** What is wrong, and what would be right. */
  message: string;
}

/** graph-data failed to load; nothing of it was loaded. Carries every problem found. */
export class GraphDataError extends UserError {
  readonly code = 'INVALID_GRAPH_DATA';
  constructor(
    readonly dir: string,
    readonly problems: DataProblem[],
  ) {
    super(`${dir}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the graph data`);
    this.name = 'GraphDataError';
  }
  override get details() {
    return { problems: this.problems };
  }
}

export function formatProblem(problem: DataProblem): string {
  const at = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return problem.path ? `${at} ${problem.path}: ${problem.message}` : `${at}: ${problem.message}`;
}

/** The query is over a depth, alias, token, cost or work budget. */
export class QueryTooComplexError extends UserError {
  readonly code = 'QUERY_TOO_COMPLEX';
  constructor(
    message: string,
    readonly limit: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'QueryTooComplexError';
  }
  override get details() {
    return { ...this.limit };
  }
}

/** The command line or the environment is wrong: an unknown option, a malformed setting. */
export class UsageError extends UserError {
  readonly code = 'USAGE';
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The language model of `kg ingest --extractor llm` gave no usable answer for any part of the article. */
export class LlmFailedError extends UserError {
  readonly code = 'LLM_FAILED';
  constructor(
    readonly endpoint: string,
    readonly model: string,
    readonly reason: string,
  ) {
    super(
      `the language model ${model} at ${endpoint} gave no usable answer: ${reason}; check that the server is up and serves that model (KG_LLM_BASE_URL, KG_LLM_MODEL), or ingest with the rules extractor`,
    );
    this.name = 'LlmFailedError';
  }
  override get details() {
    return { endpoint: this.endpoint, model: this.model, reason: this.reason };
  }
}

/** The request ran past its time budget. */
export class TimeoutError extends UserError {
  readonly code = 'TIMEOUT';
  constructor(
    readonly timeoutMs: number,
    /** What to do instead, when there is better to say than to ask for less. */
    advice = 'ask for a smaller depth, a shorter maxLength, fewer results or fewer fields',
  ) {
    super(`this request ran past its time budget of ${timeoutMs} ms and was stopped; ${advice}`);
    this.name = 'TimeoutError';
  }
  override get details() {
    return { timeoutMs: this.timeoutMs };
  }
}

/** Seconds a client is told to wait before asking again for metrics still being computed. */
export const METRICS_RETRY_AFTER_SECONDS = 5;

/** Why metrics are not ready: still being computed (and how long a request waited), or stopped. */
export type MetricsNotReadyReason =
  | { state: 'pending'; elapsedMs: number; waitedMs?: number }
  | { state: 'stopped'; why: 'replaced' | 'stopping' };

function notReadyMessage(reason: MetricsNotReadyReason): string {
  const what = "the graph's centrality, communities and layout";
  if (reason.state === 'stopped') {
    const why = reason.why === 'replaced' ? 'the graph was reloaded' : 'the server is stopping';
    return `${what} were no longer being computed: ${why}; retry to read those of the graph now loaded`;
  }
  const waited =
    reason.waitedMs === undefined ? '' : ` and were not ready within this request's ${Math.round(reason.waitedMs)} ms`;
  const elapsed = (reason.elapsedMs / 1000).toFixed(1);
  return `${what} are still being computed (for ${elapsed} s so far)${waited}; retry in ${METRICS_RETRY_AFTER_SECONDS} s or so`;
}

/**
 * The graph's metrics (centrality, communities, layout) are not ready: still being computed, or
 * stopped because the graph was replaced. Not the caller's fault, but the caller's to fix by
 * asking again a little later.
 */
export class MetricsNotReadyError extends UserError {
  readonly code = 'METRICS_NOT_READY';
  readonly retryAfterSeconds = METRICS_RETRY_AFTER_SECONDS;
  constructor(readonly reason: MetricsNotReadyReason) {
    super(notReadyMessage(reason));
    this.name = 'MetricsNotReadyError';
  }
  override get details() {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}

/** The graph's metrics could not be computed (the worker failed); every other field still answers. */
export class MetricsFailedError extends UserError {
  readonly code = 'METRICS_FAILED';
  constructor(readonly reason: string) {
    super(
      `the graph's centrality, communities and layout could not be computed (${reason}); every other field still answers, and loading the graph again computes them again`,
    );
    this.name = 'MetricsFailedError';
  }
}
