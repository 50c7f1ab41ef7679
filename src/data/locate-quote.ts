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

/**
 * A locator for many quotes in one long text: the first occurrence of a quote that starts at a
 * word (the usual case) is found through an index of the text's word starts, built on first
 * use; any other falls back to `locateQuote`. A search of the whole text per quote made
 * loading a large corpus quadratic.
 */
export function createQuoteLocator(text: string): (quote: string) => { start: number; end: number } | null {
  let index: Map<string, number[]> | undefined;
  const build = () => {
    const starts = new Map<string, number[]>();
    for (let i = 0; i + KEY_LENGTH <= text.length; i++) {
      if (!isWordAt(text, i) || (i > 0 && isWordAt(text, i - 1))) continue;
      const key = text.slice(i, i + KEY_LENGTH);
      const positions = starts.get(key);
      if (positions) positions.push(i);
      else starts.set(key, [i]);
    }
    return starts;
  };
  return (quote) => {
    if (quote.length >= KEY_LENGTH && isWordAt(quote, 0)) {
      index ??= build();
      for (const start of index.get(quote.slice(0, KEY_LENGTH)) ?? []) {
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
