// What a name says of itself: the members of "the US-Japan alliance" and of "the Saudi-led coalition", the
// purpose of "the coalition to support Ukraine" and of "Security Assistance for Ukraine", the backer of
// "Trump-aligned think tanks", the parties of "Nippon Steel's proposed purchase of US Steel". Not that Biden
// leads "the Biden administration": a name that only restates a title is no finding.

import { DEAL_NOUNS } from '../lexicon.ts';
import type { Mention } from '../mentions.ts';
import { type RelationRule, RelationSink, spokenMentions } from '../rule-context.ts';
import { isJoiner } from '../tokens.ts';

export const nameComposition: RelationRule = {
  name: 'name-composition',
  description: 'the names inside a name: members of an alliance, a purpose, a backer, the parties of a deal',
  find({ structure, kindOf }) {
    const sink = new RelationSink(kindOf);
    const { tokens } = structure;
    for (const m of spokenMentions(structure)) {
      if (m.via === 'pronoun' || m.via === 'anaphor' || m.inner.length === 0) continue;
      const kind = kindOf(m.entityId);
      const text = structure.doc.text.slice(m.start, m.end);
      const whole = [{ group: [m], penalty: 0 }];
      const one = (x: Mention) => [{ group: [x], penalty: 0 }];
      const at = (strength: number, rule: string) => ({ at: m.first, strength, penalty: 0, rule });
      const inner = m.inner;
      const countries = inner.filter((x) => kindOf(x.entityId) === 'COUNTRY');
      if (
        kind === 'GROUPING' &&
        /(?:alliance|partnership|pact|coalition|bloc|dialogue)s?$/i.test(text) &&
        countries.length > 1
      ) {
        for (const c of countries)
          sink.emitPairs('MEMBER_OF', one(c), whole, at(0.8, 'a grouping named by its members'));
      }
      const target = inner.at(-1);
      const forTarget =
        target && /\b(?:assistance|aid|support|training|solidarity|relief|help)\b.*\bfor\s+\S+/i.test(text);
      if (target && (/\b(?:to|in)\s+(?:support|help|defend|aid|assist|back|protect)\b/i.test(text) || forTarget))
        sink.emitPairs('SUPPORTS', whole, one(target), at(0.8, PURPOSE_RULE));
      if (target && /\b(?:against|to\s+(?:counter|oppose|fight|defeat|deter))\b/i.test(text))
        sink.emitPairs('OPPOSES', whole, one(target), at(0.8, PURPOSE_RULE));
      for (const x of inner) {
        if (!isJoiner(tokens, x.last + 1)) continue;
        const word = tokens[x.last + 2]?.norm ?? '';
        if (['aligned', 'allied', 'leaning', 'friendly', 'affiliated'].includes(word))
          sink.emitPairs('SUPPORTS', whole, one(x), at(0.7, `“-${word}”`));
        if (['backed', 'funded', 'sponsored', 'supported'].includes(word))
          sink.emitPairs('SUPPORTS', one(x), whole, at(0.7, `“-${word}”`));
        // "the Saudi-led coalition": its leading state is a member.
        if (word === 'led' && kind === 'GROUPING') sink.emitPairs('MEMBER_OF', one(x), whole, at(0.7, '“-led”'));
      }
      const buyer = inner[0];
      const bought = inner.at(-1);
      const dealWord = tokens.slice(m.first, m.last + 1).some((t) => DEAL_NOUNS.has(t.norm));
      if (kind === 'EVENT' && dealWord && buyer?.possessive && bought && bought !== buyer)
        sink.emitPairs('AGREEMENT', one(buyer), one(bought), at(0.6, 'a deal between two parties'));
    }
    return sink.found;
  },
};

/** The rule name of a purpose a name states, which its members inherit. */
export const PURPOSE_RULE = 'a name that states its purpose';
