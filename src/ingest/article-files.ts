// Which files `kg ingest` reads: the paths given, each directory expanded to the articles in it.
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { ArticleNotFoundError, ArticleUnreadableError } from './article-errors.ts';

export type ArticleFormat = 'text' | 'html';

/** The kinds of file an article may be, by extension (compared in lower case). */
export const ARTICLE_EXTENSIONS: Readonly<Record<string, ArticleFormat>> = {
  '.txt': 'text',
  '.md': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
};

const EXTENSIONS_HINT = '.txt, .md, .text, .html or .htm';

/** The format an article's extension says, or undefined for an extension that is no article's. */
export function formatOfExtension(file: string): ArticleFormat | undefined {
  const extension = extname(file).toLowerCase();
  return Object.hasOwn(ARTICLE_EXTENSIONS, extension) ? ARTICLE_EXTENSIONS[extension] : undefined;
}

/** The articles in a directory, sorted by name: not its subdirectories, sidecars or hidden files. */
async function articlesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw new ArticleUnreadableError(
      { file: dir },
      `this directory cannot be listed (${error.code ?? error.message}); expected a readable directory of articles`,
    );
  });
  const names: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || formatOfExtension(entry.name) === undefined) continue;
    const isFile =
      entry.isFile() ||
      (entry.isSymbolicLink() && (await stat(join(dir, entry.name)).catch(() => undefined))?.isFile());
    if (isFile) names.push(entry.name);
  }
  return names.sort().map((name) => join(dir, name));
}

/**
 * The article files that `paths` name, in order, each once: a file as it is given; a directory's
 * `*.txt`, `*.md`, `*.text`, `*.html` and `*.htm` files, sorted by name, not recursive (its `*.json`
 * sidecars are read beside their articles, not as articles).
 * @throws ArticleNotFoundError naming the path when it does not exist, is neither a file nor a
 * directory, or is a directory with no article in it; ArticleUnreadableError when it cannot be looked at.
 */
export async function articleFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(file);
    if (!seen.has(key)) files.push(file);
    seen.add(key);
  };
  for (const path of paths) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') {
        throw new ArticleNotFoundError(
          { file: path },
          `no such file or directory; expected an article (${EXTENSIONS_HINT}) or a directory of them`,
        );
      }
      throw new ArticleUnreadableError(
        { file: path },
        `cannot be looked at (${error.code ?? error.message}); expected a readable article or directory of them`,
      );
    });
    if (info.isDirectory()) {
      const found = await articlesIn(path);
      if (found.length === 0) {
        throw new ArticleNotFoundError(
          { file: path },
          `this directory holds no article; expected files ending ${EXTENSIONS_HINT} directly in it (subdirectories are not searched)`,
        );
      }
      found.forEach(add);
    } else if (info.isFile()) add(path);
    else {
      throw new ArticleNotFoundError(
        { file: path },
        `is neither a file nor a directory; expected an article (${EXTENSIONS_HINT}) or a directory of them`,
      );
    }
  }
  return files;
}
