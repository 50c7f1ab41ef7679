// chunked: pieces joined into chunks no longer than the bound, whole where they fit, cut only between whole characters.
import { describe, expect, it } from 'vitest';
import { chunked, EXPORT_CHUNK_SIZE, joinChunks, PAUSE } from '../../src/export/chunks.ts';

describe('chunked', () => {
  it('joins small pieces into chunks of at most the bound, keeping pieces whole where they fit', () => {
    const pieces = ['abc', 'de', 'fghi', 'j', 'klmnop', 'q'];
    const chunks = [...chunked(pieces, 6)];
    expect(chunks).toEqual(['abcde', 'fghij', 'klmnop', 'q']);
    expect(chunks.join('')).toBe(pieces.join(''));
  });

  it('cuts a piece longer than the bound, never between the halves of a surrogate pair', () => {
    const flag = '🇯🇵'; // two surrogate pairs, four code units
    const chunks = [...chunked(['ab', `x${flag}${flag}y`, 'z'], 4)];
    expect(chunks.join('')).toBe(`abx${flag}${flag}yz`);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(4);
      expect(chunk.length).toBeGreaterThan(0);
      // A chunk that encodes on its own has no lone surrogate: it survives a UTF-8 round trip.
      expect(new TextDecoder().decode(new TextEncoder().encode(chunk))).toBe(chunk);
    }
  });

  it('makes chunks of EXPORT_CHUNK_SIZE by default, and passes a PAUSE on without cutting a chunk', () => {
    const pieces = Array.from({ length: 3000 }, (_, i) => `<node id="n${i}"/>\n`.repeat(5));
    const chunks = [...chunked(pieces)];
    expect(chunks.length).toBeGreaterThan(2);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(EXPORT_CHUNK_SIZE);
    expect(chunks.slice(0, -1).every((c) => c.length > EXPORT_CHUNK_SIZE - 200)).toBe(true);
    expect(joinChunks(chunks)).toBe(pieces.join(''));
    expect([...chunked(['ab', PAUSE, 'cd', PAUSE])]).toEqual([PAUSE, PAUSE, 'abcd']);
  });

  it('asks for pieces only as chunks are asked for, and stops the writer when the reader stops', () => {
    let written = 0;
    let stopped = false;
    function* writer() {
      try {
        for (let i = 0; i < 1000; i++) {
          written++;
          yield 'x'.repeat(10);
        }
      } finally {
        stopped = true;
      }
    }
    const chunks = chunked(writer(), 100);
    expect(chunks.next().value).toBe('x'.repeat(100));
    expect(written).toBe(10);
    chunks.return();
    expect(stopped).toBe(true);
    expect(written).toBe(10);
  });
});
