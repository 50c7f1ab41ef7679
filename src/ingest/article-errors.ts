// The errors reading an article for `kg ingest` can raise: each names the file, and the line or field to blame.
import { UserError } from '../errors.ts';

/** Where an article problem lies: the file as the user gave it, and the line and field when one is to blame. */
export interface ArticlePlace {
  file: string;
  /** 1-based line in `file`. */
  line?: number;
  /** The metadata field to blame: `publishedOn`, `tags`. */
  field?: string;
}

/** `file` or `file:line`, as compilers and formatProblem write a place. */
export function formatPlace(place: ArticlePlace): string {
  return place.line === undefined ? place.file : `${place.file}:${place.line}`;
}

/** A problem with an article or what lies beside it; the message starts with the place and says what is expected. */
export abstract class ArticleError extends UserError {
  readonly file: string;
  readonly line: number | undefined;
  readonly field: string | undefined;
  constructor(place: ArticlePlace, problem: string) {
    super(`${formatPlace(place)}: ${problem}`);
    this.file = place.file;
    this.line = place.line;
    this.field = place.field;
  }
  override get details() {
    return {
      file: this.file,
      ...(this.line === undefined ? {} : { line: this.line }),
      ...(this.field === undefined ? {} : { field: this.field }),
    };
  }
}

/** A path names nothing, or a directory holds no article. */
export class ArticleNotFoundError extends ArticleError {
  readonly code = 'ARTICLE_NOT_FOUND';
  override name = 'ArticleNotFoundError';
}

/** A file cannot be read as an article: an I/O error, bytes that are not text, a kind of file that is no article. */
export class ArticleUnreadableError extends ArticleError {
  readonly code = 'ARTICLE_UNREADABLE';
  override name = 'ArticleUnreadableError';
}

/** Front matter or a sidecar is malformed, or one of its fields is unknown or wrong. */
export class ArticleMetadataError extends ArticleError {
  readonly code = 'ARTICLE_METADATA_INVALID';
  override name = 'ArticleMetadataError';
}

/** A file holds no article text: an empty text file, or a page where no article is found or it is too short. */
export class ArticleNoTextError extends ArticleError {
  readonly code = 'ARTICLE_NO_TEXT';
  override name = 'ArticleNoTextError';
}

/** A page too large to read in reasonable time. */
export class ArticleTooLargeError extends ArticleError {
  readonly code = 'ARTICLE_TOO_LARGE';
  override name = 'ArticleTooLargeError';
}
