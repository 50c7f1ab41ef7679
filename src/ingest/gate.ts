// The verbatim gate every proposed relation passes, from the rules extractor or a language model: a contract
// type, two different entities, a quote found in the article, and both entities named in or next to it.
import { DEFAULT_LIMITS } from '../config.ts';
import { CONTRACT_RELATION_TYPES, type Entity, isSymmetric, type RelationType } from '../model.ts';
import type { Doc } from './document.ts';
import { createNameTable, entitiesNamedNear, plainDocument } from './entity-names.ts';
import { type ExtractedRelation, MAX_QUOTES, MIN_QUOTE_LENGTH, summarize } from './extraction.ts';
import type { AliasTable } from './mentions.ts';
import { slugify, uniqueSlug } from './slug.ts';
import { locateQuote, type QuoteSpan } from './verbatim.ts';

/** Why the gate drops a relation, each with what it means, for summaries. In the order they are checked. */
export const GATE_REASONS = {
  'unknown-type': { description: "the type is not one of the contract's eight relation types" },
  'unknown-entity': { description: 'an end is not an entity known or proposed for the article' },
  'self-relation': { description: 'both ends are the same entity' },
  'quote-too-short': { description: `the quote is shorter than ${MIN_QUOTE_LENGTH} characters, less than a clause` },
  'quote-too-long': {
    description: 'the quote is longer than KG_MAX_QUOTE_CHARS: it names too much to ground anything',
  },
  'quote-not-found': {
    description: 'the quote is not in the article, even allowing for differences of whitespace and quote marks',
  },
  'entity-not-named': { description: 'an end is not named in the quote or in the sentences next to it' },
} as const satisfies Record<string, { description: string }>;

export type GateReason = keyof typeof GATE_REASONS;
export const GATE_REASON_CODES = Object.keys(GATE_REASONS) as GateReason[];

/** A relation as proposed: ends by entity id, and the quote as the proposer wrote it. */
export interface CandidateRelation {
  /** Any string: what is not one of the contract's eight is dropped. */
  type: string;
  from: string;
  to: string;
  quote: string;
  /** 0..1; clamped into that range. */
  confidence: number;
  /** One plain sentence; generated from the type and the entities' names when not given. */
  summary?: string;
}

export interface DroppedRelation {
  candidate: CandidateRelation;
  reason: GateReason;
  /** One line: what was wrong with this relation. */
  detail: string;
}

export interface GateOptions {
  text: string;
  sourceId: string;
  candidates: readonly CandidateRelation[];
  /** Every entity a relation may name, known and proposed (known first: they keep a name both claim). */
  entities: readonly Entity[];
  /** The longest quote accepted; `KG_MAX_QUOTE_CHARS` by default. */
  maxQuoteChars?: number;
}

export interface GateResult {
  /**
   * The relations that passed, one per type and pair (either order for a symmetric type), each with its
   * quotes in text order (at most three) as the article writes them, ids unique, ordered by first quote.
   */
  kept: ExtractedRelation[];
  /** The relations that did not, in the order given. */
  dropped: DroppedRelation[];
}

interface Passed {
  candidate: CandidateRelation;
  type: RelationType;
  span: QuoteSpan;
}

const CONTRACT = new Set<string>(CONTRACT_RELATION_TYPES);

