// Runs an extractor over the articles that have gold files (the seed article, whose gold is its curated
// graph, and the corpus's dev and test splits) and scores each: what `npm run eval:extract` prints.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGraphData } from '../data/load.ts';
import type { Entity } from '../model.ts';
import { type ArticleEvaluation, evaluateAgainstGold, goldFromCurated } from './evaluate.ts';
import type { Extraction } from './extraction.ts';
import { type GoldFile, readGold } from './gold.ts';

/** The corpus of articles with gold files (tests/fixtures/corpus): dev/ to write rules from, test/ held out. */
export const CORPUS_DIR = fileURLToPath(new URL('../../tests/fixtures/corpus', import.meta.url));
export const CORPUS_SPLITS = ['dev', 'test'] as const;
export const SPLITS = ['seed', ...CORPUS_SPLITS] as const;
export type Split = (typeof SPLITS)[number];

/** An extractor as the evaluation calls it: the rules, or a language model. */
export type Extractor = (input: { sourceId: string; text: string; known: Entity[] }) => Promise<Extraction>;

export interface GoldArticle {
  id: string;
  split: Split;
  text: string;
  gold: GoldFile;
}

/** The articles of the splits asked for, in split then id order. */
export async function goldArticles(
  splits: readonly Split[],
  { dataDir, corpusDir = CORPUS_DIR }: { dataDir: string; corpusDir?: string },
): Promise<GoldArticle[]> {
  const articles: GoldArticle[] = [];
  if (splits.includes('seed')) {
    const data = await loadGraphData(dataDir);
    for (const source of data.sources)
      articles.push({ id: source.id, split: 'seed', text: source.text, gold: goldFromCurated(data, source.id) });
  }
  for (const split of CORPUS_SPLITS) {
    if (!splits.includes(split)) continue;
    const dir = join(corpusDir, split);
    const ids = (await readdir(dir)).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));
    for (const id of ids.sort()) {
      const text = await readFile(join(dir, `${id}.txt`), 'utf8');
      articles.push({ id, split, text, gold: await readGold(join(dir, `${id}.gold.json`)) });
    }
  }
  return articles;
}

/**
 * Extracts each article with no known entities (the extractor must find the actors itself, with only its
 * general knowledge) and scores it against its gold file.
 */
export async function evaluateArticles(
  articles: readonly GoldArticle[],
  extractor: Extractor,
  onArticle: (evaluation: ArticleEvaluation, ms: number) => void = () => {},
): Promise<ArticleEvaluation[]> {
  const evaluations: ArticleEvaluation[] = [];
  for (const article of articles) {
    const started = performance.now();
    const extraction = await extractor({ sourceId: article.id, text: article.text, known: [] });
    const evaluation = evaluateAgainstGold({
      id: article.id,
      split: article.split,
      extraction,
      known: [],
      gold: article.gold,
    });
    onArticle(evaluation, performance.now() - started);
    evaluations.push(evaluation);
  }
  return evaluations;
}
