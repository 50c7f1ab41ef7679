// What one run of the language-model extractor did: chunks, requests, retries, failures, tokens, and what became
// of the relations it proposed.
import { GATE_REASON_CODES, type GateReason, type GateResult } from '../gate.ts';
import type { ChunkOutcome, TokenUsage } from './ask.ts';
import type { Chunk } from './chunks.ts';

export interface FailedChunk {
  /** 1-based, in text order. */
  chunk: number;
  /** The chunk's offsets in the article. */
  start: number;
  end: number;
  /** One line: the last error, or what was wrong with the last answer. */
  reason: string;
  /** HTTP requests sent for the chunk, retries included. */
  requests: number;
}

export interface LlmReport {
  /** The endpoint and model asked. */
  endpoint: string;
  model: string;
  chunks: number;
  /** HTTP requests sent, retries included. */
  requests: number;
  /** Requests beyond the first of each chunk: after a 429, a 5xx, a timeout or an answer not of the schema. */
  retries: number;
  failedChunks: FailedChunk[];
  /** As the server counted them, over every answer (unusable ones included). */
  tokens: TokenUsage;
  entities: {
    /** New entities the answers named (known ones are matched, not counted). */
    proposed: number;
    /** Those the text names or a kept relation needs: `extraction.entities`. */
    kept: number;
  };
  relations: {
    /** Every relation in the answers, repeats across overlapping chunks included. */
    proposed: number;
    /** Relations in the result: `extraction.relations`. */
    kept: number;
    /** Relations that passed the gate and were merged into another of the same type and pair. */
    merged: number;
    /** Relations the gate dropped, by reason (every reason present, 0 when none). */
    dropped: Record<GateReason, number>;
  };
  /** Each dropped relation's reason and one line of detail, in the order proposed. */
  drops: { reason: GateReason; detail: string }[];
}

/** A report with nothing done yet. */
export function emptyReport(endpoint: string, model: string, chunks: number): LlmReport {
  return {
    endpoint,
    model,
    chunks,
    requests: 0,
    retries: 0,
    failedChunks: [],
    tokens: { prompt: 0, completion: 0, total: 0 },
    entities: { proposed: 0, kept: 0 },
    relations: {
      proposed: 0,
      kept: 0,
      merged: 0,
      dropped: Object.fromEntries(GATE_REASON_CODES.map((r) => [r, 0])) as Record<GateReason, number>,
    },
    drops: [],
  };
}

/** Adds one chunk's requests, retries, tokens and failure. */
export function countChunk(report: LlmReport, index: number, chunk: Chunk, outcome: ChunkOutcome): void {
  report.requests += outcome.requests;
  report.retries += outcome.retries;
  report.tokens.prompt += outcome.usage.prompt;
  report.tokens.completion += outcome.usage.completion;
  report.tokens.total += outcome.usage.total;
  if (!outcome.ok) {
    const { reason, requests } = outcome;
    report.failedChunks.push({ chunk: index + 1, start: chunk.start, end: chunk.end, reason, requests });
  }
}

/** Adds what the gate made of the proposed relations. */
export function countGate(report: LlmReport, proposed: number, gate: GateResult): void {
  report.relations.proposed = proposed;
  report.relations.kept = gate.kept.length;
  report.relations.merged = proposed - gate.dropped.length - gate.kept.length;
  for (const d of gate.dropped) {
    report.relations.dropped[d.reason]++;
    report.drops.push({ reason: d.reason, detail: d.detail });
  }
}
