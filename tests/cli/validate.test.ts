import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { copyTinyGraph, editJson, runKg, TINY_GRAPH_DIR } from '../helpers.ts';

const kg = (args: string[], cwd = process.cwd()) => runKg(args, { cwd });

describe('kg validate', () => {
  it('prints a one-line summary and exits 0 on good data', async () => {
    const { code, out, err } = await kg(['validate', TINY_GRAPH_DIR], join(TINY_GRAPH_DIR, '..'));
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toBe(
      'tiny-graph: 5 entities, 5 relations, 1 source, 5 quotes located; by type: ALLY 1, AGREEMENT 1, CONCERN 1, MEMBER_OF 1, LEADS 1',
    );
  });

  it('prints every problem with file, line and path, and exits 1', async () => {
    const dir = await copyTinyGraph();
    await editJson(dir, 'relations.json', (file) => {
      file.relations[0].type = 'FRIEND';
      file.relations[2].to = 'muu';
    });
    const { code, out, err } = await kg(['validate', dir], dir);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.split('\n')).toEqual([
      'relations.json:5 $.relations[0].type: found "FRIEND"; expected one of ALLY, RIVAL, AGREEMENT, CONCERN, MEMBER_OF, LEADS, SUPPORTS, OPPOSES, PARTNER, PARTICIPATES_IN, ADOPTS',
      'relations.json:36 $.relations[2].to: no entity has the id "muu"; expected an id from entities.json (did you mean "mu"?)',
      '2 problems in .; nothing was loaded',
    ]);
  });

  it('exits 2 on a usage error and 0 on --help', async () => {
    expect((await kg(['validat'])).code).toBe(2);
    expect((await kg(['validate', 'a', 'b'])).code).toBe(2);
    const help = await kg(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('validate [dir]');
  });

  it('runs as the kg binary, on the project graph by default', { timeout: 30_000 }, async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/kg.js', 'validate']);
    expect(stdout).toMatch(/^graph-data: \d+ entities, \d+ relations, 1 source, \d+ quotes located; by type: ALLY \d+/);
    const failure = await promisify(execFile)(process.execPath, ['bin/kg.js', 'validate', 'no-such-dir']).catch(
      (error) => error,
    );
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('no-such-dir: no such directory');
    expect(failure.stderr).not.toMatch(/\n\s+at /);
  });
});
