// What states say of their ties: "Saudi Arabia and Iran restored diplomatic relations", "a treaty that
// normalised ties between the two countries" and "Abiy made peace with Isaias" (an agreement), "switched recognition to Beijing" (an agreement
// with the new partner), "Cairo has been at odds with Addis Ababa" (rivals), "bound themselves to Russia"
// (allies) and "bound by a Mutual Defense Treaty" (an agreement).
import type { EntityKind, RelationType } from '../../model.ts';
import type { Party } from '../parties.ts';
import { eachWord, type RelationRule, RelationSink } from '../rule-context.ts';
import type { Clause, Structure } from '../structure.ts';
import { hasTag, type Token } from '../tokens.ts';

/** Verbs that make or remake ties: "restored diplomatic relations", "normalised ties". */
const MAKING_TIES = new Set([
  'restore',
  'restores',
  'restored',
  'restoring',
  'normalise',
  'normalises',
  'normalised',
  'normalising',
  'normalize',
  'normalizes',
  'normalized',
  'normalizing',
  'establish',
  'establishes',
  'established',
  'establishing',
  're-establish',
  're-established',
  'resume',
  'resumes',
  'resumed',
  'resuming',
]);
const TIES = new Set(['relations', 'ties']);
const MAKING_PEACE = new Set(['make', 'makes', 'made', 'making', 'sign', 'signs', 'signed', 'signing']);
const SWITCHING = new Set(['switch', 'switches', 'switched', 'switching']);
const BOUND = new Set(['bound', 'tied']);
const PACTS = new Set(['treaty', 'pact', 'agreement', 'alliance', 'accord']);

type Emit = (
  type: RelationType,
  from: readonly Party[],
  to: readonly Party[],
  at: number,
  last: number,
  rule: string,
) => void;

/** The mention group starting at `k`, past articles, as a party. */
function partyAt(structure: Structure, k: number): Party[] {
  let j = k;
  while (!structure.startingAt(j) && ['the', 'a', 'an'].includes(structure.tokens[j]?.norm ?? '')) j++;
  const m = structure.startingAt(j);
  return m ? [{ group: structure.groupFrom(m), penalty: 0 }] : [];
}

/** "restored diplomatic relations (with X | between X and Y)": the verb at `v`, its subject from `subjects`. */
function ties(structure: Structure, v: number, subjects: Party[], emit: Emit): void {
  const { tokens } = structure;
  let k = v + 1;
  while (
    k < v + 4 &&
    (hasTag(tokens[k], 'Adjective') || ['full', 'diplomatic', 'normal'].includes(tokens[k]?.norm ?? ''))
  )
    k++;
  if (!TIES.has(tokens[k]?.norm ?? '')) return;
  const rule = `“${tokens[v]?.text} ${tokens[k]?.text}”`;
  const next = tokens[k + 1]?.norm;
  if (next === 'between') {
    const between = partyAt(structure, k + 2);
    if ((between[0]?.group.length ?? 0) > 1) emit('AGREEMENT', between, [], v, k, rule);
  } else if (next === 'with') emit('AGREEMENT', subjects, partyAt(structure, k + 2), v, k, rule);
  else emit('AGREEMENT', subjects, [], v, k, rule);
}

/** "switched (diplomatic recognition) (from Taipei) to Beijing": an agreement with the state switched to. */
function switching(
  structure: Structure,
  kindOf: (id: string) => EntityKind | undefined,
  v: number,
  clause: Clause,
  subjects: Party[],
  emit: Emit,
): void {
  const { tokens } = structure;
  for (let k = v + 1; k <= clause.last && k < v + 7; k++) {
    if (tokens[k]?.norm !== 'to') continue;
    const to = partyAt(structure, k + 1).filter((p) => p.group.length > 0);
    const states = subjects.map((p) => ({ ...p, group: p.group.filter((m) => kindOf(m.entityId) === 'COUNTRY') }));
    if (to.length > 0) emit('AGREEMENT', states, to, v, k + 1, `“${tokens[v]?.text} to”`);
    return;
  }
}

/** "bound ... to Russia" (allies), "bound by a Mutual Defense Treaty" (an agreement), with "to which" before. */
function bound(
  structure: Structure,
  v: number,
  clause: Clause,
  subjects: Party[],
  relative: Party[],
  emit: Emit,
): void {
  const { tokens } = structure;
  for (let k = v + 1; k <= clause.last && k < v + 10; k++) {
    const t = tokens[k] as Token;
    if (
      t.norm === 'by' &&
      [1, 2, 3, 4].some((n) => PACTS.has(tokens[k + n]?.norm ?? '') || structure.startingAt(k + n))
    ) {
      emit('AGREEMENT', subjects, relative, v, k + 1, '“bound by” a pact');
      return;
    }
    if (t.norm === 'to' && !['one', 'each'].includes(tokens[k + 1]?.norm ?? '')) {
      emit('ALLY', subjects, partyAt(structure, k + 1), v, k + 1, '“bound to”');
      return;
    }
  }
  if (relative.length > 0) emit('ALLY', subjects, relative, v, v, '“to which” bound');
}

export const diplomaticTies: RelationRule = {
  name: 'diplomatic-ties',
  description: 'ties restored, normalised or switched (agreements), "at odds" (rivals), "bound to" (allies)',
  find({ structure, parties, kindOf }) {
    const sink = new RelationSink(kindOf);
    const { tokens } = structure;
    eachWord(structure, (v) => {
      const clause = structure.clauseAt(v);
      const t = tokens[v] as Token;
      if (!clause || t.shape !== 'lower') return;
      const emit: Emit = (type, from, to, at, last, rule) =>
        sink.emitPairs(type, from, to, { at, last, strength: 0.8, penalty: 0, rule });
      // "Cairo has been at odds with Addis Ababa", "Egypt and Ethiopia are at odds"
      if (t.norm === 'odds' && tokens[v - 1]?.norm === 'at') {
        const { parties: subjects, negated } = parties.subjects(v - 1, clause);
        if (negated) return;
        const other = tokens[v + 1]?.norm === 'with' ? partyAt(structure, v + 2) : [];
        emit('RIVAL', subjects, other, v - 1, v, '“at odds”');
        return;
      }
      // "Abiy made peace with Isaias"
      if (MAKING_PEACE.has(t.norm) && tokens[v + 1]?.norm === 'peace' && tokens[v + 2]?.norm === 'with') {
        const { parties: subjects, negated } = parties.subjects(v, clause);
        if (!negated) emit('AGREEMENT', subjects, partyAt(structure, v + 3), v, v + 2, '“made peace with”');
        return;
      }
      const known = MAKING_TIES.has(t.norm) || SWITCHING.has(t.norm) || BOUND.has(t.norm);
      if (!known) return;
      const { parties: subjects, negated } = parties.subjects(v, clause);
      if (negated) return;
      if (MAKING_TIES.has(t.norm)) ties(structure, v, subjects, emit);
      else if (SWITCHING.has(t.norm)) switching(structure, kindOf, v, clause, subjects, emit);
      else bound(structure, v, clause, subjects, parties.relativeObject(clause, ['to'], v), emit);
    });
    return sink.found;
  },
};
