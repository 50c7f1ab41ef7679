import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/ingest/article.ts';
import { ingestArticles, sourceOf } from '../../src/ingest/batch.ts';
import { copyTinyGraph } from '../helpers.ts';

const article = (file: string, metadata: Article['metadata']): Article => ({
  file,
  format: 'text',
  text: 'Some text.',
  metadata,
  from: {},
});

describe('sourceOf', () => {
  it("takes the article's id and metadata, the overrides winning field by field", () => {
    expect(
      sourceOf(article('a/x.txt', { id: 'given-id', title: 'T', author: 'A' }), { author: 'B', publishedOn: '2024' }),
    ).toEqual({ id: 'given-id', title: 'T', author: 'B', publishedOn: '2024', text: 'Some text.' });
  });

  it('makes an id of the file name when the article gives none', () => {
    expect(sourceOf(article('batch/Manila Pact (2024).html', { title: 'T' })).id).toBe('manila-pact-2024');
  });

  it('names the file when there is no title, or the id is not a slug', () => {
    expect(() => sourceOf(article('a/x.txt', {}))).toThrow(
      'a/x.txt: no title; expected one in the page, a sidecar x.json, front matter, or --title',
    );
    expect(() => sourceOf(article('a/x.txt', { title: 'T' }), { id: 'Not A Slug' })).toThrow(
      'a/x.txt: the source id "Not A Slug" is not a slug; expected lowercase letters, digits and single dashes',
    );
  });
});

describe('ingestArticles', () => {
  it('goes on past an article that fails, reporting it by name, and says how each went', async () => {
    const dir = await copyTinyGraph();
    const events: string[] = [];
    const outcomes = await ingestArticles({
      dir,
      files: ['no-such-file.txt', 'docs/examples/quad-foreign-ministers.txt'],
      extractor: async () => ({ extraction: { entities: [], relations: [] } }),
      onArticle: (e) => events.push(`${e.kind} ${e.index + 1}/${e.total}`),
    });
    expect(events).toEqual(['start 1/2', 'done 1/2', 'start 2/2', 'done 2/2']);
    expect(outcomes[0]).toMatchObject({ ok: false, file: 'no-such-file.txt' });
    expect(outcomes[0]?.ok === false && outcomes[0].error).toMatch(/^no-such-file\.txt: no such file/);
    expect(outcomes[1]).toMatchObject({
      ok: true,
      sourceId: 'quad-foreign-ministers',
      title: 'Quad partners close ranks ahead of a tense year',
    });
  });

  it('reports a fault of its own as an internal error, and still goes on', async () => {
    const dir = await copyTinyGraph();
    const outcomes = await ingestArticles({
      dir,
      files: ['docs/examples/quad-foreign-ministers.txt'],
      extractor: async () => {
        throw new TypeError('boom');
      },
    });
    expect(outcomes).toMatchObject([{ ok: false, error: 'internal error: boom' }]);
  });
});
