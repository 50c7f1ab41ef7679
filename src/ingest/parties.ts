// Finding the parties of a clause: who does what a verb says (its subject, through relative pronouns,
// infinitives and coordination), a noun's possessor or the name that modifies it, an apposition; what the
// verb is done to is party-objects.ts's. The relation rules ask these questions; none knows any cue word.
import type { EntityKind } from '../model.ts';
import type { Cue } from './cues.ts';
import { COPULAS, DETERMINERS, EVALUATIVE, PREPOSITIONS, RELATIVES } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import {
  agentAfter,
  companions,
  cueObjects,
  echoes,
  isPassive,
  objectRelative,
  reducedRelative,
  relativeObject,
} from './party-objects.ts';
import { antecedentOf, appositionOf } from './relatives.ts';
import { type Clause, isAdverb, isAuxiliary, isFiniteVerb, type Structure } from './structure.ts';
import { hasTag, isJoiner, type Token } from './tokens.ts';

/** One side of a relation: a mention or coordinated mentions, with a confidence penalty for how it was found. */
export interface Party {
  group: Mention[];
  penalty: number;
}

const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
/** How far (in tokens) an object may stand from its verb. */
export const MAX_DISTANCE = 8;

/** Answers "who" and "whom" for the cues and rules of one document. */
export class Parties {
  readonly s: Structure;
  readonly tokens: readonly Token[];
  private readonly kindOf: (id: string) => EntityKind | undefined;

  constructor(structure: Structure, kindOf: (id: string) => EntityKind | undefined) {
    this.s = structure;
    this.tokens = structure.tokens;
    this.kindOf = kindOf;
  }

  /** A mention with the mentions coordinated with it up to it, as a party. */
  party(m: Mention | undefined, penalty = 0): Party[] {
    if (!m) return [];
    return [
      {
        group: this.s.groupOf(m).filter((x) => x.last <= m.last),
        penalty: penalty + (m.via === 'pronoun' || m.via === 'anaphor' ? 0.1 : 0),
      },
    ];
  }

  /** The mention ending at token j, unless it is only a possessor ("Japan's" in "Japan's participation"). */
  nameEndingAt(j: number): Mention | undefined {
    return this.s.endingAt[j]?.find((m) => !m.possessive);
  }

  /**
   * Who does what the verb at `v` says: the mention right before its verb group; through a relative pronoun
   * its antecedent; for an infinitive or a gerund, the controller or the subject of the verb above it.
   */
  subjects(v: number, clause: Clause, depth = 0): { parties: Party[]; negated: boolean; modal: boolean } {
    const { tokens } = this;
    const walk = this.s.walkVerbGroup(v, clause.first);
    const out: Party[] = [];
    const j = walk.before;
    const inherited = clause.inherited ?? (depth > 0 ? clause.subject : undefined);
    if (j < clause.first) {
      if (inherited) out.push({ group: inherited, penalty: 0 });
      return { parties: out, negated: walk.negated, modal: walk.modal };
    }
    const t = tokens[j] as Token;
    const named = this.nameEndingAt(j);
    if (named) out.push(...this.party(named));
    else if (t.shape === 'lower' && hasTag(t, 'Noun') && !hasTag(t, 'Pronoun') && !RELATIVES.has(t.norm)) {
      // "Their joint statement criticised ...", "NATO's members include ...": the possessor acts; "an Israeli
      // strike on Beirut's suburbs killed ...": the head before a prepositional phrase, and a name modifying it.
      const p = this.phraseStart(j, clause);
      const before = this.tokens[p - 1];
      const head = before?.shape === 'lower' && PREPOSITIONS.has(before.norm) && p - 2 >= clause.first ? p - 2 : j;
      const owners = hasTag(this.tokens[head], 'Noun') ? this.possessorOf(head, clause) : [];
      const doers = owners.length > 0 ? owners : this.namedModifierOf(head, clause);
      out.push(...doers.map((d) => ({ ...d, penalty: d.penalty + 0.1 })));
    } else if (RELATIVES.has(t.norm)) {
      out.push(...this.antecedent(j));
      const main = this.s.subjectOf(clause);
      if (main) out.push({ group: main, penalty: 0.15 });
    }
    const gerundAfterPreposition = hasTag(tokens[v], 'Gerund') && PREPOSITIONS.has(t.norm);
    if (walk.infinitive || gerundAfterPreposition) {
      if (gerundAfterPreposition) out.push(...this.possessorOf(j, clause));
      if (depth < 2) {
        let k = j - 1;
        while (k >= clause.first && !(isFiniteVerb(tokens[k]) && !this.s.at[k]?.length)) k--;
        if (k >= clause.first) out.push(...this.subjects(k, clause, depth + 1).parties);
        else if (inherited ?? clause.subject)
          out.push({ group: (inherited ?? clause.subject) as Mention[], penalty: 0.1 });
        else if (!this.hasFiniteVerb(clause)) {
          // "X reopened its embassy, as part of an effort to counter Y": a verbless adjunct's infinitive.
          const main = this.earlierSubject(clause);
          if (main) out.push({ group: main, penalty: 0.15 });
        }
      }
    }
    return { parties: out, negated: walk.negated, modal: walk.modal };
  }

