// Scores an extraction against a gold file: which of the article's actors were proposed (entity precision and
// recall), and which of the relations a careful reader finds were extracted (relation precision, recall, F1).
import { normalizeName } from '../data/names.ts';
import {
  CONTRACT_RELATION_TYPES,
  ENTITY_KINDS,
  type Entity,
  type EntityKind,
  isSymmetric,
  type Relation,
  type RelationType,
} from '../model.ts';
import type { Extraction } from './extraction.ts';
import type { GoldEntity, GoldFile, GoldRelation } from './gold.ts';

/** The relation types the extractors produce, and the gold files use: the API contract's eight. */
export const EXTRACTED_TYPES = CONTRACT_RELATION_TYPES;

export interface Score {
  /** Extracted relations, less those that only match an optional gold relation. */
  extracted: number;
  /** Extracted relations that match a gold relation. */
  correct: number;
  /** Required gold relations. */
  gold: number;
  /** Required gold relations that some extracted relation matches. */
  hits: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EntityScore {
  gold: number;
  proposed: number;
  /** Gold entities some proposal stands for. */
  found: number;
  /** Proposals that stand for a gold entity no earlier proposal stood for. */
  correct: number;
  precision: number;
  recall: number;
  byKind: Partial<Record<EntityKind, { gold: number; found: number }>>;
  missed: string[];
  /** Proposals that stand for no gold entity, or for one already proposed (a duplicate). */
  spurious: string[];
}

/** An extracted relation that is not in the gold file, or a gold relation that was not extracted. */
export interface Finding {
  type: RelationType;
  from: string;
  to: string;
  quote: string;
  confidence?: number;
}

export interface ArticleEvaluation {
  id: string;
  split: string;
  genre?: string;
  /** Absent when the extractor was given known entities (it then proposes only the new ones). */
  entities?: EntityScore;
  relations: Score;
  byType: Record<string, Score>;
  falsePositives: Finding[];
  misses: Finding[];
}

export interface EvaluationInput {
  id: string;
  split: string;
  extraction: Extraction;
  /** The entities the extractor was given as known; their ids may appear in its relations. */
  known: readonly Entity[];
  gold: GoldFile;
}

const names = (e: { name: string; aliases: readonly string[] }) => new Set([e.name, ...e.aliases].map(normalizeName));
const words = (name: string) => normalizeName(name).split(/[\s-]+/);

/**
 * The gold entity each entity stands for: one sharing its name (the best), one sharing any name or
 * alias, a person named by the same words in another order ("Kishida Fumio"), or by one of their words
 * alone (a surname).
 */
export function matchEntities(entities: readonly Entity[], gold: readonly GoldEntity[]): Map<string, string> {
  const match = new Map<string, string>();
  for (const e of entities) {
    const own = names(e);
    let best: { id: string; score: number } | undefined;
    for (const g of gold) {
      const theirs = names(g);
      let score = 0;
      if (theirs.has(normalizeName(e.name))) score = 4;
      else if ([...own].some((n) => theirs.has(n))) score = 3;
      else if (e.kind === 'PERSON' && g.kind === 'PERSON') {
        const a = words(e.name);
        const b = words(g.name);
        if (a.length > 1 && [...a].sort().join(' ') === [...b].sort().join(' ')) score = 2;
        else if (a.length === 1 && b.includes(a[0] ?? '')) score = 1;
      }
      if (score > (best?.score ?? 0)) best = { id: g.id, score };
    }
    if (best) match.set(e.id, best.id);
  }
  return match;
}

function score(extracted: number, correct: number, gold: number, hits: number): Score {
  const precision = extracted === 0 ? 0 : correct / extracted;
  const recall = gold === 0 ? 0 : hits / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { extracted, correct, gold, hits, precision, recall, f1 };
}

/** Whether a gold relation accepts `type` between `from` and `to` (either order for a symmetric type). */
function accepts(g: GoldRelation, type: RelationType, from: string, to: string): boolean {
  if (!g.types.includes(type)) return false;
  return (g.from === from && g.to === to) || (isSymmetric(type) && g.from === to && g.to === from);
}

function scoreEntities(extraction: Extraction, gold: GoldFile, match: Map<string, string>): EntityScore {
  const found = new Set<string>();
  const spurious: string[] = [];
  for (const e of extraction.entities) {
    const id = match.get(e.id);
    if (id && !found.has(id)) found.add(id);
    else spurious.push(`${e.kind} ${e.name}${id ? ` (again ${id})` : ''}`);
  }
  const byKind: EntityScore['byKind'] = {};
  for (const kind of ENTITY_KINDS) {
    const ofKind = gold.entities.filter((e) => e.kind === kind);
    if (ofKind.length > 0) byKind[kind] = { gold: ofKind.length, found: ofKind.filter((e) => found.has(e.id)).length };
  }
  const correct = extraction.entities.length - spurious.length;
  return {
    gold: gold.entities.length,
    proposed: extraction.entities.length,
    found: found.size,
    correct,
    precision: extraction.entities.length === 0 ? 0 : correct / extraction.entities.length,
    recall: gold.entities.length === 0 ? 0 : found.size / gold.entities.length,
    byKind,
    missed: gold.entities.filter((e) => !found.has(e.id)).map((e) => `${e.kind} ${e.name}`),
    spurious,
  };
}

/**
 * Compares an extraction with a gold file. An extracted relation is correct when a gold relation between
 * the same (matched) entities lists its type, direction respected for directed types; one that matches only
 * optional gold relations is left out of both precision and recall.
 */
export function evaluateAgainstGold(input: EvaluationInput): ArticleEvaluation {
  const { extraction, known, gold } = input;
  const match = matchEntities([...extraction.entities, ...known], gold.entities);
  const resolve = (id: string) => match.get(id) ?? `?${id}`;
  const required = gold.relations.filter((g) => !g.optional);

  const unique = new Map<string, Extraction['relations'][number]>();
  for (const r of extraction.relations) {
    const [a, b] = [resolve(r.from), resolve(r.to)];
    const key = isSymmetric(r.type) ? `${r.type} ${[a, b].sort().join(' ')}` : `${r.type} ${a} ${b}`;
    if (!unique.has(key)) unique.set(key, r);
  }
  const hit = new Set<GoldRelation>();
  const counts = new Map<RelationType, { extracted: number; correct: number }>();
  const falsePositives: Finding[] = [];
  for (const r of unique.values()) {
    const [from, to] = [resolve(r.from), resolve(r.to)];
    const matching = gold.relations.filter((g) => accepts(g, r.type, from, to));
    const count = counts.get(r.type) ?? { extracted: 0, correct: 0 };
    counts.set(r.type, count);
    if (matching.length > 0 && matching.every((g) => g.optional)) continue;
    count.extracted++;
    if (matching.length > 0) {
      count.correct++;
      for (const g of matching) hit.add(g);
    } else {
      falsePositives.push({ type: r.type, from, to, quote: r.evidence[0]?.quote ?? '', confidence: r.confidence });
    }
  }
  const byType: Record<string, Score> = {};
  for (const type of EXTRACTED_TYPES) {
    const c = counts.get(type) ?? { extracted: 0, correct: 0 };
    const ofType = required.filter((g) => g.types[0] === type);
    byType[type] = score(c.extracted, c.correct, ofType.length, ofType.filter((g) => hit.has(g)).length);
  }
  const all = [...counts.values()];
  const sum = (f: (c: { extracted: number; correct: number }) => number) => all.reduce((n, c) => n + f(c), 0);
  return {
    id: input.id,
    split: input.split,
    genre: gold.genre,
    entities: known.length === 0 ? scoreEntities(extraction, gold, match) : undefined,
    relations: score(
      sum((c) => c.extracted),
      sum((c) => c.correct),
      required.length,
      required.filter((g) => hit.has(g)).length,
    ),
    byType,
    falsePositives,
    misses: required
      .filter((g) => !hit.has(g))
      .map((g) => ({ type: g.types[0] as RelationType, from: g.from, to: g.to, quote: g.quote })),
  };
}

/** Sums of several articles' counts, and the figures of the sums (micro-averaged). */
export function microAverage(evaluations: readonly ArticleEvaluation[]): { entities?: EntityScore; relations: Score } {
  const total = (f: (s: Score) => number) => evaluations.reduce((n, e) => n + f(e.relations), 0);
  const relations = score(
    total((s) => s.extracted),
    total((s) => s.correct),
    total((s) => s.gold),
    total((s) => s.hits),
  );
  const scored = evaluations.map((e) => e.entities).filter((e): e is EntityScore => e !== undefined);
  if (scored.length === 0 || scored.length < evaluations.length) return { relations };
  const sum = (f: (s: EntityScore) => number) => scored.reduce((n, s) => n + f(s), 0);
  const [gold, proposed, found, correct] = [
    sum((s) => s.gold),
    sum((s) => s.proposed),
    sum((s) => s.found),
    sum((s) => s.correct),
  ];
  const byKind: EntityScore['byKind'] = {};
  for (const s of scored)
    for (const [kind, c] of Object.entries(s.byKind) as [EntityKind, { gold: number; found: number }][]) {
      const into = byKind[kind] ?? { gold: 0, found: 0 };
      byKind[kind] = { gold: into.gold + c.gold, found: into.found + c.found };
    }
  return {
    relations,
    entities: {
      gold,
      proposed,
      found,
      correct,
      precision: proposed === 0 ? 0 : correct / proposed,
      recall: gold === 0 ? 0 : found / gold,
      byKind,
      missed: scored.flatMap((s) => s.missed),
      spurious: scored.flatMap((s) => s.spurious),
    },
  };
}

/**
 * The gold file of a curated source: every curated entity, and the curated relations of the contract's
 * types with evidence from it. (The seed article's curated graph was made by hand, before the extractor.)
 */
export function goldFromCurated(
  data: { entities: readonly Entity[]; relations: readonly Relation[] },
  sourceId: string,
): GoldFile {
  // Parallel curated relations (one type, one pair) are one gold relation.
  const relations = new Map<string, GoldRelation>();
  for (const r of data.relations) {
    const evidence = r.evidence.find((e) => e.sourceId === sourceId);
    if (!evidence || !EXTRACTED_TYPES.includes(r.type)) continue;
    const key = isSymmetric(r.type) ? `${r.type} ${[r.from, r.to].sort().join(' ')}` : `${r.type} ${r.from} ${r.to}`;
    if (!relations.has(key)) relations.set(key, { types: [r.type], from: r.from, to: r.to, quote: evidence.quote });
  }
  return {
    source: sourceId,
    genre: 'analysis',
    region: '',
    entities: data.entities.map(({ id, name, kind, aliases }) => ({ id, name, kind, aliases })),
    relations: [...relations.values()],
  };
}