function clip(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

/**
 * Checks each candidate in turn and assembles those that pass into extracted relations; no quote that is not
 * in `text` can be kept. Pure: reads nothing but its arguments.
 */
export function gateRelations(options: GateOptions): GateResult {
  const { text, sourceId, candidates, entities } = options;
  const maxQuoteChars = options.maxQuoteChars ?? DEFAULT_LIMITS.maxQuoteChars;
  const byId = new Map(entities.map((e) => [e.id, e]));
  let naming: { doc: Doc; table: AliasTable } | undefined;
  const namedNear = (span: QuoteSpan) => {
    naming ??= { doc: plainDocument(text), table: createNameTable(entities) };
    return entitiesNamedNear(naming.doc, naming.table, span.start, span.end);
  };

  const passed: Passed[] = [];
  const dropped: DroppedRelation[] = [];
  for (const candidate of candidates) {
    const drop = (reason: GateReason, detail: string) => dropped.push({ candidate, reason, detail });
    const { type, from, to } = candidate;
    const quote = candidate.quote.trim();
    if (!CONTRACT.has(type)) {
      drop('unknown-type', `${JSON.stringify(type)} is not a relation type; use one of ${[...CONTRACT].join(', ')}`);
      continue;
    }
    const missing = [from, to].find((id) => !byId.has(id));
    if (missing !== undefined) {
      drop('unknown-entity', `${JSON.stringify(missing)} is not an entity known or proposed for ${sourceId}`);
      continue;
    }
    if (from === to) {
      drop('self-relation', `${type} from ${from} to itself`);
      continue;
    }
    if (quote.length < MIN_QUOTE_LENGTH) {
      drop('quote-too-short', `"${quote}" has ${quote.length} characters; a quote needs ${MIN_QUOTE_LENGTH}`);
      continue;
    }
    if (quote.length > maxQuoteChars) {
      drop('quote-too-long', `"${clip(quote)}" has ${quote.length} characters; at most ${maxQuoteChars}`);
      continue;
    }
    // The text's own characters, checked once more: nothing but a slice of the text is ever kept.
    const spans = locateQuote(text, quote).filter((s) => text.slice(s.start, s.end) === s.quote);
    if (spans.length === 0) {
      drop('quote-not-found', `"${clip(quote)}" is not in the text of ${sourceId}`);
      continue;
    }
    const short = spans.find((s) => s.quote.length < MIN_QUOTE_LENGTH);
    if (short) {
      const found = short.quote.length;
      drop(
        'quote-too-short',
        `"${short.quote}" has ${found} characters in the text; a quote needs ${MIN_QUOTE_LENGTH}`,
      );
      continue;
    }
    const named = spans.map((span) => ({ span, near: namedNear(span) }));
    const both = named.find(({ near }) => near.has(from) && near.has(to));
    if (!both) {
      const unnamed = [from, to].filter((id) => !named.some(({ near }) => near.has(id)));
      const which = (unnamed.length > 0 ? unnamed : [from, to]).map((id) => `${byId.get(id)?.name} (${id})`);
      const verb = which.length === 1 ? 'is' : 'are';
      drop('entity-not-named', `${which.join(' and ')} ${verb} not named in "${clip(quote)}" or next to it`);
      continue;
    }
    passed.push({ candidate, type: type as RelationType, span: both.span });
  }
  return { kept: assemble(passed, byId, sourceId), dropped };
}

/** Merges what passed by type and pair, keeps up to three quotes in text order, and gives each a unique id. */
function assemble(passed: readonly Passed[], byId: ReadonlyMap<string, Entity>, sourceId: string) {
  const merged = new Map<string, { first: Passed; confidence: number; spans: QuoteSpan[] }>();
  for (const p of passed) {
    const { from, to } = p.candidate;
    const pair = isSymmetric(p.type) ? [from, to].sort().join('|') : `${from}|${to}`;
    const key = `${p.type}|${pair}`;
    const entry = merged.get(key) ?? { first: p, confidence: 0, spans: [] };
    entry.confidence = Math.max(entry.confidence, Math.min(1, Math.max(0, p.candidate.confidence || 0)));
    if (!entry.spans.some((s) => s.quote === p.span.quote)) entry.spans.push(p.span);
    merged.set(key, entry);
  }
  const ordered = [...merged.values()]
    .map((r) => ({ ...r, spans: [...r.spans].sort((a, b) => a.start - b.start || a.end - b.end).slice(0, MAX_QUOTES) }))
    .sort(
      (a, b) =>
        (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0) ||
        a.first.type.localeCompare(b.first.type) ||
        a.first.candidate.from.localeCompare(b.first.candidate.from) ||
        a.first.candidate.to.localeCompare(b.first.candidate.to),
    );
  const taken = new Set<string>();
  const kept: ExtractedRelation[] = [];
  for (const { first, confidence, spans } of ordered) {
    const { from, to, summary } = first.candidate;
    const head = spans[0] as QuoteSpan;
    kept.push({
      id: uniqueSlug(slugify(`${from}-${first.type.toLowerCase().replace(/_/g, '-')}-${to}`), taken),
      type: first.type,
      from,
      to,
      summary: summary ?? summarize(first.type, byId.get(from) as Entity, byId.get(to) as Entity),
      confidence,
      evidence: spans.map((s) => ({ source: sourceId, quote: s.quote })),
      start: head.start,
      end: head.end,
    });
  }
  return kept;
}
