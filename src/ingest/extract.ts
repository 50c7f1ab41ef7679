// The relation extractor: reads an article, finds its actors (known ones by their names and aliases, new ones
// proposed with a guessed kind) and the relations its sentences state, each with a verbatim quote.
import { type Entity, type EntityKind, isSymmetric, type RelationType } from '../model.ts';
import { appositiveClasses, headClass, resolveAnaphora } from './anaphora.ts';
import { parseDocument } from './document.ts';
import { type Proposal, proposeEntities } from './entities.ts';
import { findInnerMentions, findMentions, type Mention } from './mentions.ts';
import type { FoundRelation } from './rule-context.ts';
import { findRelations } from './rules.ts';
import { slugify, uniqueSlug } from './slug.ts';
import { Structure } from './structure.ts';
import { untagFiniteInfinitives } from './verb-tags.ts';

export interface ExtractOptions {
  sourceId: string;
  text: string;
  /** Entities already known (curated), whose ids, names and aliases are matched in the text. May be empty. */
  known: Entity[];
}

export interface ExtractedRelation {
  /** `${from}-${type}-${to}` as a slug, with `-2`, `-3` when repeated. */
  id: string;
  /** Only the contract's eight types. */
  type: RelationType;
  /** Entity ids, known or proposed; for a directed type `from` is the subject. */
  from: string;
  to: string;
  /** One plain generated sentence: "Japan is concerned about China." */
  summary: string;
  /** 0..1, from the cue's strength and the structure it was found in. */
  confidence: number;
  /** Each quote is verbatim: a clause of the text, at least 20 characters. */
  evidence: { source: string; quote: string }[];
  /** Offsets of the first quote: `text.slice(start, end) === evidence[0].quote`. */
  start: number;
  end: number;
}

export interface Extraction {
  /** Proposed new entities only, with a guessed kind. */
  entities: Entity[];
  relations: ExtractedRelation[];
}

/** The shortest quote: about a clause. */
export const MIN_QUOTE_LENGTH = 20;
/** At most this many quotes are kept for one relation, the first in the text. */
export const MAX_QUOTES = 3;

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
  // Too short for a clause: the whole clause, then the whole sentence.
  for (const range of [structure.clauseAt(found.first), structure.clauseAt(found.last), sentence]) {
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

function needsArticle(e: Entity): boolean {
  if (e.kind === 'PERSON' || e.kind === 'COMPANY') return false;
  if (/['’]s\b/.test(e.name)) return false;
  if (e.kind === 'COUNTRY') return /^(?:United|Republic|Kingdom|Federation|State)\b|s$/.test(e.name);
  return !/^\p{Lu}{3,}$/u.test(e.name);
}

function isPlural(e: Entity): boolean {
  if (['PERSON', 'COUNTRY', 'COMPANY'].includes(e.kind)) return false;
  return /(?:[^s]s|tanks|businesses)$/.test(e.name) && !/(?:us|is|ss|ics)$/.test(e.name);
}

/** One plain sentence stating the relation. */
export function summarize(type: RelationType, from: Entity, to: Entity): string {
  const name = (e: Entity) => (needsArticle(e) ? `the ${e.name}` : e.name);
  const a = name(from);
  const b = name(to);
  const be = isPlural(from) ? 'are' : 'is';
  const s = isPlural(from) ? '' : 's';
  const text: Record<RelationType, string> = {
    ALLY: `${a} and ${b} are allies.`,
    RIVAL: `${a} and ${b} are rivals.`,
    AGREEMENT: `${a} and ${b} have an agreement.`,
    CONCERN: `${a} ${be} concerned about ${b}.`,
    MEMBER_OF: `${a} ${be} a member of ${b}.`,
    LEADS: `${a} lead${s} ${b}.`,
    SUPPORTS: `${a} support${s} ${b}.`,
    OPPOSES: `${a} oppose${s} ${b}.`,
    PARTNER: `${a} and ${b} are partners.`,
    PARTICIPATES_IN: `${a} take${s} part in ${b}.`,
    ADOPTS: `${a} adopt${s} ${b}.`,
  };
  const sentence = text[type];
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
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
  const { structure, proposal, byId, mentions } = analysis;
  // In text order, so that a symmetric relation's two parties are named in the order the text first gives them.
  const found = findRelations(structure, analysis.kindOf).sort((a, b) => a.first - b.first || a.last - b.last);

  // One relation per type and pair (either order for a symmetric type), with its quotes in text order.
  const merged = new Map<
    string,
    { type: RelationType; from: string; to: string; confidence: number; quotes: Quote[] }
  >();
  for (const f of found) {
    const pair = isSymmetric(f.type) ? [f.from, f.to].sort().join('|') : `${f.from}|${f.to}`;
    const key = `${f.type}|${pair}`;
    const quote = quoteSpan(structure, f);
    const entry = merged.get(key) ?? { type: f.type, from: f.from, to: f.to, confidence: 0, quotes: [] };
    entry.confidence = Math.max(entry.confidence, f.confidence);
    const said = text.slice(quote.start, quote.end);
    if (!entry.quotes.some((q) => text.slice(q.start, q.end) === said)) entry.quotes.push(quote);
    merged.set(key, entry);
  }

  const taken = new Set<string>();
  const relations: ExtractedRelation[] = [];
  const ordered = [...merged.values()]
    .map((r) => ({
      ...r,
      quotes: [...r.quotes].sort((a, b) => a.start - b.start || a.end - b.end).slice(0, MAX_QUOTES),
    }))
    .sort(
      (a, b) =>
        (a.quotes[0]?.start ?? 0) - (b.quotes[0]?.start ?? 0) ||
        a.type.localeCompare(b.type) ||
        a.from.localeCompare(b.from) ||
        a.to.localeCompare(b.to),
    );
  for (const r of ordered) {
    const from = byId.get(r.from);
    const to = byId.get(r.to);
    const first = r.quotes[0];
    if (!from || !to || !first) continue;
    relations.push({
      id: uniqueSlug(slugify(`${r.from}-${r.type.toLowerCase().replace(/_/g, '-')}-${r.to}`), taken),
      type: r.type,
      from: r.from,
      to: r.to,
      summary: summarize(r.type, from, to),
      confidence: r.confidence,
      evidence: r.quotes.map((q) => ({ source: sourceId, quote: text.slice(q.start, q.end) })),
      start: first.start,
      end: first.end,
    });
  }

  // A proposed entity stays when the text names it outright or a relation needs it.
  const used = new Set(relations.flatMap((r) => [r.from, r.to]));
  const named = new Map<string, number>();
  for (const m of mentions) if (!named.has(m.entityId)) named.set(m.entityId, m.start);
  const entities = proposal.proposed
    .filter((e) => named.has(e.id) || used.has(e.id))
    .sort((a, b) => (named.get(a.id) ?? 0) - (named.get(b.id) ?? 0) || a.id.localeCompare(b.id));
  return { entities, relations };
}
