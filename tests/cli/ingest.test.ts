// kg ingest of many articles at once: failures reported by name while the others go through, a sidecar given
// with its article, re-ingesting one article, and flags that only make sense for one article.
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../src/config.ts';
import { loadGraphData } from '../../src/data/load.ts';
import { runKg } from '../helpers.ts';

const BATCH = 'docs/examples/batch';

/** A copy of the project's graph-data, as a fresh clone has it. */
async function freshData(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-ingest-'));
  await cp(DEFAULT_DATA_DIR, dir, { recursive: true });
  return dir;
}

describe('kg ingest of a directory', () => {
  it('reports an article it cannot read by name, ingests the others, and exits 1', async () => {
    const dir = await freshData();
    const broken = await mkdtemp(join(tmpdir(), 'kg-batch-'));
    await cp(BATCH, broken, { recursive: true });
    await writeFile(join(broken, 'broken.txt'), Buffer.from([0x41, 0xff, 0xfe, 0x41]));
    const ingest = await runKg(['ingest', broken, 'no-such-article.txt', '-d', dir]);
    expect(ingest.code).toBe(1);
    expect(ingest.err).toMatch(/broken\.txt.*UTF-8/);
    expect(ingest.err).toMatch(/no-such-article\.txt: no such file/);
    expect(ingest.err).toMatch(/2 of 5 articles could not be ingested: .*; the other 3 were$/);
    expect((await readdir(join(dir, 'drafts'))).sort()).toHaveLength(3);
    await expect(loadGraphData(dir, { drafts: 'check' })).resolves.toBeDefined();
  }, 120_000);

  it('takes the files a shell glob gives, reading a sidecar with its article rather than as one', async () => {
    const dir = await freshData();
    const files = (await readdir(BATCH)).map((f) => join(BATCH, f));
    expect(files.some((f) => f.endsWith('.json'))).toBe(true);
    const ingest = await runKg(['ingest', ...files, '-d', dir]);
    expect(ingest.code).toBe(0);
    expect(ingest.out).toMatch(/\| all \(3\) /);
  }, 120_000);

  it('replaces only its own draft when an article is ingested again', async () => {
    const dir = await freshData();
    expect((await runKg(['ingest', BATCH, '-d', dir])).code).toBe(0);
    const before = await readFile(join(dir, 'drafts', 'example-shoal-clash-2024.json'), 'utf8');
    const again = await runKg(['ingest', join(BATCH, 'manila-tokyo-pact.html'), '-d', dir]);
    expect(again.code).toBe(0);
    expect(await readFile(join(dir, 'drafts', 'example-shoal-clash-2024.json'), 'utf8')).toBe(before);
    await expect(loadGraphData(dir, { drafts: 'check' })).resolves.toBeDefined();
  }, 120_000);

  it('refuses --id or --title with several articles, and a malformed --date, before reading any', async () => {
    const dir = await freshData();
    expect(await runKg(['ingest', BATCH, '--title', 'One title', '-d', dir])).toMatchObject({
      code: 2,
      err: 'error: --title: given for 3 articles; expected it with one article only',
    });
    const date = await runKg(['ingest', join(BATCH, 'shoal-clash.txt'), '--date', '2024-13-01', '-d', dir]);
    expect(date.code).toBe(2);
    expect(date.err).toMatch(/^error: --date is "2024-13-01", not a date; expected YYYY-MM-DD/);
  });
});
