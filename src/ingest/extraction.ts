// What an extractor gives, whichever it is (the rules or a language model): proposed entities and relations,
// each relation with verbatim quotes and a plain summary sentence.
import type { Entity, RelationType } from '../model.ts';

export interface ExtractedRelation {
  /** `${from}-${type}-${to}` as a slug, with `-2`, `-3` when repeated. */
  id: string;
  /** Only the contract's eight types. */
  type: RelationType;
  /** Entity ids, known or proposed; for a directed type `from` is the subject. */
  from: string;
  to: string;
  /** One plain generated sentence: "Japan is concerned about China." */
  summary: string;
  /** 0..1, from the cue's strength and the structure it was found in. */
  confidence: number;
  /** Each quote is verbatim: a clause of the text, at least 20 characters. */
  evidence: { source: string; quote: string }[];
  /** Offsets of the first quote: `text.slice(start, end) === evidence[0].quote`. */
  start: number;
  end: number;
}

export interface Extraction {
  /** Proposed new entities only, with a guessed kind, and a note for the reviewer where one is due. */
  entities: (Entity & { note?: string })[];
  relations: ExtractedRelation[];
  /** The relations the verbatim gate dropped, with why (a gate reason code) and a one-line detail. */
  dropped?: { reason: string; detail: string }[];
}

/** The shortest quote: about a clause. */
export const MIN_QUOTE_LENGTH = 20;
/** At most this many quotes are kept for one relation, the first in the text. */
export const MAX_QUOTES = 3;

function needsArticle(e: Entity): boolean {
  if (e.kind === 'PERSON' || e.kind === 'COMPANY') return false;
  if (/['’]s\b/.test(e.name)) return false;
  if (e.kind === 'COUNTRY') return /^(?:United|Republic|Kingdom|Federation|State)\b|s$/.test(e.name);
  return !/^\p{Lu}{3,}$/u.test(e.name);
}

function isPlural(e: Entity): boolean {
  if (['PERSON', 'COUNTRY', 'COMPANY'].includes(e.kind)) return false;
  return /(?:[^s]s|tanks|businesses)$/.test(e.name) && !/(?:us|is|ss|ics)$/.test(e.name);
}

/** One plain sentence stating the relation. */
export function summarize(type: RelationType, from: Entity, to: Entity): string {
  const name = (e: Entity) => (needsArticle(e) ? `the ${e.name}` : e.name);
  const a = name(from);
  const b = name(to);
  const be = isPlural(from) ? 'are' : 'is';
  const s = isPlural(from) ? '' : 's';
  const text: Record<RelationType, string> = {
    ALLY: `${a} and ${b} are allies.`,
    RIVAL: `${a} and ${b} are rivals.`,
    AGREEMENT: `${a} and ${b} have an agreement.`,
    CONCERN: `${a} ${be} concerned about ${b}.`,
    MEMBER_OF: `${a} ${be} a member of ${b}.`,
    LEADS: `${a} lead${s} ${b}.`,
    SUPPORTS: `${a} support${s} ${b}.`,
    OPPOSES: `${a} oppose${s} ${b}.`,
    PARTNER: `${a} and ${b} are partners.`,
    PARTICIPATES_IN: `${a} take${s} part in ${b}.`,
    ADOPTS: `${a} adopt${s} ${b}.`,
  };
  const sentence = text[type];
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
