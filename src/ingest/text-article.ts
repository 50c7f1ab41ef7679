// A plain-text article (.txt, .md, .text): strict UTF-8, LF line ends, and its optional YAML front matter.
import { ArticleNoTextError, ArticleUnreadableError } from './article-errors.ts';
import { type FrontMatter, splitFrontMatter } from './front-matter.ts';
import { decodeUtf8, describeInvalidUtf8 } from './text-decoding.ts';

/**
 * The text of a plain-text article and the metadata of its front matter. A byte order mark is
 * dropped and CRLF (or a lone CR) becomes LF; otherwise the text is kept as written.
 * @throws ArticleUnreadableError naming `file` and the line when the bytes are not UTF-8;
 * ArticleMetadataError from the front matter; ArticleNoTextError when no text is left.
 */
export function readTextArticle(file: string, bytes: Uint8Array): FrontMatter {
  const decoded = decodeUtf8(bytes);
  if ('invalid' in decoded) {
    throw new ArticleUnreadableError(
      { file, line: decoded.invalid.line },
      `is not UTF-8 text (${describeInvalidUtf8(decoded.invalid)}); expected a text file saved as UTF-8`,
    );
  }
  const text = decoded.text.replace(/\r\n?/g, '\n');
  const article = splitFrontMatter(file, text);
  if (article.text.trim() === '') {
    const after = article.text === text ? '' : ' after its front matter';
    throw new ArticleNoTextError({ file }, `has no text${after}; expected the article's text`);
  }
  return article;
}
