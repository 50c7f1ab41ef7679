import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/document.ts';
import { untagFiniteInfinitives } from '../../src/ingest/verb-tags.ts';

const infinitive = (text: string, word: string) => {
  const doc = parseDocument(text);
  untagFiniteInfinitives(doc);
  return doc.tokens.find((t) => t.text === word)?.tags.has('Infinitive');
};

describe('untagFiniteInfinitives', () => {
  it('makes a present verb after a plural subject finite, but not after "to" or a modal', () => {
    expect(infinitive('Chile and Peru both belong to the bloc.', 'belong')).toBe(false);
    expect(infinitive('They hope to belong to the bloc.', 'belong')).toBe(true);
    expect(infinitive('They will belong to the bloc.', 'belong')).toBe(true);
  });
});
