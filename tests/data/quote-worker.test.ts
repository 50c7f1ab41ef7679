// Quotes located in a worker thread: the same starts as in-process, a fallback when the worker fails, and the same load.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../src/config.ts';
import { type GraphData, type LoadOptions, loadGraphData } from '../../src/data/load.ts';
import { type LocateQuotes, locateHere, locateInWorker } from '../../src/data/locate-quotes.ts';
import { GraphDataError } from '../../src/errors.ts';
import type { Source } from '../../src/model.ts';
import { generateGraphData } from '../../src/synth/generate.ts';
import { readTypeMix } from '../../src/synth/type-mix.ts';
import { copyTinyGraph, editJson } from '../helpers.ts';

const IN_WORKER: LoadOptions = { quoteWorkerMinBytes: 1 };
const IN_PROCESS: LoadOptions = { quoteWorkerMinBytes: Number.MAX_SAFE_INTEGER };

/** What a load gives, as plain data: every relation with its evidence offsets, or every problem. */
async function outcome(dir: string, options: LoadOptions): Promise<unknown> {
  let data: GraphData;
  try {
    data = await loadGraphData(dir, options);
  } catch (error) {
    if (error instanceof GraphDataError) return { problems: error.problems };
    throw error;
  }
  return JSON.parse(JSON.stringify(data.relations));
}

/** Quotes of two sources, some found once, some several times, some not at all, some too short for the index. */
function batch(): { sources: Source[]; quotes: string[] } {
  const a: Source = {
    id: 'a',
    title: 'A',
    text: `${'the ally stood by the ally. '.repeat(40)}Japan and the United States.`,
  };
  const b: Source = { id: 'b', title: 'B', text: 'Kishida met Biden. Kishida met Trump. Kishida met Biden.' };
  const asked: [Source, string][] = [
    [a, 'the ally stood by the ally'],
    [a, 'Japan and the United States.'],
    [a, 'Japan and the United Kingdom.'],
    [b, 'Kishida met Biden.'],
    [b, 'met Trump'],
    [b, 'Kishida met Putin.'],
    [a, 'ally. the ally stood'],
  ];
  return { sources: asked.map(([s]) => s), quotes: asked.map(([, q]) => q) };
}

describe('locateInWorker', { timeout: 30_000 }, () => {
  it('gives the starts that locating in-process gives, -1 where a quote is not in its text', async () => {
    const { sources, quotes } = batch();
    const expected = await locateHere()(sources, quotes);
    expect([...expected]).toContain(-1);
    const notHere: LocateQuotes = () => Promise.reject(new Error('located in-process, not in the worker'));
    const locate = locateInWorker([...new Set(sources)], notHere);
    expect([...(await locate(sources, quotes))]).toEqual([...expected]);
  });

  it('locates in-process instead when the worker throws, dies or answers starts that do not line up, or when asked a second time', async () => {
    const { sources, quotes } = batch();
    const expected = [...(await locateHere()(sources, quotes))];
    let fellBack = 0;
    const counting: LocateQuotes = (s, q) => {
      fellBack++;
      return locateHere()(s, q);
    };
    for (const name of ['throws.js', 'exits.js', 'quotes-shifted.js']) {
      const script = new URL(`../fixtures/workers/${name}`, import.meta.url);
      const locate = locateInWorker([...new Set(sources)], counting, script);
      expect([...(await locate(sources, quotes))], name).toEqual(expected);
    }
    expect(fellBack).toBe(3);
    const locate = locateInWorker([...new Set(sources)], counting);
    await locate(sources, quotes);
    expect([...(await locate(sources, quotes))]).toEqual(expected);
    expect(fellBack).toBe(4);
  });
});

describe('loading with the quote worker', { timeout: 60_000 }, () => {
  let synthetic: string;
  beforeAll(async () => {
    synthetic = await mkdtemp(join(tmpdir(), 'kg-quote-worker-'));
    await generateGraphData(synthetic, { relations: 3000, entities: 300, seed: 11, typeMix: await readTypeMix() });
  });
  afterAll(() => rm(synthetic, { recursive: true, force: true }));

  it('loads the same relations and evidence as locating in-process, on the real graph and a synthetic one', async () => {
    for (const dir of [DEFAULT_DATA_DIR, synthetic]) {
      const inProcess = await outcome(dir, IN_PROCESS);
      expect(inProcess).not.toHaveProperty('problems');
      expect(await outcome(dir, IN_WORKER)).toEqual(inProcess);
    }
  });

  it('reports the same problems, in the same order, for data with broken quotes, ids and references', async () => {
    const dir = await copyTinyGraph();
    try {
      await editJson(dir, 'relations.json', (file) => {
        const [first, second, third] = file.relations;
        first.evidence[0].quote = `${first.evidence[0].quote.slice(0, 30)} but not as the text has it`;
        second.id = first.id;
        second.to = 'el-dorado';
        third.evidence.push({ source: 'no-such-source', quote: 'a quote from a source that is not there' });
        third.evidence.push({ source: first.evidence[0].source, quote: 'a quote that the text does not hold' });
      });
      const inProcess = (await outcome(dir, IN_PROCESS)) as { problems: unknown[] };
      expect(inProcess.problems.length).toBeGreaterThanOrEqual(5);
      expect(await outcome(dir, IN_WORKER)).toEqual(inProcess);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
