// Coming to lead a country or body: "Colonel Goïta seized power in Mali", "Captain Traoré took over Burkina
// Faso", "since taking charge of the Ministry of External Affairs", "came to power in Niger". Only a person
// leads (the relation's kinds see to that: "China took control of the island" is no leadership).
import { eachWord, type RelationRule, RelationSink } from '../rule-context.ts';
import type { Structure } from '../structure.ts';

const SEIZE = new Set(['seize', 'seizes', 'seized', 'seizing', 'grab', 'grabs', 'grabbed', 'grabbing']);
const TAKE = new Set(['take', 'takes', 'took', 'taken', 'taking']);
const COME = new Set(['come', 'comes', 'came', 'coming', 'rise', 'rises', 'rose', 'risen', 'rising']);

/** Where the led thing starts after the verb at `v` ("power in", "over", "charge of"), or -1. */
function ledFrom(structure: Structure, v: number): number {
  const words = structure.tokens.slice(v + 1, v + 4).map((t) => t.norm);
  const verb = structure.tokens[v]?.norm ?? '';
  if (SEIZE.has(verb) && words[0] === 'power' && ['in', 'over'].includes(words[1] ?? '')) return v + 3;
  if (SEIZE.has(verb) && words[0] === 'control' && words[1] === 'of') return v + 3;
  if (TAKE.has(verb) && words[0] === 'over' && !structure.at[v + 1]?.length) return v + 2;
  if (TAKE.has(verb) && ['charge', 'control', 'command'].includes(words[0] ?? '') && words[1] === 'of') return v + 3;
  if (TAKE.has(verb) && words[0] === 'power' && words[1] === 'in') return v + 3;
  if (COME.has(verb) && words[0] === 'to' && words[1] === 'power' && words[2] === 'in') return v + 4;
  return -1;
}

export const takingPower: RelationRule = {
  name: 'taking-power',
  description: 'a person seizing power in, taking over or taking charge of a country or body leads it',
  find({ structure, parties, kindOf }) {
    const sink = new RelationSink(kindOf);
    eachWord(structure, (v) => {
      const clause = structure.clauseAt(v);
      const k = ledFrom(structure, v);
      if (!clause || k < 0) return;
      let o = k;
      while (['the', 'a', 'an'].includes(structure.tokens[o]?.norm ?? '')) o++;
      const led = structure.startingAt(o);
      if (!led) return;
      const { parties: subjects, negated } = parties.subjects(v, clause);
      if (negated) return;
      sink.emitPairs('LEADS', subjects, [{ group: [led], penalty: 0 }], {
        at: v,
        last: k - 1,
        strength: 0.8,
        penalty: 0,
        rule: `“${structure.tokens[v]?.text} ${structure.tokens[v + 1]?.text}”`,
      });
    });
    return sink.found;
  },
};
