import { describe, expect, it } from 'vitest';
import { isDateMonth, titleAt } from '../../../src/ingest/candidates/scan.ts';
import { tokenize } from '../../../src/ingest/tokens.ts';

describe('scan helpers', () => {
  it('reads a month as a date only beside a number or after "in"', () => {
    const tokens = tokenize('Theresa May met them on 5 May and again in May.');
    expect(tokens.flatMap((_, i) => (isDateMonth(tokens, i) ? [i] : []))).toEqual([6, 10]);
  });

  it('finds a title in capitals, and in lower case only with anyCase and only an office', () => {
    const tokens = tokenize('a Norwegian prime minister and a Chinese general');
    expect(titleAt(tokens, 2)).toBe(-1);
    expect(titleAt(tokens, 2, true)).toBe(3);
    expect(titleAt(tokens, 7, true)).toBe(-1);
    expect(titleAt(tokenize('Prime Minister Abe'), 0)).toBe(1);
  });
});
