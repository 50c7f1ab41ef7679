// Splits a long article into chunks a language model can read: at paragraphs, each chunk but the first starting
// with the previous one's last paragraphs (or sentences), so that a relation across a cut is seen whole.
import { splitSentences } from '../sentences.ts';

/** A stretch of the article: `text.slice(start, end)` is sent; `text.slice(start, fresh)` repeats the chunk before. */
export interface Chunk {
  start: number;
  fresh: number;
  end: number;
}

export interface ChunkOptions {
  /** The most characters in a chunk. */
  chunkChars: number;
  /** The most characters repeated from the chunk before (the blank line after them included); less than `chunkChars`. */
  overlapChars: number;
}

interface Span {
  start: number;
  end: number;
}

/** A paragraph, or a piece of one too long for a chunk, with its sentences. */
interface Unit extends Span {
  sentences: Span[];
}

/** The paragraphs of `text`: stretches between blank lines, without their surrounding whitespace. */
function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const gap of [...text.matchAll(/\n[^\S\n]*\n\s*/g), { index: text.length, 0: '' }]) {
    const at = gap.index ?? text.length;
    const raw = text.slice(from, at);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length > 0) spans.push({ start: from + lead, end: from + lead + body.length });
    from = at + gap[0].length;
  }
  return spans;
}

/** Cuts a span longer than `max` at the last whitespace that keeps each piece within `max` (or at `max`). */
function hardSplit(text: string, span: Span, max: number): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  while (span.end - start > max) {
    const window = text.slice(start, start + max + 1);
    const space = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'));
    const cut = space > 0 ? start + space : start + max;
    pieces.push({ start, end: cut });
    start = cut;
    while (start < span.end && /\s/.test(text[start] ?? '')) start++;
  }
  if (start < span.end) pieces.push({ start, end: span.end });
  return pieces;
}

function sentencesIn(text: string, span: Span): Span[] {
  const found = splitSentences(text.slice(span.start, span.end)).map((s) => ({
    start: span.start + s.start,
    end: span.start + s.end,
  }));
  return found.length > 0 ? found : [span];
}

/** A paragraph as units of at most `max` characters: whole, or its sentences grouped, or a sentence cut. */
function units(text: string, paragraph: Span, max: number): Unit[] {
  const sentences = sentencesIn(text, paragraph);
  if (paragraph.end - paragraph.start <= max) return [{ ...paragraph, sentences }];
  const pieces = sentences.flatMap((s) => (s.end - s.start > max ? hardSplit(text, s, max) : [s]));
  const grouped: Unit[] = [];
  for (const piece of pieces) {
    const last = grouped[grouped.length - 1];
    if (last && piece.end - last.start <= max) {
      last.end = piece.end;
      last.sentences.push(piece);
    } else grouped.push({ ...piece, sentences: [piece] });
  }
  return grouped;
}

/**
 * Where the next chunk starts: the earliest paragraph start of the chunk before (else a sentence start of its
 * last paragraph) that repeats at most `overlapChars` and keeps the next chunk within `chunkChars`.
 */
function overlapStart(before: readonly Unit[], next: Unit, options: ChunkOptions): number {
  const bound = Math.max(next.end - options.chunkChars, next.start - options.overlapChars);
  const fits = (at: number) => at >= bound && at < next.start;
  const paragraph = before.map((u) => u.start).find(fits);
  if (paragraph !== undefined) return paragraph;
  const sentence = (before[before.length - 1]?.sentences ?? []).map((s) => s.start).find(fits);
  return sentence ?? next.start;
}

/** The chunks of `text`, in order, covering every paragraph; none when the text is blank. */
export function splitChunks(text: string, options: ChunkOptions): Chunk[] {
  const all = paragraphs(text).flatMap((p) => units(text, p, options.chunkChars));
  const chunks: Chunk[] = [];
  let current: { chunk: Chunk; units: Unit[] } | undefined;
  for (const unit of all) {
    if (current && unit.end - current.chunk.start <= options.chunkChars) {
      current.chunk.end = unit.end;
      current.units.push(unit);
      continue;
    }
    if (current) chunks.push(current.chunk);
    const start = current ? overlapStart(current.units, unit, options) : unit.start;
    current = { chunk: { start, fresh: unit.start, end: unit.end }, units: [unit] };
  }
  if (current) chunks.push(current.chunk);
  return chunks;
}
