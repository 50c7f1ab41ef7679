import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../src/config.ts';
import { loadGraphData } from '../../src/data/load.ts';
import { runKg } from '../helpers.ts';

let cwd: string;

/** Runs `kg` in the test's temporary working directory. */
const kg = (args: string[]) => runKg(args, { cwd });

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'kg-synth-cli-'));
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe('kg synth', () => {
  it('writes a graph that loads, and says what it wrote', async () => {
    const { code, out, err } = await kg([
      'synth',
      '--relations',
      '500',
      '--entities',
      '60',
      '--seed',
      '5',
      '--out',
      'g',
    ]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out.split('\n')[0]).toMatch(
      /^wrote g: 60 entities, 500 relations, 1 source, \d+ quotes \(\d+ relations dated\); /,
    );
    expect(out).toContain('check it with: kg validate g');
    const data = await loadGraphData(join(cwd, 'g'));
    expect(data.relations).toHaveLength(500);
  });

  it('refuses a non-empty --out without --force (exit 1), and with it replaces only the graph files', async () => {
    await mkdir(join(cwd, 'full'));
    await writeFile(join(cwd, 'full', 'notes.txt'), 'keep me');
    const refused = await kg(['synth', '--relations', '100', '--out', 'full']);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^error: --out: full is not empty; choose a new or empty directory, or add --force/);
    expect(await readdir(join(cwd, 'full'))).toEqual(['notes.txt']);

    expect((await kg(['synth', '--relations', '100', '--out', 'full', '--force'])).code).toBe(0);
    expect((await readdir(join(cwd, 'full'))).sort()).toEqual([
      'entities.json',
      'notes.txt',
      'relations.json',
      'schema',
      'sources',
    ]);
    expect(await readFile(join(cwd, 'full', 'notes.txt'), 'utf8')).toBe('keep me');
  });

  it("never writes into the project's own graph-data, even with --force (exit 1)", async () => {
    for (const out of [DEFAULT_DATA_DIR, join(DEFAULT_DATA_DIR, 'sources')]) {
      const { code, err } = await kg(['synth', '--relations', '100', '--out', out, '--force']);
      expect(code).toBe(1);
      expect(err).toContain("is the project's own graph-data");
    }
  });

  it('names the option that is wrong, with exit 2', async () => {
    const cases: [string[], string][] = [
      [['--relations', 'many', '--out', 'x'], 'error: --relations: "many" is not a whole number from 10 to 10000000'],
      [['--relations', '1.5', '--out', 'x'], 'error: --relations: "1.5" is not a whole number from 10 to 10000000'],
      [
        ['--relations', '100', '--entities', '3', '--out', 'x'],
        'error: --entities: "3" is not a whole number from 10 to 2000000',
      ],
      [
        ['--relations', '100', '--seed', '-1', '--out', 'x'],
        'error: --seed: "-1" is not a whole number from 0 to 4294967295',
      ],
      [
        ['--relations', '100', '--entities', '200', '--out', 'x'],
        'error: --entities: 200 is more than --relations (100); expected at most one entity per relation, so that every entity has one',
      ],
      [['--out', 'x'], "error: required option '-r, --relations <n>' not specified"],
      [['--relations', '100'], "error: required option '-o, --out <dir>' not specified"],
    ];
    for (const [args, message] of cases) {
      expect(await kg(['synth', ...args]), args.join(' ')).toEqual({ code: 2, out: '', err: message });
    }
    expect(await readdir(cwd)).not.toContain('x');
  });
});
