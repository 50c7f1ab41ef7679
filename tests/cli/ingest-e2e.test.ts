// kg ingest of many articles at once, end to end: a directory of articles that share new actors (one of them a
// saved web page) becomes drafts that validate, kg serve --include-drafts serves them, and accepting every draft
// leaves one entity per actor in a graph that validates.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../src/config.ts';
import { loadGraphData } from '../../src/data/load.ts';
import { normalizeName } from '../../src/data/names.ts';
import { runKg } from '../helpers.ts';

const BATCH = 'docs/examples/batch';

/** A copy of the project's graph-data, as a fresh clone has it. */
async function freshData(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-ingest-'));
  await cp(DEFAULT_DATA_DIR, dir, { recursive: true });
  return dir;
}

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

/** Starts `kg serve --include-drafts` on `dir` and asks it a GraphQL query once it listens. */
async function queryServed(dir: string, query: string): Promise<unknown> {
  const child = spawn(process.execPath, ['bin/kg.js', 'serve', '--include-drafts', '-d', dir], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
  });
  stops.push(() => child.kill('SIGKILL'));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk;
      const match = /serving GraphQL at (http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`kg serve exited with ${code}: ${output}`)));
  });
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

describe('kg ingest of a directory, end to end', () => {
  it('gives drafts that validate and are served, and after accepting them one entity per actor', async () => {
    const dir = await freshData();
    const ingest = await runKg(['ingest', BATCH, '-d', dir]);
    expect(ingest.err).not.toContain('failed');
    expect(ingest.code).toBe(0);
    // A progress line per article, and a summary row per article with a total.
    expect(ingest.err.match(/^\[\d\/3\] .*json: /gm)).toHaveLength(3);
    expect(ingest.out).toMatch(/\| docs\/examples\/batch\/manila-tokyo-pact\.html \| manila-tokyo-pact /);
    expect(ingest.out).toMatch(/\| all \(3\) /);
    const drafts = (await readdir(join(dir, 'drafts'))).sort();
    expect(drafts).toHaveLength(3);
    await expect(loadGraphData(dir, { drafts: 'check' })).resolves.toBeDefined();

    // The page's main text was stored, not its navigation or footer.
    const page = await readFile(join(dir, 'sources', 'manila-tokyo-pact.txt'), 'utf8');
    expect(page).toMatch(/Reciprocal Access Agreement/);
    expect(page).not.toMatch(/cookie/i);

    const served = (await queryServed(
      dir,
      '{ entity(ref: "Reciprocal Access Agreement") { name draft } relations(sourceId: "manila-tokyo-pact") { totalCount } }',
    )) as { data: { entity: { name: string; draft: boolean }; relations: { totalCount: number } } };
    expect(served.data.entity).toEqual({ name: 'Reciprocal Access Agreement', draft: true });
    expect(served.data.relations.totalCount).toBeGreaterThan(0);

    for (const draft of drafts) {
      const accepted = await runKg(['accept', draft.replace(/\.json$/, ''), '--all', '-d', dir]);
      expect(accepted.err).toBe('');
      expect(accepted.code).toBe(0);
    }
    expect(await readdir(join(dir, 'drafts'))).toEqual([]);
    expect((await runKg(['validate', dir])).code).toBe(0);

    // Each actor the articles share is one entity, however each article names it.
    const { entities } = await loadGraphData(dir);
    const named = (name: string) =>
      entities.filter((e) => [e.name, ...e.aliases].some((n) => normalizeName(n) === normalizeName(name)));
    const actors: [string, string][] = [
      ['Ferdinand Marcos Jr.', 'Marcos'],
      ['Reciprocal Access Agreement', 'RAA'],
      ['Gilberto Teodoro', 'Teodoro'],
      ['Second Thomas Shoal', 'Second Thomas Shoal'],
    ];
    for (const [name, short] of actors) {
      expect(named(name), name).toHaveLength(1);
      // The short form, where an entity has it as a name, is the same actor's.
      expect(
        named(short).filter((e) => e.id !== named(name)[0]?.id),
        short,
      ).toEqual([]);
    }
  }, 120_000);
});
