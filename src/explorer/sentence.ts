// Finds the sentence a quote stands in, so the explorer can show each quote in its context.

/** A sentence cut in three around a quote. */
export interface QuoteInSentence {
  /** The sentence up to the quote; begins with "…" where a long sentence was clipped. */
  before: string;
  quote: string;
  /** The sentence after the quote; ends with "…" where a long sentence was clipped. */
  after: string;
}

const TERMINATORS = '.!?';
/** What may stand between a full stop and the space after it: closing quotes and brackets. */
const CLOSERS = '"\'”’)]';
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';

/** "J." in "Donald J. Trump" or "S." in "U.S." is an initial, not the end of a sentence. */
function isInitial(text: string, dot: number): boolean {
  const letter = text[dot - 1] ?? '';
  return text[dot] === '.' && /[A-Z]/.test(letter) && !/[A-Za-z]/.test(text[dot - 2] ?? '');
}

/** If a sentence ends with the terminator at `i`, the offset just past it (and its closers); else -1. */
function sentenceEndAfter(text: string, i: number): number {
  if (!TERMINATORS.includes(text[i] ?? '_') || isInitial(text, i)) return -1;
  let k = i + 1;
  while (k < text.length && CLOSERS.includes(text[k] as string)) k++;
  return k === text.length || isSpace(text[k]) ? k : -1;
}

/** Where the sentence holding offset `start` begins: after a line break or a sentence's end. */
function sentenceStart(text: string, start: number): number {
  for (let i = start - 1; i >= 0; i--) {
    if (text[i] === '\n') return i + 1;
    if (!isSpace(text[i])) continue;
    let j = i - 1;
    while (j >= 0 && CLOSERS.includes(text[j] as string)) j--;
    if (j >= 0 && sentenceEndAfter(text, j) === i) return i + 1;
  }
  return 0;
}

/** Where the sentence holding the quote ending at `end` ends: at its terminator, or before a line break. */
function sentenceEnd(text: string, start: number, end: number): number {
  for (let j = Math.max(start, end - 1); j < text.length; j++) {
    if (text[j] === '\n' && j >= end) return j;
    const after = sentenceEndAfter(text, j);
    if (after >= end) return after;
  }
  return text.length;
}

/**
 * The sentence around `text.slice(start, end)`, in three parts. A sentence ends at `.`, `!` or
 * `?` (with any closing quotes or brackets) followed by a space or a line break, or at a line
 * break; a quote that spans sentences gets all of them. More than `maxContext` characters on
 * either side are clipped at a word boundary and marked with "…".
 * @throws RangeError when `start` and `end` are not offsets into `text` with start <= end.
 */
export function sentenceAround(text: string, start: number, end: number, maxContext = 300): QuoteInSentence {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new RangeError(
      `quote offsets [${start}, ${end}) are not within the text (0 to ${text.length}); expected 0 <= start <= end <= ${text.length}`,
    );
  }
  let from = sentenceStart(text, start);
  while (from < start && isSpace(text[from])) from++;
  let to = sentenceEnd(text, start, end);
  while (to > end && isSpace(text[to - 1])) to--;

  let before = text.slice(from, start);
  if (before.length > maxContext) {
    const clipped = before.slice(-maxContext);
    const word = clipped.search(/\s\S/);
    before = `…${word >= 0 ? clipped.slice(word + 1) : clipped}`;
  }
  let after = text.slice(end, to);
  if (after.length > maxContext) {
    const clipped = after.slice(0, maxContext);
    const word = clipped.search(/\S\s\S*$/);
    after = `${word >= 0 ? clipped.slice(0, word + 1) : clipped}…`;
  }
  return { before, quote: text.slice(start, end), after };
}
