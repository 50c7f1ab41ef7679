import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomically } from '../../src/cli/commands/export.ts';
import { DEFAULT_DATA_DIR } from '../../src/config.ts';
import { ingestSource } from '../../src/data/curate.ts';
import { exportSelection } from '../../src/export/export-graph.ts';
import { selectGraph } from '../../src/export/formats.ts';
import { ARTICLES, type Article, proposeFor } from '../data/draft-articles.ts';
import { copyTinyGraph, realGraph, runKg } from '../helpers.ts';

/** A copy of the project's graph-data/ that a test may change. */
async function copyRealGraph(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-real-'));
  await cp(DEFAULT_DATA_DIR, dir, { recursive: true });
  return dir;
}

const kg = (args: string[], env: NodeJS.ProcessEnv = {}, stopSignal?: Promise<string>) =>
  runKg(args, { env, stopSignal });

describe('kg query', () => {
  it('prints the JSON result and exits 0', async () => {
    const { code, out } = await kg(['query', '{ entity(ref: "Tokyo") { id kind } }']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ data: { entity: { id: 'japan', kind: 'COUNTRY' } } });
  });

  it('takes variables as JSON', async () => {
    const { out } = await kg([
      'query',
      'query($r: String!) { entity(ref: $r) { id } }',
      '--variables',
      '{"r": "Beijing"}',
    ]);
    expect(JSON.parse(out)).toEqual({ data: { entity: { id: 'china' } } });
  });

  it('prints the errors and exits 1 when the query fails', async () => {
    const { code, out, err } = await kg(['query', '{ neighborhood(ref: "Narnia") { entities { id } } }']);
    expect(code).toBe(1);
    expect(JSON.parse(out).errors[0].extensions.code).toBe('ENTITY_NOT_FOUND');
    expect(err).toBe('error: the query failed with 1 error(s); see "errors" above');
  });

  it('names --variables when they are not a JSON object, with exit 2', async () => {
    const { code, err } = await kg(['query', '{ stats { entities } }', '--variables', '{nope']);
    expect(code).toBe(2);
    expect(err).toMatch(/^error: --variables: not JSON \(.+\); expected an object such as '\{"ref": "Japan"\}'$/);
  });
});

