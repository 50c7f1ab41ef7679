// What every relation rule is given (the document's structure, the party finder, the kinds of entities) and
// how it records what it finds: pairs of parties checked against the kinds each relation type takes.
import { type EntityKind, isSymmetric, type RelationType } from '../model.ts';
import type { Mention } from './mentions.ts';
import { MAX_DISTANCE, type Parties, type Party } from './parties.ts';
import type { Structure } from './structure.ts';

/** A relation found in one place of the text, before relations of the same pair and type are merged. */
export interface FoundRelation {
  type: RelationType;
  from: string;
  to: string;
  confidence: number;
  /** Token span the quote must cover: both parties and the cue. */
  first: number;
  last: number;
  /** What found it, for reports: the rule and its cue. */
  rule: string;
}

/** Where a cue stands and how strongly it states its relation. */
export interface CueAt {
  at: number;
  /** Where the cue ends, when it is longer than a word ("the Solomon Islands' prime minister"). */
  last?: number;
  strength: number;
  penalty: number;
  rule: string;
}

export interface RuleContext {
  structure: Structure;
  parties: Parties;
  kindOf: (entityId: string) => EntityKind | undefined;
  /** What the rules before this one found (a rule that builds on others comes after them in the table). */
  found: readonly FoundRelation[];
  /** Withdraws something the rules before found, which this rule restates better ("Kim and Russia" as states). */
  retract(relation: FoundRelation): void;
}

/** A relation rule: a name, what it reads, and one signature. */
export interface RelationRule {
  name: string;
  description: string;
  find(context: RuleContext): FoundRelation[];
}

const ACTORS: ReadonlySet<EntityKind> = new Set(['COUNTRY', 'PERSON', 'GROUPING', 'ORGANIZATION', 'COMPANY']);
const ANY: ReadonlySet<EntityKind> = new Set([...ACTORS, 'POLICY', 'EVENT', 'REGION']);
/** The kinds of subject each type takes (any actor when not listed). */
const FROM_KINDS: Partial<Record<RelationType, ReadonlySet<EntityKind>>> = {
  MEMBER_OF: new Set(['COUNTRY', 'PERSON', 'ORGANIZATION', 'COMPANY', 'GROUPING']),
  LEADS: new Set(['PERSON']),
};
/** The kinds of object each type takes. */
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

const round = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;

/** Collects one rule's findings, keeping only pairs whose kinds fit the type. */
export class RelationSink {
  readonly found: FoundRelation[] = [];
  private readonly kindOf: (entityId: string) => EntityKind | undefined;

  constructor(kindOf: (entityId: string) => EntityKind | undefined) {
    this.kindOf = kindOf;
  }

  fits(type: RelationType, side: 'from' | 'to', m: Mention): boolean {
    const kinds = side === 'from' ? (FROM_KINDS[type] ?? ACTORS) : (TO_KINDS[type] ?? ANY);
    return kinds.has(this.kindOf(m.entityId) ?? 'REGION');
  }

  emit(type: RelationType, from: Mention, to: Mention, confidence: number, span: number[], rule: string): void {
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
  emitPairs(type: RelationType, fromCandidates: readonly Party[], toCandidates: readonly Party[], cue: CueAt): boolean {
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
          this.emit(type, x, y, score(x, y, from.penalty), [cue.at, cue.last ?? cue.at], cue.rule);
        }
      return members.length > 1;
    }
    for (const f of from.group)
      for (const t of to.group)
        this.emit(type, f, t, score(f, t, from.penalty + to.penalty), [cue.at, cue.last ?? cue.at], cue.rule);
    return true;
  }
}

/** Calls `visit` for every token of every sentence that is not shouted, outside a mention, inside a clause. */
export function eachWord(structure: Structure, visit: (i: number) => void): void {
  for (const sentence of structure.doc.sentences) {
    if (sentence.shouting) continue;
    for (let i = sentence.first; i <= sentence.last; i++) {
      if (structure.at[i]?.length || !structure.clauseAt(i)) continue;
      visit(i);
    }
  }
}

/** The mentions outside shouted sentences (headings in capitals). */
export function spokenMentions(structure: Structure): Mention[] {
  const { doc } = structure;
  return structure.mentions.filter((m) => !doc.sentences[doc.sentenceOf[m.first] ?? -1]?.shouting);
}
