// Reads one article for `kg ingest`: plain text or a saved page, its metadata from a sidecar, its front matter or the page.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { ArticleNotFoundError, ArticleUnreadableError } from './article-errors.ts';
import { type ArticleFormat, formatOfExtension } from './article-files.ts';
import type { ArticleMetadata, MetadataField } from './article-metadata.ts';
import { type HtmlArticleOptions, readHtmlArticle } from './html-article.ts';
import { readSidecar } from './sidecar.ts';
import { readTextArticle } from './text-article.ts';
import { decodeHtml } from './text-decoding.ts';

/** Where a metadata field was read: the sidecar wins over the front matter or the page; the first line is the last resort for a title. */
export type MetadataOrigin = 'sidecar' | 'front matter' | 'page' | 'first line';

/** An article as `kg ingest` stores it. */
export interface Article {
  /** The path as given. */
  file: string;
  format: ArticleFormat;
  /**
   * The text to store and quote from. Plain text as written (no BOM, LF line ends, front matter
   * removed); a page's article as paragraphs separated by blank lines, its title first.
   */
  text: string;
  metadata: ArticleMetadata;
  /** For each field of `metadata`, where it was read. */
  from: Partial<Record<MetadataField, MetadataOrigin>>;
}

export type ReadArticleOptions = HtmlArticleOptions;

/** A title taken from the first line must be shorter than this; a longer first line is a paragraph. */
export const MAX_FIRST_LINE_TITLE = 200;

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new ArticleNotFoundError(
        { file },
        'no such file; expected the path of an article (.txt, .md, .text, .html or .htm)',
      );
    }
    const what = code === 'EISDIR' ? 'is a directory' : `cannot be read (${code ?? (error as Error).message})`;
    throw new ArticleUnreadableError({ file }, `${what}; expected an article file (.txt, .md, .text, .html or .htm)`);
  }
}

/** The format of a file: by its extension, else HTML when it starts like a page, else text. */
function formatOf(file: string, bytes: Uint8Array): ArticleFormat {
  if (extname(file).toLowerCase() === '.json') {
    throw new ArticleUnreadableError(
      { file },
      'is a .json file, read as the sidecar beside an article, not as an article; expected a .txt, .md, .text, .html or .htm article',
    );
  }
  const byExtension = formatOfExtension(file);
  if (byExtension) return byExtension;
  const start = Buffer.from(bytes.subarray(0, 512))
    .toString('latin1')
    .replace(/^\xef\xbb\xbf/, '')
    .trimStart();
  return /^<(!doctype\s+html|html)\b/i.test(start) ? 'html' : 'text';
}

/** The first non-empty line, as a title (Markdown's `#` marks dropped), when it is short enough to be one. */
function firstLineTitle(text: string): string | undefined {
  const line = text.split('\n').find((l) => l.trim() !== '');
  const title = line
    ?.replace(/^\s*#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return title && title.length < MAX_FIRST_LINE_TITLE ? title : undefined;
}

/**
 * Reads the article in `file`: plain text (.txt, .md, .text) with optional YAML front matter, or a
 * saved HTML page (.html, .htm); another extension is read as HTML when the file starts like a page,
 * else as text. A sidecar `<name>.json` beside it overrides the metadata the article gives, field by field.
 * Without a title anywhere, a short first line is the title.
 * @throws ArticleNotFoundError, ArticleUnreadableError, ArticleMetadataError, ArticleNoTextError or
 * ArticleTooLargeError, each naming the file (or its sidecar), the line or field to blame, and what is expected.
 */
export async function readArticle(file: string, options: ReadArticleOptions = {}): Promise<Article> {
  const bytes = await readBytes(file);
  const format = formatOf(file, bytes);
  // The sidecar first: a mistake in it is found before a large page is parsed.
  const sidecar = await readSidecar(file);
  const read =
    format === 'text'
      ? { ...readTextArticle(file, bytes), origin: 'front matter' as const }
      : { ...readHtmlArticle(file, decodeHtml(bytes), options), origin: 'page' as const };
  const metadata: ArticleMetadata = {};
  const from: Article['from'] = {};
  const take = (fields: ArticleMetadata, origin: MetadataOrigin) => {
    for (const [field, value] of Object.entries(fields) as [MetadataField, string | undefined][]) {
      if (value === undefined) continue;
      metadata[field] = value;
      from[field] = origin;
    }
  };
  take(read.metadata, read.origin);
  take(sidecar ?? {}, 'sidecar');
  if (metadata.title === undefined) take({ title: firstLineTitle(read.text) }, 'first line');
  return { file, format, text: read.text, metadata, from };
}
