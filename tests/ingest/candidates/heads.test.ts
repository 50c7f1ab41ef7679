import { describe, expect, it } from 'vitest';
import { headAhead, headKind } from '../../../src/ingest/candidates/heads.ts';
import type { Scan } from '../../../src/ingest/candidates/scan.ts';
import { parseDocument } from '../../../src/ingest/document.ts';

function scanOf(text: string): Scan {
  const doc = parseDocument(text);
  const none = new Array(doc.tokens.length).fill(undefined);
  return {
    doc,
    mentions: [],
    baseAt: none,
    kindOf: () => undefined,
    countryOf: () => undefined,
    consumed: new Array(doc.tokens.length).fill(false),
  };
}

describe('head words', () => {
  it('gives the kind of a capitalised head, not of a lower-case word', () => {
    const { tokens } = parseDocument('the Foreign Ministry and the ministry');
    expect(tokens.map((t) => headKind(t) ?? '-')).toEqual(['-', '-', 'ORGANIZATION', '-', '-', '-']);
  });

  it('finds the last head of the name going on from a token, over "and" only when asked', () => {
    const scan = scanOf('They met Ana Lopez and Defence Ministry officials.');
    expect(headAhead(scan, 2)).toBe('ORGANIZATION');
    expect(headAhead(scan, 2, false)).toBeUndefined();
  });
});
