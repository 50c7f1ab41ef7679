import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Chunk, splitChunks } from '../../src/ingest/llm/chunks.ts';

const parts = (text: string, chunks: Chunk[]) =>
  chunks.map((c) => [text.slice(c.start, c.fresh), text.slice(c.fresh, c.end)]);

describe('splitChunks', () => {
  it('gives a short text whole, without its surrounding blank lines, and a blank text none', () => {
    expect(
      parts('\n\nOne paragraph.\n\n', splitChunks('\n\nOne paragraph.\n\n', { chunkChars: 100, overlapChars: 10 })),
    ).toEqual([['', 'One paragraph.']]);
    expect(splitChunks(' \n\n ', { chunkChars: 100, overlapChars: 10 })).toEqual([]);
  });

  it('cuts at paragraphs and repeats the last paragraphs that fit the overlap', () => {
    const text = 'A1 aaaa aaaa.\n\nB2 bbbb bbbb.\n\nC3 cccc cccc.\n\nD4 dddd dddd.';
    expect(parts(text, splitChunks(text, { chunkChars: 30, overlapChars: 15 }))).toEqual([
      ['', 'A1 aaaa aaaa.\n\nB2 bbbb bbbb.'],
      ['B2 bbbb bbbb.\n\n', 'C3 cccc cccc.'],
      ['C3 cccc cccc.\n\n', 'D4 dddd dddd.'],
    ]);
    expect(parts(text, splitChunks(text, { chunkChars: 30, overlapChars: 0 }))).toEqual([
      ['', 'A1 aaaa aaaa.\n\nB2 bbbb bbbb.'],
      ['', 'C3 cccc cccc.\n\nD4 dddd dddd.'],
    ]);
  });

  it('repeats as many whole paragraphs as fit the overlap', () => {
    const text = 'One aaa.\n\nTwo bbb.\n\nThree cc.\n\nFour ddd.\n\nFive eee.';
    expect(parts(text, splitChunks(text, { chunkChars: 40, overlapChars: 22 }))).toEqual([
      ['', 'One aaa.\n\nTwo bbb.\n\nThree cc.\n\nFour ddd.'],
      ['Three cc.\n\nFour ddd.\n\n', 'Five eee.'],
    ]);
  });

  it('repeats the last sentences when the last paragraph is longer than the overlap', () => {
    const text = 'First one here. Second one here. Third one.\n\nNext paragraph here.';
    expect(parts(text, splitChunks(text, { chunkChars: 50, overlapChars: 25 }))).toEqual([
      ['', 'First one here. Second one here. Third one.'],
      ['Third one.\n\n', 'Next paragraph here.'],
    ]);
  });

  it('splits a paragraph longer than a chunk at sentence ends, and a sentence longer than a chunk at a space', () => {
    const text = 'Alpha beta gamma. Delta epsilon. Zeta eta theta iota kappa lambda mu nu xi omicron.';
    expect(parts(text, splitChunks(text, { chunkChars: 35, overlapChars: 0 }))).toEqual([
      ['', 'Alpha beta gamma. Delta epsilon.'],
      ['', 'Zeta eta theta iota kappa lambda mu'],
      ['', 'nu xi omicron.'],
    ]);
  });

  it('keeps every chunk and overlap within bounds and sends every paragraph once as fresh text', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,12}$/);
    const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => `${w.join(' ')}.`);
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join(' '));
    const article = fc.array(paragraph, { minLength: 1, maxLength: 12 }).map((p) => p.join('\n\n'));
    fc.assert(
      fc.property(article, fc.integer({ min: 20, max: 400 }), fc.integer({ min: 0, max: 19 }), (text, max, overlap) => {
        const chunks = splitChunks(text, { chunkChars: max, overlapChars: overlap });
        let covered = 0;
        for (const c of chunks) {
          expect(c.end - c.start).toBeLessThanOrEqual(max);
          expect(c.fresh - c.start).toBeLessThanOrEqual(overlap);
          expect(c.fresh).toBeGreaterThanOrEqual(covered);
          expect(text.slice(covered, c.fresh).trim()).toBe('');
          covered = c.end;
        }
        expect(text.slice(covered).trim()).toBe('');
      }),
    );
  });
});
