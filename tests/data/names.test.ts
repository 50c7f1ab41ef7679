// normalizeName's shortcuts for plain names give what the full normalisation gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/data/names.ts';

/** Every step, for every name: what normalizeName must equal. */
function normalizeFully(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('normalizeName', () => {
  it('folds case, space, dots, curly quotes and dashes', () => {
    expect(normalizeName('  U.S.   President\u2019s  Office ')).toBe("us president's office");
    expect(normalizeName('Fumio Kishida')).toBe('fumio kishida');
    expect(normalizeName('Ｑｕａｄ \u2013 Dialogue')).toBe('quad - dialogue');
  });

  it('equals the full normalisation for any name (property)', () => {
    const pieces = fc.constantFrom('a', 'B', ' ', '  ', '.', '-', '\u2019', '\u2013', '\t', 'é', 'Ｑ', '\u00a0', 'x1');
    const names = fc.oneof(
      fc.string(),
      fc.array(pieces, { maxLength: 12 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(names, (name) => {
        expect(normalizeName(name)).toBe(normalizeFully(name));
      }),
      { numRuns: 3000 },
    );
  });
});
