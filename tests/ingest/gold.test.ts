import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkGold, type GoldFile, GoldFileSchema } from '../../src/ingest/gold.ts';

const CORPUS = fileURLToPath(new URL('../fixtures/corpus', import.meta.url));

const gold = (relations: GoldFile['relations'], entities?: GoldFile['entities']): GoldFile => ({
  source: 'a',
  genre: 'wire',
  region: 'Europe',
  entities: entities ?? [
    { id: 'france', name: 'France', kind: 'COUNTRY', aliases: ['Paris'] },
    { id: 'germany', name: 'Germany', kind: 'COUNTRY', aliases: [] },
  ],
  relations,
});

describe('checkGold', () => {
  const text = 'France and Germany signed a defence pact in Paris.';

  it('passes a sound file', () => {
    expect(
      checkGold(
        gold([{ types: ['AGREEMENT'], from: 'france', to: 'germany', quote: 'France and Germany signed' }]),
        text,
      ),
    ).toEqual([]);
  });

  it('names a quote that is not in the text, an unknown id, a self-relation and a repeat', () => {
    const problems = checkGold(
      gold([
        { types: ['AGREEMENT'], from: 'france', to: 'germany', quote: 'France and Germany agreed' },
        { types: ['AGREEMENT'], from: 'france', to: 'germany', quote: 'France and Germany signed' },
        { types: ['ALLY'], from: 'france', to: 'italy', quote: 'France and Germany signed' },
        { types: ['ALLY'], from: 'france', to: 'france', quote: 'France and Germany signed' },
      ]),
      text,
    );
    expect(problems).toEqual([
      'relations[0].quote: not found verbatim in the text: "France and Germany agreed"',
      'relations[1]: AGREEMENT france germany is listed twice; expected one entry per pair and type',
      'relations[2].to: no entity has the id "italy"',
      'relations[3]: a relation of "france" with itself',
    ]);
  });

  it('names a name given to two entities', () => {
    const problems = checkGold(
      gold(
        [],
        [
          { id: 'france', name: 'France', kind: 'COUNTRY', aliases: ['Paris'] },
          { id: 'paris', name: 'paris', kind: 'REGION', aliases: [] },
        ],
      ),
      text,
    );
    expect(problems).toEqual(['entities[1]: the name "paris" is also a name of "france"; expected one owner per name']);
  });
});

describe('the corpus', () => {
  const articles = ['dev', 'test'].flatMap((split) =>
    readdirSync(join(CORPUS, split))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ split, id: f.slice(0, -4) })),
  );

  it.each(articles)('$split/$id has metadata and a sound gold file', ({ split, id }) => {
    const text = readFileSync(join(CORPUS, split, `${id}.txt`), 'utf8');
    const metadata = JSON.parse(readFileSync(join(CORPUS, split, `${id}.json`), 'utf8'));
    expect(typeof metadata.title).toBe('string');
    const parsed = GoldFileSchema.parse(JSON.parse(readFileSync(join(CORPUS, split, `${id}.gold.json`), 'utf8')));
    expect(parsed.source).toBe(id);
    expect(checkGold(parsed, text)).toEqual([]);
  });
});
