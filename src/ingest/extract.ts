// The relation extractor: reads an article, finds its actors (known ones by their names and aliases, new ones
// proposed with a guessed kind) and the relations its sentences state, each with a verbatim quote.
import { normalizeName } from '../data/names.ts';
import type { Entity, EntityKind } from '../model.ts';
import { resolveAnaphora } from './anaphora.ts';
import { appositiveHeads, headWord } from './descriptions.ts';
import { parseDocument } from './document.ts';
import { type Proposal, proposeEntities } from './entities.ts';
import { createNameTable, entitiesNamedNear, plainDocument } from './entity-names.ts';
import { type Extraction, MIN_QUOTE_LENGTH } from './extraction.ts';
import { type CandidateRelation, gateRelations } from './gate.ts';
import { findInnerMentions, findMentions, type Mention } from './mentions.ts';
import type { FoundRelation } from './rule-context.ts';
import { findRelations } from './rules.ts';
import type { Sentence } from './sentences.ts';
import { Structure } from './structure.ts';
import { titleHolders } from './titles.ts';
import { untagFiniteInfinitives } from './verb-tags.ts';

export interface ExtractOptions {
  sourceId: string;
  text: string;
  /** Entities already known (curated), whose ids, names and aliases are matched in the text. May be empty. */
  known: Entity[];
  /** The longest quote the gate accepts (KG_MAX_QUOTE_CHARS). */
  maxQuoteChars?: number;
  /** For each known entity, the ids of those its relations link it to: tells a known name meant otherwise here. */
  related?: ReadonlyMap<string, readonly string[]>;
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

/** How many whole sentences a quote may reach back to the name a pronoun or description stands for. */
const REACH_BACK_SENTENCES = 2;
/** The longest quote that reaching back may make. */
const REACH_BACK_CHARS = 450;
/** The longest paragraph of one sentence that counts as a heading a quote may reach back to. */
const HEADING_CHARS = 80;

/**
 * A quote whose party is named only through a pronoun or a description ("the pact", "the three countries")
 * reaches back, over whole sentences of its paragraph, until the sentence before it names that party: what
 * the gate asks of every quote. Unchanged when no such reach is short enough.
 */
function reachBack(
  structure: Structure,
  quote: Quote,
  ends: readonly string[],
  namedNear: (start: number, end: number) => Set<string>,
): Quote {
  const named = (q: Quote) => {
    const near = namedNear(q.start, q.end);
    return ends.every((id) => near.has(id));
  };
  if (named(quote)) return quote;
  const { doc } = structure;
  const opensParagraph = (s: Sentence | undefined) =>
    s !== undefined && (s.index === 0 || (doc.tokens[s.first]?.blankLineBefore ?? false));
  let sentence = doc.sentences.find((s) => s.start <= quote.start && quote.start < s.end);
  for (let n = 0; sentence && n < REACH_BACK_SENTENCES; n++) {
    const before: Sentence | undefined = doc.sentences[sentence.index - 1];
    // Across a paragraph break only to a heading ("What is BRICS?"), a paragraph of one short sentence.
    const heading = before && opensParagraph(before) && before.end - before.start <= HEADING_CHARS;
    if (opensParagraph(sentence) && !heading) break;
    sentence = before;
    if (!sentence || quote.end - sentence.start > REACH_BACK_CHARS) break;
    const wider = { start: sentence.start, end: quote.end };
    if (named(wider)) return wider;
    if (heading) break;
  }
  return quote;
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
export function analyseText(
  text: string,
  known: readonly Entity[],
  sourceId: string,
  related: ReadonlyMap<string, readonly string[]> = new Map(),
): Analysis {
  const doc = parseDocument(text);
  untagFiniteInfinitives(doc);
  const proposal = proposeEntities(doc, known, sourceId, related);
  const kindOf = (id: string): EntityKind | undefined => proposal.kinds.get(id);
  const byId = new Map<string, Entity>([...known, ...proposal.proposed].map((e) => [e.id, e]));
  const mentions = findMentions(doc, proposal.table);
  findInnerMentions(doc, proposal.table, mentions);
  const structure = new Structure(doc, kindOf);
  for (const m of mentions) structure.addMention(m);
  const described = appositiveHeads(structure);
  const headOf = (id: string) => headWord(byId.get(id)?.name ?? '') ?? described.get(id);
  const states = new Map<string, Set<string>>();
  for (const h of titleHolders(structure, kindOf))
    states.set(h.person, new Set([...(states.get(h.person) ?? []), h.country]));
  const stateOf = (id: string) => (states.get(id)?.size === 1 ? [...(states.get(id) ?? [])][0] : undefined);
  for (const s of doc.sentences) resolveAnaphora(structure, s.index, kindOf, headOf, stateOf);
  return { proposal, byId, kindOf, mentions, structure };
}

/**
 * Extracts the entities and relations of one article. Deterministic: the same input gives the same output.
 * Every quote is verbatim: `text.slice(start, end) === evidence[0].quote` and every quote occurs in `text`.
 */
export function extract(options: ExtractOptions): Extraction {
  const { sourceId, text, known } = options;
  const analysis = analyseText(text, known, sourceId, options.related);
  const { structure, proposal, mentions } = analysis;
  // In text order, so that a symmetric relation's two parties are named in the order the text first gives them.
  const found = findRelations(structure, analysis.kindOf).sort((a, b) => a.first - b.first || a.last - b.last);

  // Every relation passes the same verbatim gate as a language model's; it merges them by type and pair.
  // Entities with the names this text gives them ("RAA"), so that the gate finds them named; one proposed
  // apart from a known one under its name first, so that the name is that one's here.
  const withNames = (e: Entity) => ({ ...e, aliases: [...e.aliases, ...(proposal.knownNames.get(e.id) ?? [])] });
  const apart = proposal.proposed.filter((e) => proposal.knownNames.has(e.id));
  // A known entity whose name one proposed apart takes in this text is not named here.
  const claimed = new Set(apart.flatMap((e) => proposal.knownNames.get(e.id) ?? []).map(normalizeName));
  const everyEntity = [
    ...apart.map(withNames),
    ...known.filter((e) => !claimed.has(normalizeName(e.name))).map(withNames),
    ...proposal.proposed.filter((e) => !proposal.knownNames.has(e.id)),
  ];
  const naming = { doc: plainDocument(text), table: createNameTable(everyEntity) };
  const namedNear = (start: number, end: number) => entitiesNamedNear(naming.doc, naming.table, start, end);
  const candidates: CandidateRelation[] = found.map((f) => {
    const quote = reachBack(structure, quoteSpan(structure, f), [f.from, f.to], namedNear);
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
    entities: everyEntity,
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
