import { describe, expect, it } from 'vitest';
import { ArticleNoTextError, ArticleUnreadableError } from '../../src/ingest/article-errors.ts';
import { readTextArticle } from '../../src/ingest/text-article.ts';

const utf8 = (text: string) => Uint8Array.from(Buffer.from(text));

function failure(bytes: Uint8Array): Error {
  try {
    readTextArticle('a.txt', bytes);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the article to be refused');
}

describe('readTextArticle', () => {
  it('keeps plain text as written', () => {
    expect(readTextArticle('a.txt', utf8('Title\n\n  Body, with  spaces.\n'))).toEqual({
      metadata: {},
      text: 'Title\n\n  Body, with  spaces.\n',
    });
  });

  it('drops a byte order mark and makes CRLF and a lone CR into LF, front matter included', () => {
    const bytes = utf8(
      '\ufeff---\r\ntitle: "Hi"\r\ndate: 2024-05-01\r\n---\r\n\r\nLine one\r\nLine two\rLine three\r\n',
    );
    expect(readTextArticle('a.txt', bytes)).toEqual({
      metadata: { title: 'Hi', publishedOn: '2024-05-01' },
      text: 'Line one\nLine two\nLine three\n',
    });
  });

  it('refuses bytes that are not UTF-8, naming the line', () => {
    const error = failure(Uint8Array.from([...Buffer.from('Title\n\nCaf'), 0xe9, 0x0a]));
    expect(error).toBeInstanceOf(ArticleUnreadableError);
    expect(error.message).toBe(
      'a.txt:3: is not UTF-8 text (byte 0xe9 at offset 10); expected a text file saved as UTF-8',
    );
    expect((error as ArticleUnreadableError).code).toBe('ARTICLE_UNREADABLE');
  });

  it('refuses a file with no text, and front matter with nothing after it', () => {
    const empty = failure(utf8(' \n\n'));
    expect(empty).toBeInstanceOf(ArticleNoTextError);
    expect(empty.message).toBe("a.txt: has no text; expected the article's text");
    expect(failure(utf8('---\ntitle: A\n---\n\n')).message).toBe(
      "a.txt: has no text after its front matter; expected the article's text",
    );
  });
});
