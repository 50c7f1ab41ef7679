import { afterEach, describe, expect, it } from 'vitest';
import { askChunk, reaskDelayMs } from '../../src/ingest/llm/ask.ts';
import { createLlmClient } from '../../src/ingest/llm/client.ts';
import { llmConfigFromEnv } from '../../src/ingest/llm/settings.ts';
import { type LlmServer, type Reply, startLlmServer } from './llm-server.ts';

const EMPTY = { entities: [], relations: [] };

let server: LlmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function ask(replies: Reply[], maxRetries: number) {
  server = await startLlmServer(replies);
  const config = llmConfigFromEnv({
    KG_LLM_BASE_URL: server.url,
    KG_LLM_MODEL: 'm1',
    KG_LLM_MAX_RETRIES: String(maxRetries),
  });
  return askChunk(createLlmClient(config), config, 'Some text.', []);
}

describe('askChunk', () => {
  it('shares one bound between the client’s retries and the re-asks after unusable answers', async () => {
    expect(await ask([{ status: 503 }, { content: 'nope' }, { content: EMPTY, usage: [10, 5] }], 2)).toEqual({
      ok: true,
      answer: EMPTY,
      requests: 3,
      retries: 2,
      usage: { prompt: 110, completion: 25, total: 135 },
    });
    await server?.close();
    expect(await ask([{ status: 503 }, { status: 503 }, { content: 'nope' }, { content: EMPTY }], 2)).toEqual({
      ok: false,
      reason: 'the answer is not JSON (Unexpected token \'o\', "nope" is not valid JSON)',
      requests: 3,
      retries: 2,
      usage: { prompt: 100, completion: 20, total: 120 },
    });
  });

  it('does not retry what retrying cannot mend', async () => {
    expect(await ask([{ status: 400, body: { error: { message: 'bad schema' } } }, { content: EMPTY }], 3)).toEqual({
      ok: false,
      reason: 'HTTP 400 bad schema',
      requests: 1,
      retries: 0,
      usage: { prompt: 0, completion: 0, total: 0 },
    });
  });

  it('re-asks an answer cut short at the token limit', async () => {
    const outcome = await ask([{ content: '{"entities":', finishReason: 'length' }, { content: EMPTY }], 1);
    expect(outcome).toMatchObject({ ok: true, requests: 2, retries: 1 });
    expect(server?.received[1]?.body.messages[2]?.content).toBe(
      'Your previous answer could not be used: the answer was cut short at the token limit (finish_reason length). Answer again with the JSON object of the schema only.',
    );
  });
});

describe('reaskDelayMs', () => {
  it('doubles from half a second up to eight', () => {
    expect([1, 2, 3, 4, 5, 6].map(reaskDelayMs)).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
  });
});
