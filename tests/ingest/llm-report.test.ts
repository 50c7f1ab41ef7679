import { describe, expect, it } from 'vitest';
import { countChunk, countGate, emptyReport } from '../../src/ingest/llm/report.ts';

describe('the report', () => {
  it('adds up chunks, and what the gate kept, merged and dropped', () => {
    const report = emptyReport('http://h/v1', 'm', 2);
    const usage = { prompt: 10, completion: 2, total: 12 };
    countChunk(
      report,
      0,
      { start: 0, fresh: 0, end: 50 },
      { ok: false, reason: 'why', requests: 2, retries: 1, usage },
    );
    countChunk(
      report,
      1,
      { start: 40, fresh: 52, end: 90 },
      { ok: true, answer: { entities: [], relations: [] }, requests: 1, retries: 0, usage },
    );
    const candidate = { type: 'X', from: 'a', to: 'b', quote: 'q', confidence: 1 };
    countGate(report, 5, {
      kept: [],
      dropped: [
        { candidate, reason: 'unknown-type', detail: 'd1' },
        { candidate, reason: 'quote-not-found', detail: 'd2' },
      ],
    });
    expect(report).toEqual({
      endpoint: 'http://h/v1',
      model: 'm',
      chunks: 2,
      requests: 3,
      retries: 1,
      failedChunks: [{ chunk: 1, start: 0, end: 50, reason: 'why', requests: 2 }],
      tokens: { prompt: 20, completion: 4, total: 24 },
      entities: { proposed: 0, kept: 0 },
      relations: {
        proposed: 5,
        kept: 0,
        merged: 3,
        dropped: {
          'unknown-type': 1,
          'unknown-entity': 0,
          'self-relation': 0,
          'quote-too-short': 0,
          'quote-too-long': 0,
          'quote-not-found': 1,
          'entity-not-named': 0,
        },
      },
      drops: [
        { reason: 'unknown-type', detail: 'd1' },
        { reason: 'quote-not-found', detail: 'd2' },
      ],
    });
  });
});
