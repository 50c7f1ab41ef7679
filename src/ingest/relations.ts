// Finds relations: each cue word of the lexicon with its parties placed by the clause's structure (subject
// before the verb, object after it, a passive's agent after "by", a noun's possessor and prepositional object),
// plus rules for titles ("President X" leads a country), appositions, and what names say of themselves
// ("US-Japan alliance": both are members).
import { type EntityKind, isSymmetric, type RelationType } from '../model.ts';
import { type Cue, cuesFor } from './cues.ts';
import {
  BE_FORMS,
  COPULAS,
  DEAL_NOUNS,
  DETERMINERS,
  EVALUATIVE,
  HEAD_OF_STATE_TITLE_PHRASES,
  LEADER_ROLE_NOUNS,
  PREPOSITIONS,
  RELATIVES,
  ROLE_NOUNS,
  SUBORDINATORS,
} from './lexicon.ts';
import type { Mention } from './mentions.ts';
import { type Clause, isAdverb, isFiniteVerb, type Structure } from './structure.ts';
import { hasTag, isJoiner, type Token } from './tokens.ts';

/** A relation found in one place of the text, before relations of the same pair and type are merged. */
export interface FoundRelation {
  type: RelationType;
  from: string;
  to: string;
  confidence: number;
  /** Token span the quote must cover: both parties and the cue. */
  first: number;
  last: number;
  /** What found it, for reports: the cue word or the rule. */
  rule: string;
}

/** Where a cue stands and how strongly it states its relation. */
interface CueAt {
  at: number;
  strength: number;
  penalty: number;
  rule: string;
}

/** One side of a relation: a mention or coordinated mentions, with a confidence penalty for how it was found. */
interface Party {
  group: Mention[];
  penalty: number;
}

const ACTORS: ReadonlySet<EntityKind> = new Set(['COUNTRY', 'PERSON', 'GROUPING', 'ORGANIZATION', 'COMPANY']);
const ANY: ReadonlySet<EntityKind> = new Set([...ACTORS, 'POLICY', 'EVENT', 'REGION']);
const FROM_KINDS: Partial<Record<RelationType, ReadonlySet<EntityKind>>> = {
  MEMBER_OF: new Set(['COUNTRY', 'PERSON', 'ORGANIZATION', 'COMPANY', 'GROUPING']),
  LEADS: new Set(['PERSON']),
};
const TO_KINDS: Partial<Record<RelationType, ReadonlySet<EntityKind>>> = {
  ALLY: ACTORS,
  RIVAL: ACTORS,
  AGREEMENT: ACTORS,
  CONCERN: ANY,
  MEMBER_OF: new Set(['GROUPING', 'ORGANIZATION', 'COMPANY']),
  LEADS: new Set(['COUNTRY', 'ORGANIZATION', 'GROUPING', 'COMPANY']),
  SUPPORTS: ANY,
  OPPOSES: ANY,
};
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
const MAX_DISTANCE = 8;

const round = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;

/** Finds the relations of a document whose mentions, anaphora and clauses `structure` holds. */
export class RelationFinder {
  readonly found: FoundRelation[] = [];
  private readonly s: Structure;
  private readonly tokens: readonly Token[];
  private readonly kindOf: (id: string) => EntityKind | undefined;
  private readonly titleCountries = new Map<string, Set<string>>();

  constructor(structure: Structure, kindOf: (id: string) => EntityKind | undefined) {
    this.s = structure;
    this.tokens = structure.tokens;
    this.kindOf = kindOf;
  }

  /** Runs every rule over the document. */
  run(): FoundRelation[] {
    this.mapTitles();
    for (const sentence of this.s.doc.sentences) {
      if (sentence.shouting) continue;
      for (let i = sentence.first; i <= sentence.last; i++) {
        if (this.s.at[i]?.length) continue;
        const clause = this.s.clauseAt(i);
        if (!clause) continue;
        for (const cue of cuesFor(this.tokens, i)) this.applyCue(i, cue, clause);
        this.exportControls(i, clause);
      }
    }
    for (const m of this.s.mentions) {
      if (this.s.doc.sentences[this.s.doc.sentenceOf[m.first] ?? -1]?.shouting) continue;
      this.titles(m);
      this.under(m);
      this.apposition(m);
      this.presidency(m);
      this.composition(m);
    }
    this.inherit();
    return this.found;
  }

