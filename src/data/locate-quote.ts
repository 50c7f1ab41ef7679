// Finds a quote in its source's text, and explains where a quote that is not verbatim goes wrong.

/** The offsets of the first occurrence of `quote` in `text`, as UTF-16 indices, or null. */
export function locateQuote(text: string, quote: string): { start: number; end: number } | null {
  const start = text.indexOf(quote);
  return start < 0 ? null : { start, end: start + quote.length };
}

/**
 * The locator indexes the text at every `STRIDE`-th position, by the hash of the `STRIDE` code
 * units there. An occurrence of a quote at `start` covers, for each offset `p` into the quote
 * with `(start + p) % STRIDE === 0` and room for a key after it, an indexed position: every
 * occurrence is found through the keys at one residue `p % STRIDE`, and through any of them.
 */
const STRIDE = 8;
const BASE = 0x01000193;
/** BASE ** (STRIDE - 1) modulo 2 ** 32: what the code unit leaving a rolling window was multiplied by. */
const BASE_OUT = (() => {
  let power = 1;
  for (let i = 1; i < STRIDE; i++) power = Math.imul(power, BASE);
  return power;
})();

/** The slot of a key's hash in a table of `2 ** (32 - shift)` slots: its top bits, after a Fibonacci multiply. */
function slotOf(hash: number, shift: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> shift;
}

/** The hash of the `STRIDE` code units of `text` from `at`: a polynomial, so it can also roll. */
function keyHash(text: string, at: number): number {
  let hash = 0;
  for (let i = at; i < at + STRIDE; i++) hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0;
  return hash;
}

interface TextIndex {
  /**
   * Two numbers per slot, side by side so that one memory access reads both: at `2 * slot` the
   * first entry of the slot's chain (-1 for none), at `2 * slot + 1` how many entries the chain
   * has (the cost of searching through it).
   */
  slots: Int32Array;
  /** next[k] is the entry after position k * STRIDE in its chain, in ascending order. */
  next: Int32Array;
  /** 32 minus the number of bits in a slot number. */
  shift: number;
}

/**
 * The positions of `text` that are multiples of `STRIDE`, in a hash table of chains by the hash
 * of the `STRIDE` code units there; typed arrays only (no string or object per position: a large
 * corpus has millions).
 */
function indexText(text: string): TextIndex {
  const count = Math.max(0, Math.floor((text.length - STRIDE) / STRIDE) + 1);
  let bits = 1;
  while (2 ** bits < count * 2) bits++;
  const shift = 32 - bits;
  const slots = new Int32Array(2 ** (bits + 1));
  for (let i = 0; i < slots.length; i += 2) slots[i] = -1;
  const next = new Int32Array(count);
  for (let k = count - 1; k >= 0; k--) {
    const at = 2 * slotOf(keyHash(text, k * STRIDE), shift);
    next[k] = slots[at] as number;
    slots[at] = k;
    slots[at + 1] = (slots[at + 1] as number) + 1;
  }
  return { slots, next, shift };
}

/**
 * A locator for many quotes in one long text: the first occurrence of each, as `locateQuote`
 * finds it. A quote of at least `2 * STRIDE - 1` code units has a key at every residue; for
 * each residue it searches the chain of its rarest key there, so a quote made of common words
 * and one rare name costs a few comparisons, not one per common word in the text. A shorter
 * quote is searched for in full. (A search of the whole text per quote made loading a large
 * corpus quadratic; searching by the first key at each residue made it slow on the repetitive
 * texts that reports are.)
 */
export function createQuoteLocator(
  text: string,
  /** Index the text now rather than on the first quote long enough to need it. */
  { indexNow = false } = {},
): (quote: string) => { start: number; end: number } | null {
  let index = indexNow ? indexText(text) : undefined;
  // Where each key of the quote is in the index (2 * its slot), by offset: reused from quote to quote.
  let keyAt = new Int32Array(64);
  return (quote) => {
    if (quote.length < 2 * STRIDE - 1) return locateQuote(text, quote);
    index ??= indexText(text);
    const { slots, next, shift } = index;
    const keys = quote.length - STRIDE + 1;
    if (keyAt.length < keys) keyAt = new Int32Array(keys * 2);
    let hash = keyHash(quote, 0);
    keyAt[0] = 2 * slotOf(hash, shift);
    for (let p = 1; p < keys; p++) {
      hash =
        (Math.imul(hash - Math.imul(quote.charCodeAt(p - 1), BASE_OUT), BASE) + quote.charCodeAt(p + STRIDE - 1)) | 0;
      keyAt[p] = 2 * slotOf(hash, shift);
    }
    let first = -1;
    for (let residue = 0; residue < STRIDE; residue++) {
      let best = residue;
      for (let p = residue + STRIDE; p < keys; p += STRIDE) {
        if ((slots[(keyAt[p] as number) + 1] as number) < (slots[(keyAt[best] as number) + 1] as number)) best = p;
      }
      for (let k = slots[keyAt[best] as number] as number; k >= 0; k = next[k] as number) {
        const start = k * STRIDE - best;
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
