// The language-model extractor of `kg ingest --extractor llm`: asks an OpenAI-compatible model about each chunk of
// an article, matches the names it gives to entities, and keeps only the relations the verbatim gate passes.
import { LlmFailedError } from '../../errors.ts';
import type { Entity } from '../../model.ts';
import type { Doc } from '../document.ts';
import { createNameTable, entitiesNamedIn, plainDocument } from '../entity-names.ts';
import type { Extraction } from '../extraction.ts';
import { type CandidateRelation, gateRelations } from '../gate.ts';
import type { AliasTable } from '../mentions.ts';
import { askChunk } from './ask.ts';
import { type Chunk, splitChunks } from './chunks.ts';
import { createLlmClient } from './client.ts';
import { EntityResolver, keptEntities } from './entities.ts';
import type { PromptEntity } from './prompt.ts';
import { countChunk, countGate, emptyReport, type LlmReport } from './report.ts';
import type { LlmAnswer } from './schema.ts';
import type { LlmConfig } from './settings.ts';

export interface LlmProgress {
  /** 1-based: the chunk just answered (or failed). */
  chunk: number;
  chunks: number;
  ok: boolean;
}

export interface LlmExtractOptions {
  sourceId: string;
  text: string;
  /** Entities already known (curated), which the model is told of and whose names it is matched to. */
  known: Entity[];
  config: LlmConfig;
  /** Called after each chunk. */
  onProgress?: (progress: LlmProgress) => void;
}

/** The known entities named in a chunk, for the prompt, in the order they are first named. */
function knownIn(doc: Doc, table: AliasTable, byId: ReadonlyMap<string, Entity>, chunk: Chunk): PromptEntity[] {
  const first = doc.tokens.findIndex((t) => t.start >= chunk.start);
  const last = doc.tokens.findLastIndex((t) => t.end <= chunk.end);
  if (first < 0 || last < first) return [];
  return [...entitiesNamedIn(doc, table, first, last)].flatMap((id) => {
    const e = byId.get(id);
    return e ? [{ name: e.name, kind: e.kind, aliases: e.aliases }] : [];
  });
}

/**
 * Extracts the entities and relations of one article with a language model, in the shape the rules extractor
 * gives. Chunks are asked one after another; a chunk that fails is reported and the others go on. Every relation
 * passes `gateRelations`: no quote that is not in `text` reaches the result.
 * @throws LlmFailedError when no chunk got a usable answer, naming the endpoint and the reason.
 */
export async function extractWithLlm(
  options: LlmExtractOptions,
): Promise<{ extraction: Extraction; report: LlmReport }> {
  const { sourceId, text, known, config, onProgress } = options;
  const chunks = splitChunks(text, { chunkChars: config.chunkChars, overlapChars: config.chunkOverlapChars });
  const report = emptyReport(config.baseURL, config.model, chunks.length);
  const doc = plainDocument(text);
  const knownTable = createNameTable(known);
  const byId = new Map(known.map((e) => [e.id, e]));
  const client = createLlmClient(config);

  const answers: LlmAnswer[] = [];
  for (const [index, chunk] of chunks.entries()) {
    const named = knownIn(doc, knownTable, byId, chunk);
    const outcome = await askChunk(client, config, text.slice(chunk.start, chunk.end), named);
    countChunk(report, index, chunk, outcome);
    if (outcome.ok) answers.push(outcome.answer);
    onProgress?.({ chunk: index + 1, chunks: chunks.length, ok: outcome.ok });
  }
  if (chunks.length > 0 && answers.length === 0) {
    const reasons = [...new Set(report.failedChunks.map((f) => f.reason))];
    throw new LlmFailedError(config.baseURL, config.model, reasons.join('; '));
  }

  // Entities first, from every chunk, so that a relation may name one another chunk listed.
  const resolver = new EntityResolver(known, text, { sourceId, by: `the language model ${config.model}` });
  for (const answer of answers) for (const e of answer.entities) resolver.propose(e);
  const candidates: CandidateRelation[] = answers.flatMap((answer) =>
    answer.relations.map((r) => ({
      type: r.type,
      from: resolver.resolveEnd(r.subject) ?? r.subject,
      to: resolver.resolveEnd(r.object) ?? r.object,
      quote: r.quote,
      confidence: r.confidence,
    })),
  );
  const gate = gateRelations({
    text,
    sourceId,
    candidates,
    entities: [...known, ...resolver.proposed],
    maxQuoteChars: config.maxQuoteChars,
  });
  countGate(report, candidates.length, gate);
  const used = new Set(gate.kept.flatMap((r) => [r.from, r.to]));
  const entities = keptEntities(resolver.proposed, used, doc);
  report.entities = { proposed: resolver.proposed.length, kept: entities.length };
  return { extraction: { entities, relations: gate.kept }, report };
}
