// Which names a sentence lists together: like with like ("Australia, Germany and the US"), past a country
// that only describes the person after it ("Ana Gil and Peruvian President Pedro Ruiz"), not across ", and"
// that opens a new clause ("... from Canberra and Washington, and French President Macron accused ...").
import type { Mention } from './mentions.ts';
import { isAdverb, isFiniteVerb, type Structure } from './structure.ts';
import { isJoiner } from './tokens.ts';

/** Only like is listed with like: countries and organisations, people, events, policies, regions. */
function listable(structure: Structure, a: Mention, b: Mention): boolean {
  const cls = (m: Mention) => {
    const kind = structure.kindOf(m.entityId) ?? 'REGION';
    return ['COUNTRY', 'GROUPING', 'ORGANIZATION', 'COMPANY'].includes(kind) ? 'actor' : kind;
  };
  return cls(a) === cls(b);
}

/** The person a country mention describes, standing right before it: "Peruvian President Pedro Ruiz". */
export function describedPerson(structure: Structure, m: Mention): Mention | undefined {
  if (m.via === 'pronoun' || structure.kindOf(m.entityId) === 'PERSON') return undefined;
  const next = structure.startingAt(m.last + (m.possessive ? 2 : 1));
  return next && structure.kindOf(next.entityId) === 'PERSON' && next.via !== 'pronoun' ? next : undefined;
}

/** How two mentions of a sentence are listed together, if they are: by a comma or by "and". */
export function linkBetween(structure: Structure, a: Mention, b: Mention): 'comma' | 'and' | undefined {
  if (a.possessive || a.via === 'pronoun' || b.via === 'pronoun' || !listable(structure, a, b)) return undefined;
  const before = structure.endingAt[b.first - 1]?.find((m) => describedPerson(structure, m) === b);
  const owner = structure.tokens[b.first - 1]?.type === 'possessive' ? structure.endingAt[b.first - 2]?.[0] : undefined;
  const start = (before ?? (owner && describedPerson(structure, owner) === b ? owner : undefined))?.first ?? b.first;
  const between = structure.tokens.slice(a.last + 1, start).filter((t) => !['the', 'a', 'an'].includes(t.norm));
  const words = between.map((t) => t.norm).join(' ');
  const sentence = structure.doc.sentences[structure.doc.sentenceOf[a.first] ?? -1];
  if (words.startsWith(', ') && opensNewClause(structure, a.last + 1, b, sentence?.first ?? 0)) return undefined;
  if (words === ',') return 'comma';
  if (['and', 'or', ', and', ', or', 'as well as', ', as well as', '&', 'and also', 'nor'].includes(words))
    return 'and';
  if (between.length === 1 && isJoiner(structure.tokens, a.last + 1)) return 'and';
  return undefined;
}

/** Whether the comma at `i` lists names, rather than ending a clause. */
export function isListComma(structure: Structure, i: number, clauseFirst: number): boolean {
  const before = structure.endingAt[i - 1]?.[0];
  if (!before) return false;
  let k = i + 1;
  while (['and', 'or', 'the', 'a', 'an'].includes(structure.tokens[k]?.norm ?? '')) k++;
  const after = structure.startingAt(k);
  if (after === undefined || after.via === 'pronoun' || !listable(structure, before, after)) return false;
  // "X recalled its envoys from A and B, and French President C accused ...": a new clause, not a list item.
  return !opensNewClause(structure, i, after, clauseFirst);
}

/** "..., and French President X accused": a comma, "and", and a new subject with its verb after a clause's verb. */
function opensNewClause(structure: Structure, comma: number, after: Mention, clauseFirst: number): boolean {
  if (!['and', 'but'].includes(structure.tokens[comma + 1]?.norm ?? '')) return false;
  const earlierVerb = structure.tokens.slice(clauseFirst, comma).some((t) => isFiniteVerb(t));
  let end = after.last;
  for (;;) {
    // past adjacent names ("French President Macron") and a list ("Washington and Canberra")
    const next =
      structure.startingAt(end + 1) ??
      (['and', 'or'].includes(structure.tokens[end + 1]?.norm ?? '') ? structure.startingAt(end + 2) : undefined);
    if (!next) break;
    end = next.last;
  }
  while (isAdverb(structure.tokens[end + 1])) end++;
  return earlierVerb && isFiniteVerb(structure.tokens[end + 1]);
}
