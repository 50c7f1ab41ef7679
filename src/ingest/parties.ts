// Finding the parties of a clause: who does what a verb says (its subject, through relative pronouns,
// infinitives and coordination), what it is done to (its object), a noun's possessor, an apposition, a
// passive's agent. The relation rules ask these questions; none of them knows any cue word.
import type { EntityKind } from '../model.ts';
import type { Cue } from './cues.ts';
import { BE_FORMS, COPULAS, DETERMINERS, EVALUATIVE, PREPOSITIONS, RELATIVES, SUBORDINATORS } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import { type Clause, isAdverb, isFiniteVerb, type Structure } from './structure.ts';
import { hasTag, type Token } from './tokens.ts';

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
      // "Their joint statement criticised ...", "NATO's members include ...": the possessor acts.
      out.push(...this.possessorOf(j, clause).map((p) => ({ ...p, penalty: p.penalty + 0.1 })));
    } else if (RELATIVES.has(t.norm)) {
      const antecedent =
        this.nameEndingAt(j - 1) ?? (tokens[j - 1]?.text === ',' ? this.nameEndingAt(j - 2) : undefined);
      out.push(...this.party(antecedent));
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
      }
    }
    return { parties: out, negated: walk.negated, modal: walk.modal };
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
      const modifier =
        t.type === 'word' &&
        !ARTICLES.has(t.norm) &&
        (EVALUATIVE.has(t.norm) || hasTag(t, 'Adjective', 'Adverb') || (t.shape === 'lower' && hasTag(t, 'Noun')));
      if (!modifier) return [];
      k--;
    }
    return [];
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
      if (t.type === 'possessive') {
        const m = this.s.endingAt[k - 1]?.[0];
        if (!m) break;
        k = m.first - 1;
        continue;
      }
      const prev = this.tokens[k - 1];
      const participle =
        hasTag(t, 'PastTense', 'Participle') && (DETERMINERS.has(prev?.norm ?? '') || isFiniteVerb(prev));
      const ok =
        t.type === 'word' &&
        !(PREPOSITIONS.has(t.norm) && t.shape === 'lower') &&
        (['the', 'a', 'an', 'several', 'many', 'some', 'numerous', 'both', 'all', 'each'].includes(t.norm) ||
          (t.shape === 'title' && !PREPOSITIONS.has(t.norm) && k > clause.first) ||
          EVALUATIVE.has(t.norm) ||
          participle ||
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

  /** The subject of the verb that governs the noun phrase at `n` ("X is Japan's ally", "X signed agreements"). */
  governingSubjects(n: number, clause: Clause, copulaOnly: boolean): Party[] {
    const p = this.phraseStart(n, clause);
    const before = this.tokens[p - 1];
    if (before?.text === ',') {
      const appositive = this.nameEndingAt(p - 2);
      if (appositive) return this.party(appositive);
    }
    let v = p - 1;
    while (v >= clause.first && isAdverb(this.tokens[v])) v--;
    // A second predicate noun: "is the Director of X and a Visiting Fellow at Y".
    if (['and', 'or'].includes(this.tokens[v]?.norm ?? '')) {
      v--;
      while (v >= clause.first && !isFiniteVerb(this.tokens[v])) v--;
    }
    const verb = this.tokens[v];
    if (v < clause.first || !verb || !(isFiniteVerb(verb) || hasTag(verb, 'Verb'))) return [];
    if (copulaOnly && !COPULAS.has(verb.norm)) return [];
    const { parties, negated } = this.subjects(v, clause);
    return negated ? [] : parties;
  }

  /** The objects after a cue: its direct object, or the object of one of its prepositions. */
  objects(c: number, cue: Cue, clause: Clause, prepositional: boolean): Party[] {
    const { tokens } = this;
    let k = c + 1;
    let complement = false;
    const next = tokens[k];
    if (next && cue.preps.includes(next.norm)) {
      complement = next.norm === 'that';
      k++;
    } else if (next && PREPOSITIONS.has(next.norm) && RELATIVES.has(tokens[k + 1]?.norm ?? '')) {
      k += 2; // "an ally upon which the US can rely"
    } else if (prepositional) return [];
    const limit = complement ? 14 : prepositional ? 6 : next && cue.preps.includes(next.norm) ? 10 : MAX_DISTANCE;
    const out: Party[] = [];
    for (let steps = 0; k <= clause.last && steps < limit; steps++) {
      const m = this.s.startingAt(k);
      // A recipient stands right after the verb or after "to": not "sending a signal that Japan ...".
      const recipient =
        !cue.dative || k === c + 1 || (k === c + 2 && ARTICLES.has(tokens[c + 1]?.norm ?? '')) || this.afterTo(k);
      if (m && !recipient) {
        k = m.last + 1;
        continue;
      }
      if (m) {
        const group = this.s.groupFrom(m);
        if (!(m.via === 'pronoun' && m.possessive)) {
          out.push({
            group,
            penalty: (m.possessive ? 0.05 : 0) + (m.via === 'pronoun' || m.via === 'anaphor' ? 0.1 : 0),
          });
        }
        k = Math.max(...group.map((g) => g.last)) + 1;
        continue;
      }
      const t = tokens[k] as Token;
      if (k > c + 1 && (isFiniteVerb(t) || SUBORDINATORS.has(t.norm))) break;
      // "a pact under which Australia trains police": what a relative clause names is not the cue's object.
      if (k > c + 1 && ['which', 'who', 'whom', 'whose'].includes(t.norm)) break;
      k++;
    }
    return out;
  }

  /**
   * What a clause opening with a preposition and "which" points back to: "the Forum, to which Australia
   * belongs", "ECOWAS, of which Mali was a founding member". Only for the prepositions the cue takes.
   */
  relativeObject(clause: Clause, preps: readonly string[]): Party[] {
    const first = this.tokens[clause.first];
    if (!first || !preps.includes(first.norm) || !['which', 'whom'].includes(this.tokens[clause.first + 1]?.norm ?? ''))
      return [];
    const before = this.tokens[clause.first - 1]?.text === ',' ? clause.first - 2 : clause.first - 1;
    return this.party(this.nameEndingAt(before));
  }

  /** Whether the mention at `k` is the object of "to" ("to the Philippines"). */
  private afterTo(k: number): boolean {
    let j = k - 1;
    while (['the', 'a', 'an'].includes(this.tokens[j]?.norm ?? '')) j--;
    return this.tokens[j]?.norm === 'to';
  }

  /** The agent of a passive: "was commended by X". */
  agentAfter(c: number, clause: Clause): Party[] {
    let k = c + 1;
    while (k <= clause.last && (isAdverb(this.tokens[k]) || ['upon', 'on'].includes(this.tokens[k]?.norm ?? ''))) k++;
    if (this.tokens[k]?.norm !== 'by') return [];
    k++;
    while (['the', 'a', 'an'].includes(this.tokens[k]?.norm ?? '')) k++;
    const m = this.s.startingAt(k);
    return m ? [{ group: this.s.groupFrom(m), penalty: 0 }] : [];
  }

  /**
   * The party a past participle after a comma describes, when "by" follows: "the Democratic Party, led by
   * Lee Jae-myung", "Mali, backed by Russia". Undefined when the verb at `c` is not such a participle.
   */
  reducedRelative(c: number): Party[] | undefined {
    const t = this.tokens[c];
    if (!t || this.tokens[c - 1]?.text !== ',' || !(hasTag(t, 'PastTense', 'Participle') || t.norm.endsWith('ed')))
      return undefined;
    let k = c + 1;
    while (isAdverb(this.tokens[k])) k++;
    if (this.tokens[k]?.norm !== 'by') return undefined;
    const described = this.nameEndingAt(c - 2);
    return described ? this.party(described) : undefined;
  }

  /** Whether the verb at `c` is a passive participle: "was commended". */
  isPassive(c: number): boolean {
    const t = this.tokens[c];
    if (!t || !(hasTag(t, 'PastTense', 'Participle') || t.norm.endsWith('ed'))) return false;
    let k = c - 1;
    while (isAdverb(this.tokens[k])) k--;
    return BE_FORMS.has(this.tokens[k]?.norm ?? '');
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
