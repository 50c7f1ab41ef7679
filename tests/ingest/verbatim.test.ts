import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../src/ingest/verbatim.ts';

describe('locateQuote', () => {
  const text =
    'Tokyo said it was “deeply concerned”.\nTokyo  said it was\u00a0"deeply concerned". Costs rose (by US$1.5bn?) again.';

  it('finds every occurrence, each as the text writes it', () => {
    expect(locateQuote(text, 'Tokyo said it was "deeply concerned"')).toEqual([
      { start: 0, end: 36, quote: 'Tokyo said it was “deeply concerned”' },
      { start: 38, end: 75, quote: 'Tokyo  said it was\u00a0"deeply concerned"' },
    ]);
  });

  it('takes pattern characters literally', () => {
    expect(locateQuote(text, '(by US$1.5bn?)')).toEqual([{ start: 88, end: 102, quote: '(by US$1.5bn?)' }]);
    expect(locateQuote(text, '(by US$1x5bn?)')).toEqual([]);
  });

  it('lets only whitespace and quote marks differ, single and double apart', () => {
    expect(locateQuote(text, "Tokyo said it was 'deeply concerned'")).toEqual([]);
    expect(locateQuote(text, 'Tokyo said it was “deeply concerned')).toHaveLength(2);
    expect(locateQuote(text, 'Tokyo said it was deeply concerned')).toEqual([]);
    expect(locateQuote(text, 'tokyo said it was')).toEqual([]);
    expect(locateQuote(text, 'Tokyosaid it was')).toEqual([]);
  });

  it('finds nothing for a blank quote', () => {
    expect(locateQuote(text, ' \n ')).toEqual([]);
  });
});
