// Which subject a clause without its own takes: across an aside or a relative clause ("New Zealand, for its
// part, voiced concern"), from a relative clause it is joined to ("under which Australia will help fund and
// train"), from the verb a bare "and" joins it to, for a participle after a comma ("..., accusing Paris").
import { PREPOSITIONS } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import { type Clause, isAdverb, isAuxiliary, isFiniteVerb, type Structure } from './structure.ts';
import { hasTag, type Token } from './tokens.ts';

/** Relative pronouns a clause's subject may follow ("under which Australia will help"). */
const RELATIVE_WORDS = new Set(['which', 'whom']);

/** The subject `clause`, which has none of its own, takes from `previous` and the clauses before it, if any. */
export function inheritedSubject(structure: Structure, clause: Clause, previous: Clause): Mention[] | undefined {
  if (!opensWithVerb(structure, clause) && !opensWithParticiple(structure, clause)) return undefined;
  return (
    relativeSubject(structure, previous, clause.first) ??
    (tightlyJoined(structure, clause.first) ? previous.subject : undefined) ??
    interruptedSubject(structure, clause.sentence) ??
    previous.subject ??
    previous.inherited
  );
}

/**
 * The subject a verb-initial clause takes across what interrupts it: "New Zealand, for its part, voiced",
 * "Mali, a close partner of Russia, expelled", "Finland, which borders Russia, joined". Walking back over
 * the sentence's earlier clauses, past relative clauses and verbless asides, to the first other clause:
 * its own subject, or, when it has no verb, the mentions it opens with.
 */
function interruptedSubject(structure: Structure, sentence: number): Mention[] | undefined {
  const earlier = structure.clauses.filter((c) => c.sentence === sentence).slice(0, -1);
  for (let n = earlier.length - 1; n >= 0; n--) {
    const clause = earlier[n] as Clause;
    const hasVerb = structure.tokens.slice(clause.first, clause.last + 1).some((t) => isFiniteVerb(t));
    if (opensRelative(structure, clause)) continue;
    // "Indian officials point out that Trudeau's Liberal Party, which governs alone, relied ...": the name
    // a "that" clause ends with, not the main clause's subject.
    const trailing = thatSubject(structure, clause);
    if (trailing) return trailing;
    if (clause.subject) return clause.subject;
    if (hasVerb) return clause.inherited;
    let k = clause.first;
    while (['the', 'a', 'an'].includes(structure.tokens[k]?.norm ?? '')) k++;
    const m = structure.startingAt(k);
    if (m && m.via !== 'pronoun' && !m.possessive) {
      const group = structure.groupOf(m);
      if (Math.max(...group.map((g) => g.last)) >= clause.last - 1) return group;
    }
    if (n === 0 || structure.startingAt(clause.first)) return undefined;
  }
  return undefined;
}

/** The names a clause ends with right after "that" (past possessors): the subject of a complement clause. */
function thatSubject(structure: Structure, clause: Clause): Mention[] | undefined {
  const last = structure.endingAt[clause.last]?.find((m) => !m.possessive);
  if (!last) return undefined;
  const group = structure.groupOf(last).filter((m) => m.last <= last.last);
  let k = Math.min(...group.map((m) => m.first)) - 1;
  while (structure.tokens[k]?.type === 'possessive' || structure.endingAt[k]?.some((m) => m.possessive)) {
    const owner = structure.endingAt[structure.tokens[k]?.type === 'possessive' ? k - 1 : k]?.[0];
    if (!owner) break;
    k = owner.first - 1;
  }
  return structure.tokens[k]?.norm === 'that' && k >= clause.first ? group : undefined;
}

/** "X has attacked the plan and accused ...": a verb joined to the clause before by "and" with no comma. */
function tightlyJoined(structure: Structure, first: number): boolean {
  return ['and', 'or'].includes(structure.tokens[first - 1]?.norm ?? '') && structure.tokens[first - 2]?.text !== ',';
}

/**
 * "a pact under which Australia will help fund and train PNG's police": a verb joined by a bare "and" to a
 * relative clause ending the clause before shares that relative clause's subject.
 */
function relativeSubject(structure: Structure, previous: Clause, first: number): Mention[] | undefined {
  if (!['and', 'or'].includes(structure.tokens[first - 1]?.norm ?? '')) return undefined;
  for (let k = first - 2; k > previous.first; k--) {
    const t = structure.tokens[k] as Token;
    if (isFiniteVerb(t)) {
      let j = k - 1;
      while (j > previous.first && (isAuxiliary(structure.tokens[j]) || isAdverb(structure.tokens[j]))) j--;
      const subject = structure.endingAt[j]?.find((m) => !m.possessive);
      if (!subject || !RELATIVE_WORDS.has(structure.tokens[subject.first - 1]?.norm ?? '')) return undefined;
      return structure.groupOf(subject).filter((m) => m.last <= subject.last);
    }
  }
  return undefined;
}

/** "which borders Russia", "under which", "led by X", "who": a clause that describes what came before it. */
function opensRelative(structure: Structure, clause: Clause): boolean {
  const first = structure.tokens[clause.first];
  const second = structure.tokens[clause.first + 1];
  if (first?.type !== 'word') return false;
  if (['which', 'who', 'whom', 'whose', 'where'].includes(first.norm)) return true;
  if (PREPOSITIONS.has(first.norm) && ['which', 'whom', 'whose'].includes(second?.norm ?? '')) return true;
  return first.shape === 'lower' && hasTag(first, 'PastTense', 'Participle') && second?.norm === 'by';
}

/** "..., accusing Paris of meddling": a participle after a comma, whose doer is the sentence's subject. */
function opensWithParticiple(structure: Structure, clause: Clause): boolean {
  const t = structure.tokens[clause.first];
  return (
    structure.tokens[clause.first - 1]?.text === ',' &&
    t?.type === 'word' &&
    t.shape === 'lower' &&
    t.norm.endsWith('ing') &&
    hasTag(t, 'Gerund', 'Verb')
  );
}

function opensWithVerb(structure: Structure, clause: Clause): boolean {
  let k = clause.first;
  while (k <= clause.last && isAdverb(structure.tokens[k])) k++;
  return isFiniteVerb(structure.tokens[k]) || hasTag(structure.tokens[k], 'Imperative');
}
