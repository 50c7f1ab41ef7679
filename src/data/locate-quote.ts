// Finds a quote in its source's text, and explains where a quote that is not verbatim goes wrong.

/** The offsets of the first occurrence of `quote` in `text`, as UTF-16 indices, or null. */
export function locateQuote(text: string, quote: string): { start: number; end: number } | null {
  const start = text.indexOf(quote);
  return start < 0 ? null : { start, end: start + quote.length };
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