  /** The party a relative pronoun at `r` stands for (the nearest name alone after a singular description). */
  antecedent(r: number): Party[] {
    const found = antecedentOf(this.s, r);
    if (!found) return [];
    return found.plural ? this.party(found.name) : [{ group: [found.name], penalty: 0 }];
  }

  private hasFiniteVerb(clause: Clause): boolean {
    return this.tokens.slice(clause.first, clause.last + 1).some((t) => isFiniteVerb(t));
  }

  /** The subject of the nearest earlier clause of the same sentence that has one. */
  private earlierSubject(clause: Clause): Mention[] | undefined {
    for (let n = clause.index - 1; n >= 0; n--) {
      const earlier = this.s.clauses[n];
      if (!earlier || earlier.sentence !== clause.sentence) return undefined;
      const subject = this.s.subjectOf(earlier);
      if (subject) return subject;
    }
    return undefined;
  }

  /** The possessor of the noun phrase ending at `n` ("Japan's" in "Japan's most important ally"), if any. */
  possessorOf(n: number, clause: Clause): Party[] {
    let k = n - 1;
    for (let steps = 0; k >= clause.first && steps < 5; steps++) {
      const here = this.s.at[k] ?? [];
      if (here.length > 0) {
        const owners = here.filter((m) => m.possessive);
        if (owners.length === 0) return [];
        const penalty = owners[0]?.via === 'pronoun' ? 0.1 : 0;
        return [{ group: owners.length > 1 ? owners : this.s.groupOf(owners[0] as Mention), penalty }];
      }
      const t = this.tokens[k] as Token;
      if (t.type === 'possessive') {
        const m = this.s.endingAt[k - 1]?.[0];
        return m ? [{ group: [m], penalty: 0 }] : [];
      }
      if (isJoiner(this.tokens, k)) {
        k--; // "full-scale"
        continue;
      }
      // A noun the tagger read as a present-tense verb counts too: "its only treaty ally".
      const misread = this.misreadNoun(k);
      const modifier =
        t.type === 'number' ||
        misread ||
        (t.type === 'word' &&
          !ARTICLES.has(t.norm) &&
          (EVALUATIVE.has(t.norm) || hasTag(t, 'Adjective', 'Adverb') || (t.shape === 'lower' && hasTag(t, 'Noun'))));
      if (!modifier) return [];
      k--;
    }
    return [];
  }

  /** The name that modifies the noun at `n` ("Israeli" in "an Israeli air strike"), past other modifiers. */
  namedModifierOf(n: number, clause: Clause): Party[] {
    for (let k = n - 1; k >= clause.first && k > n - 4; k--) {
      const m = this.s.endingAt[k]?.find((x) => !x.possessive && x.via !== 'pronoun' && x.via !== 'anaphor');
      if (m) return [{ group: [m], penalty: 0 }];
      const t = this.tokens[k];
      if (!(t?.shape === 'lower' && hasTag(t, 'Noun', 'Adjective') && !ARTICLES.has(t.norm))) return [];
    }
    return [];
  }

