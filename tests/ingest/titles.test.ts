import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/ingest/extract.ts';
import {
  leaderTitleFrom,
  memberTitleFrom,
  titleCountries,
  titleEndingAt,
  titleHolders,
  titleOf,
} from '../../src/ingest/titles.ts';
import { type Token, tokenize } from '../../src/ingest/tokens.ts';

/** The index of the first token of `tokens` written `word`. */
function indexOf(tokens: readonly Token[], word: string): number {
  const i = tokens.findIndex((t) => t.text === word);
  if (i < 0) throw new Error(`no token "${word}"`);
  return i;
}

/** The text from token `first` to token `last`, as written. */
const span = (text: string, tokens: readonly Token[], first: number, last: number) =>
  text.slice(tokens[first]?.start, tokens[last]?.end);

/** The head-of-state title ending at the word `end` of `text`, as written, with its phrase. */
function titleEnding(text: string, end: string): string | undefined {
  const tokens = tokenize(text);
  const i = indexOf(tokens, end);
  const title = titleEndingAt(tokens, i);
  return title && `${span(text, tokens, title.first, i)} = ${title.phrase}`;
}

/** The title `from` finds starting at the word `word` of `text`, as written. */
function titleFrom(text: string, word: string, from: (tokens: readonly Token[], first: number) => number) {
  const tokens = tokenize(text);
  const first = indexOf(tokens, word);
  const last = from(tokens, first);
  return last < 0 ? undefined : span(text, tokens, first, last);
}

/** The title each person mention of `text` carries, as "person: title (phrase)". */
function titlesOf(text: string): string[] {
  const { structure, kindOf } = analyseText(text, [], 'test');
  return structure.mentions
    .filter((m) => kindOf(m.entityId) === 'PERSON')
    .map((m) => {
      const title = titleOf(structure.tokens, m);
      const written = title && span(text, structure.tokens, title.first, title.last);
      return `${m.entityId}: ${written ?? '-'}${title ? ` (${title.phrase})` : ''}`;
    });
}

const holders = (text: string) => {
  const { structure, kindOf } = analyseText(text, [], 'test');
  return titleHolders(structure, kindOf).map((h) => `${h.person} ${h.phrase} of ${h.country}`);
};

describe('titleEndingAt', () => {
  it('finds the longest head-of-state title ending at a word', () => {
    expect(titleEnding('the Prime Minister spoke', 'Minister')).toBe('Prime Minister = prime minister');
    expect(titleEnding('the Supreme Leader spoke', 'Leader')).toBe('Supreme Leader = supreme leader');
    expect(titleEnding('the president spoke', 'president')).toBe('president = president');
  });

  it('finds none at a word that only starts a title or is none', () => {
    expect(titleEnding('the Prime Minister spoke', 'Prime')).toBeUndefined();
    expect(titleEnding('the minister spoke', 'minister')).toBeUndefined();
    expect(titleEnding('the president spoke', 'the')).toBeUndefined();
  });
});

describe('titleOf', () => {
  it('reads a title inside a person’s mention or right before it', () => {
    expect(titlesOf('Prime Minister Ana Gil met the president Pedro Ruiz.')).toEqual([
      'ana-gil: Prime Minister (prime minister)',
      'pedro-ruiz: president (president)',
    ]);
  });

  it('reads none where the name stands without one', () => {
    expect(titlesOf('Ana Gil met Pedro Ruiz, the president.')).toEqual(['ana-gil: -', 'pedro-ruiz: -']);
  });
});

describe('titleCountries', () => {
  it('gives each title the countries written before it, as a possessor or a demonym', () => {
    const { structure, kindOf } = analyseText(
      'Chile’s prime minister and the Peruvian president met. The next Chilean president will decide.',
      [],
      'test',
    );
    expect([...titleCountries(structure, kindOf)].map(([phrase, ids]) => `${phrase}: ${[...ids].join(', ')}`)).toEqual([
      'prime minister: chile',
      'president: peru, chile',
    ]);
  });

  it('gives none to a title after a country that does not own it', () => {
    const { structure, kindOf } = analyseText('Chile’s deputy prime minister spoke in Peru.', [], 'test');
    expect(titleCountries(structure, kindOf).size).toBe(0);
  });
});

describe('leaderTitleFrom and memberTitleFrom', () => {
  it('find a leader’s title, hyphenated or in words, ending at its last word', () => {
    expect(titleFrom('the director-general of Mercosur', 'director', leaderTitleFrom)).toBe('director-general');
    expect(titleFrom('the chief executive of Codelco', 'chief', leaderTitleFrom)).toBe('chief executive');
    expect(titleFrom('the prime minister of Chile', 'prime', leaderTitleFrom)).toBe('prime minister');
    expect(titleFrom('the spokesperson of Chile', 'spokesperson', leaderTitleFrom)).toBeUndefined();
  });

  it('find a member’s title', () => {
    expect(titleFrom('the vice-president of Peru', 'vice', memberTitleFrom)).toBe('vice-president');
    expect(titleFrom('the spokesperson of Chile', 'spokesperson', memberTitleFrom)).toBe('spokesperson');
    expect(titleFrom('the leader of Chile', 'leader', memberTitleFrom)).toBeUndefined();
  });
});

describe('titleHolders', () => {
  it('reads the country beside a title: as a demonym, after "of", as a possessor before or after the name', () => {
    expect(holders('Chilean President Ana Gil met President Pedro Ruiz of Peru.')).toEqual([
      'ana-gil president of chile',
      'pedro-ruiz president of peru',
    ]);
    expect(holders('Peru’s president, Pedro Ruiz, met Ana Gil, Chile’s prime minister.')).toEqual([
      'pedro-ruiz president of peru',
      'ana-gil prime minister of chile',
    ]);
  });

  it('gives no title to a former, deputy or vice holder', () => {
    expect(holders('President Ana Gil of Chile spoke.')).toEqual(['ana-gil president of chile']);
    expect(holders('Former President Ana Gil of Chile spoke.')).toEqual([]);
    expect(holders('Chile’s deputy prime minister, Ana Gil, spoke.')).toEqual([]);
    expect(holders('Chile’s vice-president, Ana Gil, spoke.')).toEqual([]);
  });

  it('gives a head-of-state title only for a country', () => {
    expect(holders('Supreme Leader Ana Gil of Chile spoke.')).toEqual(['ana-gil supreme leader of chile']);
    expect(holders('President Ana Gil of Mercosur spoke.')).toEqual([]);
  });
});
