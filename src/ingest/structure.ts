// The shallow syntax the relation rules read: which mentions are coordinated ("X and Y"), where clauses
// begin and end, where verb groups are, and which mention is a clause's subject.
import type { EntityKind } from '../model.ts';
import { inheritedSubject } from './clause-subjects.ts';
import { describedPerson, isListComma, linkBetween } from './coordination.ts';
import type { Doc } from './document.ts';
import {
  AUXILIARIES,
  CONJUNCTIONS,
  DETERMINERS,
  EVALUATIVE,
  MODALS,
  NEGATIONS,
  NOT_ONLY,
  PREPOSITIONS,
  SUBORDINATORS,
  VERB_ADVERBS,
} from './lexicon.ts';
import type { Mention } from './mentions.ts';
import { hasTag, type Token } from './tokens.ts';

export interface Clause {
  index: number;
  sentence: number;
  first: number;
  last: number;
  /** The clause's own subject: a mention, or several coordinated ones. */
  subject?: Mention[];
  /** The subject a clause without one takes from the clause before ("X signed ... and joined ..."). */
  inherited?: Mention[];
}

const SEPARATORS = new Set([';', ':', '—', '(', ')', '[', ']', '–']);

export function isAuxiliary(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'word' && t.shape !== 'upper' && AUXILIARIES.has(t.norm);
}

/** A verb that can carry a clause: an auxiliary or a tensed verb, not an infinitive, gerund or modifier. */
export function isFiniteVerb(t: Token | undefined): boolean {
  if (t?.type !== 'word' || t.shape === 'upper') return false;
  if (isAuxiliary(t)) return true;
  return hasTag(t, 'Verb') && hasTag(t, 'PastTense', 'PresentTense') && !hasTag(t, 'Gerund', 'Infinitive');
}

export function isAdverb(t: Token | undefined): boolean {
  if (t?.type !== 'word') return false;
  return VERB_ADVERBS.has(t.norm) || (hasTag(t, 'Adverb') && !hasTag(t, 'Verb', 'Noun', 'Conjunction'));
}

function isNegation(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !NEGATIONS.has(t.norm)) return false;
  return !NOT_ONLY.has(tokens[i + 1]?.norm ?? '');
}

/** Mentions, coordination, clauses and subjects of one document, built sentence by sentence. */
export class Structure {
  readonly doc: Doc;
  readonly tokens: readonly Token[];
  readonly mentions: Mention[] = [];
  /** The mentions that cover each token (several for a plural pronoun: "they" = Kishida and Biden). */
  readonly at: Mention[][];
  readonly endingAt: Mention[][];
  readonly clauses: Clause[] = [];
  readonly clauseOf: number[];
  private readonly groups = new Map<Mention, Mention[]>();
  /** Each sentence's subject: its first clause's own subject. */
  readonly sentenceSubject: (Mention[] | undefined)[] = [];

  readonly kindOf: (entityId: string) => EntityKind | undefined;

  constructor(doc: Doc, kindOf: (entityId: string) => EntityKind | undefined) {
    this.doc = doc;
    this.kindOf = kindOf;
    this.tokens = doc.tokens;
    this.at = doc.tokens.map(() => []);
    this.endingAt = doc.tokens.map(() => []);
    this.clauseOf = new Array(doc.tokens.length).fill(-1);
  }

  addMention(m: Mention): void {
    this.mentions.push(m);
    for (let i = m.first; i <= m.last; i++) this.at[i]?.push(m);
    this.endingAt[m.last]?.push(m);
  }

  /** The mention starting at token i, if one does (the first when several share the span). */
  startingAt(i: number): Mention | undefined {
    return this.at[i]?.find((m) => m.first === i);
  }

  /** The mentions coordinated with `m` ("Australia, Germany, the UAE, and the US"), `m` among them, in order. */
  groupOf(m: Mention): Mention[] {
    return this.groups.get(m) ?? [m];
  }

  /** Those of `m`'s group from `m` on: the objects of "with Australia, Germany and the US". */
  groupFrom(m: Mention): Mention[] {
    const group = this.groupOf(m);
    return group.filter((x) => x.first >= m.first);
  }

  private setGroup(members: Mention[]): void {
    for (const m of members) this.groups.set(m, members);
  }

  /** Links the mentions of a sentence into coordinated groups; plain comma chains without "and" are not lists. */
  buildGroups(sentence: number): void {
    const s = this.doc.sentences[sentence];
    if (!s) return;
    const inSentence = this.mentions
      .filter((m) => m.first >= s.first && m.last <= s.last)
      .sort((a, b) => a.first - b.first || a.last - b.last);
    // Mentions sharing one span (a plural pronoun) form a group of their own.
    const bySpan = new Map<string, Mention[]>();
    for (const m of inSentence) bySpan.set(`${m.first}:${m.last}`, [...(bySpan.get(`${m.first}:${m.last}`) ?? []), m]);
    // "Peruvian President Pedro Ruiz", "Peru's Pedro Ruiz": a country that only describes the person after it.
    const units = [...bySpan.values()].filter((u) => !(u.length === 1 && describedPerson(this, u[0] as Mention)));
    let chain: Mention[][] = [];
    let coordinated = false;
    const flush = () => {
      if (chain.length > 1 && coordinated) this.setGroup(chain.flat());
      else for (const unit of chain) if (unit.length > 1) this.setGroup(unit);
      chain = [];
      coordinated = false;
    };
    for (const unit of units) {
      const prev = chain.at(-1)?.[0];
      const cur = unit[0];
      if (prev && cur) {
        const link = linkBetween(this, prev, cur);
        if (link) {
          chain.push(unit);
          if (link !== 'comma') coordinated = true;
          continue;
        }
      }
      flush();
      chain = [unit];
    }
    flush();
  }

