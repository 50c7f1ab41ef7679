// kg ingest: articles (plain text or saved pages, one or many, files or directories) become reviewable drafts,
// a progress line each and a summary table at the end; never touching the curated files.
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { dataDirFromEnv, limitsFromEnv } from '../../config.ts';
import { DRAFTS_DIR } from '../../data/load.ts';
import { UsageError, UserError } from '../../errors.ts';
import { ArticleMetadataError } from '../../ingest/article-errors.ts';
import { articleFiles } from '../../ingest/article-files.ts';
import { type ArticleMetadata, readMetadataFields } from '../../ingest/article-metadata.ts';
import { type ArticleExtractor, type ArticleOutcome, ingestArticles } from '../../ingest/batch.ts';
import { extract } from '../../ingest/extract.ts';
import { extractWithLlm } from '../../ingest/llm/extract-with-llm.ts';
import { llmConfigFromEnv } from '../../ingest/llm/settings.ts';
import { markdownTable } from '../../text-table.ts';
import { type CliIO, displayPath, plural, withDataOption } from '../io.ts';
import { handoverLines } from './curate.ts';

/** Some articles could not be ingested; the others were. */
export class IngestIncompleteError extends UserError {
  readonly code = 'INGEST_INCOMPLETE';
}

interface IngestOptions {
  id?: string;
  title?: string;
  author?: string;
  publisher?: string;
  date?: string;
  url?: string;
  extractor: 'rules' | 'llm';
  data?: string;
}

/** The extractor the options ask for; the language model's settings are checked before any article is read. */
function chooseExtractor(io: CliIO, name: IngestOptions['extractor']): ArticleExtractor {
  const { maxQuoteChars } = limitsFromEnv(io.env);
  if (name === 'rules') return async (input) => ({ extraction: extract({ ...input, maxQuoteChars }) });
  const config = llmConfigFromEnv(io.env);
  return async (input) => {
    const { extraction, report } = await extractWithLlm({
      ...input,
      config,
      onProgress: ({ chunk, chunks, ok }) =>
        io.err(`      chunk ${chunk}/${chunks} ${ok ? 'answered' : 'failed'} (${config.model})`),
    });
    return { extraction, llm: report };
  };
}

/** What a progress line says of one article. */
function progressLine(outcome: ArticleOutcome, cwd: string): string {
  if (!outcome.ok) return `failed: ${outcome.error}`;
  const { result, dropped } = outcome;
  const known = result.knownEntities.curated.length + result.knownEntities.drafted.length;
  const corroborations = result.corroborations.curated.length + result.corroborations.drafted.length;
  const drops = Object.values(dropped).reduce((n, k) => n + k, 0);
  return (
    `${displayPath(result.path, cwd)}: ${plural(result.newEntities.length, 'new entity', 'new entities')}, ` +
    `${known} known, ${plural(result.relations.length, 'relation')} (${corroborations} corroborating)` +
    (drops > 0 ? `, ${drops} dropped by the verbatim gate` : '')
  );
}

/** The summary: a row per article, a total, then what failed and what the language model used. */
function summary(outcomes: readonly ArticleOutcome[]): string[] {
  const rows = outcomes.map((o) => {
    if (!o.ok) return [o.file, o.sourceId ?? '-', 'failed', '', '', ''];
    const r = o.result;
    return [
      o.file,
      o.sourceId,
      String(r.newEntities.length),
      String(r.knownEntities.curated.length + r.knownEntities.drafted.length),
      String(r.relations.length),
      String(r.corroborations.curated.length + r.corroborations.drafted.length),
    ];
  });
  const done = outcomes.filter((o) => o.ok);
  const sum = (f: (o: Extract<ArticleOutcome, { ok: true }>) => number) => String(done.reduce((n, o) => n + f(o), 0));
  rows.push([
    `all (${outcomes.length})`,
    '',
    sum((o) => o.result.newEntities.length),
    sum((o) => o.result.knownEntities.curated.length + o.result.knownEntities.drafted.length),
    sum((o) => o.result.relations.length),
    sum((o) => o.result.corroborations.curated.length + o.result.corroborations.drafted.length),
  ]);
  const lines = [
    markdownTable(['article', 'source id', 'new entities', 'known entities', 'relations', 'corroborations'], rows, {
      right: [2, 3, 4, 5],
    }),
  ];
  const reports = done.flatMap((o) => (o.llm ? [o.llm] : []));
  if (reports.length > 0) {
    const tokens = reports.reduce((n, r) => n + r.tokens.total, 0);
    const requests = reports.reduce((n, r) => n + r.requests, 0);
    const dropped: Record<string, number> = {};
    for (const r of reports)
      for (const [reason, n] of Object.entries(r.relations.dropped)) dropped[reason] = (dropped[reason] ?? 0) + n;
    const drops = Object.entries(dropped).filter(([, n]) => n > 0);
    lines.push(
      `language model: ${plural(requests, 'request')}, ${tokens} tokens; the verbatim gate dropped ` +
        (drops.length > 0 ? drops.map(([reason, n]) => `${n} ${reason}`).join(', ') : 'nothing'),
    );
  }
  return lines;
}