  // --- emitting -------------------------------------------------------------------------------------------------

  private fits(type: RelationType, side: 'from' | 'to', m: Mention): boolean {
    const kinds = side === 'from' ? (FROM_KINDS[type] ?? ACTORS) : (TO_KINDS[type] ?? ANY);
    return kinds.has(this.kindOf(m.entityId) ?? 'REGION');
  }

  private emit(type: RelationType, from: Mention, to: Mention, confidence: number, span: number[], rule: string): void {
    if (from.entityId === to.entityId || !this.fits(type, 'from', from) || !this.fits(type, 'to', to)) return;
    this.found.push({
      type,
      from: from.entityId,
      to: to.entityId,
      confidence: round(confidence),
      first: Math.min(from.first, to.first, ...span),
      last: Math.max(from.last, to.last, ...span),
      rule,
    });
  }

  /** Emits the pairs of the first candidate parties that fit the type; true when one did. */
  private emitPairs(
    type: RelationType,
    fromCandidates: readonly Party[],
    toCandidates: readonly Party[],
    cue: CueAt,
  ): boolean {
    const from = fromCandidates.find((p) => p.group.some((m) => this.fits(type, 'from', m)));
    if (!from) return false;
    const to = toCandidates.find((p) =>
      p.group.some((m) => this.fits(type, 'to', m) && !from.group.some((f) => f.entityId === m.entityId)),
    );
    const score = (a: Mention, b: Mention, penalty: number) => {
      const far = Math.max(Math.abs(a.first - cue.at), Math.abs(b.first - cue.at));
      const distance = Math.min(0.3, 0.02 * Math.max(0, far - MAX_DISTANCE));
      return cue.strength - cue.penalty - penalty - distance;
    };
    if (!to) {
      // "X and Y agreed", "X and Y are allies": the pairs within a coordinated subject.
      if (!isSymmetric(type) || from.group.length < 2) return false;
      const members = from.group.filter((m) => this.fits(type, 'from', m));
      for (let a = 0; a < members.length; a++)
        for (let b = a + 1; b < members.length; b++) {
          const x = members[a] as Mention;
          const y = members[b] as Mention;
          this.emit(type, x, y, score(x, y, from.penalty), [cue.at], cue.rule);
        }
      return members.length > 1;
    }
    for (const f of from.group)
      for (const t of to.group) this.emit(type, f, t, score(f, t, from.penalty + to.penalty), [cue.at], cue.rule);
    return true;
  }

  // --- parties ----------------------------------------------------------------------------------------------------

  private party(m: Mention | undefined, penalty = 0): Party[] {
    if (!m) return [];
    return [
      {
        group: this.s.groupOf(m).filter((x) => x.last <= m.last),
        penalty: penalty + (m.via === 'pronoun' || m.via === 'anaphor' ? 0.1 : 0),
      },
    ];
  }

  /** The mention ending at token j, unless it is only a possessor ("Japan's" in "Japan's participation"). */
  private nameEndingAt(j: number): Mention | undefined {
    return this.s.endingAt[j]?.find((m) => !m.possessive);
  }

