// sentenceAround: the sentence a quote stands in, cut in three around it.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../src/explorer/sentence.ts';
import { realGraph } from '../server/fixtures.ts';

/** The offsets of `quote` in `text`, as the loader records them. */
function around(text: string, quote: string, maxContext?: number) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return sentenceAround(text, start, start + quote.length, maxContext);
}

describe('sentenceAround', () => {
  const text = 'First one. The quick fox jumps over the dog! Did it? Yes.\nA new line starts here';

  it('cuts the sentence around a quote in its middle', () => {
    expect(around(text, 'fox jumps')).toEqual({ before: 'The quick ', quote: 'fox jumps', after: ' over the dog!' });
  });

  it('ends sentences at ! and ?, and keeps the terminator that ends the quote', () => {
    expect(around(text, 'Did it')).toEqual({ before: '', quote: 'Did it', after: '?' });
    expect(around(text, 'over the dog!')).toEqual({
      before: 'The quick fox jumps ',
      quote: 'over the dog!',
      after: '',
    });
  });

  it('ends a sentence at a line break, with or without a full stop', () => {
    expect(around(text, 'Yes')).toEqual({ before: '', quote: 'Yes', after: '.' });
    expect(around(text, 'new line')).toEqual({ before: 'A ', quote: 'new line', after: ' starts here' });
  });

  it('gives a quote that spans sentences all of them', () => {
    expect(around(text, 'one. The quick')).toEqual({
      before: 'First ',
      quote: 'one. The quick',
      after: ' fox jumps over the dog!',
    });
  });

  it('counts closing quotes and brackets with the full stop before them', () => {
    const quoted = 'He said “we will stay.” Then he left (quietly.) After that, silence.';
    expect(around(quoted, 'Then he')).toEqual({ before: '', quote: 'Then he', after: ' left (quietly.)' });
    expect(around(quoted, 'silence')).toEqual({ before: 'After that, ', quote: 'silence', after: '.' });
  });

  it('does not end a sentence at a full stop inside a word or after an initial', () => {
    const initials = 'The U.S. and Donald J. Trump met at 3.30 in the afternoon. Later, more.';
    expect(around(initials, 'Trump met')).toEqual({
      before: 'The U.S. and Donald J. ',
      quote: 'Trump met',
      after: ' at 3.30 in the afternoon.',
    });
  });

  it('clips a long sentence at word boundaries and marks the cuts', () => {
    const long = `${'word '.repeat(40)}QUOTE${' more'.repeat(40)}.`;
    const { before, quote, after } = around(long, 'QUOTE', 22);
    expect(before).toBe('…word word word word ');
    expect(quote).toBe('QUOTE');
    expect(after).toBe(' more more more more…');
  });

  it('handles the start and the end of the text', () => {
    expect(sentenceAround('Only this', 0, 4)).toEqual({ before: '', quote: 'Only', after: ' this' });
    expect(sentenceAround('Only this', 5, 9)).toEqual({ before: 'Only ', quote: 'this', after: '' });
  });

  it('throws a RangeError for offsets outside the text or out of order', () => {
    expect(() => sentenceAround('short', 2, 9)).toThrow(RangeError);
    expect(() => sentenceAround('short', -1, 2)).toThrow('expected 0 <= start <= end <= 5');
    expect(() => sentenceAround('short', 3, 2)).toThrow(RangeError);
    expect(() => sentenceAround('short', 1.5, 2)).toThrow(RangeError);
  });

  it('puts every quote of the real graph in a sentence of its source that holds it whole', async () => {
    const kb = await realGraph();
    let quotes = 0;
    for (const relation of kb.relationIds) {
      for (const { sourceId, quote, start, end } of kb.graph.getEdgeAttribute(relation, 'evidence')) {
        const { text } = kb.sources.get(sourceId) ?? { text: '' };
        const parts = sentenceAround(text, start, end);
        const sentence = parts.before + parts.quote + parts.after;
        expect(parts.quote).toBe(quote);
        expect(text).toContain(sentence.replace(/^…|…$/g, ''));
        expect(sentence).not.toContain('\n');
        quotes++;
      }
    }
    expect(quotes).toBeGreaterThan(99);
  });

  it('shows the quote of Kishida’s leadership in its sentence from the article', async () => {
    const text = await readFile(
      new URL('../../graph-data/sources/9dashline-us-japan-alliance-2024.txt', import.meta.url),
      'utf8',
    );
    expect(
      around(text, "under Kishida's leadership, Japan has not only expanded its traditional economic relationships"),
    ).toEqual({
      before: 'Moreover, ',
      quote: "under Kishida's leadership, Japan has not only expanded its traditional economic relationships",
      after:
        ' but also signed several security cooperation agreements with countries such as Australia, Germany, the UAE, and the US to strengthen and expand its network of like-minded partners in multiple areas.',
    });
  });
});
