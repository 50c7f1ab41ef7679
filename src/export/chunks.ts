// Exports as sequences of bounded chunks: the writers' small pieces joined into chunks of at most EXPORT_CHUNK_SIZE.

/**
 * The most UTF-16 code units in one chunk of an export (64 Ki; up to 192 KiB once encoded as
 * UTF-8). No chunk is longer, so no export holds a string that grows with the graph.
 */
export const EXPORT_CHUNK_SIZE = 64 * 1024;

/**
 * What a writer yields now and then while it reads the graph without writing anything (the
 * first pass of a writer that must see everything before it starts): `chunked` passes it on as
 * an empty chunk, so that a consumer can let other work run, or look at a clock, meanwhile.
 */
export const PAUSE = '';

/** How many entities or relations a first pass reads between two PAUSEs. */
export const PAUSE_EVERY = 500;

/** Whether the code unit at `index` ends a surrogate pair begun before it: a cut there would split a character. */
function isLowSurrogateAfterHigh(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  const before = text.charCodeAt(index - 1);
  return code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
}

/**
 * Joins `pieces` into chunks of at most `size` code units, each as long as the pieces allow:
 * pieces are kept whole where they fit, and a piece longer than `size` is cut (never inside a
 * surrogate pair, so each chunk encodes on its own). Lazy: a piece is asked for only when the
 * chunk being filled needs it, so a consumer that stops early stops the writer. A PAUSE is
 * passed on as it is, an empty chunk between two others.
 */
export function* chunked(pieces: Iterable<string>, size = EXPORT_CHUNK_SIZE): Generator<string, void, undefined> {
  if (!Number.isSafeInteger(size) || size < 2)
    throw new RangeError(`chunk size ${size}: expected a whole number of at least 2`);
  let pending: string[] = [];
  let length = 0;
  for (let piece of pieces) {
    if (piece === PAUSE) {
      yield PAUSE;
      continue;
    }
    if (length + piece.length > size && length > 0) {
      yield pending.join('');
      pending = [];
      length = 0;
    }
    while (piece.length > size) {
      const cut = isLowSurrogateAfterHigh(piece, size) ? size - 1 : size;
      yield piece.slice(0, cut);
      piece = piece.slice(cut);
    }
    if (piece.length === 0) continue;
    pending.push(piece);
    length += piece.length;
    if (length === size) {
      yield pending.join('');
      pending = [];
      length = 0;
    }
  }
  if (length > 0) yield pending.join('');
}

/** The chunks of an export joined into one string: only for exports known to be small (tests, subgraphs). */
export function joinChunks(chunks: Iterable<string>): string {
  const all: string[] = [];
  for (const chunk of chunks) all.push(chunk);
  return all.join('');
}
