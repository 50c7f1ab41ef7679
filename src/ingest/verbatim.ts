// Finds a proposed quote in its article: verbatim, or with only whitespace and quote marks written otherwise,
// in which case the article's own characters are taken as the quote.

/** A span of the article: `text.slice(start, end)` is the quote. */
export interface QuoteSpan {
  start: number;
  end: number;
  quote: string;
}

/** Characters that may stand for one another, one family per row: a quote's `’` finds the text's `'`. */
const INTERCHANGEABLE: readonly string[] = ["'\u2018\u2019\u02bc", '"\u201c\u201d\u2033'];

const FAMILY = new Map<string, string>(
  INTERCHANGEABLE.flatMap((family) => [...family].map((c): [string, string] => [c, `[${family}]`])),
);

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/** A pattern where runs of whitespace match any run of whitespace and each quote mark any of its family. */
function quotePattern(quote: string): RegExp {
  let source = '';
  for (const piece of quote.match(/\s+|[^\s]/g) ?? []) {
    if (/^\s/.test(piece)) source += '\\s+';
    else source += FAMILY.get(piece) ?? piece.replace(SPECIAL, '\\$&');
  }
  return new RegExp(source, 'g');
}

/**
 * Every place `quote` (its surrounding whitespace ignored) occurs in `text`, left to right, allowing only
 * differences of whitespace (spaces, line breaks, no-break spaces) and of quote marks (straight or curly,
 * single or double within their kind). Each span's `quote` is the text's own: `text.slice(start, end)`.
 */
export function locateQuote(text: string, quote: string): QuoteSpan[] {
  const wanted = quote.trim();
  if (wanted.length === 0) return [];
  const spans: QuoteSpan[] = [];
  for (const match of text.matchAll(quotePattern(wanted))) {
    const start = match.index ?? 0;
    spans.push({ start, end: start + match[0].length, quote: match[0] });
  }
  return spans;
}
