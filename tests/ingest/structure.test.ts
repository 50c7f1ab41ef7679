import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/ingest/extract.ts';

/** Each clause of `text` with the subject it has or takes across an interruption. */
function clauses(text: string): string[] {
  const { structure } = analyseText(text, [], 'test');
  return structure.clauses.map((c) => {
    const words = structure.tokens
      .slice(c.first, c.last + 1)
      .map((t) => t.text)
      .join(' ');
    const subject = (c.subject ?? c.inherited)?.map((m) => m.entityId).join('+') ?? '-';
    return `${words} [${subject}]`;
  });
}

describe('clauses and their subjects', () => {
  it('gives a verb-initial clause the subject an aside or a relative clause interrupted', () => {
    expect(clauses('Chile, for its part, condemned Peru.')).toEqual([
      'Chile [-]',
      'for its part [-]',
      'condemned Peru . [chile]',
    ]);
    expect(clauses('Chile, which borders Peru, condemned Bolivia.')).toEqual([
      'Chile [-]',
      'which borders Peru [-]',
      'condemned Bolivia . [chile]',
    ]);
    expect(clauses('Chile and Peru, both Andean nations, condemned Bolivia.').at(-1)).toBe(
      'condemned Bolivia . [chile+peru]',
    );
  });

  it('gives a participle after a comma the subject of the clause before', () => {
    expect(clauses('Chile condemned Peru, accusing Bolivia of meddling.')).toEqual([
      'Chile condemned Peru [chile]',
      'accusing Bolivia of meddling . [chile]',
    ]);
  });

  it('starts a clause at ", and" before a new subject with its verb, but not inside a list', () => {
    expect(
      clauses('Chile recalled its envoys from Lima and Quito, and Peruvian President Ana Gil accused Chile.'),
    ).toEqual([
      'Chile recalled its envoys from Lima and Quito [chile]',
      'and Peruvian President Ana Gil accused Chile . [ana-gil]',
    ]);
    expect(clauses('Chile, Peru, and Bolivia agreed to meet.')).toEqual([
      'Chile , Peru , and Bolivia agreed to meet . [chile+peru+bolivia]',
    ]);
  });

  it('lists a person with a country describing the next person: "Ana Gil and Peruvian President Pedro Ruiz"', () => {
    expect(clauses('Chilean President Ana Gil and Peruvian President Pedro Ruiz pledged to cut tariffs.')).toEqual([
      'Chilean President Ana Gil and Peruvian President Pedro Ruiz pledged to cut tariffs . [ana-gil+pedro-ruiz]',
    ]);
  });

  it('gives a verb after a relative clause the name a "that" clause ends with', () => {
    expect(clauses('Peruvian officials say that Peru’s Labour Party, which governs alone, backed Chile.').at(-1)).toBe(
      'backed Chile . [labour-party]',
    );
  });

  it('does not reach past a clause with a verb of its own', () => {
    expect(clauses('Chile said that it was ready, and condemned Bolivia.').at(-1)).toBe('condemned Bolivia . [chile]');
    expect(clauses('In Lima, officials met, and condemned Bolivia.').at(-1)).toBe('condemned Bolivia . [-]');
  });
});