  /** A common noun before another that the tagger read as a present-tense verb: "treaty" in "treaty ally". */
  private misreadNoun(k: number): boolean {
    const t = this.tokens[k];
    const next = this.tokens[k + 1];
    return (
      t?.shape === 'lower' &&
      hasTag(t, 'PresentTense') &&
      !isAuxiliary(t) &&
      !COPULAS.has(t.norm) &&
      next?.shape === 'lower' &&
      hasTag(next, 'Noun')
    );
  }

  /** Where the noun phrase whose head is at `n` starts: over determiners, adjectives and a possessor. */
  phraseStart(n: number, clause: Clause): number {
    let k = n - 1;
    while (k >= clause.first) {
      const t = this.tokens[k] as Token;
      const here = this.s.at[k] ?? [];
      if (here.length > 0) {
        if (!here.some((m) => m.possessive)) break;
        k = Math.min(...here.map((m) => m.first)) - 1;
        continue;
      }
      if (isJoiner(this.tokens, k)) {
        k--; // "a long-term ally"
        continue;
      }
      if (t.type === 'possessive') {
        const m = this.s.endingAt[k - 1]?.[0];
        if (!m) break;
        k = m.first - 1;
        continue;
      }
      const prev = this.tokens[k - 1];
      const participle =
        hasTag(t, 'PastTense', 'Participle') && (DETERMINERS.has(prev?.norm ?? '') || isFiniteVerb(prev));
      // "its only treaty ally": a noun the tagger read as a present-tense verb, before the head.
      const misread = this.misreadNoun(k);
      const ok =
        t.type === 'word' &&
        !(PREPOSITIONS.has(t.norm) && t.shape === 'lower') &&
        (['the', 'a', 'an', 'several', 'many', 'some', 'numerous', 'both', 'all', 'each', 'few'].includes(t.norm) ||
          (t.shape === 'title' && !PREPOSITIONS.has(t.norm) && k > clause.first) ||
          EVALUATIVE.has(t.norm) ||
          participle ||
          misread ||
          (hasTag(t, 'Adjective', 'Adverb', 'Value') && !hasTag(t, 'Verb')) ||
          (t.shape === 'lower' && hasTag(t, 'Noun') && !hasTag(t, 'Pronoun')));
      if (!ok && t.type !== 'number') break;
      k--;
    }
    return k + 1;
  }

  /** "naming China as Japan's biggest challenge", "Japan's position as a key ally": the party before "as". */
  asSubject(n: number, clause: Clause): Party[] {
    const p = this.phraseStart(n, clause);
    if (this.tokens[p - 1]?.norm !== 'as') return [];
    const q = p - 2;
    const named = this.nameEndingAt(q);
    if (named) return this.party(named);
    const t = this.tokens[q];
    if (t?.shape === 'lower' && hasTag(t, 'Noun')) return this.possessorOf(q, clause);
    return [];
  }

  /**
   * The subject of the verb that governs the noun phrase at `n` ("X is Japan's ally", "X signed agreements",
   * "X is one of the allies of Y", "X and Y remain locked in a dispute"), or the name it is in apposition to:
   * the nearest name alone for a singular noun ("Indonesia and Turkey, a NATO member"), the whole list for a
   * plural one ("Chile and Peru, both members of ..."). `head` is the noun, when `n` is a name modifying it.
   */
  governingSubjects(n: number, clause: Clause, copulaOnly: boolean, head = n): Party[] {
    const { tokens } = this;
    let p = this.phraseStart(n, clause);
    if (tokens[p - 1]?.norm === 'of' && ['one', 'some', 'two', 'three'].includes(tokens[p - 2]?.norm ?? '')) p -= 2;
    else if (tokens[p - 1]?.norm === 'among') p -= 1;
    const before = tokens[p - 1];
    const plural = hasTag(tokens[head], 'Plural') || ['both', 'all'].includes(tokens[p]?.norm ?? '');
    if (before?.text === ',') {
      const appositive = this.nameEndingAt(p - 2);
      if (appositive) return plural ? this.party(appositive) : [{ group: [appositive], penalty: 0 }];
    }
    let v = p - 1;
    // "locked in a bitter dispute", "embroiled in a row": the participle's verb group governs the noun.
    if (before?.norm === 'in' && tokens[p - 2]?.shape === 'lower' && hasTag(tokens[p - 2], 'PastTense', 'Participle'))
      v = p - 2;
    while (v >= clause.first && isAdverb(tokens[v])) v--;
    // A second predicate noun: "is the Director of X and a Visiting Fellow at Y"; a second apposition: "X, a
    // former president and a close ally of Y".
    if (['and', 'or'].includes(tokens[v]?.norm ?? '')) {
      const apposition = appositionOf(this.s, v - 1);
      if (apposition) return [{ group: [apposition.name], penalty: 0 }];
      v--;
      while (v >= clause.first && !isFiniteVerb(tokens[v])) v--;
    }
    if (v === p - 2)
      while (v > clause.first && (COPULAS.has(tokens[v - 1]?.norm ?? '') || isAdverb(tokens[v - 1]))) v--;
    const verb = tokens[v];
    if (v < clause.first || !verb || !(isFiniteVerb(verb) || hasTag(verb, 'Verb'))) return [];
    if (copulaOnly && !COPULAS.has(verb.norm)) return [];
    const { parties, negated } = this.subjects(v, clause);
    return negated ? [] : parties;
  }

