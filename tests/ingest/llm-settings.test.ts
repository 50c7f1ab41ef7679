import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.ts';
import { llmConfigFromEnv } from '../../src/ingest/llm/settings.ts';

const BASE = { KG_LLM_BASE_URL: 'http://127.0.0.1:11434/v1/', KG_LLM_MODEL: 'llama3.1' };
const EXAMPLE = 'for example KG_LLM_BASE_URL=http://127.0.0.1:11434/v1 KG_LLM_MODEL=llama3.1 for Ollama';

describe('llmConfigFromEnv', () => {
  it('reads the endpoint and model, with the default limits and no key', () => {
    expect(llmConfigFromEnv(BASE)).toEqual({
      baseURL: 'http://127.0.0.1:11434/v1',
      model: 'llama3.1',
      chunkChars: 6000,
      chunkOverlapChars: 600,
      maxRetries: 3,
      timeoutMs: 120_000,
      maxQuoteChars: 600,
    });
  });

  it('reads the key and the limits when set, 0 retries and no overlap allowed', () => {
    const env = {
      ...BASE,
      KG_LLM_API_KEY: 'sk-1',
      KG_LLM_CHUNK_CHARS: '3000',
      KG_LLM_CHUNK_OVERLAP_CHARS: '0',
      KG_LLM_MAX_RETRIES: '0',
      KG_LLM_TIMEOUT_MS: '5000',
      KG_MAX_QUOTE_CHARS: '300',
    };
    expect(llmConfigFromEnv(env)).toEqual({
      baseURL: 'http://127.0.0.1:11434/v1',
      model: 'llama3.1',
      apiKey: 'sk-1',
      chunkChars: 3000,
      chunkOverlapChars: 0,
      maxRetries: 0,
      timeoutMs: 5000,
      maxQuoteChars: 300,
    });
  });

  it.each([
    [{ KG_LLM_MODEL: 'llama3.1' }, `--extractor llm needs KG_LLM_BASE_URL, which is not set; ${EXAMPLE}`],
    [
      { KG_LLM_BASE_URL: 'http://x/v1', KG_LLM_MODEL: ' ' },
      `--extractor llm needs KG_LLM_MODEL, which is not set; ${EXAMPLE}`,
    ],
    [
      { ...BASE, KG_LLM_BASE_URL: '127.0.0.1:11434' },
      `KG_LLM_BASE_URL="127.0.0.1:11434" is not an http(s) URL; ${EXAMPLE}`,
    ],
    [{ ...BASE, KG_LLM_MAX_RETRIES: '-1' }, 'KG_LLM_MAX_RETRIES="-1" is not a whole number of at least 0'],
    [{ ...BASE, KG_LLM_TIMEOUT_MS: '0' }, 'KG_LLM_TIMEOUT_MS="0" is not a whole number of at least 1'],
    [
      { ...BASE, KG_LLM_CHUNK_CHARS: '500', KG_LLM_CHUNK_OVERLAP_CHARS: '500' },
      'KG_LLM_CHUNK_OVERLAP_CHARS (500) must be less than KG_LLM_CHUNK_CHARS (500): a chunk must hold more than the overlap',
    ],
  ])('refuses %j', (env, message) => {
    expect(() => llmConfigFromEnv(env)).toThrow(new UsageError(message));
    expect(() => llmConfigFromEnv(env)).toThrow(UsageError);
  });
});
