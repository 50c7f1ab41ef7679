// Resolves what a relation cue may name only indirectly: pronouns ("it", "its", "they", "his"), demonstratives
// standing for the last subject's act ("This move") and definite descriptions ("the deal", "the alliance").
import type { EntityKind } from '../model.ts';
import type { Doc } from './document.ts';
import {
  AUXILIARIES,
  DEAL_NOUNS,
  EVALUATIVE,
  EVENT_ANAPHORS,
  EXPLETIVE_PREDICATES,
  HEAD_CLASSES,
  NEGATIONS,
} from './lexicon.ts';
import type { Mention, MentionVia } from './mentions.ts';
import { isAdverb, isFiniteVerb, type Structure } from './structure.ts';
import { hasTag, type Token } from './tokens.ts';

const SINGULAR = new Set(['it', 'its', 'itself']);
const PLURAL = new Set(['they', 'their', 'them', 'themselves']);
const PERSONAL = new Set(['he', 'his', 'him', 'himself', 'she', 'her', 'herself']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
const IT_KINDS = new Set<EntityKind>(['COUNTRY', 'ORGANIZATION', 'GROUPING', 'COMPANY', 'EVENT', 'POLICY']);
const ACTOR_KINDS = new Set<EntityKind>(['COUNTRY', 'ORGANIZATION', 'GROUPING', 'COMPANY', 'PERSON']);

/** The class of an entity's head noun ("deal" for "Nippon Steel's proposed purchase of US Steel"), if any. */
export function headClass(name: string): string | undefined {
  const words = name.toLowerCase().split(/[\s-]+/);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? '';
    const cls = HEAD_CLASSES.get(w) ?? (DEAL_NOUNS.has(w) ? 'deal' : undefined);
    if (cls) return cls;
  }
  return undefined;
}

/**
 * The classes appositions give entities whose names do not say what they are: "AUKUS, a security pact
 * between ..." makes AUKUS a pact, so that "the pact" can later stand for it.
 */
export function appositiveClasses(structure: Structure): Map<string, string> {
  const { tokens } = structure;
  const classes = new Map<string, string>();
  for (const m of structure.mentions) {
    if (m.via === 'pronoun' || tokens[m.last + 1]?.text !== ',') continue;
    let k = m.last + 2;
    if (!['a', 'an', 'the'].includes(tokens[k]?.norm ?? '')) continue;
    for (let steps = 0; steps < 4; steps++) {
      const t = tokens[k + 1];
      if (!t || t.type !== 'word' || structure.at[k + 1]?.length) break;
      k++;
      const cls = t.shape === 'lower' ? HEAD_CLASSES.get(t.norm) : undefined;
      if (cls && !classes.has(m.entityId)) {
        classes.set(m.entityId, cls);
        break;
      }
    }
  }
  return classes;
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

function pseudoMention(doc: Doc, entityId: string, first: number, last: number, via: MentionVia): Mention {
  const a = doc.tokens[first] as Token;
  const b = doc.tokens[last] as Token;
  return {
    entityId,
    first,
    last,
    start: a.start,
    end: b.end,
    possessive: first === last && POSSESSIVE_PRONOUNS.has(a.norm),
    via,
    inner: [],
  };
}

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
]);
/** Plural heads that stand for states or their governments ("the two countries", "both sides"). */
const STATE_HEADS = new Set([
  'countries',
  'nations',
  'governments',
  'sides',
  'capitals',
  'neighbours',
  'neighbors',
  'allies',
  'partners',
  'states',
  'powers',
  'administrations',
]);
/** Plural heads that stand for people ("the two leaders"). */
const PERSON_HEADS = new Set(['leaders', 'presidents', 'ministers', 'premiers', 'heads', 'men', 'women']);

interface PluralDescription {
  count: number;
  people: boolean;
  last: number;
}

/** "the two countries", "both governments", "the three leaders": how many, of what, and where it ends. */
function pluralDescription(tokens: readonly Token[], i: number): PluralDescription | undefined {
  let k = i + 1;
  let count = tokens[i]?.norm === 'both' ? 2 : 0;
  if (count === 0) {
    count = NUMBER_WORDS.get(tokens[k]?.norm ?? '') ?? 0;
    k++;
  }
  if (count === 0) return undefined;
  if (tokens[k]?.norm === 'neighbouring' || tokens[k]?.norm === 'allied') k++;
  const head = tokens[k];
  if (head?.shape !== 'lower') return undefined;
  // "Chile and Peru, both members of the bloc": a predicate, not a reference.
  if (tokens[k + 1]?.norm === 'of') return undefined;
  if (STATE_HEADS.has(head.norm)) return { count, people: false, last: k };
  if (PERSON_HEADS.has(head.norm)) return { count, people: true, last: k };
  return undefined;
}

/**
 * What a plural description stands for: the last coordinated mentions of the right size and kind in this
 * sentence or the one before, else the entities of that kind they name if there are exactly that many.
 */
