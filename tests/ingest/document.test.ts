import { describe, expect, it } from 'vitest';
import { isCommonWord, isPersonNameWord, parseDocument } from '../../src/ingest/document.ts';

describe('parseDocument', () => {
  it('tokenises, splits into sentences and tags each token', () => {
    const doc = parseDocument('Japan signed the pact. Manila welcomed it.');
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      'Japan signed the pact.',
      'Manila welcomed it.',
    ]);
    expect(doc.tokens[1]?.tags.has('Verb')).toBe(true);
  });
});

describe('the lexicon', () => {
  it('tells ordinary words from names, and names of people from others', () => {
    expect([isCommonWord('visiting'), isCommonWord('taro')]).toEqual([true, false]);
    expect([isPersonNameWord('Douglas'), isPersonNameWord('Paris'), isPersonNameWord('island')]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
