// Resolves what a relation cue may name only indirectly, sentence by sentence: pronouns ("it", "its", "they",
// "his"), demonstratives standing for the last subject's act ("This move"), and the descriptions that
// descriptions.ts reads ("the deal", "the two countries", "the president", "his government").
import type { EntityKind } from '../model.ts';
import {
  classDescription,
  governmentsOfLeaders,
  type PluralDescription,
  pluralAntecedents,
  pluralDescription,
  pseudoMention,
  titledPerson,
} from './descriptions.ts';
import { AUXILIARIES, EVENT_ANAPHORS, EXPLETIVE_PREDICATES, NEGATIONS, RELATIVES } from './lexicon.ts';
import type { Mention, MentionVia } from './mentions.ts';
import { isAdverb, isFiniteVerb, type Structure } from './structure.ts';
import type { Token } from './tokens.ts';

const SINGULAR = new Set(['it', 'its', 'itself']);
const PLURAL = new Set(['they', 'their', 'them', 'themselves']);
const PERSONAL = new Set(['he', 'his', 'him', 'himself', 'she', 'her', 'herself']);
const IT_KINDS = new Set<EntityKind>(['COUNTRY', 'ORGANIZATION', 'GROUPING', 'COMPANY', 'EVENT', 'POLICY']);
const ACTOR_KINDS = new Set<EntityKind>(['COUNTRY', 'ORGANIZATION', 'GROUPING', 'COMPANY', 'PERSON']);

const STATE_LIKE = new Set<EntityKind>(['COUNTRY', 'ORGANIZATION', 'GROUPING', 'COMPANY']);
/** Nouns only an actor can own: "its allies", "its prime minister", "its embassy". */
const ACTOR_NOUNS = new Set([
  'ally',
  'allies',
  'partner',
  'partners',
  'neighbour',
  'neighbours',
  'neighbor',
  'neighbors',
  'leader',
  'leaders',
  'president',
  'government',
  'army',
  'forces',
  'troops',
  'embassy',
  'ambassador',
  'ambassadors',
  'diplomats',
  'citizens',
  'people',
  'members',
]);

/** Whether the phrase "its" opens at `i` has such a noun as its head, within a few words. */
function ownsActorNoun(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < i + 5; k++) {
    const t = tokens[k];
    if (t?.type !== 'word' || t.shape !== 'lower') return false;
    if (ACTOR_NOUNS.has(t.norm)) return true;
  }
  return false;
}

/** "it cannot be assumed", "when it comes to": `it` with nothing to refer to. */
function isExpletive(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (
    tokens[k] &&
    (AUXILIARIES.has(tokens[k]?.norm ?? '') ||
      NEGATIONS.has(tokens[k]?.norm ?? '') ||
      isAdverb(tokens[k]) ||
      ['more', 'most', 'even', 'less'].includes(tokens[k]?.norm ?? ''))
  )
    k++;
  return EXPLETIVE_PREDICATES.has(tokens[k]?.norm ?? '');
}

/** "after Russia launched its invasion": the name right before the verb that "its" follows in its clause. */
function subjectOfVerbBefore(structure: Structure, before: readonly Mention[], i: number): Mention | undefined {
  const { tokens } = structure;
  let k = i - 1;
  const stops = (j: number) => structure.at[j]?.length || tokens[j]?.type === 'punct';
  while (k >= 0 && !stops(k) && !isFiniteVerb(tokens[k]) && k > i - 4) k--;
  if (!isFiniteVerb(tokens[k])) return undefined;
  while (k >= 0 && (isFiniteVerb(tokens[k]) || isAdverb(tokens[k]))) k--;
  return before.find((m) => m.last === k && !m.possessive);
}

/**
 * Adds to `structure` the mentions that the pronouns and descriptions of sentence `index` stand for.
 * Call it for each sentence in order, after the sentence's named mentions are in and before its clauses.
 * `stateOf` gives the state a person leads, for "his government".
 */
