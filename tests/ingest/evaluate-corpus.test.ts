import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../src/config.ts';
import { CORPUS_SPLITS, evaluateArticles, goldArticles } from '../../src/ingest/evaluate-corpus.ts';
import { chunkOf, startLlmServer } from './llm-server.ts';

describe('goldArticles', () => {
  it('reads the seed article with its curated graph as gold, and every corpus article with its gold file', async () => {
    const articles = await goldArticles(['seed', ...CORPUS_SPLITS], { dataDir: DEFAULT_DATA_DIR });
    const seed = articles.filter((a) => a.split === 'seed');
    expect(seed.map((a) => a.id)).toEqual(['9dashline-us-japan-alliance-2024']);
    expect(seed[0]?.gold.relations.length).toBe(62);
    expect(articles.filter((a) => a.split === 'dev').length).toBeGreaterThanOrEqual(8);
    expect(articles.filter((a) => a.split === 'test').length).toBeGreaterThanOrEqual(4);
    for (const a of articles) expect(a.text.length, a.id).toBeGreaterThan(1000);
  });
});

describe('evaluateArticles', () => {
  it('gives each article to the extractor with no known entities and scores it against its gold file', async () => {
    const articles = await goldArticles(['seed'], { dataDir: DEFAULT_DATA_DIR });
    const seen: number[] = [];
    const [evaluation] = await evaluateArticles(articles, async ({ known }) => {
      seen.push(known.length);
      return {
        entities: [
          { id: 'japan', name: 'Japan', kind: 'COUNTRY', aliases: [] },
          { id: 'us', name: 'United States', kind: 'COUNTRY', aliases: ['US'] },
        ],
        relations: [
          {
            id: 'us-ally-japan',
            type: 'ALLY',
            from: 'us',
            to: 'japan',
            summary: 's',
            confidence: 1,
            evidence: [{ source: 'x', quote: 'The US is Japan’s most important global ally' }],
            start: 0,
            end: 0,
          },
        ],
      };
    });
    expect(seen).toEqual([0]);
    expect(evaluation?.relations).toMatchObject({ extracted: 1, correct: 1, gold: 62, hits: 1, precision: 1 });
    expect(evaluation?.entities).toMatchObject({ proposed: 2, correct: 2 });
  });
});

describe('npm run eval:extract -- --extractor llm', () => {
  it('evaluates against the configured OpenAI-compatible endpoint, on the same gate as the rules', async () => {
    const quote = 'The US is Japan’s most important global ally';
    const server = await startLlmServer((request) => ({
      content: chunkOf(request).includes(quote)
        ? {
            entities: [
              { name: 'United States', kind: 'COUNTRY', aliases: ['US'] },
              { name: 'Japan', kind: 'COUNTRY', aliases: [] },
            ],
            relations: [
              { type: 'ALLY', subject: 'United States', object: 'Japan', quote, confidence: 0.9 },
              {
                type: 'ALLY',
                subject: 'Japan',
                object: 'China',
                quote: 'an invented quote of some length',
                confidence: 1,
              },
            ],
          }
        : { entities: [], relations: [] },
    }));
    try {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'scripts/eval-extract.ts', '--extractor', 'llm', '--split', 'seed'],
        {
          env: { ...process.env, KG_LLM_BASE_URL: server.url, KG_LLM_MODEL: 'scripted', KG_LLM_MAX_RETRIES: '0' },
        },
      );
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
      });
      const code = await new Promise((resolve) => child.once('exit', resolve));
      expect(code).toBe(0);
      expect(out).toMatch(
        /\| seed\/9dashline-us-japan-alliance-2024 \| analysis \| 1\.00 +\| 0\.0\d +\| 1 +\| 62 +\| 1 +\| 1\.00 /,
      );
      expect(out).toMatch(/Language model: \d+ requests, \d+ tokens\./);
      expect(server.received.every((r) => r.body.model === 'scripted')).toBe(true);
    } finally {
      await server.close();
    }
  }, 60_000);
});
