import { describe, expect, it } from 'vitest';
import { ArticleMetadataError } from '../../src/ingest/article-errors.ts';
import { dateOf, isWebAddress, readMetadataFields } from '../../src/ingest/article-metadata.ts';

const lines: Record<string, number> = { id: 2, title: 3, date: 4, publishedOn: 5, tags: 6, url: 7, author: 8 };
const origin = { file: 'a.txt', label: 'front matter field', lineOf: (key: string) => lines[key] };

function failure(fields: Record<string, unknown>): ArticleMetadataError {
  try {
    readMetadataFields(fields, origin);
  } catch (error) {
    if (error instanceof ArticleMetadataError) return error;
    throw error;
  }
  throw new Error('expected ArticleMetadataError');
}

describe('readMetadataFields', () => {
  it('reads every field of a source, trimmed', () => {
    expect(
      readMetadataFields(
        {
          id: 'inquirer-2024-07-raa',
          title: '  Manila and Tokyo sign a pact ',
          author: 'Lea Navarro',
          publisher: 'The Harbour Ledger',
          publishedOn: '2024-07-08',
          url: 'https://example.com/a',
        },
        origin,
      ),
    ).toEqual({
      id: 'inquirer-2024-07-raa',
      title: 'Manila and Tokyo sign a pact',
      author: 'Lea Navarro',
      publisher: 'The Harbour Ledger',
      publishedOn: '2024-07-08',
      url: 'https://example.com/a',
    });
  });

  it('reads date as publishedOn, from a date, a month, a year, a timestamp or a date value', () => {
    expect(readMetadataFields({ date: '2024-07-08' }, origin)).toEqual({ publishedOn: '2024-07-08' });
    expect(readMetadataFields({ date: '2024-07' }, origin)).toEqual({ publishedOn: '2024-07' });
    expect(readMetadataFields({ publishedOn: 2024 }, origin)).toEqual({ publishedOn: '2024' });
    expect(readMetadataFields({ date: '2024-07-08T23:30:00-05:00' }, origin)).toEqual({ publishedOn: '2024-07-08' });
    expect(readMetadataFields({ date: '2024-07-08 09:30' }, origin)).toEqual({ publishedOn: '2024-07-08' });
    expect(readMetadataFields({ date: new Date('2024-07-08T00:00:00Z') }, origin)).toEqual({
      publishedOn: '2024-07-08',
    });
  });

  it('takes a number as text, and a field left empty or null as absent', () => {
    expect(readMetadataFields({ title: 1984, author: '', publisher: null, url: '   ' }, origin)).toEqual({
      title: '1984',
    });
  });

  it('ignores $schema, which a copy of a source file carries', () => {
    expect(readMetadataFields({ $schema: '../schema/source.schema.json', title: 'A' }, origin)).toEqual({ title: 'A' });
  });

  it('refuses an unknown field, naming it, its line and the known ones', () => {
    const error = failure({ title: 'A', tags: ['japan'] });
    expect(error.message).toBe(
      'a.txt:6: front matter field "tags" is not known; expected only id, title, author, publisher, publishedOn (or its synonym date) and url',
    );
    expect([error.code, error.file, error.line, error.field]).toEqual(['ARTICLE_METADATA_INVALID', 'a.txt', 6, 'tags']);
  });

  it.each([
    [
      { date: 'May 2024' },
      'a.txt:4: front matter field "date" is "May 2024", not a date; expected YYYY-MM-DD, YYYY-MM or YYYY, or an ISO timestamp such as 2024-04-12T09:30:00+08:00',
    ],
    [
      { publishedOn: '2024-02-30' },
      'a.txt:5: front matter field "publishedOn" is "2024-02-30", not a date; expected YYYY-MM-DD, YYYY-MM or YYYY, or an ISO timestamp such as 2024-04-12T09:30:00+08:00',
    ],
    [
      { publishedOn: 20240708 },
      'a.txt:5: front matter field "publishedOn" is 20240708, not a date; expected YYYY-MM-DD, YYYY-MM or YYYY, or an ISO timestamp such as 2024-04-12T09:30:00+08:00',
    ],
    [
      { id: 'Inquirer RAA' },
      'a.txt:2: front matter field "id" is "Inquirer RAA", not a slug; expected lowercase letters, digits and single dashes, such as "inquirer-2024-04-raa"',
    ],
    [
      { url: 'www.example.com/a' },
      'a.txt:7: front matter field "url" is "www.example.com/a", not a web address; expected an absolute http or https URL, such as https://example.com/article',
    ],
    [{ title: ['A', 'B'] }, 'a.txt:3: front matter field "title" is a list; expected text'],
    [{ author: { name: 'Lea' } }, 'a.txt:8: front matter field "author" is a nested mapping; expected text'],
    [{ title: true }, 'a.txt:3: front matter field "title" is true; expected text'],
    [
      { title: new Date('2024-01-01T00:00:00Z') },
      'a.txt:3: front matter field "title" is 2024-01-01T00:00:00.000Z, a date; expected text',
    ],
    [
      { publishedOn: '2024-07-08', date: '2024-07-08' },
      'a.txt:4: front matter fields "publishedOn" and "date" are the same field, publishedOn; expected only one of them',
    ],
  ])('refuses %j', (fields, message) => {
    expect(failure(fields).message).toBe(message);
  });

  it('says the file alone when the line of a field is not known', () => {
    expect(
      readMetadataFields.bind(null, { colour: 'red' }, { file: 'b.json', label: 'field', lineOf: () => undefined }),
    ).toThrow(
      'b.json: field "colour" is not known; expected only id, title, author, publisher, publishedOn (or its synonym date) and url',
    );
  });
});

describe('dateOf', () => {
  it('gives the date part of a timestamp as written, and undefined for what is not a date', () => {
    expect(dateOf('2024-07-08T23:59:59.123Z')).toBe('2024-07-08');
    expect(dateOf('2024-07-08T01:00+0900')).toBe('2024-07-08');
    expect(dateOf('Mon, 08 Jul 2024 10:00:00 GMT')).toBeUndefined();
    expect(dateOf('2024-13')).toBeUndefined();
    expect(dateOf(new Date(Number.NaN))).toBeUndefined();
  });
});

describe('isWebAddress', () => {
  it('takes absolute http and https addresses only', () => {
    expect(
      ['https://a.example/x', 'http://a.example', 'ftp://a.example', '/x', 'mailto:a@b.c'].map(isWebAddress),
    ).toEqual([true, true, false, false, false]);
  });
});
