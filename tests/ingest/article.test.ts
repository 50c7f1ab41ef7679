import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/ingest/article.ts';
import {
  ArticleMetadataError,
  ArticleNotFoundError,
  ArticleTooLargeError,
  ArticleUnreadableError,
} from '../../src/ingest/article-errors.ts';
import { articleFiles } from '../../src/ingest/article-files.ts';
import { scratchDir } from './scratch-dir.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BODY = 'Japan and the Philippines signed a defence pact in Manila on Monday, officials said. '.repeat(4).trim();
const PAGE = `<!doctype html><html><head><title>Pact signed</title>
  <meta name="author" content="Lea Navarro"><meta property="article:published_time" content="2024-07-08T09:00:00+08:00">
  </head><body><nav>Home</nav><article><h1>Pact signed</h1><p>${BODY}</p></article></body></html>`;

describe('readArticle', () => {
  it('reads a text file with front matter', async () => {
    const dir = await scratchDir({ 'a.txt': '---\ntitle: Pact signed\ndate: 2024-07-08\n---\n\nBody text.\n' });
    expect(await readArticle(join(dir, 'a.txt'))).toEqual({
      file: join(dir, 'a.txt'),
      format: 'text',
      text: 'Body text.\n',
      metadata: { title: 'Pact signed', publishedOn: '2024-07-08' },
      from: { title: 'front matter', publishedOn: 'front matter' },
    });
  });

  it('reads a text file with a sidecar', async () => {
    const dir = await scratchDir({
      'a.md': 'Body text.',
      'a.json': '{ "id": "example-a", "title": "Pact signed", "author": "Lea Navarro", "date": "2024-07" }',
    });
    expect(await readArticle(join(dir, 'a.md'))).toEqual({
      file: join(dir, 'a.md'),
      format: 'text',
      text: 'Body text.',
      metadata: { id: 'example-a', title: 'Pact signed', author: 'Lea Navarro', publishedOn: '2024-07' },
      from: { id: 'sidecar', title: 'sidecar', author: 'sidecar', publishedOn: 'sidecar' },
    });
  });

  it('lets the sidecar win over the front matter, field by field', async () => {
    const dir = await scratchDir({
      'a.txt': '---\ntitle: From the front matter\nauthor: Lea Navarro\npublishedOn: 2024-07-08\n---\nBody text.',
      'a.json':
        '{ "title": "From the sidecar", "date": "2024-07-09T10:00:00+08:00", "url": "https://ledger.example/a" }',
    });
    const article = await readArticle(join(dir, 'a.txt'));
    expect([article.metadata, article.from]).toEqual([
      { title: 'From the sidecar', author: 'Lea Navarro', publishedOn: '2024-07-09', url: 'https://ledger.example/a' },
      { title: 'sidecar', author: 'front matter', publishedOn: 'sidecar', url: 'sidecar' },
    ]);
  });

  it('reads a saved page, and lets its sidecar override what the page says', async () => {
    const dir = await scratchDir({ 'a.html': PAGE });
    const page = await readArticle(join(dir, 'a.html'));
    expect(page).toEqual({
      file: join(dir, 'a.html'),
      format: 'html',
      text: `Pact signed\n\n${BODY}`,
      metadata: { title: 'Pact signed', author: 'Lea Navarro', publishedOn: '2024-07-08' },
      from: { title: 'page', author: 'page', publishedOn: 'page' },
    });
    const withSidecar = await scratchDir({
      'a.html': PAGE,
      'a.json': '{ "id": "ledger-pact", "author": "Ana Reyes" }',
    });
    const overridden = await readArticle(join(withSidecar, 'a.html'));
    expect([overridden.text, overridden.metadata, overridden.from]).toEqual([
      `Pact signed\n\n${BODY}`,
      { id: 'ledger-pact', title: 'Pact signed', author: 'Ana Reyes', publishedOn: '2024-07-08' },
      { id: 'sidecar', title: 'page', author: 'sidecar', publishedOn: 'page' },
    ]);
  });

  it('passes the limit on page elements to the page reader', async () => {
    const dir = await scratchDir({ 'a.html': PAGE });
    await expect(readArticle(join(dir, 'a.html'), { maxElements: 5 })).rejects.toBeInstanceOf(ArticleTooLargeError);
  });

  it('takes a short first line as the title when nothing else gives one, without Markdown marks', async () => {
    const long = `${'A very long first line. '.repeat(9)}`;
    const dir = await scratchDir({
      'a.txt': '\n\n  Pact   signed  \n\nBody.',
      'b.md': '## Pact signed ##\n\nBody.',
      'c.txt': `${long}\nBody.`,
    });
    const [a, b, c] = await Promise.all(['a.txt', 'b.md', 'c.txt'].map((name) => readArticle(join(dir, name))));
    expect([a?.metadata, a?.from, b?.metadata]).toEqual([
      { title: 'Pact signed' },
      { title: 'first line' },
      { title: 'Pact signed' },
    ]);
    expect(long.trim().length).toBe(215);
    expect(c?.metadata).toEqual({});
  });

  it('reads a file of another extension as HTML when it starts like a page, else as text', async () => {
    const dir = await scratchDir({ 'a.page': `\ufeff\n  ${PAGE}`, 'b.rtf': 'Plain words.' });
    expect((await readArticle(join(dir, 'a.page'))).format).toBe('html');
    expect((await readArticle(join(dir, 'b.rtf'))).format).toBe('text');
  });

  it('names the file as given in every error', async () => {
    const dir = await scratchDir({ 'a.json': '{}', 'b.txt': '---\ncolour: red\n---\nBody' });
    const given = relative(process.cwd(), dir);
    await expect(readArticle(join(given, 'missing.txt'))).rejects.toThrow(
      new ArticleNotFoundError(
        { file: join(given, 'missing.txt') },
        'no such file; expected the path of an article (.txt, .md, .text, .html or .htm)',
      ),
    );
    await expect(readArticle(given)).rejects.toThrow(
      new ArticleUnreadableError(
        { file: given },
        'is a directory; expected an article file (.txt, .md, .text, .html or .htm)',
      ),
    );
    await expect(readArticle(join(given, 'a.json'))).rejects.toThrow(
      new ArticleUnreadableError(
        { file: join(given, 'a.json') },
        'is a .json file, read as the sidecar beside an article, not as an article; expected a .txt, .md, .text, .html or .htm article',
      ),
    );
    await expect(readArticle(join(given, 'b.txt'))).rejects.toThrow(
      new ArticleMetadataError(
        { file: join(given, 'b.txt'), line: 2, field: 'colour' },
        'front matter field "colour" is not known; expected only id, title, author, publisher, publishedOn (or its synonym date) and url',
      ),
    );
  });
});

