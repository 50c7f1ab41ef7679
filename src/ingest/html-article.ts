// A saved HTML page as an article: jsdom parses it (no scripts, no loads), readability finds the article, the DOM gives its text.

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { DEFAULT_LIMITS } from '../config.ts';
import { ArticleNoTextError, ArticleTooLargeError, ArticleUnreadableError } from './article-errors.ts';
import { dateOf } from './article-metadata.ts';
import { articleText } from './html-text.ts';
import { dropBoilerplate } from './page-cleanup.ts';
import { cleanByline, type PageMetadata, readPageMetadata } from './page-metadata.ts';

/**
 * The most elements a page may have, once scripts, styles, drawings and ads are dropped. jsdom and
 * readability take about half a millisecond an element, so this bounds a page to half a minute or
 * so; a news page has a few thousand, a long encyclopaedia article some tens of thousands.
 */
export const DEFAULT_MAX_PAGE_ELEMENTS = DEFAULT_LIMITS.maxPageElements;

/**
 * A page with this many times `maxElements` tags is refused before it is parsed, which would take
 * jsdom a minute for 300,000 elements. Tags are counted as `<` before a letter, so script text such
 * as `i<n` counts too: the margin keeps a page whose scripts are large from being refused for them.
 */
const TAGS_PER_ELEMENT_LIMIT = 3;

/** The fewest characters of text an article found in a page may have; fewer is a teaser, a cookie wall or an index. */
export const MIN_ARTICLE_CHARS = 200;

export interface HtmlArticleOptions {
  /** Default DEFAULT_MAX_PAGE_ELEMENTS. */
  maxElements?: number;
}

/** An article read from a page: its text (title, blank line, body) and what the page says about it. */
export interface HtmlArticle {
  text: string;
  metadata: PageMetadata;
}

/**
 * A document parsed with no browsing context: scripts never run, nothing is loaded, and style sheets,
 * which take jsdom seconds a megabyte, are not parsed. Its URL is the file's, against which
 * relative links resolve (a `<base>` in the page takes precedence, as in a browser).
 */
function parsePage(file: string, html: string): { document: Document; close: () => void } {
  const { window } = new JSDOM('', { url: pathToFileURL(resolve(file)).href, virtualConsole: new VirtualConsole() });
  const document = new window.DOMParser().parseFromString(html, 'text/html');
  return { document, close: () => window.close() };
}

/** Roughly how many tags `html` opens: every `<` followed by a letter, in scripts and comments too. */
export function countTagOpenings(html: string): number {
  let count = 0;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const next = html.charCodeAt(i + 1) | 0x20;
    if (next >= 0x61 && next <= 0x7a) count++;
  }
  return count;
}

const SAVE_ADVICE = 'expected a saved article page, or the article saved as text';

/** The page's document, with what is not article text dropped; refused when it is too large to read in time. */
function parseArticlePage(file: string, html: string, maxElements: number): { document: Document; close: () => void } {
  const tags = countTagOpenings(html);
  if (tags > maxElements * TAGS_PER_ELEMENT_LIMIT) {
    throw new ArticleTooLargeError(
      { file },
      `this page opens some ${tags} tags, far more than the ${maxElements} elements read in reasonable time; ${SAVE_ADVICE}`,
    );
  }
  const parsed = parsePage(file, html);
  dropBoilerplate(parsed.document);
  const elements = parsed.document.getElementsByTagName('*').length;
  if (elements > maxElements) {
    parsed.close();
    throw new ArticleTooLargeError(
      { file },
      `this page has ${elements} elements besides scripts, styles and ads, more than the ${maxElements} read in reasonable time; ${SAVE_ADVICE}`,
    );
  }
  return parsed;
}

const normalized = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Reads the article in a saved page. Its metadata is what readability finds (title, byline,
 * site name, publication time), and where it finds nothing, what `readPageMetadata` finds.
 * @throws ArticleTooLargeError when the page has more than `maxElements` elements (or, before it is
 * parsed, three times as many tags);
 * ArticleNoTextError when readability finds no article or its text is under MIN_ARTICLE_CHARS;
 * ArticleUnreadableError when readability fails on the page.
 */
export function readHtmlArticle(file: string, html: string, options: HtmlArticleOptions = {}): HtmlArticle {
  const maxElements = options.maxElements ?? DEFAULT_MAX_PAGE_ELEMENTS;
  const { document, close } = parseArticlePage(file, html, maxElements);
  try {
    const page = readPageMetadata(document);
    let found: ReturnType<Readability<Node>['parse']>;
    try {
      found = new Readability<Node>(document, { serializer: (node) => node }).parse();
    } catch (error) {
      throw new ArticleUnreadableError(
        { file },
        `this page could not be read as an article (${(error as Error).message}); ${SAVE_ADVICE}`,
      );
    }
    const body = found?.content ? articleText(found.content) : '';
    if (body.length < MIN_ARTICLE_CHARS) {
      const what = body
        ? `the article found in this page has ${body.length} characters of text, fewer than ${MIN_ARTICLE_CHARS}`
        : 'no article was found in this page';
      throw new ArticleNoTextError(
        { file },
        `${what}; expected the saved page of one article (not an index, a teaser or a paywall), or the article saved as text`,
      );
    }
    const metadata: PageMetadata = {
      ...page,
      ...definedFields({
        title: found?.title?.replace(/\s+/g, ' ').trim(),
        author: found?.byline ? cleanByline(found.byline) : undefined,
        publisher: found?.siteName?.trim(),
        publishedOn: found?.publishedTime ? dateOf(found.publishedTime) : undefined,
      }),
    };
    const { title } = metadata;
    const text = title && !normalized(body).startsWith(normalized(title)) ? `${title}\n\n${body}` : body;
    return { text, metadata };
  } finally {
    close();
  }
}

function definedFields(fields: PageMetadata): PageMetadata {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value)) as PageMetadata;
}