export function resolveAnaphora(
  structure: Structure,
  index: number,
  kindOf: (entityId: string) => EntityKind | undefined,
  headOf: (entityId: string) => string | undefined,
  stateOf: (personId: string) => string | undefined = () => undefined,
): void {
  const { doc, tokens } = structure;
  const s = doc.sentences[index];
  if (!s) return;
  structure.buildGroups(index);
  const named = structure.mentions.filter((m) => m.first >= s.first && m.last <= s.last);
  const provisional = named.find((m) => {
    if (m.possessive || structure.isPrepositionObject(m.first, s.first)) return false;
    // "Albanese, whose Labor Party backed the pact, ...": a relative clause's subject is not the sentence's.
    if (RELATIVES.has(tokens[m.first - 1]?.norm ?? '')) return false;
    const group = structure.groupOf(m);
    let k = Math.max(...group.map((g) => g.last)) + 1;
    while (isAdverb(tokens[k]) || ['itself', 'themselves', 'himself', 'herself'].includes(tokens[k]?.norm ?? '')) k++;
    return isFiniteVerb(tokens[k]);
  });
  const previous = index > 0 ? structure.sentenceSubject[index - 1] : undefined;
  const is = (m: Mention | undefined, kinds: ReadonlySet<EntityKind>) =>
    m !== undefined && kinds.has(kindOf(m.entityId) ?? 'REGION');
  const added: Mention[] = [];
  for (let i = s.first; i <= s.last; i++) {
    const t = tokens[i];
    if (t?.type !== 'word' || structure.at[i]?.length || t.shape === 'upper') continue;
    const before = named.filter((m) => m.last < i);
    let antecedents: Mention[] = [];
    let last = i;
    let via: MentionVia = 'pronoun';
    if (SINGULAR.has(t.norm)) {
      if (t.norm === 'it' && isExpletive(tokens, i)) continue;
      // A subject "it" prefers the last sentence's subject to a name after a preposition; "its" the nearer name.
      const lastSubject = previous?.length === 1 ? previous[0] : undefined;
      // "the United States, its only treaty ally": an apposition's "its" is not the name it describes.
      const described = tokens[i - 1]?.text === ',' ? structure.endingAt[i - 2]?.[0]?.entityId : undefined;
      const anyBefore = before.findLast((m) => is(m, IT_KINDS) && m.entityId !== described);
      const candidates = [
        subjectOfVerbBefore(structure, before, i),
        provisional && provisional.last < i ? provisional : undefined,
        // "The grouping takes its name": a description resolved earlier in the sentence.
        added.findLast((m) => m.via === 'anaphor' && !structure.isPrepositionObject(m.first, s.first)),
        before.findLast((m) => is(m, IT_KINDS) && !structure.isPrepositionObject(m.first, s.first)),
        ...(t.norm === 'its' ? [anyBefore, lastSubject] : [lastSubject, anyBefore]),
      ];
      // "its only treaty ally", "its government": only an actor has allies, leaders, a government.
      const kinds = t.norm === 'its' && ownsActorNoun(tokens, i) ? STATE_LIKE : IT_KINDS;
      const found = candidates.find((m) => is(m, kinds) && m?.entityId !== described);
      if (found) antecedents = [found];
    } else if (PLURAL.has(t.norm)) {
      const current = provisional && provisional.last < i ? structure.groupOf(provisional) : undefined;
      // "the United States and the EU, which have both said they support ...": a list just before it.
      const listed = before
        .filter((m) => !m.possessive && !structure.isPrepositionObject(m.first, s.first))
        .map((m) => structure.groupOf(m))
        .findLast((g) => g.length > 1);
      if (current && current.length > 1) antecedents = current;
      else if (listed) antecedents = listed;
      else if (previous && previous.length > 1) antecedents = previous;
    } else if (PERSONAL.has(t.norm)) {
      const recent = [...structure.mentions.filter((m) => m.last < i && doc.sentenceOf[m.first] !== undefined)].filter(
        (m) => (doc.sentenceOf[m.first] ?? 0) >= index - 2 && kindOf(m.entityId) === 'PERSON',
      );
      const found = recent.sort((a, b) => a.first - b.first).at(-1);
      if (found) antecedents = [found];
    } else if (['the', 'both', 'these', 'those'].includes(t.norm) && pluralDescription(tokens, i)) {
      const description = pluralDescription(tokens, i) as PluralDescription;
      antecedents = pluralAntecedents(structure, index, i, description, kindOf, stateOf);
      last = description.last;
      via = 'anaphor';
    } else if (t.norm === 'the' && titledPerson(structure, index, i)) {
      const found = titledPerson(structure, index, i) as { person: Mention; last: number };
      antecedents = [found.person];
      last = found.last;
      via = 'anaphor';
    } else if (['this', 'that', 'the'].includes(t.norm)) {
      const startsClause = i === s.first || [',', ';', ':'].includes(tokens[i - 1]?.text ?? '');
      const next = tokens[i + 1];
      if (t.norm !== 'the' && startsClause && next && EVENT_ANAPHORS.has(next.norm) && previous) {
        antecedents = previous.filter((m) => is(m, ACTOR_KINDS));
        last = i + 1;
        via = 'anaphor';
      } else {
        const found = classDescription(structure, i, headOf);
        if (found) {
          if (found.antecedent) antecedents = [found.antecedent];
          last = found.last;
          via = 'anaphor';
        }
      }
    }
    for (const a of antecedents) added.push(pseudoMention(doc, a.entityId, i, last, via));
    if (antecedents.length > 0) i = last;
  }
  const people = [...named, ...added].filter((m) => kindOf(m.entityId) === 'PERSON');
  added.push(...governmentsOfLeaders(structure, s.first, s.last, people, stateOf));
  for (const m of added) structure.addMention(m);
  structure.buildGroups(index);
  structure.buildClauses(index);
}
