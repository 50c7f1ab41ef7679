// What the synthetic sources say: one sentence per quote, a plain summary per relation, and filler between them.
import type { RelationType } from '../model.ts';

/** `{a}` is the subject (or one party), `{b}` the object (or the other). */
type Template = string;

/**
 * The clauses a source states a relation in; each quote is one of them, capitalised, and the
 * text has it with a full stop. Every template has at least 12 characters of its own, so with
 * two names of at least four characters (an invented word has two syllables or more) a quote
 * is never under the 20 the loader asks for.
 */
export const QUOTE_TEMPLATES: Record<RelationType, readonly Template[]> = {
  ALLY: [
    '{a} and {b} reaffirmed their close alliance',
    '{a} described {b} as its most reliable ally',
    '{a} stands firmly beside its ally {b}',
  ],
  RIVAL: [
    '{a} and {b} remain locked in a strategic rivalry',
    '{a} regards {b} as its principal strategic rival',
    'competition between {a} and {b} has sharpened',
  ],
  AGREEMENT: [
    '{a} and {b} signed an agreement on closer cooperation',
    '{a} concluded a joint accord with {b}',
    'the pact between {a} and {b} was renewed',
  ],
  CONCERN: [
    '{a} is concerned about {b}',
    '{a} has voiced growing concern over {b}',
    '{b} is a source of deep worry for {a}',
  ],
  MEMBER_OF: ['{a} is a member of {b}', '{a} joined {b} as a full member', '{b} counts {a} among its members'],
  LEADS: ['{a} is at the helm of {b}', '{b} is currently led by {a}', '{a} took charge of {b}'],
  SUPPORTS: [
    '{a} has thrown its support behind {b}',
    '{a} backs {b} without reservation',
    '{b} can count on the support of {a}',
  ],
  OPPOSES: ['{a} firmly opposes {b}', '{a} has moved to block {b}', '{a} spoke out against {b}'],
  PARTNER: [
    '{a} and {b} deepened their trade and investment ties',
    '{a} is a key economic partner of {b}',
    'cooperation between {a} and {b} keeps growing',
  ],
  PARTICIPATES_IN: ['{a} took part in {b}', '{a} sent a delegation to {b}', '{a} was represented at {b}'],
  ADOPTS: ['{a} formally adopted {b}', '{a} is carrying out {b}', '{b} was issued by {a}'],
};

/** One plain sentence per type that states a relation, as its `summary`. */
export const SUMMARY_TEMPLATES: Record<RelationType, Template> = {
  ALLY: '{a} and {b} are allies.',
  RIVAL: '{a} and {b} are strategic rivals.',
  AGREEMENT: '{a} and {b} have an agreement.',
  CONCERN: '{a} is concerned about {b}.',
  MEMBER_OF: '{a} is a member of {b}.',
  LEADS: '{a} leads {b}.',
  SUPPORTS: '{a} supports {b}.',
  OPPOSES: '{a} opposes {b}.',
  PARTNER: '{a} and {b} are partners.',
  PARTICIPATES_IN: '{a} takes part in {b}.',
  ADOPTS: '{a} adopts {b}.',
};

/** Sentences between the quoted ones, as articles have. */
export const FILLER_SENTENCES = [
  'Observers expect the question to shape regional politics for years.',
  'Officials declined to comment further.',
  'The details remain under negotiation.',
  'Analysts were divided on what this means for trade.',
  'Few expected such a rapid change of course.',
  'The debate is likely to continue well into next year.',
] as const;

/** Fills a template with two names; the first letter capitalised, so that the quote is the sentence without its full stop. */
export function fill(template: Template, a: string, b: string): string {
  const clause = template.replace('{a}', a).replace('{b}', b);
  return clause.charAt(0).toUpperCase() + clause.slice(1);
}
