import { execFileSync } from 'node:child_process';
import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleNotFoundError } from '../../src/ingest/article-errors.ts';
import { articleFiles, formatOfExtension } from '../../src/ingest/article-files.ts';
import { scratchDir } from './scratch-dir.ts';

describe('formatOfExtension', () => {
  it('knows text and HTML by extension, in any case', () => {
    expect(['a.txt', 'a.MD', 'a.text', 'a.html', 'a.HTM', 'a.json', 'a.pdf', 'a'].map(formatOfExtension)).toEqual([
      'text',
      'text',
      'text',
      'html',
      'html',
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('articleFiles', () => {
  it('expands a directory to its articles sorted by name, leaving out sidecars, other files, hidden files and subdirectories', async () => {
    const dir = await scratchDir({
      'b.html': '',
      'a.txt': '',
      'a.json': '{}',
      'c.md': '',
      'd.text': '',
      'e.htm': '',
      'notes.pdf': '',
      '.hidden.txt': '',
    });
    await mkdir(join(dir, 'sub.txt'));
    await symlink(join(dir, 'a.txt'), join(dir, 'f.txt'));
    expect(await articleFiles([dir])).toEqual(
      ['a.txt', 'b.html', 'c.md', 'd.text', 'e.htm', 'f.txt'].map((name) => join(dir, name)),
    );
  });

  it('takes a file as given, whatever its extension, and each path once, in the order given', async () => {
    const dir = await scratchDir({ 'a.txt': '', 'b.txt': '', 'notes.rtf': '' });
    const b = join(dir, 'b.txt');
    const notes = join(dir, 'notes.rtf');
    expect(await articleFiles([b, notes, dir, `${dir}/./b.txt`])).toEqual([b, notes, join(dir, 'a.txt')]);
  });

  it('refuses a path that does not exist', async () => {
    const dir = await scratchDir();
    const missing = join(dir, 'missing.txt');
    await expect(articleFiles([missing])).rejects.toThrow(
      new ArticleNotFoundError(
        { file: missing },
        'no such file or directory; expected an article (.txt, .md, .text, .html or .htm) or a directory of them',
      ),
    );
    await expect(articleFiles([join(dir, 'missing.txt', 'a.txt')])).rejects.toBeInstanceOf(ArticleNotFoundError);
  });

  it('refuses a directory with no article in it', async () => {
    const dir = await scratchDir({ 'a.json': '{}', 'notes.pdf': '' });
    await mkdir(join(dir, 'nested'));
    const error = await articleFiles([dir]).catch((e: ArticleNotFoundError) => e);
    expect(error).toBeInstanceOf(ArticleNotFoundError);
    expect((error as ArticleNotFoundError).message).toBe(
      `${dir}: this directory holds no article; expected files ending .txt, .md, .text, .html or .htm directly in it (subdirectories are not searched)`,
    );
  });

  it('refuses a path that is neither a file nor a directory', async () => {
    const dir = await scratchDir();
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    await expect(articleFiles([fifo])).rejects.toThrow(
      `${fifo}: is neither a file nor a directory; expected an article (.txt, .md, .text, .html or .htm) or a directory of them`,
    );
  });
});
