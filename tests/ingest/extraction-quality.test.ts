// Holds the rules extractor's figures on every article with a gold file to floors set from what it reaches,
// so that a change cannot silently lower them. The test split's are reported, never tuned on (see
// tests/fixtures/corpus/README.md); its floors only keep a later change from losing what it has.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../src/config.ts';
import type { EntityScore, Score } from '../../src/ingest/evaluate.ts';
import { microAverage } from '../../src/ingest/evaluate.ts';
import { evaluateArticles, goldArticles, SPLITS, type Split } from '../../src/ingest/evaluate-corpus.ts';
import { extract } from '../../src/ingest/extract.ts';

interface Figures {
  entityPrecision: number;
  entityRecall: number;
  precision: number;
  recall: number;
  f1: number;
}

/** What each split reaches, rounded down to two places. Raise a floor when a change raises its figure. */
const FLOORS: Record<Split, Figures> = {
  seed: { entityPrecision: 0.97, entityRecall: 0.97, precision: 1, recall: 0.67, f1: 0.8 },
  dev: { entityPrecision: 0.96, entityRecall: 0.93, precision: 0.91, recall: 0.47, f1: 0.62 },
  test: { entityPrecision: 0.89, entityRecall: 0.81, precision: 0.82, recall: 0.29, f1: 0.43 },
};

let reached: Record<Split, { entities?: EntityScore; relations: Score }>;

beforeAll(async () => {
  const articles = await goldArticles([...SPLITS], { dataDir: DEFAULT_DATA_DIR });
  const evaluations = await evaluateArticles(articles, async (input) => extract(input));
  reached = Object.fromEntries(
    SPLITS.map((split) => [split, microAverage(evaluations.filter((e) => e.split === split))]),
  ) as typeof reached;
}, 120_000);

describe.each(SPLITS)('the %s split', (split) => {
  it('keeps every figure at or above its floor', () => {
    const { entities, relations } = reached[split];
    const figures: Figures = {
      entityPrecision: entities?.precision ?? 0,
      entityRecall: entities?.recall ?? 0,
      precision: relations.precision,
      recall: relations.recall,
      f1: relations.f1,
    };
    for (const key of Object.keys(FLOORS[split]) as (keyof Figures)[])
      expect(figures[key], `${split} ${key}`).toBeGreaterThanOrEqual(FLOORS[split][key]);
  });
});
