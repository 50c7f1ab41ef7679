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

  it('does not reach past a clause with a verb of its own', () => {
    expect(clauses('Chile said that it was ready, and condemned Bolivia.').at(-1)).toBe('condemned Bolivia . [chile]');
    expect(clauses('In Lima, officials met, and condemned Bolivia.').at(-1)).toBe('condemned Bolivia . [-]');
  });
});