describe('kg path', () => {
  it('prints each hop with its relation, summary and quotes', async () => {
    const { code, out } = await kg(['path', 'Kishida', 'Trump']);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('Fumio Kishida to Donald Trump in 2 hops');
    expect(lines[1]).toBe('1. Fumio Kishida —[LEADS]→ Japan');
    expect(lines[2]).toBe('   Fumio Kishida is Prime Minister of Japan.  (fumio-kishida-leads-japan)');
    expect(lines[3]).toBe(
      "   “under Kishida's leadership, Japan has not only expanded its traditional economic relationships”",
    );
    expect(lines[4]).toBe('     9dashline-us-japan-alliance-2024, characters 2276–2370');
    expect(lines).toContain('2. Japan —[CONCERN]→ Donald Trump');
  });

  it('draws a hop against its direction with the arrow reversed', async () => {
    const { out } = await kg(['path', 'Japan', 'Kishida', '--types', 'LEADS']);
    expect(out.split('\n').slice(0, 2)).toEqual([
      'Japan to Fumio Kishida in 1 hop',
      '1. Japan ←[LEADS]— Fumio Kishida',
    ]);
  });

  it('lists every path with --all, and says when there is none', async () => {
    const all = await kg(['path', 'Abe', 'China', '--all', '--max-length', '2', '--types', 'leads,rival']);
    expect(all.out.split('\n')[0]).toBe('Path 1 of 1: Shinzo Abe to China in 2 hops');
    const none = await kg(['path', 'Kishida', 'Trump', '--types', 'ALLY']);
    expect(none).toEqual({ code: 1, out: '', err: 'error: no path from Fumio Kishida to Donald Trump over ALLY' });
  });

  it('rejects what it cannot use, naming the option', async () => {
    expect((await kg(['path', 'Kishida', 'Trmp'])).err).toBe(
      'error: to: no entity is called "Trmp" (by id, name or alias); did you mean "Donald Trump"?',
    );
    expect(await kg(['path', 'a', 'b', '--types', 'FRIEND'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--types: "FRIEND" is not a relation type; expected some of ALLY, RIVAL'),
    });
    expect(await kg(['path', 'a', 'b', '--max-length', '99'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--max-length: "99" is not a whole number from 1 to 6'),
    });
    expect((await kg(['path', 'a', 'b'], { KG_MAX_DEPTH: 'lots' })).err).toBe(
      'error: KG_MAX_DEPTH="lots" is not a whole number of at least 1',
    );
  });
});

describe('kg export', () => {
  it('writes a format to standard output', async () => {
    const { code, out } = await kg(['export', '--format', 'cyjs', '--types', 'RIVAL']);
    expect(code).toBe(0);
    expect(JSON.parse(out).elements.edges.map((e: { data: { id: string } }) => e.data.id)).toEqual([
      'japan-rival-china',
      'united-states-rival-china',
    ]);
  });

  it('writes a file with -o, and names an unknown format or an unwritable path', async () => {
    const { mkdtemp, readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'kg-export-'));
    const file = join(dir, 'graph.gexf');
    const written = await kg(['export', '-f', 'gexf', '-o', file]);
    expect(written.code).toBe(0);
    expect(written.err).toContain('graph.gexf (GEXF 1.3, for Gephi');
    expect(await readFile(file, 'utf8')).toContain('<gexf');
    expect(await kg(['export', '-f', 'csv'])).toMatchObject({
      code: 2,
      err: expect.stringContaining("'csv' is invalid"),
    });
    expect(await kg(['export', '-f', 'ttl', '-o', join(dir, 'no', 'such', 'dir.ttl')])).toMatchObject({
      code: 1,
      err: expect.stringContaining('cannot write (ENOENT); expected a writable file path'),
    });
  });
});

describe('kg export and kg query on a graph whose metrics are computed in a worker', { timeout: 30_000 }, () => {
  // KG_METRICS_INLINE_MAX_RELATIONS=1 sends even the real graph's metrics to a worker thread.
  const inWorker = { KG_METRICS_INLINE_MAX_RELATIONS: '1' };

  it('kg export waits for them and writes what it writes with them computed in-process', async () => {
    const inline = await kg(['export', '-f', 'json']);
    const worker = await kg(['export', '-f', 'json'], inWorker);
    expect(worker).toEqual({ code: 0, out: inline.out, err: '' });
  });

  it('kg query waits for them, past the time budget, rather than answer METRICS_NOT_READY', async () => {
    const query = '{ ranking(measure: BETWEENNESS, first: 2) { id community } }';
    const inline = await kg(['query', query]);
    const worker = await kg(['query', query], { ...inWorker, KG_TIMEOUT_MS: '20' });
    expect(worker).toEqual({ code: 0, out: inline.out, err: '' });
    expect(JSON.parse(worker.out).data.ranking[0].id).toBe('japan');
  });
});

describe('kg export streams', () => {
  /** A fresh directory holding `graph.gexf` with text that an export must not clobber. */
  async function existingFile() {
    const dir = await mkdtemp(join(tmpdir(), 'kg-export-'));
    const file = join(dir, 'graph.gexf');
    await writeFile(file, 'the export of last week');
    return { dir, file };
  }

  it('writes to standard output, with or without -o -, what the writer writes', async () => {
    const whole = `${exportSelection('GEXF', selectGraph(await realGraph()))}\n`;
    for (const args of [[], ['-o', '-']]) {
      const { code, out } = await kg(['export', '-f', 'gexf', ...args]);
      expect(code).toBe(0);
      expect(`${out}\n`).toBe(whole);
    }
  });

  it('replaces an existing file only once the export is whole, leaving no temporary file', async () => {
    const { dir, file } = await existingFile();
    const { code, err } = await kg(['export', '-f', 'gexf', '-o', file]);
    expect(code).toBe(0);
    const written = await readFile(file, 'utf8');
    expect(written).toBe(exportSelection('GEXF', selectGraph(await realGraph())));
    expect(err).toContain(`(GEXF 1.3, for Gephi, ${Buffer.byteLength(written)} bytes)`);
    expect(await readdir(dir)).toEqual(['graph.gexf']);
  });

  it('leaves an existing file as it was when stopped by a signal, and says so', async () => {
    const { dir, file } = await existingFile();
    const { code, err } = await kg(['export', '-f', 'gexf', '-o', file], {}, Promise.resolve('SIGINT'));
    expect(code).toBe(1);
    expect(err).toBe(`error: interrupted by SIGINT; ${file} was left as it was and nothing of the export was kept`);
    expect(await readFile(file, 'utf8')).toBe('the export of last week');
    expect(await readdir(dir)).toEqual(['graph.gexf']);
  });

  it('writeAtomically: a writer that fails or is stopped partway leaves the file as it was', async () => {
    const { dir, file } = await existingFile();
    const stop = new AbortController();
    function* chunks(fail: 'throw' | 'stop') {
      for (let i = 0; i < 20; i++) {
        if (i === 10) {
          if (fail === 'throw') throw new Error('the writer broke');
          stop.abort('SIGTERM');
        }
        yield 'x'.repeat(65_536);
      }
    }
    await expect(writeAtomically(file, chunks('throw'))).rejects.toThrow('the writer broke');
    expect(await readFile(file, 'utf8')).toBe('the export of last week');
    await expect(writeAtomically(file, chunks('stop'), stop.signal)).rejects.toThrow(
      `interrupted by SIGTERM; ${file} was left as it was`,
    );
    expect(await readFile(file, 'utf8')).toBe('the export of last week');
    expect(await readdir(dir)).toEqual(['graph.gexf']);
    expect(await writeAtomically(file, ['a', 'b', 'é'])).toBe(4);
    expect(await readFile(file, 'utf8')).toBe('abé');
  });
});

describe('kg ingest, accept, reject', () => {
  it('walks a second article from text to curated relations, as the README does', async () => {
    const dir = await copyRealGraph();
    const article = 'docs/examples/quad-foreign-ministers.txt';
    const ingest = await kg([
      'ingest',
      article,
      '--id',
      'example-quad-2024',
      '--title',
      'Quad partners close ranks ahead of a tense year',
      '--date',
      '2024-05-01',
      '--data',
      dir,
    ]);
    expect(ingest.code).toBe(0);
    expect(ingest.err).toMatch(
      /drafts\/example-quad-2024\.json: 2 new entities, 8 known, 7 relations \(2 corroborating\)/,
    );
    expect((await kg(['validate', dir])).out).toContain('(drafts included: 7 items awaiting review)');
    expect((await kg(['reject', 'example-quad-2024', 'second-thomas-shoal', '--data', dir])).out).toBe(
      'rejected 1 entity and 0 relations from the draft of example-quad-2024',
    );
    expect((await kg(['accept', 'example-quad-2024', '--all', '--data', dir])).out).toBe(
      'accepted 1 entity, 5 new relations and evidence for 2 curated relations from the draft of example-quad-2024',
    );
    const answer = await kg([
      'query',
      '{ relation(id: "india-member-of-quad") { draft corroboration from { name } } }',
      '--data',
      dir,
    ]);
    expect(JSON.parse(answer.out)).toEqual({
      data: { relation: { draft: false, corroboration: 1, from: { name: 'India' } } },
    });
  });

  it('names what is wrong with its options', async () => {
    expect(
      await kg(['ingest', 'docs/examples/quad-foreign-ministers.txt', '--id', 'Not A Slug', '--title', 't']),
    ).toMatchObject({
      code: 2,
      err: 'error: --id is "Not A Slug", not a slug; expected lowercase letters, digits and single dashes, such as "inquirer-2024-04-raa"',
    });
    expect(await kg(['ingest', 'no-such-file.txt', '--id', 'x', '--title', 't'])).toMatchObject({
      code: 1,
      err: [
        'failed: no-such-file.txt: no such file or directory; expected an article (.txt, .md, .text, .html or .htm) or a directory of them',
        'error: no article could be ingested: no-such-file.txt (the reasons are above)',
      ].join('\n'),
    });
    expect(await kg(['accept', 'example-quad-2024'])).toMatchObject({
      code: 2,
      err: 'error: give the ids of the draft items, or --all',
    });
  });
});

describe('kg accept and kg reject with several drafts', () => {
  const [A, B, C] = ARTICLES as [Article, Article, Article];

  /** The tiny graph with the drafts of the three articles, ingested in this order. */
  async function withDrafts(...articles: Article[]): Promise<string> {
    const dir = await copyTinyGraph();
    for (const article of articles) await ingestSource(dir, article.source, proposeFor(article));
    return dir;
  }

  const drafts = async (dir: string) =>
    Promise.all(['a', 'b', 'c'].map((x) => readFile(join(dir, 'drafts', `tiny-${x}.json`), 'utf8').catch(() => null)));

  it('refuses to reject an entity other drafts name, saying which, and with --cascade drops their relations too', async () => {
    const dir = await withDrafts(A, B, C);
    const before = await drafts(dir);
    expect(await kg(['reject', 'tiny-a', 'thule', '--data', dir])).toEqual({
      code: 1,
      out: '',
      err:
        'error: "thule" is still named by drafts/tiny-b.json (atlantis-ally-thule), drafts/tiny-c.json (thule-opposes-mu); ' +
        'nothing was rejected from the draft of tiny-a; expected --cascade to drop those relations too, or ids of entities no other draft names',
    });
    expect(await drafts(dir)).toEqual(before);
    await kg(['reject', 'tiny-b', 'lemuria-participates-in-coral-accord', '--data', dir]);
    expect(await kg(['reject', 'tiny-a', 'thule', '--cascade', '--data', dir])).toEqual({
      code: 0,
      out: [
        'rejected 1 entity and 2 relations from the draft of tiny-a',
        'also rejected 1 relation of the draft of tiny-b, which named a rejected entity: atlantis-ally-thule; nothing is left of that draft, so it was removed',
        'also rejected 1 relation of the draft of tiny-c, which named a rejected entity: thule-opposes-mu',
      ].join('\n'),
      err: '',
    });
  });

  it('hands over with --all the entities other drafts name, and says so', async () => {
    const dir = await withDrafts(A, C);
    expect((await kg(['reject', 'tiny-a', '--all', '--data', dir])).out).toBe(
      [
        'rejected 0 entities and 3 relations from the draft of tiny-a',
        'handed over 2 entities to the draft of tiny-c, whose relations name them: coral-accord, thule',
      ].join('\n'),
    );
    expect((await kg(['validate', dir])).code).toBe(0);
  });

  it('accepts a relation with the entity it needs from the draft that owns it, and says so', async () => {
    const dir = await withDrafts(A, C);
    expect((await kg(['accept', 'tiny-c', 'thule-opposes-mu', '--data', dir])).out).toBe(
      [
        'accepted 0 entities, 1 new relation and evidence for 0 curated relations from the draft of tiny-c',
        'also accepted 1 entity from the draft of tiny-a, which the accepted relations need: thule',
      ].join('\n'),
    );
  });
});
