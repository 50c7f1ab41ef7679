// An article read once: its tokens, its sentences and the part-of-speech tags every later stage consults.
import nlp from 'compromise';
import { type Sentence, splitSentences } from './sentences.ts';
import { type Token, tokenize } from './tokens.ts';

export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** The sentence index of every token. */
  sentenceOf: number[];
}

interface TaggedTerm {
  offset: { start: number; length: number };
  tags: string[];
}

/** Tags the tokens of one sentence with compromise's part-of-speech tagger, matched back by offset. */
function tagSentence(text: string, tokens: readonly Token[], sentence: Sentence): void {
  const slice = text.slice(sentence.start, sentence.end);
  const parsed = nlp(slice).json({ offset: true }) as { terms: TaggedTerm[] }[];
  const terms = parsed.flatMap((s) => s.terms);
  let k = 0;
  for (let i = sentence.first; i <= sentence.last; i++) {
    const token = tokens[i];
    if (!token) continue;
    const at = token.start - sentence.start;
    while (k < terms.length && (terms[k]?.offset.start ?? 0) + (terms[k]?.offset.length ?? 0) <= at) k++;
    const term = terms[k];
    if (term && term.offset.start <= at && at < term.offset.start + term.offset.length) {
      for (const tag of term.tags) token.tags.add(tag);
    }
  }
}

/** Tokenises, splits and tags `text`. */
export function parseDocument(text: string): Doc {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const sentenceOf: number[] = new Array(tokens.length).fill(0);
  for (const s of sentences) {
    for (let i = s.first; i <= s.last; i++) sentenceOf[i] = s.index;
    tagSentence(text, tokens, s);
  }
  return { text, tokens, sentences, sentenceOf };
}

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const PERSON_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName']);
const NAME_TAGS = new Set([
  'ProperNoun',
  'Person',
  'FirstName',
  'LastName',
  'MaleName',
  'FemaleName',
  'Place',
  'City',
  'Country',
  'Region',
  'Organization',
]);

function lexiconTags(word: string): string[] {
  const entry = LEXICON[word.toLowerCase()];
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
}

/** Whether the tagger's lexicon knows `word` as a person's first or last name ("Douglas", "Hamilton"). */
export function isPersonNameWord(word: string): boolean {
  return lexiconTags(word).some((tag) => PERSON_TAGS.has(tag));
}

/** Whether the tagger's lexicon knows `word` as an ordinary English word, not as a name ("Visiting", not "Taro"). */
export function isCommonWord(word: string): boolean {
  const entry = LEXICON[word.toLowerCase()];
  if (entry === undefined) return false;
  return !(Array.isArray(entry) ? entry : [entry]).some((tag) => NAME_TAGS.has(tag));
}
