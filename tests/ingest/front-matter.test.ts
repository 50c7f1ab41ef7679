import { describe, expect, it } from 'vitest';
import { ArticleMetadataError } from '../../src/ingest/article-errors.ts';
import { splitFrontMatter } from '../../src/ingest/front-matter.ts';

function failure(text: string): ArticleMetadataError {
  try {
    splitFrontMatter('a.txt', text);
  } catch (error) {
    if (error instanceof ArticleMetadataError) return error;
    throw error;
  }
  throw new Error('expected ArticleMetadataError');
}

describe('splitFrontMatter', () => {
  it('reads the fields and gives the text after them, leading blank lines dropped', () => {
    const text = [
      '---',
      'id: example-shoal-2024',
      'title: "Manila protests: boats rammed"',
      'author: Maria Villanueva',
      'date: 2024-06-19',
      '---',
      '',
      '  ',
      'MANILA — The Philippines protested.',
      '',
      'It said so again.',
    ].join('\n');
    expect(splitFrontMatter('a.txt', text)).toEqual({
      metadata: {
        id: 'example-shoal-2024',
        title: 'Manila protests: boats rammed',
        author: 'Maria Villanueva',
        publishedOn: '2024-06-19',
      },
      text: 'MANILA — The Philippines protested.\n\nIt said so again.',
    });
  });

  it('leaves text without front matter whole, and reads empty front matter as no fields', () => {
    expect(splitFrontMatter('a.txt', 'Title\n---\nBody')).toEqual({ metadata: {}, text: 'Title\n---\nBody' });
    expect(splitFrontMatter('a.txt', '---\n---\nBody')).toEqual({ metadata: {}, text: 'Body' });
    expect(splitFrontMatter('a.txt', '--- \ntitle: A\n---\t\nBody')).toEqual({
      metadata: { title: 'A' },
      text: 'Body',
    });
  });

  it('reads a timestamp and an explicit YAML timestamp as a date', () => {
    expect(splitFrontMatter('a.txt', '---\ndate: 2024-06-19T08:00:00+08:00\n---\nx').metadata).toEqual({
      publishedOn: '2024-06-19',
    });
    expect(splitFrontMatter('a.txt', '---\ndate: !!timestamp 2024-06-19\n---\nx').metadata).toEqual({
      publishedOn: '2024-06-19',
    });
  });

  it.each([
    [
      'front matter never closed',
      '---\ntitle: A\n\nBody',
      'a.txt:1: front matter opened by "---" is never closed; expected a line "---" after its fields, then the text',
    ],
    [
      'malformed YAML, at its line in the file',
      '---\ntitle: A\nauthor: [Lea\nurl: https://example.com\n---\nBody',
      'a.txt:4: front matter is not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ]); expected "field: value" lines, such as "title: Manila and Tokyo sign a defence pact"',
    ],
    [
      'a repeated field',
      '---\ntitle: A\ntitle: B\n---\nBody',
      'a.txt:3: front matter is not valid YAML (Map keys must be unique); expected "field: value" lines, such as "title: Manila and Tokyo sign a defence pact"',
    ],
    [
      'a list',
      '---\n- title\n- A\n---\nBody',
      'a.txt:2: front matter is a list, not a mapping of fields; expected "field: value" lines, such as "title: Manila and Tokyo sign a defence pact"',
    ],
    [
      'a line of text',
      '---\nManila and Tokyo\n---\nBody',
      'a.txt:2: front matter is a line of text, not a mapping of fields; expected "field: value" lines, such as "title: Manila and Tokyo sign a defence pact"',
    ],
    [
      'an unknown field, at its line',
      '---\ntitle: A\n\ntags: [japan]\n---\nBody',
      'a.txt:4: front matter field "tags" is not known; expected only id, title, author, publisher, publishedOn (or its synonym date) and url',
    ],
    [
      'a date that is not one',
      '---\ntitle: A\ndate: 19 June 2024\n---\nBody',
      'a.txt:3: front matter field "date" is "19 June 2024", not a date; expected YYYY-MM-DD, YYYY-MM or YYYY, or an ISO timestamp such as 2024-04-12T09:30:00+08:00',
    ],
  ])('refuses %s', (_, text, message) => {
    const error = failure(text);
    expect(error.message).toBe(message);
  });

  it('names the field to blame', () => {
    expect(failure('---\ndate: soon\n---\nx').field).toBe('date');
  });
});
