// Splits text into tokens that keep their offsets: words, numbers, possessive markers and punctuation.

export type TokenType = 'word' | 'number' | 'possessive' | 'punct';
/** How a word is capitalised: `upper` for acronyms ("US", "NATO"), `title` for names ("Japan"). */
export type Shape = 'upper' | 'title' | 'lower' | 'other';

export interface Token {
  index: number;
  /** The token as written: `text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** The form it is compared in: lower case, plain apostrophes and dashes, no dots ("U.S." is "us"). */
  norm: string;
  type: TokenType;
  shape: Shape;
  /** No space between this token and the one before ("US-Japan": "-" and "Japan" are attached). */
  attached: boolean;
  /** A line break lies between this token and the one before. */
  lineBreakBefore: boolean;
  /** An empty line lies between this token and the one before. */
  blankLineBefore: boolean;
  /** Part-of-speech tags, filled in by the tagger (compromise's tag names: Verb, Noun, ProperNoun...). */
  tags: Set<string>;
}

const TOKEN_PATTERN =
  /(?<abbr>(?:\p{L}\.){2,})|(?<number>\d+(?:[.,:]\d+)*(?:\+\d+)*)|(?<word>\p{L}[\p{L}\p{M}\p{N}]*(?:['’](?!s(?!\p{L}))\p{L}+)*)|(?<possessive>['’]s(?!\p{L})|(?<=[sS])['’](?!\p{L}))|(?<punct>\S)/gu;

const DASHES = /[\u2010-\u2015\u2212]/g;

function shapeOf(text: string): Shape {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return 'other';
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'upper';
  const first = letters[0] ?? '';
  if (first !== first.toLowerCase() && first === first.toUpperCase()) return 'title';
  return letters === letters.toLowerCase() ? 'lower' : 'other';
}

/** The comparison form of a word or an alias word. */
export function normalizeToken(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(DASHES, '-')
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/(\p{L})\./gu, '$1');
}

/** Every token of `text`, in order, with its offsets (UTF-16 code units, as `String.slice` counts). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const groups = match.groups ?? {};
    const raw = match[0];
    const start = match.index ?? 0;
    const type: TokenType =
      groups.word !== undefined || groups.abbr !== undefined
        ? 'word'
        : groups.number !== undefined
          ? 'number'
          : groups.possessive !== undefined
            ? 'possessive'
            : 'punct';
    const gap = text.slice(previousEnd, start);
    const newlines = (gap.match(/\n/g) ?? []).length;
    tokens.push({
      index: tokens.length,
      text: raw,
      start,
      end: start + raw.length,
      norm: type === 'possessive' ? (raw.length > 1 ? "'s" : "'") : normalizeToken(raw),
      type,
      shape: type === 'word' ? shapeOf(raw) : 'other',
      attached: tokens.length > 0 && gap.length === 0,
      lineBreakBefore: newlines > 0,
      blankLineBefore: newlines > 1,
      tags: new Set(),
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}

/** A hyphen or dash written without spaces between two words ("US-Japan", "Nippon Steel–US Steel"). */
export function isJoiner(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return t?.norm === '-' && t.attached && next?.attached === true;
}

export function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && (token.shape === 'title' || token.shape === 'upper');
}

export function hasTag(token: Token | undefined, ...tags: string[]): boolean {
  return token !== undefined && tags.some((t) => token.tags.has(t));
}
