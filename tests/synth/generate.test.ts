import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphData, loadGraphData } from '../../src/data/load.ts';
import { MIN_QUOTE_LENGTH } from '../../src/data/schema.ts';
import { ENTITY_KINDS, RELATION_TYPES } from '../../src/model.ts';
import { DATED_SHARE, generateGraphData, type SynthSummary } from '../../src/synth/generate.ts';
import { createWordMaker, INVENTED_WORD, vocabularyWords } from '../../src/synth/names.ts';
import { apportion, createRandom } from '../../src/synth/random.ts';
import { QUOTE_TEMPLATES } from '../../src/synth/sentences.ts';
import type { TypeMix } from '../../src/synth/topology.ts';
import { readTypeMix, typeShares } from '../../src/synth/type-mix.ts';

const dirs: string[] = [];
async function generate(options: { relations: number; entities: number; seed: number }, mix: TypeMix) {
  const dir = await mkdtemp(join(tmpdir(), 'kg-synth-'));
  dirs.push(dir);
  const summary = await generateGraphData(dir, { ...options, typeMix: mix, relationsPerSource: 700 });
  return { dir, summary };
}

/** Every file under `dir`, by relative path, with its bytes. */
async function tree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length + 1), await readFile(path));
  }
  return files;
}

let mix: TypeMix;
let small: { dir: string; summary: SynthSummary };
let data: GraphData;

beforeAll(async () => {
  mix = await readTypeMix();
  small = await generate({ relations: 2_000, entities: 200, seed: 1 }, mix);
  data = await loadGraphData(small.dir);
});

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('generateGraphData', () => {
  it('writes the same bytes for the same seed, and other bytes for another', async () => {
    const again = await generate({ relations: 2_000, entities: 200, seed: 1 }, mix);
    const other = await generate({ relations: 2_000, entities: 200, seed: 2 }, mix);
    const first = await tree(small.dir);
    const second = await tree(again.dir);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [path, bytes] of first) expect(second.get(path)?.equals(bytes), path).toBe(true);
    const third = await tree(other.dir);
    expect(third.get('relations.json')?.equals(first.get('relations.json') as Buffer)).toBe(false);
    expect(third.get('entities.json')?.equals(first.get('entities.json') as Buffer)).toBe(false);
  });

  it('writes a tree that loadGraphData accepts, every quote found in its source', () => {
    expect(data.entities).toHaveLength(200);
    expect(data.relations).toHaveLength(2_000);
    expect(data.sources).toHaveLength(Math.ceil(2_000 / 700));
    const texts = new Map(data.sources.map((s) => [s.id, s.text]));
    const quotes = data.relations.flatMap((r) => r.evidence);
    expect(quotes).toHaveLength(small.summary.quotes);
    expect(quotes.length).toBeGreaterThan(2_000);
    for (const { sourceId, quote, start, end } of quotes) {
      expect(texts.get(sourceId)?.slice(start, end)).toBe(quote);
      expect(quote.length).toBeGreaterThanOrEqual(MIN_QUOTE_LENGTH);
    }
  });

  it('follows the type mix of the real graph, and has every kind of entity', async () => {
    const real = typeShares(await readTypeMix());
    const counts = new Map<string, number>();
    for (const { type } of data.relations) counts.set(type, (counts.get(type) ?? 0) + 1);
    for (const type of RELATION_TYPES) {
      expect(Math.abs((counts.get(type) ?? 0) / data.relations.length - (real[type] ?? 0)), type).toBeLessThan(0.005);
    }
    expect(new Set(data.entities.map((e) => e.kind))).toEqual(new Set(ENTITY_KINDS));
  });

  it('dates a share of the relations, with validTo after validFrom', () => {
    const dated = data.relations.filter((r) => r.validFrom || r.validTo);
    expect(dated.length / data.relations.length).toBeGreaterThan(DATED_SHARE - 0.05);
    expect(dated.length / data.relations.length).toBeLessThan(DATED_SHARE + 0.05);
    for (const { validFrom, validTo } of dated) {
      if (validFrom && validTo) expect(validTo.slice(0, 4) > validFrom.slice(0, 4)).toBe(true);
    }
  });

  it('draws a scale-free graph: a few hubs far above the median, no entity alone', async () => {
    const { dir, summary } = await generate({ relations: 20_000, entities: 2_000, seed: 3 }, mix);
    const { relations } = JSON.parse(await readFile(join(dir, 'relations.json'), 'utf8')) as {
      relations: { from: string; to: string }[];
    };
    const degree = new Map<string, number>();
    for (const { from, to } of relations) for (const end of [from, to]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const sorted = [...degree.values()].sort((a, b) => a - b);
    expect(degree.size).toBe(2_000);
    expect(sorted[1_999]).toBe(summary.maxDegree);
    expect(sorted[1_000]).toBe(summary.medianDegree);
    expect(summary.maxDegree).toBeGreaterThan(20 * summary.medianDegree);
    // The top 1% of entities hold at least a fifth of all relation ends: a long tail, not a bell.
    const top = sorted.slice(-20).reduce((sum, d) => sum + d, 0);
    expect(top / (2 * relations.length)).toBeGreaterThan(0.2);
  });

  it('rejects sizes it cannot draw', async () => {
    await expect(
      generateGraphData('/nonexistent', { relations: 50, entities: 100, seed: 1, typeMix: mix }),
    ).rejects.toThrow('relations (50) must be at least entities (100)');
    await expect(
      generateGraphData('/nonexistent', { relations: 50, entities: 5, seed: 1, typeMix: mix }),
    ).rejects.toThrow('entities is 5; it must be a whole number from 10 to 2000000');
  });
});

describe('names and sentences', () => {
  it('never lets a vocabulary word look like an invented one, so names cannot collide', () => {
    for (const word of vocabularyWords()) expect(INVENTED_WORD.test(word), word).toBe(false);
    expect(INVENTED_WORD.test('Kavore')).toBe(true);
  });

  it('invents a distinct word for every index, even for a million entities', () => {
    const count = 2_000_000;
    const word = createWordMaker(count, createRandom(1));
    const words = new Set<string>();
    for (let i = 0; i < count; i++) words.add(word(i));
    expect(words.size).toBe(count);
    expect([...words].every((w) => INVENTED_WORD.test(w))).toBe(true);
  });

  it('gives every quote template at least 12 characters of its own', () => {
    for (const [type, templates] of Object.entries(QUOTE_TEMPLATES)) {
      for (const template of templates) {
        expect(template.replace('{a}', '').replace('{b}', '').length, `${type}: ${template}`).toBeGreaterThanOrEqual(
          12,
        );
      }
    }
  });
});

describe('random', () => {
  it('repeats a stream for a seed and apportions a total exactly', () => {
    const draws = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draws(9)).toEqual(draws(9));
    expect(draws(9)).not.toEqual(draws(10));
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(99, [4, 2, 9]).reduce((a, b) => a + b)).toBe(99);
  });
});
