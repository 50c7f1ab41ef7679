// Splits an article into sentences with their offsets: at terminal punctuation (not after "Dr." or inside
// "U.S."), after closing quotes, and at line breaks that end a heading or a paragraph.
import {
  AUXILIARIES,
  CONJUNCTIONS,
  DETERMINERS,
  PREPOSITIONS,
  PRONOUNS,
  SUBORDINATORS,
  TITLE_ABBREVIATIONS,
} from './lexicon.ts';
import { isCapitalised, type Token, tokenize } from './tokens.ts';

export interface Sentence {
  index: number;
  /** Offsets in the text: `text.slice(start, end)` is the sentence. */
  start: number;
  end: number;
  /** Index of the first and last token (inclusive). */
  first: number;
  last: number;
  /** Written in capitals throughout (a byline, a banner): its capitals say nothing about names. */
  shouting: boolean;
}

const TERMINALS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", ')', ']', '’', '”']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[']);
const CONTINUING = new Set([',', '-', ';', ':', '(', '&']);

function startsSentence(token: Token | undefined): boolean {
  if (!token) return false;
  if (token.type === 'number') return true;
  if (token.type === 'punct') return OPENERS.has(token.text);
  return isCapitalised(token);
}

/** A capitalised function word: after "U.S." it starts a new sentence ("...the U.S. The talks"). */
function isFunctionWord(token: Token | undefined): boolean {
  if (token?.type !== 'word') return false;
  const w = token.norm;
  return [DETERMINERS, PRONOUNS, CONJUNCTIONS, PREPOSITIONS, SUBORDINATORS, AUXILIARIES].some((set) => set.has(w));
}

function endsAfter(tokens: readonly Token[], i: number): number | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  const next = tokens[i + 1];
  if (!next) return undefined;
  if (TERMINALS.has(token.text)) {
    let k = i;
    while (tokens[k + 1] && CLOSERS.has(tokens[k + 1]?.text ?? '') && tokens[k + 1]?.attached) k++;
    const following = tokens[k + 1];
    if (!following || following.attached || !startsSentence(following)) return undefined;
    if (token.text === '.' && token.attached) {
      const before = tokens[i - 1];
      const isInitial = before?.type === 'word' && /^\p{Lu}$/u.test(before.text);
      if (before && (TITLE_ABBREVIATIONS.has(before.norm) || isInitial) && isCapitalised(following)) return undefined;
    }
    return k;
  }
  // A dotted abbreviation ends a sentence only when a function word follows: "in the U.S. The talks".
  if (
    token.type === 'word' &&
    token.text.endsWith('.') &&
    !next.attached &&
    isFunctionWord(next) &&
    isCapitalised(next)
  )
    return i;
  if (next.blankLineBefore) return i;
  if (next.lineBreakBefore) {
    const continues =
      CONTINUING.has(token.text) ||
      (next.type === 'word' && next.shape === 'lower') ||
      (token.type === 'word' && (CONJUNCTIONS.has(token.norm) || PREPOSITIONS.has(token.norm)));
    if (!continues) return i;
  }
  return undefined;
}

/** The sentences of `text` over its tokens (which `tokenize(text)` gives when not passed). */
export function splitSentences(text: string, tokens: readonly Token[] = tokenize(text)): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    const a = tokens[first];
    const b = tokens[last];
    if (!a || !b || last < first) return;
    const words = tokens.slice(first, last + 1).filter((t) => t.type === 'word' && /\p{L}{2}/u.test(t.text));
    sentences.push({
      index: sentences.length,
      start: a.start,
      end: b.end,
      first,
      last,
      shouting: words.length >= 2 && words.every((t) => t.shape === 'upper'),
    });
  };
  for (let i = 0; i < tokens.length; i++) {
    const last = endsAfter(tokens, i);
    if (last === undefined) continue;
    close(last);
    first = last + 1;
    i = last;
  }
  close(tokens.length - 1);
  return sentences;
}