  /**
   * Who does what the verb at `v` says: the mention right before its verb group; through a relative pronoun
   * its antecedent; for an infinitive or a gerund, the controller or the subject of the verb above it.
   */
  private subjects(v: number, clause: Clause, depth = 0): { parties: Party[]; negated: boolean; modal: boolean } {
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
    else if (RELATIVES.has(t.norm)) {
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
  private possessorOf(n: number, clause: Clause): Party[] {
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
  private phraseStart(n: number, clause: Clause): number {
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
        (['the', 'a', 'an', 'several', 'many', 'some', 'numerous'].includes(t.norm) ||
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
  private asSubject(n: number, clause: Clause): Party[] {
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
  private governingSubjects(n: number, clause: Clause, copulaOnly: boolean): Party[] {
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
  private objects(c: number, cue: Cue, clause: Clause, prepositional: boolean): Party[] {
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
      k++;
    }
    return out;
  }

  private agentAfter(c: number, clause: Clause): Party[] {
    let k = c + 1;
    while (k <= clause.last && (isAdverb(this.tokens[k]) || ['upon', 'on'].includes(this.tokens[k]?.norm ?? ''))) k++;
    if (this.tokens[k]?.norm !== 'by') return [];
    k++;
    while (['the', 'a', 'an'].includes(this.tokens[k]?.norm ?? '')) k++;
    const m = this.s.startingAt(k);
    return m ? [{ group: this.s.groupFrom(m), penalty: 0 }] : [];
  }

  private isPassive(c: number): boolean {
    const t = this.tokens[c];
    if (!t || !(hasTag(t, 'PastTense', 'Participle') || t.norm.endsWith('ed'))) return false;
    let k = c - 1;
    while (isAdverb(this.tokens[k])) k--;
    return BE_FORMS.has(this.tokens[k]?.norm ?? '');
  }

  // --- cues -------------------------------------------------------------------------------------------------------

  private applyCue(c: number, cue: Cue, clause: Clause): void {
    const rule = `${cue.type} cue “${this.tokens[c]?.text}”`;
    if (cue.frame === 'noun' || cue.frame === 'causer-noun') {
      this.applyNoun(c, cue, clause, rule);
      return;
    }
    const { parties: subjects, negated, modal } = this.subjects(c, clause);
    if (negated) return;
    const at = { at: c, strength: cue.strength, penalty: modal ? 0.1 : 0, rule };
    if (cue.frame === 'verb' && this.isPassive(c)) {
      const agent = this.agentAfter(c, clause);
      if (agent.length > 0) this.emitPairs(cue.type, agent, subjects, at);
      return;
    }
    const objects = this.objects(c, cue, clause, false);
    if (cue.frame === 'causer-verb') this.emitPairs(cue.type, objects, subjects, at);
    else this.emitPairs(cue.type, subjects, objects, at);
  }

  private applyNoun(c: number, cue: Cue, clause: Clause, rule: string): void {
    const { tokens } = this;
    const p = this.phraseStart(c, clause);
    for (let k = Math.max(clause.first, p - 2); k < p; k++)
      if (['not', 'no', 'never'].includes(tokens[k]?.norm ?? '')) return;
    if (cue.needsModifier && !cue.needsModifier.has(tokens[c - 1]?.norm ?? '')) return;
    const possessor = this.possessorOf(c, clause);
    if (cue.needsPossessor && possessor.length === 0) return;
    const at = { at: c, strength: cue.strength, penalty: 0, rule };
    // "between X and Y"
    if (tokens[c + 1]?.norm === 'between') {
      let k = c + 2;
      while (['the', 'a', 'an', 'even'].includes(tokens[k]?.norm ?? '')) k++;
      const m = this.s.startingAt(k);
      const group = m ? this.s.groupFrom(m) : [];
      if (group.length > 1) this.emitPairs(cue.type, [{ group, penalty: 0 }], [], at);
      return;
    }
    const objects = this.objects(c, cue, clause, true);
    const asParty = this.asSubject(c, clause);
    if (cue.type === 'LEADS' && tokens[c]?.norm === 'leadership') {
      this.leadership(c, clause, possessor, objects, at);
      return;
    }
    const governing = () => this.governingSubjects(c, clause, cue.copulaOnly ?? false);
    if (cue.frame === 'causer-noun') {
      // "risk for Japan ... the American political system", "pressure on Japan" exerted by the subject.
      // A risk's source may follow the one at risk: "risk for Japan in the event of changes within the US".
      const sourceFollows = ['risk', 'risks', 'danger'].includes(tokens[c]?.norm ?? '') && objects[0];
      const after = sourceFollows
        ? this.objects(Math.max(...(objects[0]?.group ?? []).map((m) => m.last)), { ...cue, preps: [] }, clause, false)
        : [];
      this.emitPairs(cue.type, objects, [...possessor, ...governing(), ...after], at);
      return;
    }
    if (isSymmetric(cue.type)) {
      if (asParty.length > 0) this.emitPairs(cue.type, asParty, [...possessor, ...objects], at);
      else if (possessor.length > 0 && objects.length > 0) this.emitPairs(cue.type, possessor, objects, at);
      else if (possessor.length > 0) this.emitPairs(cue.type, governing(), possessor, at);
      else this.emitPairs(cue.type, governing(), objects, at);
      return;
    }
    // A title's object is the first name after it: "director of the Iran Program at the Institute".
    const targets = cue.type === 'LEADS' ? objects.slice(0, 1) : objects;
    const direct = possessor.length > 0 ? possessor : asParty.length > 0 ? asParty : governing();
    // "support for Taiwan" with no one named: the clause's subject, at a lower confidence.
    const subject = this.s.subjectOf(clause);
    const doers = direct.length > 0 || cue.copulaOnly || !subject ? direct : [{ group: subject, penalty: 0.25 }];
    const penalty = possessor.length > 0 || asParty.length > 0 ? 0 : 0.1;
    this.emitPairs(cue.type, doers, targets, { ...at, penalty });
  }

  /** "under Kishida's leadership, Japan has ...", "the leadership of X". */
  private leadership(c: number, clause: Clause, possessor: Party[], objects: Party[], cueAt: CueAt): void {
    const leaders = possessor.length > 0 ? possessor : objects;
    if (leaders.length === 0) return;
    const p = this.phraseStart(c, clause);
    if (this.tokens[p - 1]?.norm === 'under') {
      this.emitPairs('LEADS', leaders, this.ledCountry(clause, leaders), cueAt);
    }
  }

  /** The country a leader introduced by "under" leads: the clause's subject, an earlier country, or the next clause's subject. */
  private ledCountry(clause: Clause, leaders: readonly Party[]): Party[] {
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

  /** "limiting the export of semiconductor equipment to China", "export controls on China". */
  private exportControls(i: number, clause: Clause): void {
    const { tokens } = this;
    const t = tokens[i] as Token;
    if (!/^(?:limit|restrict|curb|ban|control)/.test(t.norm) || t.shape === 'upper') return;
    let k = i + 1;
    const isExport = (x: Token | undefined) => x?.norm === 'export' || x?.norm === 'exports';
    const nominal = isExport(tokens[i - 1]);
    if (!nominal) {
      while (k <= clause.last && k < i + 6 && !isExport(tokens[k])) k++;
      if (!isExport(tokens[k])) return;
    }
    for (let end = k + 1; end <= clause.last && end < k + 9; end++) {
      if (!['to', 'on', 'against'].includes(tokens[end]?.norm ?? '')) continue;
      let o = end + 1;
      while (['the', 'a', 'an'].includes(tokens[o]?.norm ?? '')) o++;
      const target = this.s.startingAt(o);
      if (!target) continue;
      const doers = nominal
        ? [...this.possessorOf(i - 1, clause), ...this.governingSubjects(i, clause, false)]
        : this.subjects(i, clause).parties;
      this.emitPairs('OPPOSES', doers, [{ group: this.s.groupFrom(target), penalty: 0 }], {
        at: i,
        strength: 0.8,
        penalty: 0,
        rule: 'export restriction',
      });
      return;
    }
  }

  // --- rules on mentions ------------------------------------------------------------------------------------------

  /** The head-of-state title ending at token `end` ("President", "Prime Minister"), with its first token. */
  private titleEndingAt(end: number): { first: number; phrase: string } | undefined {
    for (const length of [3, 2, 1]) {
      const first = end - length + 1;
      if (first < 0) continue;
      const words = this.tokens.slice(first, end + 1).filter((_, k) => !isJoiner(this.tokens, first + k));
      const phrase = words.map((t) => t.norm).join(' ');
      if (HEAD_OF_STATE_TITLE_PHRASES.has(phrase) && words.every((t) => t.type === 'word')) return { first, phrase };
    }
    return undefined;
  }

  /** The head-of-state title a person mention carries, inside it ("President Biden") or just before it. */
  private titleOf(m: Mention): { first: number; last: number; phrase: string } | undefined {
    for (let end = m.first; end < m.last; end++) {
      const title = this.titleEndingAt(end);
      if (title && title.first === m.first) return { ...title, last: end };
    }
    const before = this.titleEndingAt(m.first - 1);
    return before ? { ...before, last: m.first - 1 } : undefined;
  }

  /** Which country each title belongs to in this text: "the next US president", "Japan's prime minister". */
  private mapTitles(): void {
    for (const m of this.s.mentions) {
      if (this.kindOf(m.entityId) !== 'COUNTRY' || m.via === 'pronoun') continue;
      let k = m.last + 1;
      if (this.tokens[k]?.type === 'possessive') k++;
      for (const length of [3, 2, 1]) {
        const title = this.titleEndingAt(k + length - 1);
        if (title && title.first === k) {
          this.titleCountries.set(
            title.phrase,
            new Set([...(this.titleCountries.get(title.phrase) ?? []), m.entityId]),
          );
          break;
        }
      }
    }
  }

  /** "President Biden" leads the country whose president the text names; "Japanese Prime Minister X" says it. */
  private titles(m: Mention): void {
    if (this.kindOf(m.entityId) !== 'PERSON' || m.via === 'pronoun') return;
    const title = this.titleOf(m);
    if (!title) return;
    const clause = this.s.clauseAt(m.first);
    if (!clause) return;
    let k = title.first - 1;
    if (this.tokens[k]?.type === 'possessive') k--;
    const explicit = this.s.endingAt[k]?.find((x) => this.kindOf(x.entityId) === 'COUNTRY');
    const at = { at: title.first, strength: 0.9, penalty: 0, rule: `the title “${title.phrase}”` };
    if (explicit) {
      this.emitPairs('LEADS', [{ group: [m], penalty: 0 }], [{ group: [explicit], penalty: 0 }], at);
      return;
    }
    if (this.tokens[m.last + 1]?.norm === 'of') {
      let o = m.last + 2;
      while (['the', 'a'].includes(this.tokens[o]?.norm ?? '')) o++;
      const country = this.s.startingAt(o);
      if (country && this.kindOf(country.entityId) === 'COUNTRY') {
        this.emitPairs('LEADS', [{ group: [m], penalty: 0 }], [{ group: [country], penalty: 0 }], at);
        return;
      }
    }
    const countries = [...(this.titleCountries.get(title.phrase) ?? [])];
    const only = countries.length === 1 ? countries[0] : undefined;
    if (!only) return;
    // The country is not named here; for the quote it stands where the title does.
    const pseudo: Mention = { ...m, entityId: only, first: title.first, last: m.last, inner: [] };
    this.emitPairs('LEADS', [{ group: [m], penalty: 0 }], [{ group: [pseudo], penalty: 0 }], {
      ...at,
      strength: 0.6,
      rule: `the title “${title.phrase}”, which this text gives to one country`,
    });
  }

  /** "under Kishida", "despite its efforts under Kishida": the person leads the country of the clause. */
  private under(m: Mention): void {
    if (this.kindOf(m.entityId) !== 'PERSON' || m.via === 'pronoun') return;
    const title = this.titleOf(m);
    const first = title ? Math.min(title.first, m.first) : m.first;
    let k = first - 1;
    while (['the', 'late'].includes(this.tokens[k]?.norm ?? '')) k--;
    if (this.tokens[k]?.norm !== 'under') return;
    if (this.tokens[m.last + 1]?.type === 'possessive') return; // "under X's leadership": the noun cue
    const clause = this.s.clauseAt(m.first);
    if (!clause) return;
    const leaders = [{ group: this.s.groupOf(m), penalty: 0 }];
    this.emitPairs('LEADS', leaders, this.ledCountry(clause, leaders), {
      at: k,
      strength: 0.7,
      penalty: 0,
      rule: '“under” a leader',
    });
  }

  /** "ruling-party figure Taro Aso": a member (or the leader) named after the organisation and a role noun. */
  private apposition(m: Mention): void {
    const kind = this.kindOf(m.entityId);
    if (!kind || !['ORGANIZATION', 'GROUPING', 'COMPANY'].includes(kind)) return;
    const role = this.tokens[m.last + 1];
    if (role?.shape !== 'lower' || !ROLE_NOUNS.has(role.norm)) return;
    const person = this.s.startingAt(m.last + 2);
    if (!person || this.kindOf(person.entityId) !== 'PERSON') return;
    const type: RelationType = LEADER_ROLE_NOUNS.has(role.norm) ? 'LEADS' : 'MEMBER_OF';
    this.emitPairs(type, [{ group: [person], penalty: 0 }], [{ group: [m], penalty: 0 }], {
      at: m.last + 1,
      strength: 0.7,
      penalty: 0,
      rule: `the role noun “${role.text}”`,
    });
  }

  /** "during its G7 presidency": who holds a grouping's presidency is a member. */
  private presidency(m: Mention): void {
    if (this.kindOf(m.entityId) !== 'GROUPING') return;
    const next = this.tokens[m.last + 1];
    if (!next || !['presidency', 'chairmanship', 'chair'].includes(next.norm)) return;
    const clause = this.s.clauseAt(m.first);
    if (!clause) return;
    const holders = this.possessorOf(m.first, clause);
    this.emitPairs('MEMBER_OF', holders, [{ group: [m], penalty: 0 }], {
      at: m.last + 1,
      strength: 0.7,
      penalty: 0,
      rule: `the ${next.text} of a grouping`,
    });
  }

  /** What a name says of itself: "US-Japan alliance", "Biden administration", "coalition to support Ukraine". */
  private composition(m: Mention): void {
    if (m.via === 'pronoun' || m.via === 'anaphor' || m.inner.length === 0) return;
    const kind = this.kindOf(m.entityId);
    const text = this.s.doc.text.slice(m.start, m.end);
    const whole = [{ group: [m], penalty: 0 }];
    const at = (strength: number, rule: string) => ({ at: m.first, strength, penalty: 0, rule });
    const inner = m.inner;
    const countries = inner.filter((x) => this.kindOf(x.entityId) === 'COUNTRY');
    if (
      kind === 'GROUPING' &&
      /(?:alliance|partnership|pact|coalition|bloc|dialogue)s?$/i.test(text) &&
      countries.length > 1
    ) {
      for (const c of countries)
        this.emitPairs('MEMBER_OF', [{ group: [c], penalty: 0 }], whole, at(0.8, 'a grouping named by its members'));
    }
    const leader = inner[0];
    if (
      kind === 'ORGANIZATION' &&
      /(?:administration|government)$/i.test(text) &&
      leader &&
      leader.first === m.first &&
      this.kindOf(leader.entityId) === 'PERSON'
    )
      this.emitPairs('LEADS', [{ group: [leader], penalty: 0 }], whole, at(0.8, "a leader's administration"));
    const target = inner.at(-1);
    if (target && /\b(?:to|in)\s+(?:support|help|defend|aid|assist|back|protect)\b/i.test(text))
      this.emitPairs('SUPPORTS', whole, [{ group: [target], penalty: 0 }], at(0.8, 'a name that states its purpose'));
    if (target && /\b(?:against|to\s+(?:counter|oppose|fight|defeat|deter))\b/i.test(text))
      this.emitPairs('OPPOSES', whole, [{ group: [target], penalty: 0 }], at(0.8, 'a name that states its purpose'));
    for (const x of inner) {
      if (!isJoiner(this.tokens, x.last + 1)) continue;
      const word = this.tokens[x.last + 2]?.norm ?? '';
      if (['aligned', 'allied', 'leaning', 'friendly', 'affiliated'].includes(word))
        this.emitPairs('SUPPORTS', whole, [{ group: [x], penalty: 0 }], at(0.7, `“-${word}”`));
      if (['backed', 'funded', 'sponsored', 'supported'].includes(word))
        this.emitPairs('SUPPORTS', [{ group: [x], penalty: 0 }], whole, at(0.7, `“-${word}”`));
    }
    const buyer = inner[0];
    const bought = inner.at(-1);
    const dealWord = this.tokens.slice(m.first, m.last + 1).some((t) => DEAL_NOUNS.has(t.norm));
    if (kind === 'EVENT' && dealWord && buyer?.possessive && bought && bought !== buyer)
      this.emitPairs(
        'AGREEMENT',
        [{ group: [buyer], penalty: 0 }],
        [{ group: [bought], penalty: 0 }],
        at(0.6, 'a deal between two parties'),
      );
  }

  /** Who joins a coalition that supports (or opposes) X says as much: members inherit a grouping's purpose. */
  private inherit(): void {
    const purposes = this.found.filter(
      (r) => (r.type === 'SUPPORTS' || r.type === 'OPPOSES') && r.rule === 'a name that states its purpose',
    );
    for (const member of this.found.filter((r) => r.type === 'MEMBER_OF')) {
      for (const p of purposes.filter((x) => x.from === member.to)) {
        if (p.to === member.from) continue;
        this.found.push({
          type: p.type,
          from: member.from,
          to: p.to,
          confidence: round(Math.min(member.confidence, p.confidence) - 0.1),
          first: member.first,
          last: member.last,
          rule: `membership of a grouping that ${p.type === 'SUPPORTS' ? 'supports' : 'opposes'} it`,
        });
      }
    }
  }
}