function pluralAntecedents(
  structure: Structure,
  index: number,
  i: number,
  description: PluralDescription,
  kindOf: (entityId: string) => EntityKind | undefined,
): Mention[] {
  const { doc } = structure;
  const fits = (m: Mention) => {
    const kind = kindOf(m.entityId);
    return description.people
      ? kind === 'PERSON'
      : kind === 'COUNTRY' || kind === 'GROUPING' || kind === 'ORGANIZATION';
  };
  const recent = structure.mentions
    .filter((m) => m.last < i && (doc.sentenceOf[m.first] ?? -1) >= index - 1 && m.via !== 'pronoun' && fits(m))
    .sort((a, b) => a.first - b.first);
  for (const m of [...recent].reverse()) {
    const group = structure.groupOf(m).filter(fits);
    const ids = new Set(group.map((g) => g.entityId));
    if (group.length > 1 && ids.size === description.count) return group;
  }
  // Otherwise only when exactly that many such entities are named in this sentence and the one before.
  const distinct: Mention[] = [];
  for (const m of [...recent].reverse()) if (!distinct.some((d) => d.entityId === m.entityId)) distinct.unshift(m);
  return distinct.length === description.count ? distinct : [];
}

/**
 * Adds to `structure` the mentions that the pronouns and descriptions of sentence `index` stand for.
 * Call it for each sentence in order, after the sentence's named mentions are in and before its clauses.
 */
export function resolveAnaphora(
  structure: Structure,
  index: number,
  kindOf: (entityId: string) => EntityKind | undefined,
  classOf: (entityId: string) => string | undefined,
): void {
  const { doc, tokens } = structure;
  const s = doc.sentences[index];
  if (!s) return;
  structure.buildGroups(index);
  const named = structure.mentions.filter((m) => m.first >= s.first && m.last <= s.last);
  const provisional = named.find((m) => {
    if (m.possessive || structure.isPrepositionObject(m.first, s.first)) return false;
    const group = structure.groupOf(m);
    let k = Math.max(...group.map((g) => g.last)) + 1;
    while (isAdverb(tokens[k])) k++;
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
      const candidates = [
        provisional && provisional.last < i ? provisional : undefined,
        before.findLast((m) => is(m, IT_KINDS) && !structure.isPrepositionObject(m.first, s.first)),
        before.findLast((m) => is(m, IT_KINDS)),
        previous?.length === 1 ? previous[0] : undefined,
      ];
      const found = candidates.find((m) => is(m, IT_KINDS));
      if (found) antecedents = [found];
    } else if (PLURAL.has(t.norm)) {
      const current = provisional && provisional.last < i ? structure.groupOf(provisional) : undefined;
      if (current && current.length > 1) antecedents = current;
      else if (previous && previous.length > 1) antecedents = previous;
    } else if (PERSONAL.has(t.norm)) {
      const recent = [...structure.mentions.filter((m) => m.last < i && doc.sentenceOf[m.first] !== undefined)].filter(
        (m) => (doc.sentenceOf[m.first] ?? 0) >= index - 2 && kindOf(m.entityId) === 'PERSON',
      );
      const found = recent.sort((a, b) => a.first - b.first).at(-1);
      if (found) antecedents = [found];
    } else if ((t.norm === 'the' || t.norm === 'both') && pluralDescription(tokens, i)) {
      const description = pluralDescription(tokens, i) as PluralDescription;
      antecedents = pluralAntecedents(structure, index, i, description, kindOf);
      last = description.last;
      via = 'anaphor';
    } else if (['this', 'that', 'the'].includes(t.norm)) {
      const startsClause = i === s.first || [',', ';', ':'].includes(tokens[i - 1]?.text ?? '');
      const next = tokens[i + 1];
      if (t.norm !== 'the' && startsClause && next && EVENT_ANAPHORS.has(next.norm) && previous) {
        antecedents = previous.filter((m) => is(m, ACTOR_KINDS));
        last = i + 1;
        via = 'anaphor';
      } else {
        let k = i + 1;
        while (
          k < i + 4 &&
          (EVALUATIVE.has(tokens[k]?.norm ?? '') || hasTag(tokens[k], 'Adjective')) &&
          !structure.at[k]?.length
        )
          k++;
        const head = tokens[k];
        const cls = head && head.shape === 'lower' ? HEAD_CLASSES.get(head.norm) : undefined;
        const after = tokens[k + 1];
        const compound =
          after?.type === 'word' && after.shape === 'lower' && hasTag(after, 'Noun') && !hasTag(after, 'Verb');
        if (cls && !compound && after?.norm !== 'of' && !structure.at[k]?.length) {
          const found = structure.mentions
            .filter((m) => m.first < i && m.via !== 'pronoun' && classOf(m.entityId) === cls)
            .sort((a, b) => a.first - b.first)
            .at(-1);
          if (found) antecedents = [found];
          last = k;
          via = 'anaphor';
        }
      }
    }
    for (const a of antecedents) added.push(pseudoMention(doc, a.entityId, i, last, via));
    if (antecedents.length > 0) i = last;
  }
  for (const m of added) structure.addMention(m);
  structure.buildGroups(index);
  structure.buildClauses(index);
}
