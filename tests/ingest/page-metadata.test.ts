import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanByline, readPageMetadata } from '../../src/ingest/page-metadata.ts';

const metadataOf = (head: string, body = '') =>
  readPageMetadata(new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window.document);

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readPageMetadata', () => {
  it('reads meta tags and the canonical link', () => {
    expect(
      metadataOf(`
        <title>Pact signed | The Ledger</title>
        <link rel="canonical" href="https://ledger.example/a">
        <meta property="og:title" content=" Pact   signed ">
        <meta name="author" content="By Lea Navarro">
        <meta property="og:site_name" content="The Ledger">
        <meta property="article:published_time" content="2024-07-08T14:20:00+08:00">`),
    ).toEqual({
      title: 'Pact signed',
      author: 'Lea Navarro',
      publisher: 'The Ledger',
      publishedOn: '2024-07-08',
      url: 'https://ledger.example/a',
    });
  });

  it('reads JSON-LD where the meta tags say nothing: in an @graph, with a list of types and of authors', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Pacific Policy Institute' },
        {
          '@type': ['Article', 'AnalysisNewsArticle'],
          headline: 'Three questions on radar',
          datePublished: '2024-02-06',
          author: [{ '@type': 'Person', name: 'Ana Reyes' }, 'Kenji Watanabe'],
          publisher: { '@type': 'Organization', name: 'Pacific Policy Institute' },
          url: 'https://pacificpolicy.example/radar',
        },
      ],
    };
    expect(
      metadataOf(
        `<title>Radar — PPI</title>${ld({ '@type': 'BreadcrumbList' })}<script type="application/ld+json">{ not json</script>${ld(graph)}`,
      ),
    ).toEqual({
      title: 'Three questions on radar',
      author: 'Ana Reyes, Kenji Watanabe',
      publisher: 'Pacific Policy Institute',
      publishedOn: '2024-02-06',
      url: 'https://pacificpolicy.example/radar',
    });
  });

  it('prefers meta tags to JSON-LD, and falls back to the document title and other meta names', () => {
    expect(
      metadataOf(`<title>Only a title</title>
        <meta name="dc.creator" content="Lea Navarro">
        <meta name="citation_publication_date" content="2024-07">
        <meta property="og:url" content="https://ledger.example/b">
        ${ld({ '@type': 'NewsArticle', datePublished: 'last Monday', author: 'https://ledger.example/authors/lea' })}`),
    ).toEqual({
      title: 'Only a title',
      author: 'Lea Navarro',
      publishedOn: '2024-07',
      url: 'https://ledger.example/b',
    });
  });

  it('skips values that are not usable: a date that is none, a relative canonical link, an author that is an address', () => {
    expect(
      metadataOf(`
        <link rel="canonical" href="/relative/path">
        <meta property="article:published_time" content="Monday">
        <meta property="article:author" content="https://facebook.example/lea">`),
    ).toEqual({});
  });
});

describe('cleanByline', () => {
  it('drops a leading "By" and collapses whitespace', () => {
    expect(['By  Ana Reyes', 'by: Kenji Watanabe', 'Byron Lee', '  '].map(cleanByline)).toEqual([
      'Ana Reyes',
      'Kenji Watanabe',
      'Byron Lee',
      undefined,
    ]);
  });
});
