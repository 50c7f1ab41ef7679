// Finds a quote in its source's text, and explains where a quote that is not verbatim goes wrong.

/** The offsets of the first occurrence of `quote` in `text`, as UTF-16 indices, or null. */
export function locateQuote(text: string, quote: string): { start: number; end: number } | null {
  const start = text.indexOf(quote);
  return start < 0 ? null : { start, end: start + quote.length };
}

/** How many characters of a quote the locator's index keys on. */
const KEY_LENGTH = 12;
const WORD = /[\p{L}\p{N}]/u;

/** Whether the character at `i` is a letter or digit: ASCII by code, the rest by Unicode class. */
function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD.test(text[i] as string);
}

/** A 32-bit hash of the `KEY_LENGTH` code units of `text` from `at` (FNV-1a). */
function keyHash(text: string, at: number): number {
  let hash = 0x811c9dc5;
  for (let i = at; i < at + KEY_LENGTH; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * An index of the word starts of `text` by the hash of their first `KEY_LENGTH` code units: a
 * hash table of chains, each in ascending position order, in typed arrays (no string or object
 * per word: a large corpus has millions of words).
 */
function indexWordStarts(text: string): { heads: Int32Array; next: Int32Array; positions: Int32Array; mask: number } {
  const starts: number[] = [];
  for (let i = 0; i + KEY_LENGTH <= text.length; i++) {
    if (isWordAt(text, i) && !(i > 0 && isWordAt(text, i - 1))) starts.push(i);
  }
  let size = 1;
  while (size < starts.length * 2) size *= 2;
  const heads = new Int32Array(size).fill(-1);
  const next = new Int32Array(starts.length);
  const positions = Int32Array.from(starts);
  // Inserted from the last word start to the first, so that each chain runs in ascending order.
  for (let k = starts.length - 1; k >= 0; k--) {
    const slot = keyHash(text, positions[k] as number) & (size - 1);
    next[k] = heads[slot] as number;
    heads[slot] = k;
  }
  return { heads, next, positions, mask: size - 1 };
}

/**
 * A locator for many quotes in one long text. A quote that starts with a letter or digit (the
 * usual case) is found at the first word start of the text where it occurs, through an index
 * of the word starts built on first use; any other quote, or one that occurs only mid-word, at
 * its first occurrence (`locateQuote`). A search of the whole text per quote made loading a
 * large corpus quadratic.
 */
export function createQuoteLocator(text: string): (quote: string) => { start: number; end: number } | null {
  let index: ReturnType<typeof indexWordStarts> | undefined;
  return (quote) => {
    if (quote.length >= KEY_LENGTH && isWordAt(quote, 0)) {
      index ??= indexWordStarts(text);
      const { heads, next, positions, mask } = index;
      for (let k = heads[keyHash(quote, 0) & mask] as number; k >= 0; k = next[k] as number) {
        const start = positions[k] as number;
        if (text.startsWith(quote, start)) return { start, end: start + quote.length };
      }
    }
    return locateQuote(text, quote);
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
