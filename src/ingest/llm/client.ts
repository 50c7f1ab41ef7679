// The OpenAI-compatible client (the official `openai` package) for any server that speaks its chat API: OpenAI,
// Ollama, vLLM, llama.cpp's server, LM Studio. It retries 429s, 5xxs and timeouts itself, honouring Retry-After.
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { type LlmConfig, PLACEHOLDER_API_KEY } from './settings.ts';

export interface LlmClient {
  openai: OpenAI;
  /** HTTP requests sent so far, retries included. */
  requests(): number;
}

/** A client for `config`'s endpoint that counts the requests it sends. */
export function createLlmClient(config: LlmConfig): LlmClient {
  let requests = 0;
  const counting: typeof fetch = (input, init) => {
    requests++;
    return fetch(input, init);
  };
  const openai = new OpenAI({
    baseURL: config.baseURL,
    apiKey: config.apiKey ?? PLACEHOLDER_API_KEY,
    // Never read from the environment: OPENAI_ORG_ID and OPENAI_PROJECT_ID belong to another tool's setup.
    organization: null,
    project: null,
    maxRetries: config.maxRetries,
    timeout: config.timeoutMs,
    fetch: counting,
  });
  return { openai, requests: () => requests };
}

/** The innermost cause's message: "connect ECONNREFUSED 127.0.0.1:9" rather than "fetch failed". */
function rootCause(error: Error): string {
  let inner: unknown = error;
  while (inner instanceof Error && inner.cause instanceof Error) inner = inner.cause;
  return inner instanceof Error ? inner.message : String(inner);
}

/** One line saying why a request failed, and what to check where it is the caller's to fix. */
export function describeFailure(error: unknown, config: LlmConfig): string {
  if (error instanceof APIConnectionTimeoutError) {
    return `no answer within ${config.timeoutMs} ms (KG_LLM_TIMEOUT_MS)`;
  }
  if (error instanceof APIConnectionError) {
    return `could not connect (${rootCause(error)}); is a server running at KG_LLM_BASE_URL?`;
  }
  if (error instanceof APIError) {
    const said = error.message.replace(/\s+/g, ' ').trim();
    const hint =
      error.status === 401 || error.status === 403
        ? '; check KG_LLM_API_KEY'
        : error.status === 404
          ? `; check KG_LLM_BASE_URL (up to /v1) and KG_LLM_MODEL (${config.model})`
          : '';
    return `HTTP ${said}${hint}`;
  }
  return error instanceof Error ? error.message : String(error);
}