export function ingestCommand(io: CliIO): Command {
  return withDataOption(
    new Command('ingest')
      .description(
        'Store articles as new sources and write the relations the extractor proposes to drafts/<id>.json, one draft per article, for review. Never touches the curated files. Takes plain text (with YAML front matter or a sidecar <name>.json) and saved HTML pages.',
      )
      .argument('<paths...>', 'article files (.txt, .md, .text, .html, .htm) or directories of them')
      .option(
        '--id <id>',
        'the source id, a slug (one article only; default: its sidecar or front matter, else its file name)',
      )
      .option(
        '--title <title>',
        "the article's title (one article only; default: the page's, the sidecar's, or its first line)",
      )
      .option('--author <author>', 'the author, for every article given')
      .option('--publisher <publisher>', 'the publisher, for every article given')
      .option('--date <date>', 'when they were published: YYYY-MM-DD (or YYYY-MM, YYYY), for every article given')
      .option('--url <url>', 'where the article was published (one article only)')
      .addOption(
        new Option('--extractor <name>', 'rules (offline, the default) or llm (KG_LLM_BASE_URL, KG_LLM_MODEL)')
          .choices(['rules', 'llm'])
          .default('rules'),
      ),
  ).action(async (paths: string[], options: IngestOptions) => {
    const overrides = overridesFrom(options);
    const extractor = chooseExtractor(io, options.extractor);
    const files: string[] = [];
    const missing: ArticleOutcome[] = [];
    for (const path of paths) {
      // A sidecar given beside its article (as a shell's `batch/*` gives it) is read with the article.
      if (
        path.endsWith('.json') &&
        paths.some((p) => p !== path && p.slice(0, p.lastIndexOf('.')) === path.slice(0, -5))
      )
        continue;
      try {
        files.push(...(await articleFiles([path])));
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        missing.push({ ok: false, file: path, error: error.message });
        io.err(`failed: ${error.message}`);
      }
    }
    for (const flag of ['id', 'title', 'url'] as const) {
      if (options[flag] !== undefined && files.length + missing.length > 1)
        throw new UsageError(`--${flag}: given for ${files.length} articles; expected it with one article only`);
    }

    const dir = options.data ?? dataDirFromEnv(io.env);
    const outcomes = await ingestArticles({
      dir,
      files,
      overrides,
      extractor,
      read: { maxElements: limitsFromEnv(io.env).maxPageElements },
      onArticle: (event) => {
        const at = `[${event.index + 1}/${event.total}]`;
        if (event.kind === 'start') io.err(`${at} ${event.file} ...`);
        else {
          io.err(`${at} ${progressLine(event.outcome, io.cwd)}`);
          if (event.outcome.ok)
            for (const line of handoverLines(event.outcome.result.handovers)) io.err(`      ${line}`);
        }
      },
    });
    const all = [...missing, ...outcomes];
    const failed = all.filter((o) => !o.ok);
    const ingested = all.length - failed.length;
    if (ingested === 0) {
      throw new IngestIncompleteError(
        `no article could be ingested: ${failed.map((f) => f.file).join(', ')} (the reasons are above)`,
      );
    }
    for (const line of summary(all)) io.out(line);
    io.out(
      `${plural(ingested, 'article')} ingested into ${displayPath(join(dir, DRAFTS_DIR), io.cwd)}/. ` +
        'Review each draft, then kg accept <source-id> <ids...> or --all, kg reject <source-id> <ids...>.',
    );
    if (failed.length > 0) {
      throw new IngestIncompleteError(
        `${failed.length} of ${all.length} articles could not be ingested: ${failed.map((f) => f.file).join(', ')} (the reasons are above); the other ${ingested === 1 ? 'one was' : `${ingested} were`}`,
      );
    }
  });
}

/** The flags' metadata, checked as a sidecar's is (one check per field, in article-metadata.ts). */
function overridesFrom(options: IngestOptions): ArticleMetadata {
  const given = Object.fromEntries(
    (['id', 'title', 'author', 'publisher', 'date', 'url'] as const)
      .filter((flag) => options[flag] !== undefined)
      .map((flag) => [flag, options[flag]]),
  );
  try {
    return readMetadataFields(given, { file: 'kg ingest', label: 'option', lineOf: () => undefined });
  } catch (error) {
    if (!(error instanceof ArticleMetadataError)) throw error;
    throw new UsageError(error.message.replace(/^kg ingest: option "(\w+)"/, '--$1'));
  }
}
