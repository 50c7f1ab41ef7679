import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.ts';
import {
  ArticleMetadataError,
  ArticleNoTextError,
  ArticleNotFoundError,
  ArticleTooLargeError,
  ArticleUnreadableError,
  formatPlace,
} from '../../src/ingest/article-errors.ts';

describe('article errors', () => {
  it('write the place first: the file, and its line when there is one', () => {
    expect(formatPlace({ file: 'a.txt' })).toBe('a.txt');
    expect(formatPlace({ file: 'a.txt', line: 4, field: 'date' })).toBe('a.txt:4');
    expect(new ArticleMetadataError({ file: 'a.txt', line: 4, field: 'date' }, 'wrong; expected right').message).toBe(
      'a.txt:4: wrong; expected right',
    );
  });

  it('are user errors, each with its code and name, and give the place as details', () => {
    const place = { file: 'a.txt', line: 4, field: 'date' };
    const errors = [
      new ArticleNotFoundError(place, 'x'),
      new ArticleUnreadableError(place, 'x'),
      new ArticleMetadataError(place, 'x'),
      new ArticleNoTextError(place, 'x'),
      new ArticleTooLargeError(place, 'x'),
    ];
    expect(errors.every((error) => error instanceof UserError)).toBe(true);
    expect(errors.map((error) => [error.code, error.name])).toEqual([
      ['ARTICLE_NOT_FOUND', 'ArticleNotFoundError'],
      ['ARTICLE_UNREADABLE', 'ArticleUnreadableError'],
      ['ARTICLE_METADATA_INVALID', 'ArticleMetadataError'],
      ['ARTICLE_NO_TEXT', 'ArticleNoTextError'],
      ['ARTICLE_TOO_LARGE', 'ArticleTooLargeError'],
    ]);
    expect(errors[0]?.details).toEqual({ file: 'a.txt', line: 4, field: 'date' });
    expect(new ArticleNoTextError({ file: 'b.html' }, 'x').details).toEqual({ file: 'b.html' });
  });
});