  /** Splits a sentence into clauses at semicolons, dashes, non-list commas, subordinators and "and" + verb. */
  buildClauses(sentence: number): void {
    const s = this.doc.sentences[sentence];
    if (!s) return;
    const { tokens } = this;
    const starts: number[] = [s.first];
    const separators = new Set<number>();
    for (let i = s.first + 1; i <= s.last; i++) {
      const t = tokens[i] as Token;
      if (SEPARATORS.has(t.text) || (t.norm === '-' && !t.attached && !tokens[i + 1]?.attached)) {
        separators.add(i);
        starts.push(i + 1);
      } else if (t.text === ',') {
        if (!isListComma(this, i, starts.at(-1) ?? s.first)) {
          separators.add(i);
          starts.push(i + 1);
        }
      } else if (t.type === 'word' && t.shape === 'lower' && CONJUNCTIONS.has(t.norm)) {
        let k = i + 1;
        while (isAdverb(tokens[k]) || ['not', 'only'].includes(tokens[k]?.norm ?? '')) k++;
        if (isFiniteVerb(tokens[k]) || hasTag(tokens[k], 'Imperative')) {
          separators.add(i);
          starts.push(i + 1);
        }
      } else if (t.type === 'word' && SUBORDINATORS.has(t.norm) && t.shape === 'lower') {
        starts.push(i);
      }
    }
    const unique = [...new Set(starts)].filter((x) => x <= s.last).sort((a, b) => a - b);
    let previous: Clause | undefined;
    for (let n = 0; n < unique.length; n++) {
      const first = unique[n] as number;
      let last = (unique[n + 1] ?? s.last + 1) - 1;
      while (last > first && separators.has(last)) last--;
      if (separators.has(first) && first === last) continue;
      const clause: Clause = { index: this.clauses.length, sentence, first, last };
      this.clauses.push(clause);
      for (let i = first; i <= last; i++) this.clauseOf[i] = clause.index;
      clause.subject = this.ownSubject(clause);
      if (!clause.subject && previous) clause.inherited = inheritedSubject(this, clause, previous);
      previous = clause;
    }
    const firstClause = this.clauses.find((c) => c.sentence === sentence && (c.subject ?? c.inherited));
    this.sentenceSubject[sentence] = firstClause?.subject ?? firstClause?.inherited;
  }

  /** Whether a preposition governs the mention starting at `first` ("in the US", "of Japan"). */
  isPrepositionObject(first: number, floor: number): boolean {
    let k = first - 1;
    while (k >= floor) {
      const t = this.tokens[k];
      if (!t) break;
      if (t.type === 'word' && (DETERMINERS.has(t.norm) || EVALUATIVE.has(t.norm) || hasTag(t, 'Adjective'))) {
        k--;
        continue;
      }
      return t.type === 'word' && t.shape !== 'upper' && PREPOSITIONS.has(t.norm);
    }
    return false;
  }

  /** The first mention (with its coordinated group) that stands before a verb and after no preposition. */
  private ownSubject(clause: Clause): Mention[] | undefined {
    for (let i = clause.first; i <= clause.last; i++) {
      const m = this.startingAt(i);
      if (!m) continue;
      const group = this.groupOf(m);
      const end = Math.max(...group.map((g) => g.last));
      if (m.possessive || this.isPrepositionObject(m.first, clause.first)) {
        i = end;
        continue;
      }
      let k = end + 1;
      while (isAdverb(this.tokens[k])) k++;
      if (k <= clause.last && isFiniteVerb(this.tokens[k])) return group;
      i = end;
    }
    return undefined;
  }

  clauseAt(i: number): Clause | undefined {
    return this.clauses[this.clauseOf[i] ?? -1];
  }

  /** The nearest clause subject the clause has: its own or the one it inherits. */
  subjectOf(clause: Clause | undefined): Mention[] | undefined {
    return clause?.subject ?? clause?.inherited;
  }

  /** Whether the verb group ending at `v` is negated ("has not signed", "no longer supports"). */
  walkVerbGroup(v: number, floor: number): { before: number; negated: boolean; modal: boolean; infinitive: boolean } {
    let j = v - 1;
    let negated = false;
    let modal = false;
    let infinitive = false;
    while (j >= floor) {
      const t = this.tokens[j];
      if (!t || this.at[j]?.length) break;
      if (t.norm === 'to' && !infinitive) {
        // "is to sell", "has to decide": "to" inside the verb group; otherwise an infinitive's.
        if (!isAuxiliary(this.tokens[j - 1])) infinitive = true;
        j--;
        continue;
      }
      if (isNegation(this.tokens, j) || (t.norm === 'longer' && this.tokens[j - 1]?.norm === 'no')) {
        negated = true;
        j--;
        continue;
      }
      // "has since admitted": "since" as an adverb inside a verb group.
      const since = t.norm === 'since' && isAuxiliary(this.tokens[j - 1]);
      if (
        since ||
        isAuxiliary(t) ||
        isAdverb(t) ||
        NOT_ONLY.has(t.norm) ||
        ['not', 'both', 'all', 'each'].includes(t.norm)
      ) {
        if (MODALS.has(t.norm)) modal = true;
        j--;
        continue;
      }
      break;
    }
    return { before: j, negated, modal, infinitive };
  }
}
