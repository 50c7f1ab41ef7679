import { afterEach, describe, expect, it } from 'vitest';
import { createLlmClient, describeFailure } from '../../src/ingest/llm/client.ts';
import { llmConfigFromEnv } from '../../src/ingest/llm/settings.ts';
import { type LlmServer, startLlmServer } from './llm-server.ts';

let server: LlmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function failureOf(url: string) {
  const config = llmConfigFromEnv({ KG_LLM_BASE_URL: url, KG_LLM_MODEL: 'm1', KG_LLM_MAX_RETRIES: '0' });
  const client = createLlmClient(config);
  const error = await client.openai.chat.completions
    .create({ model: config.model, messages: [{ role: 'user', content: 'hi' }] })
    .catch((e: unknown) => e);
  return describeFailure(error, config);
}

describe('describeFailure', () => {
  it.each([
    [401, 'bad key', 'HTTP 401 bad key; check KG_LLM_API_KEY'],
    [
      404,
      'model "m1" not found',
      'HTTP 404 model "m1" not found; check KG_LLM_BASE_URL (up to /v1) and KG_LLM_MODEL (m1)',
    ],
    [500, 'out of memory', 'HTTP 500 out of memory'],
  ])('says what an HTTP %i means', async (status, message, reason) => {
    server = await startLlmServer([{ status, body: { error: { message } } }]);
    expect(await failureOf(server.url)).toBe(reason);
  });

  it('says that nothing listens at the endpoint', async () => {
    const closed = await startLlmServer([]);
    const url = closed.url;
    await closed.close();
    const port = new URL(url).port;
    expect(await failureOf(url)).toBe(
      `could not connect (connect ECONNREFUSED 127.0.0.1:${port}); is a server running at KG_LLM_BASE_URL?`,
    );
  });
});

describe('createLlmClient', () => {
  it('counts every request, the retries the client makes too', async () => {
    server = await startLlmServer([{ status: 503 }, { content: '{}' }]);
    const config = llmConfigFromEnv({ KG_LLM_BASE_URL: server.url, KG_LLM_MODEL: 'm1', KG_LLM_MAX_RETRIES: '1' });
    const client = createLlmClient(config);
    await client.openai.chat.completions.create({ model: 'm1', messages: [{ role: 'user', content: 'hi' }] });
    expect(client.requests()).toBe(2);
    expect(server.received.map((r) => r.headers['x-stainless-retry-count'])).toEqual(['0', '1']);
  });
});
