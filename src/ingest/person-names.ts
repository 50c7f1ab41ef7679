// People's names as texts write them: the words without a generational suffix, the family name a text
// calls someone by alone, and the two-word name the other way round ("Kishida Fumio").
import type { Doc } from './document.ts';
import { isJoiner, tokenize } from './tokens.ts';

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The words of a person's name, hyphenated ones whole, without a generational suffix ("Ferdinand Marcos Jr."). */
export function nameWords(name: string): string[] {
  const tokens = tokenize(name);
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.type !== 'word') continue;
    if (isJoiner(tokens, i - 1) && words.length > 0) words[words.length - 1] += `-${t.text}`;
    else words.push(t.text);
  }
  while (words.length > 1 && SUFFIXES.has((words.at(-1) ?? '').toLowerCase())) words.pop();
  return words;
}

/**
 * The word a text calls a person by alone: the family name, last in most names ("Fumio Kishida": Kishida)
 * and first in those written family name first ("Kishida Fumio", "Lee Jae-myung"), or whichever word the
 * text uses alone most ("Lula" for "Luiz Inácio Lula da Silva").
 */
export function surnameOf(name: string, doc: Doc): string | undefined {
  const all = nameWords(name);
  const words = all.filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2) return undefined;
  const alone = (word: string) =>
    doc.tokens.filter(
      (t, i) =>
        t.text === word &&
        !isJoiner(doc.tokens, i + 1) &&
        !isJoiner(doc.tokens, i - 1) &&
        !all.includes(doc.tokens[i + 1]?.text ?? '') &&
        !all.includes(doc.tokens[i - 1]?.text ?? ''),
    ).length;
  // A hyphenated given name last ("Jae-myung") puts the family name first.
  const last = words.at(-1) as string;
  let best = /-\p{Ll}/u.test(last) ? (words[0] as string) : last;
  for (const word of words) if (alone(word) > alone(best)) best = word;
  return best;
}

/** A two-word person's name the other way round: "Kishida Fumio" for "Fumio Kishida", as East Asian outlets write it. */
export function reversedName(name: string): string | undefined {
  const words = nameWords(name);
  return words.length === 2 && !name.includes('-') ? `${words[1]} ${words[0]}` : undefined;
}
