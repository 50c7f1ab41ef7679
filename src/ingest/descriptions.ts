// The descriptions that name an entity indirectly, for the anaphora resolver: definite descriptions ("the
// pact", "the compensation plan"), plural ones ("the two countries", "those countries", "the three leaders"),
// titles ("the president") and a leader's government ("Modi's government" is India).
import type { EntityKind } from '../model.ts';
import type { Doc } from './document.ts';
import { DEAL_NOUNS, DETERMINERS, EVALUATIVE, HEAD_CLASSES, PREPOSITIONS } from './lexicon.ts';
import type { Mention, MentionVia } from './mentions.ts';
import type { Structure } from './structure.ts';
import { titleEndingAt, titleOf } from './titles.ts';
import { hasTag, type Token } from './tokens.ts';

const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);

/** The class of a head noun ("pact" for "treaty", "deal" for "purchase"), if it has one. */
export function classOfHead(word: string): string | undefined {
  return HEAD_CLASSES.get(word) ?? (DEAL_NOUNS.has(word) ? 'deal' : undefined);
}

/** The head noun of an entity's name that has a class ("purchase" in "Nippon Steel's proposed purchase of US Steel"). */
export function headWord(name: string): string | undefined {
  const words = name.toLowerCase().split(/[\s-]+/);
  return words.findLast((w) => classOfHead(w) !== undefined);
}

/**
 * The head nouns appositions give entities whose names do not say what they are: "AUKUS, a security pact
 * between ..." makes AUKUS a pact, so that "the pact" can later stand for it.
 */
export function appositiveHeads(structure: Structure): Map<string, string> {
  const { tokens } = structure;
  const classes = new Map<string, string>();
  const { doc } = structure;
  for (const m of structure.mentions) {
    if (m.via === 'pronoun' || tokens[m.last + 1]?.text !== ',') continue;
    // "For Manila, the pact is ...": an opening phrase, not an apposition.
    const sentence = doc.sentences[doc.sentenceOf[m.first] ?? -1];
    if (PREPOSITIONS.has(tokens[m.first - 1]?.norm ?? '') && m.first - 1 === sentence?.first) continue;
    let k = m.last + 2;
    if (!['a', 'an', 'the'].includes(tokens[k]?.norm ?? '')) continue;
    for (let steps = 0; steps < 4; steps++) {
      const t = tokens[k + 1];
      if (t?.type !== 'word' || structure.at[k + 1]?.length) break;
      k++;
      if (t.shape === 'lower' && HEAD_CLASSES.has(t.norm) && !classes.has(m.entityId)) {
        classes.set(m.entityId, t.norm);
        break;
      }
    }
  }
  return classes;
}

