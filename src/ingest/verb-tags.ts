// Corrects one habit of the part-of-speech tagger that the clause rules trip on: a plain present verb after a
// plural or coordinated subject ("Australia and New Zealand belong", "they quit") is tagged as an infinitive
// too, so it would not count as the verb of its clause.
import type { Doc } from './document.ts';
import { AUXILIARIES } from './lexicon.ts';
import { hasTag } from './tokens.ts';

/** Drops the infinitive tag of present-tense verbs that no "to", modal or auxiliary governs. */
export function untagFiniteInfinitives(doc: Doc): void {
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (!t || !hasTag(t, 'Infinitive') || !hasTag(t, 'PresentTense')) continue;
    let k = i - 1;
    while (
      doc.tokens[k] &&
      (hasTag(doc.tokens[k], 'Adverb') || ['both', 'all', 'each'].includes(doc.tokens[k]?.norm ?? ''))
    )
      k--;
    const before = doc.tokens[k];
    if (!before || before.norm === 'to' || AUXILIARIES.has(before.norm) || before.type === 'punct') continue;
    if (hasTag(before, 'Verb')) continue;
    t.tags.delete('Infinitive');
  }
}
