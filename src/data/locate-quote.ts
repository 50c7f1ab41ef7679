// Finds a quote in its source's text, and explains where a quote that is not verbatim goes wrong.

/** The offsets of the first occurrence of `quote` in `text`, as UTF-16 indices, or null. */
export function locateQuote(text: string, quote: string): { start: number; end: number } | null {
  const start = text.indexOf(quote);
  return start < 0 ? null : { start, end: start + quote.length };
}

/**
 * The locator indexes the text at every `STRIDE`-th position, by the hash of the `STRIDE` code
 * units there. Any quote of at least `2 * STRIDE` code units covers an indexed position within
 * its first `STRIDE` code units, whatever its offset.
 */
const STRIDE = 8;

/** A 32-bit hash of the `STRIDE` code units of `text` from `at` (FNV-1a). */
function keyHash(text: string, at: number): number {
  let hash = 0x811c9dc5;
  for (let i = at; i < at + STRIDE; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The positions of `text` that are multiples of `STRIDE`, in a hash table of chains by the hash
 * of the `STRIDE` code units there, each chain in ascending order; typed arrays only (no string
 * or object per position: a large corpus has millions).
 */
function indexText(text: string): { heads: Int32Array; next: Int32Array; mask: number } {
  const count = Math.max(0, Math.floor((text.length - STRIDE) / STRIDE) + 1);
  let size = 1;
  while (size < count * 2) size *= 2;
  const heads = new Int32Array(size).fill(-1);
  // next[k] is the next entry after position k * STRIDE in its chain.
  const next = new Int32Array(count);
  for (let k = count - 1; k >= 0; k--) {
    const slot = keyHash(text, k * STRIDE) & (size - 1);
    next[k] = heads[slot] as number;
    heads[slot] = k;
  }
  return { heads, next, mask: size - 1 };
}

/**
 * A locator for many quotes in one long text: the first occurrence of each, as `locateQuote`
 * finds it. A quote of at least `2 * STRIDE` code units is looked up in an index of the text
 * built on first use; a shorter one is searched for in full. A search of the whole text per
 * quote made loading a large corpus quadratic.
 */
export function createQuoteLocator(text: string): (quote: string) => { start: number; end: number } | null {
  let index: ReturnType<typeof indexText> | undefined;
  return (quote) => {
    if (quote.length < 2 * STRIDE) return locateQuote(text, quote);
    index ??= indexText(text);
    const { heads, next, mask } = index;
    let first = -1;
    // An occurrence at `start` covers the indexed position start + offset for one offset below STRIDE.
    for (let offset = 0; offset < STRIDE; offset++) {
      for (let k = heads[keyHash(quote, offset) & mask] as number; k >= 0; k = next[k] as number) {
        const start = k * STRIDE - offset;
        if (first >= 0 && start >= first) break;
        if (start >= 0 && text.startsWith(quote, start)) {
          first = start;
          break;
        }
      }
    }
    return first < 0 ? null : { start: first, end: first + quote.length };
  };
}

function describeChar(char: string | undefined): string {
  if (char === undefined) return 'the end of the text';
  const code = char.codePointAt(0) ?? 0;
  const name = char === '\n' ? '\\n' : char;
  return `"${name}" (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
}

/**
 * Why `quote` is not in `text`: the longest start of it that is, and the first character
 * after that where the two differ (typically a straight quote for a curly one).
 */
export function explainMissingQuote(text: string, quote: string): string {
  let low = 0;
  let high = quote.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (text.includes(quote.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  if (low < 12) return 'not found in the source text; copy the quote verbatim from the source';
  const at = text.indexOf(quote.slice(0, low));
  const line = text.slice(0, at).split('\n').length;
  return (
    `not found verbatim in the source text: its first ${low} characters match at line ${line} of the text, ` +
    `then the quote has ${describeChar(quote[low])} where the text has ${describeChar(text[at + low])}; ` +
    'copy the quote verbatim from the source'
  );
}