describe('the example batch in docs/examples/batch', () => {
  it('holds three articles of 200 to 350 words that read cleanly, each with its metadata from a different place', async () => {
    const files = await articleFiles([join(ROOT, 'docs/examples/batch')]);
    expect(files.map((file) => relative(ROOT, file))).toEqual([
      'docs/examples/batch/manila-tokyo-pact.html',
      'docs/examples/batch/shoal-clash.txt',
      'docs/examples/batch/washington-summit.txt',
    ]);
    const [pact, shoal, summit] = await Promise.all(files.map((file) => readArticle(file)));
    expect([pact?.metadata, pact?.from]).toEqual([
      {
        title: "Japan and the Philippines sign pact to let troops train on each other's soil",
        author: 'Lea Navarro',
        publisher: 'The Harbour Ledger',
        publishedOn: '2024-07-08',
        url: 'https://www.harbourledger.example/asia/2024/07/08/japan-philippines-reciprocal-access-agreement',
      },
      { title: 'page', author: 'page', publisher: 'page', publishedOn: 'page', url: 'page' },
    ]);
    expect([shoal?.metadata, shoal?.from.id]).toEqual([
      {
        id: 'example-shoal-clash-2024',
        title: 'Philippines accuses China of ramming supply boats near Second Thomas Shoal',
        author: 'Maria Villanueva',
        publisher: 'alliance-graph examples',
        publishedOn: '2024-06-19',
      },
      'front matter',
    ]);
    expect([summit?.metadata, summit?.from.id]).toEqual([
      {
        id: 'example-washington-summit-2024',
        title: 'Washington summit draws Tokyo and Manila closer',
        author: 'Daniel Okafor',
        publisher: 'alliance-graph examples',
        publishedOn: '2024-04-12',
      },
      'sidecar',
    ]);
    const words = [pact, shoal, summit].map((article) => article?.text.split(/\s+/).filter(Boolean).length ?? 0);
    expect(words.every((count) => count >= 200 && count <= 350)).toBe(true);
    // The actors the batch shares, named differently from one article to the next.
    expect(pact?.text).toContain('President Ferdinand Marcos Jr.');
    expect(pact?.text).toContain('signed the Reciprocal Access Agreement');
    expect(shoal?.text).toContain('President Marcos said');
    expect(shoal?.text).toContain('conclude the RAA');
    expect(summit?.text).toContain('Marcos, who has sought');
    for (const article of [pact, shoal, summit]) {
      expect(article?.text).toContain('Gilberto Teodoro');
      expect(article?.text).toContain('Philippine Coast Guard');
      expect(article?.text).toContain('Second Thomas Shoal');
      for (const chrome of [
        'Advertisement',
        'cookie',
        'Related stories',
        'Subscribe',
        'All rights reserved',
        '---',
        '"id"',
      ]) {
        expect(article?.text).not.toContain(chrome);
      }
    }
  });
});