/** A mention that a pronoun or description makes of an entity, over tokens `first` to `last`. */
export function pseudoMention(doc: Doc, entityId: string, first: number, last: number, via: MentionVia): Mention {
  const a = doc.tokens[first] as Token;
  const b = doc.tokens[last] as Token;
  return {
    entityId,
    first,
    last,
    start: a.start,
    end: b.end,
    // "its", or a description followed by "'s": "the group's secretary-general".
    possessive:
      (first === last && POSSESSIVE_PRONOUNS.has(a.norm)) ||
      (via === 'anaphor' && doc.tokens[last + 1]?.type === 'possessive' && (doc.tokens[last + 1]?.attached ?? false)),
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
/** Plural heads that stand for states or their governments ("the two countries", "the three juntas"). */
const STATE_HEADS = new Set([
  'countries',
  'nations',
  'governments',
  'capitals',
  'neighbours',
  'neighbors',
  'states',
  'administrations',
  'juntas',
  'regimes',
]);
/** Plural heads that stand for any actors, states or bodies ("both sides", "the two allies"). */
const ACTOR_HEADS = new Set(['sides', 'allies', 'partners', 'powers']);
/** How many sentences back a plural description may find the list it stands for. */
const LIST_REACH = 6;
/** Plural heads that stand for people ("the two leaders"). */
const PERSON_HEADS = new Set(['leaders', 'presidents', 'ministers', 'premiers', 'heads', 'men', 'women']);

export interface PluralDescription {
  count: number;
  of: 'people' | 'states' | 'actors';
  last: number;
}

/** "the two countries", "both governments", "the three leaders": how many, of what, and where it ends. */
export function pluralDescription(tokens: readonly Token[], i: number): PluralDescription | undefined {
  let k = i + 1;
  const demonstrative = ['these', 'those'].includes(tokens[i]?.norm ?? '');
  let count = tokens[i]?.norm === 'both' ? 2 : 0;
  if (count === 0 && !demonstrative) {
    count = NUMBER_WORDS.get(tokens[k]?.norm ?? '') ?? 0;
    k++;
  }
  // "those countries": as many as the list just named (count 0).
  if (count === 0 && !demonstrative) return undefined;
  // "the two neighbouring countries", "the three remaining allies"
  while (
    k < i + 5 &&
    tokens[k]?.shape === 'lower' &&
    (EVALUATIVE.has(tokens[k]?.norm ?? '') ||
      hasTag(tokens[k], 'Adjective') ||
      ['neighbouring', 'allied', 'remaining'].includes(tokens[k]?.norm ?? ''))
  )
    k++;
  const head = tokens[k];
  if (head?.shape !== 'lower') return undefined;
  // "Chile and Peru, both members of the bloc": a predicate, not a reference.
  if (tokens[k + 1]?.norm === 'of') return undefined;
  if (STATE_HEADS.has(head.norm)) return { count, of: 'states', last: k };
  if (ACTOR_HEADS.has(head.norm)) return { count, of: 'actors', last: k };
  if (PERSON_HEADS.has(head.norm)) return { count, of: 'people', last: k };
  return undefined;
}

/**
 * What a plural description stands for: the last coordinated mentions of the right size and kind in this
 * sentence or the one before, else the entities of that kind they name if there are exactly that many, else
 * the last list of exactly that size a few sentences back ("the three countries" after "Australia, the UK
 * and the US").
 */
export function pluralAntecedents(
  structure: Structure,
  index: number,
  i: number,
  description: PluralDescription,
  kindOf: (entityId: string) => EntityKind | undefined,
  stateOf: (personId: string) => string | undefined = () => undefined,
): Mention[] {
  const { doc } = structure;
  const fits = (m: Mention) => {
    const kind = kindOf(m.entityId);
    if (description.of === 'people') return kind === 'PERSON';
    if (description.of === 'states') return kind === 'COUNTRY';
    return kind === 'COUNTRY' || kind === 'GROUPING' || kind === 'ORGANIZATION';
  };
  const recent = structure.mentions
    .filter((m) => m.last < i && (doc.sentenceOf[m.first] ?? -1) >= index - 1 && m.via !== 'pronoun' && fits(m))
    .sort((a, b) => a.first - b.first);
  for (const m of [...recent].reverse()) {
    const group = structure.groupOf(m).filter(fits);
    const ids = new Set(group.map((g) => g.entityId));
    if (group.length > 1 && (ids.size === description.count || description.count === 0)) return group;
  }
  if (description.count === 0) return [];
  // Otherwise exactly that many such entities named before it in this sentence, or in it and the one before.
  const distinctOf = (mentions: readonly Mention[]) => {
    const distinct: Mention[] = [];
    for (const m of [...mentions].reverse()) if (!distinct.some((d) => d.entityId === m.entityId)) distinct.unshift(m);
    return distinct;
  };
  const own = distinctOf(recent.filter((m) => doc.sentenceOf[m.first] === index && m.via !== 'anaphor'));
  if (own.length === description.count) return own;
  // "Sisi of Egypt received Hassan Sheikh in Cairo, and the two governments signed": the leaders' states.
  if (description.of === 'states') {
    const leaders = structure.mentions.filter(
      (m) => m.last < i && doc.sentenceOf[m.first] === index && kindOf(m.entityId) === 'PERSON' && m.via !== 'pronoun',
    );
    const states = distinctOf([
      ...own,
      ...leaders.flatMap((m) => {
        const state = stateOf(m.entityId);
        return state ? [{ ...m, entityId: state }] : [];
      }),
    ]);
    if (own.length < description.count && states.length === description.count) return states;
  }
  const distinct = distinctOf(recent);
  if (distinct.length === description.count || description.of === 'people')
    return distinct.length === description.count ? distinct : [];
  const earlier = structure.mentions
    .filter(
      (m) => m.last < i && (doc.sentenceOf[m.first] ?? -1) >= index - LIST_REACH && m.via !== 'pronoun' && fits(m),
    )
    .sort((a, b) => b.first - a.first);
  for (const m of earlier) {
    const group = structure.groupOf(m).filter(fits);
    if (group.length === description.count && new Set(group.map((g) => g.entityId)).size === description.count)
      return group;
  }
  return [];
}

/**
 * "the pact", "the new alliance", "the compensation plan": the last entity before token `i` whose head noun
 * (`headOf`) is the description's own, else the last whose head is of its class ("the pact" for a treaty);
 * undefined when `i` opens no such description (`antecedent` is undefined when it does but nothing fits).
 */
export function classDescription(
  structure: Structure,
  i: number,
  headOf: (entityId: string) => string | undefined,
): { antecedent?: Mention; last: number } | undefined {
  const { tokens } = structure;
  let k = i + 1;
  const isHead = (j: number) => tokens[j]?.shape === 'lower' && HEAD_CLASSES.has(tokens[j]?.norm ?? '');
  while (
    k < i + 4 &&
    !isHead(k) &&
    (EVALUATIVE.has(tokens[k]?.norm ?? '') || hasTag(tokens[k], 'Adjective')) &&
    !structure.at[k]?.length
  )
    k++;
  // "the compensation plan": a noun before the head.
  if (!isHead(k) && isHead(k + 1) && tokens[k]?.shape === 'lower' && hasTag(tokens[k], 'Noun')) k++;
  const head = tokens[k];
  const cls = head && head.shape === 'lower' ? HEAD_CLASSES.get(head.norm) : undefined;
  const after = tokens[k + 1];
  // "the alliance system" is not the alliance; "the grouping takes its name" (a verb tagged a noun) is.
  const compound =
    after?.type === 'word' &&
    after.shape === 'lower' &&
    hasTag(after, 'Noun') &&
    !hasTag(after, 'Verb') &&
    !DETERMINERS.has(tokens[k + 2]?.norm ?? '');
  if (!cls || compound || after?.norm === 'of' || structure.at[k]?.length) return undefined;
  const before = structure.mentions.filter((m) => m.first < i && m.via !== 'pronoun').sort((a, b) => a.first - b.first);
  const own = before.findLast((m) => headOf(m.entityId) === head?.norm);
  const antecedent = own ?? before.findLast((m) => classOfHead(headOf(m.entityId) ?? '') === cls);
  return { antecedent, last: k };
}

/** How many sentences back "the president" may find the person the text titled so. */
const TITLE_REACH = 4;

/**
 * "the president", "the prime minister": the person last titled so in this sentence or the few before it, as
 * long as no name or "of" follows the title ("the president of Kenya", "the President, Joe Biden").
 */
export function titledPerson(
  structure: Structure,
  index: number,
  i: number,
): { person: Mention; last: number } | undefined {
  const { tokens, doc } = structure;
  let end = -1;
  let phrase = '';
  for (const length of [1, 2]) {
    const title = titleEndingAt(tokens, i + length);
    if (title?.first === i + 1 && tokens[i + 1]?.shape === 'lower') {
      end = i + length;
      phrase = title.phrase;
    }
  }
  const after = tokens[end + 1];
  const owner = tokens[end + 2]?.norm === 'the' ? end + 3 : end + 2;
  const owned = after?.norm === 'of' && structure.startingAt(owner) !== undefined;
  if (end < 0 || owned || after?.text === ',' || structure.at[end + 1]?.length) return undefined;
  // Of the people titled so before it, the one named last, if that was in this sentence or the few before it.
  const before = structure.mentions.filter((m) => m.last < i && m.via !== 'pronoun' && m.via !== 'anaphor');
  const titled = new Set(before.filter((m) => titleOf(tokens, m)?.phrase === phrase).map((m) => m.entityId));
  const person = before
    .filter((m) => titled.has(m.entityId))
    .sort((a, b) => a.first - b.first)
    .at(-1);
  const recent = person && (doc.sentenceOf[person.first] ?? -1) >= index - TITLE_REACH;
  return person && recent ? { person, last: end } : undefined;
}

/** Nouns for the government a leader heads, which acts for the leader's state ("Modi's government"). */
const GOVERNMENT_NOUNS = new Set(['government', 'administration', 'cabinet']);

/**
 * "Modi's government", "his government": the state the person leads, where `stateOf` knows it, as a mention on
 * the noun. `possessors` are the person mentions of the sentence, named or resolved.
 */
export function governmentsOfLeaders(
  structure: Structure,
  first: number,
  last: number,
  possessors: readonly Mention[],
  stateOf: (personId: string) => string | undefined,
): Mention[] {
  const { doc, tokens } = structure;
  const out: Mention[] = [];
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (t?.shape !== 'lower' || !GOVERNMENT_NOUNS.has(t.norm) || structure.at[k]?.length) continue;
    let j = k - 1;
    while (j > first && (EVALUATIVE.has(tokens[j]?.norm ?? '') || hasTag(tokens[j], 'Adjective'))) j--;
    if (tokens[j]?.type === 'possessive') j--;
    const owner = possessors.find((m) => m.last === j && m.possessive);
    const state = owner ? stateOf(owner.entityId) : undefined;
    if (state) out.push(pseudoMention(doc, state, k, k, 'anaphor'));
  }
  return out;
}