  /** The objects after a cue: its direct object, or the object of one of its prepositions. */
  objects(c: number, cue: Cue, clause: Clause, prepositional: boolean): Party[] {
    return cueObjects(this, c, cue, clause, prepositional);
  }

  /** What an object relative's verb at `v` is done to: "the agreement, which Wang hailed". */
  objectRelative(v: number, clause: Clause): Party[] {
    return objectRelative(this, v, clause);
  }

  /** What a clause's "to which", "of which" points back to, before token `before` (see party-objects.ts). */
  relativeObject(clause: Clause, preps: readonly string[], before = clause.last): Party[] {
    return relativeObject(this, clause, preps, before);
  }

  /** Who shares the subject's part: "a member of X, alongside A and B". */
  companions(c: number, objects: readonly Party[], clause: Clause, withToo: boolean): Party[] {
    return companions(this, c, objects, clause, withToo);
  }

  /** Who echoes the clause of the cue at `c`: "Tokyo welcomed the plan, and so did Washington". */
  echoes(c: number, objects: readonly Party[], clause: Clause): Party[] {
    return echoes(this, c, objects, clause);
  }

  /** The agent of a passive: "was commended by X". */
  agentAfter(c: number, clause: Clause): Party[] {
    return agentAfter(this, c, clause);
  }

  /** What a past participle followed by "by" describes: "the Democratic Party, led by X". */
  reducedRelative(c: number): Party[] | undefined {
    return reducedRelative(this, c);
  }

  /** Whether the verb at `c` is a passive participle: "was commended". */
  isPassive(c: number): boolean {
    return isPassive(this, c);
  }

  /** The country a leader introduced by "under" leads: the clause's subject, an earlier country, or the next clause's subject. */
  ledCountry(clause: Clause, leaders: readonly Party[]): Party[] {
    const isCountry = (m: Mention) => this.kindOf(m.entityId) === 'COUNTRY';
    const leaderIds = new Set(leaders.flatMap((p) => p.group.map((m) => m.entityId)));
    const own = this.s.subjectOf(clause);
    if (own?.some(isCountry)) return [{ group: own.filter(isCountry), penalty: 0 }];
    const earlier = this.s.mentions
      .filter((m) => m.first >= clause.first && m.last <= clause.last && isCountry(m) && !leaderIds.has(m.entityId))
      .sort((a, b) => a.first - b.first);
    const before = earlier.filter((m) => m.last < Math.min(...leaders.flatMap((p) => p.group.map((x) => x.first))));
    if (before.length > 0) return [{ group: [before.at(-1) as Mention], penalty: 0.1 }];
    const hasVerb = this.tokens.slice(clause.first, clause.last + 1).some((t) => isFiniteVerb(t));
    if (!hasVerb) {
      const next = this.s.clauses[clause.index + 1];
      const subject = next && next.sentence === clause.sentence ? this.s.subjectOf(next) : undefined;
      if (subject?.some(isCountry)) return [{ group: subject.filter(isCountry), penalty: 0 }];
    }
    return [];
  }
}
