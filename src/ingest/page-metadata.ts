// What a saved page says about its article in its head: meta tags, the canonical link and JSON-LD, as a table of places to look.
import { dateOf, isWebAddress } from './article-metadata.ts';

/** The metadata a page can give: every field of a source but its id. */
export interface PageMetadata {
  title?: string;
  author?: string;
  publisher?: string;
  publishedOn?: string;
  url?: string;
}

type PageField = keyof PageMetadata;

/** What a page offers to read metadata from, gathered once. */
interface PageSources {
  /** The content of `<meta property=...>` or `<meta name=...>`, by lower-cased key. */
  meta: Map<string, string>;
  /** The first JSON-LD object describing an article, report or post. */
  article: Record<string, unknown> | undefined;
  canonical: string | undefined;
  documentTitle: string;
}

type Place = (page: PageSources) => unknown;

const meta =
  (...keys: string[]): Place =>
  (page) =>
    keys.map((key) => page.meta.get(key)).find(Boolean);

const ld =
  (key: string): Place =>
  (page) =>
    page.article?.[key];

/** A person or organisation given as a string, as `{ name }`, or as a list of them. */
function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value])
    .map((item) => (typeof item === 'string' ? item : (item as { name?: unknown } | null)?.name))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '');
  return list.length > 0 ? list.map((name) => name.trim()).join(', ') : undefined;
}

const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();

/** A byline without its "By": "By Ana Reyes" -> "Ana Reyes". */
export function cleanByline(value: string): string | undefined {
  return collapse(value).replace(/^by:?\s+/i, '') || undefined;
}

const asText = (value: unknown) => (typeof value === 'string' ? collapse(value) || undefined : undefined);

/** For each field, the places to look in order, and how a value found becomes the field's value. */
const PAGE_FIELDS: Record<PageField, { places: Place[]; value: (found: unknown) => string | undefined }> = {
  title: {
    places: [meta('og:title'), ld('headline'), ld('name'), meta('twitter:title'), (page) => page.documentTitle],
    value: asText,
  },
  author: {
    places: [
      meta('author'),
      (page) => names(page.article?.author),
      meta('article:author', 'dc.creator', 'citation_author'),
    ],
    value: (found) => {
      const text = asText(found);
      return text && !isWebAddress(text) ? cleanByline(text) : undefined;
    },
  },
  publisher: {
    places: [meta('og:site_name'), (page) => names(page.article?.publisher), meta('application-name')],
    value: asText,
  },
  publishedOn: {
    places: [
      meta('article:published_time'),
      ld('datePublished'),
      meta('date', 'dc.date', 'dcterms.date', 'citation_publication_date', 'pubdate'),
    ],
    value: (found) => (typeof found === 'string' ? dateOf(found) : undefined),
  },
  url: {
    places: [(page) => page.canonical, meta('og:url'), ld('url')],
    value: (found) => (typeof found === 'string' && isWebAddress(found.trim()) ? found.trim() : undefined),
  },
};

const ARTICLE_TYPE = /(Article|Report|Posting)$/;

function isArticle(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { '@type'?: unknown })['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
}

/** The objects of a JSON-LD block: itself, the items of a list, the members of an `@graph`. */
function* ldObjects(value: unknown): Generator<unknown> {
  if (Array.isArray(value)) for (const item of value) yield* ldObjects(item);
  else if (typeof value === 'object' && value !== null) {
    yield value;
    const graph = (value as { '@graph'?: unknown })['@graph'];
    if (Array.isArray(graph)) yield* ldObjects(graph);
  }
}

/** The first JSON-LD article of the page; a block that does not parse is the page's fault, and skipped. */
function jsonLdArticle(document: Document): Record<string, unknown> | undefined {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    for (const object of ldObjects(parsed)) if (isArticle(object)) return object;
  }
  return undefined;
}

function metaTags(document: Document): Map<string, string> {
  const found = new Map<string, string>();
  for (const tag of Array.from(document.querySelectorAll('meta'))) {
    const key = (tag.getAttribute('property') ?? tag.getAttribute('name'))?.trim().toLowerCase();
    const content = tag.getAttribute('content')?.trim();
    if (key && content && !found.has(key)) found.set(key, content);
  }
  return found;
}

/**
 * What the head of `document` says about its article: for each field, the first place that gives a
 * usable value (a date that is one, a web address that is one); values that are not are skipped.
 */
export function readPageMetadata(document: Document): PageMetadata {
  const page: PageSources = {
    meta: metaTags(document),
    article: jsonLdArticle(document),
    canonical: document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? undefined,
    documentTitle: document.title,
  };
  const metadata: PageMetadata = {};
  for (const [field, { places, value }] of Object.entries(PAGE_FIELDS) as [
    PageField,
    (typeof PAGE_FIELDS)[PageField],
  ][]) {
    for (const place of places) {
      const found = value(place(page));
      if (found !== undefined) {
        metadata[field] = found;
        break;
      }
    }
  }
  return metadata;
}
