// The evaluation as Markdown: a row per article, the micro-averaged figures of each split, and every false
// positive (and, when asked, every miss) with its quote.

import { isSymmetric } from '../model.ts';
import { markdownTable } from '../text-table.ts';
import type { ArticleEvaluation, EntityScore, Finding, Score } from './evaluate.ts';
import { microAverage } from './evaluate.ts';

const figure = (x: number) => x.toFixed(2);

const HEADER = ['article', 'genre', 'ent. P', 'ent. R', 'extracted', 'gold', 'hits', 'rel. P', 'rel. R', 'F1'];

function row(label: string, genre: string, entities: EntityScore | undefined, r: Score): string[] {
  return [
    label,
    genre,
    entities ? figure(entities.precision) : '-',
    entities ? figure(entities.recall) : '-',
    String(r.extracted),
    String(r.gold),
    String(r.hits),
    figure(r.precision),
    figure(r.recall),
    figure(r.f1),
  ];
}

/** One row per article, then a micro-averaged row per split. */
export function formatScores(evaluations: readonly ArticleEvaluation[]): string {
  const rows = evaluations.map((e) => row(`${e.split}/${e.id}`, e.genre ?? '', e.entities, e.relations));
  const splits = [...new Set(evaluations.map((e) => e.split))];
  for (const split of splits) {
    const ofSplit = evaluations.filter((e) => e.split === split);
    const total = microAverage(ofSplit);
    rows.push(row(`**${split}** (${ofSplit.length}, micro)`, '', total.entities, total.relations));
  }
  return markdownTable(HEADER, rows);
}

/** Relation figures by type, summed over the articles given. */
export function formatByType(evaluations: readonly ArticleEvaluation[]): string {
  const types = Object.keys(evaluations[0]?.byType ?? {});
  const rows = types.map((type) => {
    const sum = (f: (s: Score) => number) => evaluations.reduce((n, e) => n + f(e.byType[type] as Score), 0);
    const [extracted, correct, gold, hits] = [
      sum((s) => s.extracted),
      sum((s) => s.correct),
      sum((s) => s.gold),
      sum((s) => s.hits),
    ];
    const p = extracted === 0 ? 0 : correct / extracted;
    const r = gold === 0 ? 0 : hits / gold;
    return [type, String(extracted), String(correct), String(gold), String(hits), figure(p), figure(r)];
  });
  return markdownTable(['type', 'extracted', 'correct', 'gold', 'hits', 'precision', 'recall'], rows);
}

function findingLine(f: Finding): string {
  const arrow = isSymmetric(f.type) ? '—' : '→';
  const confidence = f.confidence === undefined ? '' : ` (${f.confidence})`;
  return `- ${f.type} ${f.from} ${arrow} ${f.to}${confidence}: “${f.quote}”`;
}

/** Every false positive of each article, and its misses too when asked. */
export function formatFindings(evaluations: readonly ArticleEvaluation[], { misses = false } = {}): string {
  const out: string[] = [];
  for (const e of evaluations) {
    const parts: string[] = [];
    if (e.falsePositives.length > 0) parts.push('False positives:', ...e.falsePositives.map(findingLine));
    if (e.entities?.spurious.length) parts.push(`Entities not in the gold file: ${e.entities.spurious.join('; ')}.`);
    if (misses && e.misses.length > 0) parts.push('Missed:', ...e.misses.map(findingLine));
    if (misses && e.entities?.missed.length) parts.push(`Entities missed: ${e.entities.missed.join('; ')}.`);
    if (parts.length > 0) out.push(`### ${e.split}/${e.id}`, '', ...parts, '');
  }
  return out.join('\n');
}
