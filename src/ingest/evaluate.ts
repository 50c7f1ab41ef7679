// Scores an extraction against a curated graph: how many curated entities were proposed, and the precision,
// recall and F1 of the relations, per kind and per type.
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
import type { Extraction } from './extract.ts';

/** The relation types the extractor produces: the API contract's eight. */
export const EXTRACTED_TYPES = CONTRACT_RELATION_TYPES;

export interface Count {
  total: number;
  found: number;
}

export interface Score {
  extracted: number;
  curated: number;
  hits: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvaluationReport {
  mode: string;
  /** Curated entities matched by a proposed one, by kind; absent where the curated entities were given. */
  entities?: { overall: Count; byKind: Partial<Record<EntityKind, Count>>; missed: string[] };
  relations: { overall: Score; byType: Record<string, Score>; missed: string[]; spurious: string[] };
  proposedEntities: number;
  extractedRelations: number;
}

export interface EvaluationInput {
  mode: string;
  extraction: Extraction;
  /** The entities the extraction was given as known (their ids are the curated ids). */
  known: readonly Entity[];
  curatedEntities: readonly Entity[];
  curatedRelations: readonly Relation[];
  /** Only curated relations with evidence from this source are expected. */
  sourceId: string;
}

function names(e: Entity): Set<string> {
  return new Set([e.name, e.id, ...e.aliases].map(normalizeName));
}

function surname(e: Entity): string | undefined {
  return e.kind === 'PERSON'
    ? normalizeName(e.name)
        .split(/[\s-]+/)
        .at(-1)
    : undefined;
}

/**
 * The curated entity each proposed entity stands for: one sharing a name or alias (its own name counts
 * most), or a person with the same surname. Proposed entities matching nothing are left out.
 */
export function matchEntities(proposed: readonly Entity[], curated: readonly Entity[]): Map<string, string> {
  const match = new Map<string, string>();
  for (const p of proposed) {
    const own = names(p);
    let best: { id: string; score: number } | undefined;
    for (const c of curated) {
      const theirs = names(c);
      let score = 0;
      if (theirs.has(normalizeName(p.name))) score = 3;
      else if ([...own].some((n) => theirs.has(n))) score = 2;
      else if (surname(p) && surname(p) === surname(c)) score = 1;
      if (score > (best?.score ?? 0)) best = { id: c.id, score };
    }
    if (best) match.set(p.id, best.id);
  }
  return match;
}

function key(type: RelationType, from: string, to: string): string {
  return isSymmetric(type) ? `${type} ${[from, to].sort().join(' — ')}` : `${type} ${from} → ${to}`;
}

function score(extracted: number, curated: number, hits: number, truePositives = hits): Score {
  const precision = extracted === 0 ? 0 : truePositives / extracted;
  const recall = curated === 0 ? 0 : hits / curated;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { extracted, curated, hits, precision, recall, f1 };
}

/** Compares an extraction with the curated graph. A relation hit is the same type between the same (matched) pair. */
export function evaluateExtraction(input: EvaluationInput): EvaluationReport {
  const { extraction, known, curatedEntities, curatedRelations, sourceId } = input;
  const match = matchEntities(extraction.entities, curatedEntities);
  const knownIds = new Set(known.map((e) => e.id));
  const resolve = (id: string) => (knownIds.has(id) ? id : (match.get(id) ?? `new:${id}`));

  let entities: EvaluationReport['entities'];
  if (known.length === 0) {
    const matched = new Set(match.values());
    const byKind: Partial<Record<EntityKind, Count>> = {};
    for (const kind of ENTITY_KINDS) {
      const ofKind = curatedEntities.filter((e) => e.kind === kind);
      if (ofKind.length > 0)
        byKind[kind] = { total: ofKind.length, found: ofKind.filter((e) => matched.has(e.id)).length };
    }
    entities = {
      overall: { total: curatedEntities.length, found: curatedEntities.filter((e) => matched.has(e.id)).length },
      byKind,
      missed: curatedEntities.filter((e) => !matched.has(e.id)).map((e) => `${e.kind} ${e.name}`),
    };
  }

  const expected = new Map<string, RelationType>();
  for (const r of curatedRelations) {
    if (!EXTRACTED_TYPES.includes(r.type) || !r.evidence.some((e) => e.sourceId === sourceId)) continue;
    expected.set(key(r.type, r.from, r.to), r.type);
  }
  const extracted = new Map<string, RelationType>();
  for (const r of extraction.relations) extracted.set(key(r.type, resolve(r.from), resolve(r.to)), r.type);

  const byType: Record<string, Score> = {};
  for (const type of EXTRACTED_TYPES) {
    const mine = [...extracted].filter(([, t]) => t === type).map(([k]) => k);
    const theirs = [...expected].filter(([, t]) => t === type).map(([k]) => k);
    const hits = mine.filter((k) => expected.has(k)).length;
    byType[type] = score(mine.length, theirs.length, hits);
  }
  const hits = [...extracted.keys()].filter((k) => expected.has(k)).length;
  return {
    mode: input.mode,
    entities,
    relations: {
      overall: score(extracted.size, expected.size, hits),
      byType,
      missed: [...expected.keys()].filter((k) => !extracted.has(k)).sort(),
      spurious: [...extracted.keys()].filter((k) => !expected.has(k)).sort(),
    },
    proposedEntities: extraction.entities.length,
    extractedRelations: extraction.relations.length,
  };
}

const pct = (x: number) => x.toFixed(2);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** The report as Markdown tables, with what was missed and what was extracted beyond the curated graph. */
export function formatReport(report: EvaluationReport, details = true): string {
  const out: string[] = [`## ${report.mode}`, ''];
  out.push(`Proposed entities: ${report.proposedEntities}; extracted relations: ${report.extractedRelations}.`, '');
  if (report.entities) {
    const { overall, byKind } = report.entities;
    const rows = Object.entries(byKind).map(([kind, c]) => [kind, `${c.found}/${c.total}`, pct(c.found / c.total)]);
    rows.push(['all', `${overall.found}/${overall.total}`, pct(overall.found / overall.total)]);
    out.push(
      'Entity recall (curated entities matched by a proposed one):',
      '',
      table(['kind', 'found', 'recall'], rows),
      '',
    );
  }
  const { overall, byType } = report.relations;
  const rows = Object.entries(byType).map(([type, s]) => [
    type,
    String(s.extracted),
    String(s.curated),
    String(s.hits),
    pct(s.precision),
    pct(s.recall),
    pct(s.f1),
  ]);
  rows.push([
    'all',
    String(overall.extracted),
    String(overall.curated),
    String(overall.hits),
    pct(overall.precision),
    pct(overall.recall),
    pct(overall.f1),
  ]);
  out.push(
    'Relations (unique type and pair; direction counts for directed types):',
    '',
    table(['type', 'extracted', 'curated', 'hits', 'precision', 'recall', 'F1'], rows),
    '',
  );
  if (details) {
    if (report.entities?.missed.length) out.push(`Entities missed: ${report.entities.missed.join('; ')}.`, '');
    out.push(`Relations missed: ${report.relations.missed.join('; ') || 'none'}.`, '');
    out.push(`Relations not in the curated graph: ${report.relations.spurious.join('; ') || 'none'}.`, '');
  }
  return out.join('\n');
}
