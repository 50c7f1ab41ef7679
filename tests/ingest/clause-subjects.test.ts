import { describe, expect, it } from 'vitest';
import { inheritedSubject } from '../../src/ingest/clause-subjects.ts';
import { analyseText } from '../../src/ingest/extract.ts';

/**
 * Each clause of `text` after the first of its sentence that has no subject of its own, with the subject
 * `inheritedSubject` gives it from the clause before ("-" for none).
 */
function inherited(text: string): string[] {
  const { structure } = analyseText(text, [], 'test');
  return structure.clauses.flatMap((clause) => {
    const previous = structure.clauses[clause.index - 1];
    if (clause.subject || !previous || previous.sentence !== clause.sentence) return [];
    const words = structure.tokens
      .slice(clause.first, clause.last + 1)
      .map((t) => t.text)
      .join(' ');
    const subject = inheritedSubject(structure, clause, previous);
    return [`${words} [${subject?.map((m) => m.entityId).join('+') ?? '-'}]`];
  });
}

describe('inheritedSubject', () => {
  it('gives a verb joined by a bare "and" the subject of the clause before', () => {
    expect(inherited('Chile has attacked the plan and accused Peru.')).toEqual(['accused Peru . [chile]']);
  });

  it('gives a verb after ", and" or a participle after a comma the subject of the clause before', () => {
    expect(inherited('Chile met Peru, and condemned Ecuador.')).toEqual(['condemned Ecuador . [chile]']);
    expect(inherited('Chile condemned Peru, accusing Bolivia of meddling.')).toEqual([
      'accusing Bolivia of meddling . [chile]',
    ]);
  });

  it('passes a subject on down a chain of clauses without their own', () => {
    expect(inherited('Chile met Peru, then condemned Ecuador, and quickly praised Bolivia.')).toEqual([
      'then condemned Ecuador [chile]',
      'quickly praised Bolivia . [chile]',
    ]);
  });

  it('gives a verb joined to a relative clause the relative clause’s subject, not the main one', () => {
    const text = 'Chile signed a pact with Peru under which Bolivia will help fund and train police.';
    expect(inherited(text)).toEqual(['train police . [bolivia]']);
  });

  it('reaches back across an aside, a relative clause or an apposition to the name they interrupt', () => {
    expect(inherited('Chile, for its part, condemned Peru.')).toEqual(['for its part [-]', 'condemned Peru . [chile]']);
    expect(inherited('Chile, which borders Peru, condemned Bolivia.')).toEqual([
      'which borders Peru [-]',
      'condemned Bolivia . [chile]',
    ]);
    expect(inherited('Chile and Peru, both Andean nations, condemned Bolivia.')).toEqual([
      'both Andean nations [-]',
      'condemned Bolivia . [chile+peru]',
    ]);
  });

  it('takes the name a "that" clause ends with over the main clause’s subject', () => {
    const text = 'Peruvian officials say that Peru’s Labour Party, which governs alone, backed Chile.';
    expect(inherited(text)).toEqual(['which governs alone [-]', 'backed Chile . [labour-party]']);
  });

  it('gives none to a clause that does not open with a verb, or past a clause whose verb has no named subject', () => {
    expect(inherited('In Lima, officials met, and condemned Bolivia.')).toEqual([
      'officials met [-]',
      'condemned Bolivia . [-]',
    ]);
  });

  // The walk back over the clauses interrupted by "which borders Peru" steps over articles only, so it does not
  // see that "but Ecuador" opens with Ecuador, and gives the verb Chile: "SUPPORTS chile -> bolivia" is
  // extracted. Remove `.fails` when a conjunction opening the interrupted clause is stepped over.

  // "later" is tagged a comparative adjective, not an adverb: the clause is not seen to open with a verb and
  // nothing is extracted from "Chile met Peru, and later praised Bolivia." Remove `.fails` when it is.
  it('gives a verb after "and later" the subject of the clause before', () => {
    expect(inherited('Chile met Peru, and later praised Bolivia.').at(-1)).toMatch(
      /later praised Bolivia \. \[chile\]$/,
    );
  });
});
