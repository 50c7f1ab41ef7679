// How to reach the language model: its endpoint, model and key from the environment, with the limits of chunks,
// retries and time from LIMITS.
import { LIMITS, limitsFromEnv } from '../../config.ts';
import { UsageError } from '../../errors.ts';

export interface LlmConfig {
  /** An OpenAI-compatible endpoint, up to `/v1`: `http://127.0.0.1:11434/v1` for Ollama. */
  baseURL: string;
  model: string;
  /** Sent as a bearer token; local servers need none, and a placeholder is sent then. */
  apiKey?: string;
  chunkChars: number;
  chunkOverlapChars: number;
  maxRetries: number;
  timeoutMs: number;
  /** The longest quote the gate accepts. */
  maxQuoteChars: number;
}

/** Sent as the key when none is given: the client needs one, local servers read none. */
export const PLACEHOLDER_API_KEY = 'no-key';

const EXAMPLE = 'KG_LLM_BASE_URL=http://127.0.0.1:11434/v1 KG_LLM_MODEL=llama3.1 for Ollama';

/**
 * The language model's settings from `env`: `KG_LLM_BASE_URL`, `KG_LLM_MODEL`, `KG_LLM_API_KEY` (optional), and
 * the numeric limits (`KG_LLM_CHUNK_CHARS`, `KG_LLM_CHUNK_OVERLAP_CHARS`, `KG_LLM_MAX_RETRIES`, `KG_LLM_TIMEOUT_MS`).
 * @throws UsageError naming a variable that is missing or malformed, with an example of what is right.
 */
export function llmConfigFromEnv(env: NodeJS.ProcessEnv = process.env): LlmConfig {
  const baseURL = env.KG_LLM_BASE_URL?.trim() ?? '';
  const model = env.KG_LLM_MODEL?.trim() ?? '';
  for (const [name, value] of [
    ['KG_LLM_BASE_URL', baseURL],
    ['KG_LLM_MODEL', model],
  ] as const) {
    if (value === '') {
      throw new UsageError(`--extractor llm needs ${name}, which is not set; for example ${EXAMPLE}`);
    }
  }
  let url: URL | undefined;
  try {
    url = new URL(baseURL);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new UsageError(`KG_LLM_BASE_URL=${JSON.stringify(baseURL)} is not an http(s) URL; for example ${EXAMPLE}`);
  }
  const limits = limitsFromEnv(env);
  if (limits.llmChunkOverlapChars >= limits.llmChunkChars) {
    throw new UsageError(
      `${LIMITS.llmChunkOverlapChars.env} (${limits.llmChunkOverlapChars}) must be less than ${LIMITS.llmChunkChars.env} (${limits.llmChunkChars}): a chunk must hold more than the overlap`,
    );
  }
  const apiKey = env.KG_LLM_API_KEY?.trim();
  return {
    baseURL: baseURL.replace(/\/+$/, ''),
    model,
    ...(apiKey ? { apiKey } : {}),
    chunkChars: limits.llmChunkChars,
    chunkOverlapChars: limits.llmChunkOverlapChars,
    maxRetries: limits.llmMaxRetries,
    timeoutMs: limits.llmTimeoutMs,
    maxQuoteChars: limits.maxQuoteChars,
  };
}
