// Ingests many articles in turn: each read (text or saved page), given a source id and metadata, extracted (by
// the rules or a language model) knowing the curated entities and every earlier draft's, and stored as its own
// draft. An article that cannot be read or ingested is reported and skipped; the others still go through.
import { basename, extname } from 'node:path';
import { type IngestResult, ingestSource } from '../data/curate.ts';
import { SLUG_PATTERN } from '../data/schema.ts';
import { formatProblem, GraphDataError, UserError } from '../errors.ts';
import type { Entity } from '../model.ts';
import { type Article, type ReadArticleOptions, readArticle } from './article.ts';
import type { ArticleMetadata } from './article-metadata.ts';
import type { Extraction } from './extraction.ts';
import type { LlmReport } from './llm/report.ts';
import { slugify } from './slug.ts';

/** An extractor as a batch calls it: the rules, or a language model (whose report comes along). */
export type ArticleExtractor = (input: {
  sourceId: string;
  text: string;
  known: Entity[];
  /** For each known entity, the ids of those its relations link it to. */
  related: ReadonlyMap<string, readonly string[]>;
}) => Promise<{ extraction: Extraction; llm?: LlmReport }>;

/** An article that cannot be ingested as it is: no title, an id that is not a slug. */
export class ArticleSourceError extends UserError {
  readonly code = 'ARTICLE_SOURCE';
}

export interface BatchOptions {
  /** The graph-data directory. */
  dir: string;
  /** The article files, in the order to ingest them. */
  files: readonly string[];
  /** Metadata that overrides what each article says (from command-line flags). */
  overrides?: ArticleMetadata;
  extractor: ArticleExtractor;
  /** How pages are read (KG_MAX_PAGE_ELEMENTS). */
  read?: ReadArticleOptions;
  /** Called as each article starts and as it ends. */
  onArticle?: (event: BatchEvent) => void;
}

export type BatchEvent =
  | { kind: 'start'; index: number; total: number; file: string }
  | { kind: 'done'; index: number; total: number; outcome: ArticleOutcome };

/** What became of one article. */
export type ArticleOutcome =
  | {
      ok: true;
      file: string;
      sourceId: string;
      title: string;
      format: Article['format'];
      result: IngestResult;
      /** Relations the verbatim gate dropped, by reason. */
      dropped: Record<string, number>;
      llm?: LlmReport;
    }
  | { ok: false; file: string; sourceId?: string; error: string };

/**
 * The source an article becomes: its id (the overrides', the article's own, else its file name as a slug)
 * and its metadata, the overrides winning field by field.
 * @throws ArticleSourceError naming the file when it has no title or its id is not a slug.
 */
export function sourceOf(article: Article, overrides: ArticleMetadata = {}) {
  const metadata: ArticleMetadata = { ...article.metadata };
  for (const [field, value] of Object.entries(overrides) as [keyof ArticleMetadata, string | undefined][])
    if (value !== undefined) metadata[field] = value;
  const id = metadata.id ?? slugify(basename(article.file, extname(article.file)));
  if (!SLUG_PATTERN.test(id)) {
    throw new ArticleSourceError(
      `${article.file}: the source id "${id}" is not a slug; expected lowercase letters, digits and single dashes (give "id" in a sidecar or front matter, or --id)`,
    );
  }
  if (!metadata.title) {
    throw new ArticleSourceError(
      `${article.file}: no title; expected one in the page, a sidecar ${basename(article.file, extname(article.file))}.json, front matter, or --title`,
    );
  }
  const { title, author, publisher, publishedOn, url } = metadata;
  return {
    id,
    title,
    ...(author ? { author } : {}),
    ...(publisher ? { publisher } : {}),
    ...(publishedOn ? { publishedOn } : {}),
    ...(url ? { url } : {}),
    text: article.text,
  };
}

function countReasons(dropped: Extraction['dropped']): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of dropped ?? []) counts[d.reason] = (counts[d.reason] ?? 0) + 1;
  return counts;
}

/** Ingests `files` in order; each sees the drafts written before it. Never throws for one article's fault. */
export async function ingestArticles(options: BatchOptions): Promise<ArticleOutcome[]> {
  const { dir, files, overrides, extractor, read, onArticle } = options;
  const outcomes: ArticleOutcome[] = [];
  for (const [index, file] of files.entries()) {
    onArticle?.({ kind: 'start', index, total: files.length, file });
    let sourceId: string | undefined;
    let outcome: ArticleOutcome;
    try {
      const article = await readArticle(file, read);
      const source = sourceOf(article, overrides);
      sourceId = source.id;
      let llm: LlmReport | undefined;
      let dropped: Extraction['dropped'];
      const result = await ingestSource(dir, source, async (known, _owners, related) => {
        const extracted = await extractor({ sourceId: source.id, text: source.text, known, related });
        llm = extracted.llm;
        dropped = extracted.extraction.dropped;
        return extracted.extraction;
      });
      outcome = {
        ok: true,
        file,
        sourceId: source.id,
        title: source.title,
        format: article.format,
        result,
        dropped: countReasons(dropped),
        ...(llm ? { llm } : {}),
      };
    } catch (error) {
      outcome = { ok: false, file, ...(sourceId ? { sourceId } : {}), error: describe(error) };
    }
    outcomes.push(outcome);
    onArticle?.({ kind: 'done', index, total: files.length, outcome });
  }
  return outcomes;
}

/** One line for a failed article: what the user can fix, or, for a fault of ours, that it is one. */
function describe(error: unknown): string {
  if (error instanceof GraphDataError) {
    const shown = error.problems.slice(0, 3).map(formatProblem).join('; ');
    const more = error.problems.length - 3;
    return more > 0 ? `${shown}; and ${more} more problems` : shown;
  }
  if (error instanceof UserError) return error.message;
  return `internal error: ${(error as Error)?.message ?? String(error)}`;
}
