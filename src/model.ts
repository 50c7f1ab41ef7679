// The domain vocabulary: entity kinds, relation types and which relation types are symmetric.

/** What an entity is. The order is the order GraphQL and the CLI list them in. */
export const ENTITY_KINDS = [
  'COUNTRY',
  'PERSON',
  'GROUPING',
  'ORGANIZATION',
  'COMPANY',
  'POLICY',
  'EVENT',
  'REGION',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/**
 * Every relation type, with whether it is symmetric and what it means. This is the one
 * place that decides direction: symmetric relations can be walked both ways, directed
 * ones run from subject (`from`) to object (`to`).
 *
 * The first eight are the API contract's; the last three are ours, added where none of
 * the eight fits (see README, "Relation types").
 */
export const RELATION_TYPE_INFO = {
  ALLY: { symmetric: true, description: 'A formal or declared alliance or close strategic partnership (symmetric).' },
  RIVAL: { symmetric: true, description: 'Strategic competition, rivalry or adversity (symmetric).' },
  AGREEMENT: {
    symmetric: true,
    description: 'A concluded or proposed pact, deal, accord or joint commitment (symmetric).',
  },
  CONCERN: { symmetric: false, description: 'The subject worries about, or sees a risk in, the object (directed).' },
  MEMBER_OF: { symmetric: false, description: 'The subject belongs to the object grouping (directed).' },
  LEADS: { symmetric: false, description: 'The subject person leads the object country or organization (directed).' },
  SUPPORTS: { symmetric: false, description: 'The subject backs the object (directed).' },
  OPPOSES: { symmetric: false, description: 'The subject opposes, or means to block, the object (directed).' },
  PARTNER: {
    symmetric: true,
    description: 'Cooperation, trade or investment ties short of an alliance (symmetric).',
  },
  PARTICIPATES_IN: {
    symmetric: false,
    description: 'The subject takes part in the object event: a summit, a meeting, an election, a deal (directed).',
  },
  ADOPTS: {
    symmetric: false,
    description: 'The subject issues, adopts or carries out the object strategy, law or programme (directed).',
  },
} as const satisfies Record<string, { symmetric: boolean; description: string }>;

export type RelationType = keyof typeof RELATION_TYPE_INFO;
export const RELATION_TYPES = Object.keys(RELATION_TYPE_INFO) as RelationType[];
/** The API contract's eight relation types, without the three this project added. */
export const CONTRACT_RELATION_TYPES: readonly RelationType[] = RELATION_TYPES.slice(0, 8);

export function isSymmetric(type: RelationType): boolean {
  return RELATION_TYPE_INFO[type].symmetric;
}

/** A source document: an article the relations are drawn from. */
export interface Source {
  id: string;
  title: string;
  author?: string;
  publisher?: string;
  /** ISO 8601 date. */
  publishedOn?: string;
  url?: string;
  text: string;
}

export interface Entity {
  /** A readable slug: `japan`, `fumio-kishida`. */
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  description?: string;
  /** Proposed by `kg ingest` and not yet accepted; only loaded with drafts included. */
  draft?: boolean;
}

/** A verbatim quote from a source, located: `source.text.slice(start, end) === quote`. */
export interface Evidence {
  sourceId: string;
  quote: string;
  start: number;
  end: number;
}

/**
 * Evidence as a loaded graph holds it: the quote is read from its source's text when asked for,
 * not held a second time (at a million relations the quotes alone would be a hundred megabytes).
 */
export class LocatedQuote implements Evidence {
  readonly #source: Source;
  readonly start: number;
  readonly end: number;

  constructor(source: Source, start: number, end: number) {
    this.#source = source;
    this.start = start;
    this.end = end;
  }

  get sourceId(): string {
    return this.#source.id;
  }

  get quote(): string {
    return this.#source.text.slice(this.start, this.end);
  }

  /** As plain evidence, so that it serializes with its quote. */
  toJSON(): Evidence {
    return { sourceId: this.sourceId, quote: this.quote, start: this.start, end: this.end };
  }
}

export interface Relation {
  id: string;
  type: RelationType;
  /** Subject of a directed relation; one party of a symmetric one. */
  from: string;
  /** Object of a directed relation; the other party of a symmetric one. */
  to: string;
  summary: string;
  /** 0 to 1; 1 where the source states the relation outright. */
  confidence: number;
  /** ISO 8601 date or partial date (2023, 2023-11). */
  validFrom?: string;
  validTo?: string;
  evidence: Evidence[];
  /** Proposed by `kg ingest` and not yet accepted; only loaded with drafts included. */
  draft?: boolean;
}
