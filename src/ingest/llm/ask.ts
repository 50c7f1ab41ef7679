// Asks the language model about one chunk: one request with the answer's schema, retried within one bound,
// after a 429, a 5xx or a timeout (by the client) and after an answer not of the schema (here, saying what was wrong).
import { setTimeout as sleep } from 'node:timers/promises';
import { describeFailure, type LlmClient } from './client.ts';
import { buildMessages, type PromptEntity } from './prompt.ts';
import { type LlmAnswer, RESPONSE_FORMAT, readAnswer } from './schema.ts';
import type { LlmConfig } from './settings.ts';

export interface TokenUsage {
  prompt: number;
  completion: number;
  total: number;
}

interface Counts {
  /** HTTP requests sent for the chunk. */
  requests: number;
  /** Requests beyond the first: the client's retries and the re-asks after unusable answers. */
  retries: number;
  /** Tokens of every answer, the unusable ones too. */
  usage: TokenUsage;
}

export type ChunkOutcome = Counts & ({ ok: true; answer: LlmAnswer } | { ok: false; reason: string });

/** The wait before re-asking after an unusable answer: 0.5 s, 1 s, 2 s... at most 8 s, as the client waits. */
export function reaskDelayMs(retry: number): number {
  return Math.min(500 * 2 ** (retry - 1), 8_000);
}

/**
 * The model's answer for `chunk`, or why there is none once `config.maxRetries` retries are spent. Never throws:
 * a failure is an outcome, so that the other chunks go on.
 */
export async function askChunk(
  client: LlmClient,
  config: LlmConfig,
  chunk: string,
  known: readonly PromptEntity[],
): Promise<ChunkOutcome> {
  const first = client.requests();
  const usage: TokenUsage = { prompt: 0, completion: 0, total: 0 };
  let retries = 0;
  let correction: string | undefined;
  const counts = (): Counts => ({ requests: client.requests() - first, retries, usage });
  for (;;) {
    const before = client.requests();
    let problem: string;
    try {
      const completion = await client.openai.chat.completions.create(
        {
          model: config.model,
          messages: buildMessages(chunk, known, correction),
          response_format: RESPONSE_FORMAT,
          temperature: 0,
        },
        { maxRetries: config.maxRetries - retries },
      );
      retries += client.requests() - before - 1;
      usage.prompt += completion.usage?.prompt_tokens ?? 0;
      usage.completion += completion.usage?.completion_tokens ?? 0;
      usage.total += completion.usage?.total_tokens ?? 0;
      const choice = completion.choices[0];
      const read = readAnswer(choice?.message.content, choice?.finish_reason);
      if ('answer' in read) return { ok: true, answer: read.answer, ...counts() };
      problem = read.problem;
    } catch (error) {
      retries += Math.max(0, client.requests() - before - 1);
      return { ok: false, reason: describeFailure(error, config), ...counts() };
    }
    if (retries >= config.maxRetries) return { ok: false, reason: problem, ...counts() };
    retries++;
    correction = problem;
    await sleep(reaskDelayMs(retries));
  }
}
