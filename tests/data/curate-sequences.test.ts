// Any sequence of ingests, accepts and rejects over three articles that share new entities leaves graph-data
// valid, drafts included; a refused step changes nothing; accepting everything gives one entity per actor.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CurationError } from '../../src/data/commit-files.ts';
import { ingestSource } from '../../src/data/curate.ts';
import { loadGraphData } from '../../src/data/load.ts';
import { normalizeName } from '../../src/data/names.ts';
import { relationKey } from '../../src/data/relation-key.ts';
import { acceptDraft, rejectDraft } from '../../src/data/review.ts';
import { copyTinyGraph } from '../helpers.ts';
import { ACTORS, ARTICLES, type Article, proposeFor } from './draft-articles.ts';

type Step =
  | { op: 'ingest'; article: number; naive: boolean }
  | { op: 'accept'; article: number; pick: number | 'all' }
  | { op: 'reject'; article: number; pick: number | 'all'; cascade: boolean };

const articleOf = (step: Step) => ARTICLES[step.article] as Article;

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files[relative(dir, join(entry.parentPath, entry.name))] = await readFile(
        join(entry.parentPath, entry.name),
        'utf8',
      );
  }
  return files;
}

/** The ids a step picks from its draft: all, or one item (entity or relation) by position. */
async function pickIds(dir: string, sourceId: string, pick: number | 'all'): Promise<'all' | string[] | undefined> {
  const text = await readFile(join(dir, 'drafts', `${sourceId}.json`), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  if (pick === 'all') return 'all';
  const draft = JSON.parse(text);
  const items: { id: string }[] = [...draft.entities, ...draft.relations];
  return [(items[pick % items.length] as { id: string }).id];
}

/** Runs one step; one that is refused must change nothing. */
async function run(dir: string, step: Step): Promise<void> {
  const article = articleOf(step);
  if (step.op === 'ingest') {
    await ingestSource(dir, article.source, proposeFor(article, { naive: step.naive }));
    return;
  }
  const ids = await pickIds(dir, article.source.id, step.pick);
  if (ids === undefined) return;
  const before = await snapshot(dir);
  try {
    if (step.op === 'accept') await acceptDraft(dir, article.source.id, ids);
    else await rejectDraft(dir, article.source.id, ids, { cascade: step.cascade });
  } catch (error) {
    // Only rejecting chosen entities that other drafts name, without cascade, may be refused.
    if (!(error instanceof CurationError) || step.op !== 'reject' || ids === 'all' || step.cascade) throw error;
    expect(error.message).toContain('expected --cascade to drop those relations too');
    expect(await snapshot(dir)).toEqual(before);
  }
}

/** Runs `steps`, checking graph-data with drafts after each; then ingests every article again and accepts everything. */
async function runSequence(steps: Step[]): Promise<void> {
  const dir = await copyTinyGraph();
  for (const [n, step] of steps.entries()) {
    await run(dir, step);
    await expect(
      loadGraphData(dir, { drafts: 'check' }),
      `after step ${n + 1}: ${JSON.stringify(step)}`,
    ).resolves.toBeDefined();
  }
  for (const article of ARTICLES) {
    await ingestSource(dir, article.source, proposeFor(article));
    await loadGraphData(dir, { drafts: 'check' });
  }
  for (const article of ARTICLES) {
    if ((await pickIds(dir, article.source.id, 'all')) !== undefined) await acceptDraft(dir, article.source.id, 'all');
    await loadGraphData(dir, { drafts: 'check' });
  }
  expect(await readdir(join(dir, 'drafts'))).toEqual([]);
  const data = await loadGraphData(dir);
  for (const actor of ACTORS) {
    const named = data.entities.filter((e) =>
      [e.name, ...e.aliases].some((n) => normalizeName(n) === normalizeName(actor)),
    );
    expect(named, actor).toHaveLength(1);
  }
  expect(data.entities).toHaveLength(5 + 2);
  // Each thing an article states is one relation, backed by that article's quote.
  const idOf = new Map(data.entities.map((e) => [e.name, e.id]));
  for (const article of ARTICLES) {
    for (const { type, from, to, quote } of article.statements) {
      const key = relationKey({ type, from: idOf.get(from) as string, to: idOf.get(to) as string });
      const stating = data.relations.filter((r) => relationKey(r) === key);
      expect(stating, `${article.source.id}: ${quote}`).toHaveLength(1);
      expect(stating[0]?.evidence.map((e) => [e.sourceId, e.quote])).toContainEqual([article.source.id, quote]);
    }
  }
}

const article = fc.integer({ min: 0, max: 2 });
const pick = fc.oneof(fc.nat({ max: 9 }), fc.constant('all' as const));
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('ingest' as const), article, naive: fc.boolean() }) },
  fc.record({ op: fc.constant('accept' as const), article, pick }),
  fc.record({ op: fc.constant('reject' as const), article, pick, cascade: fc.boolean() }),
);

describe('sequences of ingests, accepts and rejects', { timeout: 120_000 }, () => {
  const ingest = (n: number, naive = false): Step => ({ op: 'ingest', article: n, naive });

  it.each<[string, Step[]]>([
    ['the issue: two articles naming the same new entity', [ingest(0), ingest(1)]],
    ['three articles, last to first, one extractor ignoring what is known', [ingest(2), ingest(1, true), ingest(0)]],
    [
      'the owner rejected whole, then ingested again',
      [ingest(0), ingest(1), ingest(2), { op: 'reject', article: 0, pick: 'all', cascade: false }, ingest(0)],
    ],
    [
      'a relation accepted whose entity another draft owns',
      [ingest(0), ingest(2), { op: 'accept', article: 2, pick: 4 }],
    ],
    [
      'an entity others use refused, then dropped with cascade',
      [
        ingest(0),
        ingest(1),
        { op: 'reject', article: 0, pick: 1, cascade: false },
        { op: 'reject', article: 0, pick: 1, cascade: true },
      ],
    ],
  ])('%s', async (_name, steps) => {
    await runSequence(steps);
  });

  it('any sequence (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => runSequence(steps)),
      { numRuns: 25 },
    );
  });
});
