import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleMetadataError, ArticleUnreadableError } from '../../src/ingest/article-errors.ts';
import { readSidecar, sidecarPath } from '../../src/ingest/sidecar.ts';
import { scratchDir } from './scratch-dir.ts';

/** The error reading a sidecar holding `json` gives, and the sidecar's path. */
async function failure(json: string): Promise<{ error: Error; path: string }> {
  const dir = await scratchDir({ 'a.txt': 'Body', 'a.json': json });
  const error = await readSidecar(join(dir, 'a.txt')).then(
    () => new Error('expected the sidecar to be refused'),
    (error: Error) => error,
  );
  return { error, path: join(dir, 'a.json') };
}

describe('sidecarPath', () => {
  it('puts .json in place of the extension, keeping the path as written', () => {
    expect(['a.txt', 'docs/b.html', './c.d.md', 'notes/e'].map(sidecarPath)).toEqual([
      'a.json',
      'docs/b.json',
      './c.d.json',
      'notes/e.json',
    ]);
  });
});

describe('readSidecar', () => {
  it('gives undefined when there is no sidecar', async () => {
    const dir = await scratchDir({ 'a.txt': 'Body' });
    expect(await readSidecar(join(dir, 'a.txt'))).toBeUndefined();
  });

  it('reads the fields of a source, with date as a synonym of publishedOn', async () => {
    const dir = await scratchDir({
      'a.txt': 'Body',
      'a.json': '\ufeff{ "id": "example-summit-2024", "title": "Summit", "date": "2024-04-12T10:00:00Z" }',
    });
    expect(await readSidecar(join(dir, 'a.txt'))).toEqual({
      id: 'example-summit-2024',
      title: 'Summit',
      publishedOn: '2024-04-12',
    });
  });

  it.each([
    [
      'malformed JSON, at its line',
      '{\n  "title": "A",\n  "date": 2024-04\n}',
      ':3: not valid JSON (comma expected); expected an object of source fields, such as {"title": "Manila and Tokyo sign a pact", "date": "2024-07-08"}',
    ],
    [
      'an empty file',
      '',
      ':1: not valid JSON (value expected); expected an object of source fields, such as {"title": "Manila and Tokyo sign a pact", "date": "2024-07-08"}',
    ],
    [
      'an array',
      '\n[{ "title": "A" }]',
      ':2: the JSON is an array, not an object; expected an object of source fields, such as {"title": "Manila and Tokyo sign a pact", "date": "2024-07-08"}',
    ],
    [
      'a field given twice',
      '{\n  "title": "A",\n  "title": "B"\n}',
      ':3: field "title" is given twice (first on line 2); expected each field once',
    ],
    [
      'an unknown field, at its line',
      '{\n  "title": "A",\n  "summary": "B"\n}',
      ':3: field "summary" is not known; expected only id, title, author, publisher, publishedOn (or its synonym date) and url',
    ],
    [
      'a date that is not one',
      '{ "publishedOn": "12/04/2024" }',
      ':1: field "publishedOn" is "12/04/2024", not a date; expected YYYY-MM-DD, YYYY-MM or YYYY, or an ISO timestamp such as 2024-04-12T09:30:00+08:00',
    ],
  ])('refuses %s, naming the sidecar', async (_, json, problem) => {
    const { error, path } = await failure(json);
    expect(error).toBeInstanceOf(ArticleMetadataError);
    expect(error.message).toBe(`${path}${problem}`);
    expect((error as ArticleMetadataError).file).toBe(path);
  });

  it('refuses a sidecar that is not UTF-8', async () => {
    const dir = await scratchDir({ 'a.txt': 'Body', 'a.json': Uint8Array.from([0x7b, 0x0a, 0x22, 0xe9, 0x22]) });
    const path = join(dir, 'a.json');
    await expect(readSidecar(join(dir, 'a.txt'))).rejects.toThrow(
      new ArticleUnreadableError(
        { file: path, line: 2 },
        'this sidecar is not UTF-8 text (byte 0xe9 at offset 3); expected an object of source fields, such as {"title": "Manila and Tokyo sign a pact", "date": "2024-07-08"}, saved as UTF-8',
      ),
    );
  });

  it('refuses a sidecar that is a directory', async () => {
    const dir = await scratchDir({ 'a.txt': 'Body' });
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(dir, 'a.json'));
    await expect(readSidecar(join(dir, 'a.txt'))).rejects.toThrow(
      `${join(dir, 'a.json')}: this sidecar cannot be read (EISDIR); expected a readable JSON file of the article's fields, or none`,
    );
  });
});
