import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/ingest/sentences.ts';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('keeps "Dr." and "U.S." inside a sentence and ends one at "U.S." before a new sentence', () => {
    const text =
      'Dr. Smith met U.S. officials in Washington. The U.S. team left. Talks resumed in the U.S. The next day, Dr Jones spoke.';
    expect(sentencesOf(text)).toEqual([
      'Dr. Smith met U.S. officials in Washington.',
      'The U.S. team left.',
      'Talks resumed in the U.S.',
      'The next day, Dr Jones spoke.',
    ]);
  });

  it('ends a sentence after a closing quote and keeps initials', () => {
    const text = 'She said: “We agree.” Then J. R. Jones left.';
    expect(sentencesOf(text)).toEqual(['She said: “We agree.”', 'Then J. R. Jones left.']);
  });

  it('ends a heading at its line break, and joins a line that continues in lower case', () => {
    const text = 'Tokyo looks west\n\nThe talks went on\nfor hours. Nothing changed.';
    expect(sentencesOf(text)).toEqual(['Tokyo looks west', 'The talks went on\nfor hours.', 'Nothing changed.']);
  });

  it('gives offsets into the text', () => {
    const text = '  First one.  Second one.';
    const [a, b] = splitSentences(text);
    expect([a?.start, a?.end, b?.start, b?.end]).toEqual([2, 12, 14, 25]);
  });

  it('marks a line written in capitals', () => {
    const [byline, body] = splitSentences('WRITTEN BY JANE DOE\n\nJane Doe writes.');
    expect([byline?.shouting, body?.shouting]).toEqual([true, false]);
  });
});
