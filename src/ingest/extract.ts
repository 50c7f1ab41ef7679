// The relation extractor: reads an article, finds its actors (known ones by their names and aliases, new ones
// proposed with a guessed kind) and the relations its sentences state, each with a verbatim quote.
import type { Entity, EntityKind } from '../model.ts';
import { appositiveClasses, headClass, resolveAnaphora } from './anaphora.ts';
import { parseDocument } from './document.ts';
import { type Proposal, proposeEntities } from './entities.ts';
import { type Extraction, MIN_QUOTE_LENGTH } from './extraction.ts';
import { type CandidateRelation, gateRelations } from './gate.ts';
import { findInnerMentions, findMentions, type Mention } from './mentions.ts';
import type { FoundRelation } from './rule-context.ts';
import { findRelations } from './rules.ts';
import { Structure } from './structure.ts';
import { untagFiniteInfinitives } from './verb-tags.ts';

export interface ExtractOptions {
  sourceId: string;
  text: string;
  /** Entities already known (curated), whose ids, names and aliases are matched in the text. May be empty. */
  known: Entity[];
  /** The longest quote the gate accepts (KG_MAX_QUOTE_CHARS). */
  maxQuoteChars?: number;
}

interface Quote {
  start: number;
  end: number;
}

/** The span a quote takes: the found tokens with an article before them, widened in the clause to 20 characters. */
function quoteSpan(structure: Structure, found: FoundRelation): Quote {
  const { tokens, doc } = structure;
  let first = found.first;
  let last = found.last;
  const sentence = doc.sentences[doc.sentenceOf[first] ?? 0];
  if (['the', 'a', 'an'].includes(tokens[first - 1]?.norm ?? '') && (sentence?.first ?? 0) <= first - 1) first--;
  const length = () => (tokens[last]?.end ?? 0) - (tokens[first]?.start ?? 0);
  // Too short for a clause: the whole clause, then the whole sentence, then with the sentence before (where
  // a pronoun's antecedent stands: "Chile is a Pacific state. It opposes Bolivia").
  const previous = sentence ? doc.sentences[sentence.index - 1] : undefined;
  for (const range of [structure.clauseAt(found.first), structure.clauseAt(found.last), sentence, previous]) {
    if (!range || length() >= MIN_QUOTE_LENGTH) continue;
    first = Math.min(first, range.first);
    last = Math.max(last, range.last);
  }
  while (last > first && tokens[last]?.type === 'punct' && !['”', '"', ')', '’'].includes(tokens[last]?.text ?? ''))
    last--;
  while (first < last && tokens[first]?.type === 'punct' && !['“', '"', '(', '‘'].includes(tokens[first]?.text ?? ''))
    first++;
  return { start: tokens[first]?.start ?? 0, end: tokens[last]?.end ?? 0 };
}

/** An article read for the relation rules: its entities (known and proposed), their mentions, its structure. */
export interface Analysis {
  proposal: Proposal;
  byId: Map<string, Entity>;
  kindOf: (entityId: string) => EntityKind | undefined;
  mentions: Mention[];
  structure: Structure;
}

/** Parses `text`, proposes its new entities, finds their mentions (pronouns and anaphora resolved) and its clauses. */
export function analyseText(text: string, known: readonly Entity[], sourceId: string): Analysis {
  const doc = parseDocument(text);
  untagFiniteInfinitives(doc);
  const proposal = proposeEntities(doc, known, sourceId);
  const kindOf = (id: string): EntityKind | undefined => proposal.kinds.get(id);
  const byId = new Map<string, Entity>([...known, ...proposal.proposed].map((e) => [e.id, e]));
  const mentions = findMentions(doc, proposal.table);
  findInnerMentions(doc, proposal.table, mentions);
  const structure = new Structure(doc, kindOf);
  for (const m of mentions) structure.addMention(m);
  const described = appositiveClasses(structure);
  const classOf = (id: string) => headClass(byId.get(id)?.name ?? '') ?? described.get(id);
  for (const s of doc.sentences) resolveAnaphora(structure, s.index, kindOf, classOf);
  return { proposal, byId, kindOf, mentions, structure };
}

/**
 * Extracts the entities and relations of one article. Deterministic: the same input gives the same output.
 * Every quote is verbatim: `text.slice(start, end) === evidence[0].quote` and every quote occurs in `text`.
 */
export function extract(options: ExtractOptions): Extraction {
  const { sourceId, text, known } = options;
  const analysis = analyseText(text, known, sourceId);
  const { structure, proposal, mentions } = analysis;
  // In text order, so that a symmetric relation's two parties are named in the order the text first gives them.
  const found = findRelations(structure, analysis.kindOf).sort((a, b) => a.first - b.first || a.last - b.last);

  // Every relation passes the same verbatim gate as a language model's; it merges them by type and pair.
  const candidates: CandidateRelation[] = found.map((f) => {
    const quote = quoteSpan(structure, f);
    return {
      type: f.type,
      from: f.from,
      to: f.to,
      quote: text.slice(quote.start, quote.end),
      confidence: f.confidence,
    };
  });
  const gate = gateRelations({
    text,
    sourceId,
    candidates,
    entities: [...known, ...proposal.proposed],
    ...(options.maxQuoteChars ? { maxQuoteChars: options.maxQuoteChars } : {}),
  });
  const relations = gate.kept;

  // A proposed entity stays when the text names it outright or a relation needs it.
  const used = new Set(relations.flatMap((r) => [r.from, r.to]));
  const named = new Map<string, number>();
  for (const m of mentions) if (!named.has(m.entityId)) named.set(m.entityId, m.start);
  const entities = proposal.proposed
    .filter((e) => named.has(e.id) || used.has(e.id))
    .sort((a, b) => (named.get(a.id) ?? 0) - (named.get(b.id) ?? 0) || a.id.localeCompare(b.id));
  return { entities, relations, dropped: gate.dropped.map(({ reason, detail }) => ({ reason, detail })) };
}
