// commitFiles: a change is checked whole before anything is written, and files are replaced whole.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitFiles } from '../../src/data/commit-files.ts';
import { GraphDataError } from '../../src/errors.ts';
import { copyTinyGraph } from '../helpers.ts';

describe('commitFiles', () => {
  it('writes nothing when one of the files would not load, and names the problem as in the data directory', async () => {
    const dir = await copyTinyGraph();
    const entities = await readFile(join(dir, 'entities.json'), 'utf8');
    const relations = await readFile(join(dir, 'relations.json'), 'utf8');
    const error = await commitFiles(
      dir,
      new Map([
        ['entities.json', entities.replace('"Lemuria"', '"Lemuria of Old"')],
        ['relations.json', relations.replace('"to": "mu"', '"to": "muu"')],
      ]),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(GraphDataError);
    expect((error as GraphDataError).dir).toBe(dir);
    expect((error as GraphDataError).problems.map((p) => [p.file, p.path])).toEqual([
      [join(dir, 'relations.json'), '$.relations[2].to'],
    ]);
    expect(await readFile(join(dir, 'entities.json'), 'utf8')).toBe(entities);
    expect(await readFile(join(dir, 'relations.json'), 'utf8')).toBe(relations);
  });

  it('replaces each file whole and removes those given as null, leaving no temporary file', async () => {
    const dir = await copyTinyGraph();
    const entities = (await readFile(join(dir, 'entities.json'), 'utf8')).replace('"Lemuria"', '"Lemuria of Old"');
    await mkdir(join(dir, 'drafts'));
    await writeFile(
      join(dir, 'drafts', 'tiny-source.json'),
      '{ "source": "tiny-source", "entities": [], "relations": [] }',
    );
    await commitFiles(
      dir,
      new Map([
        ['entities.json', entities],
        ['drafts/tiny-source.json', null],
      ]),
    );
    expect(await readFile(join(dir, 'entities.json'), 'utf8')).toBe(entities);
    expect((await readdir(dir)).sort()).toEqual(['drafts', 'entities.json', 'relations.json', 'sources']);
    expect(await readdir(join(dir, 'drafts'))).toEqual([]);
  });
});
