import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/document.ts';
import { nameWords, reversedName, surnameOf } from '../../src/ingest/person-names.ts';

describe('person names', () => {
  it('drops a generational suffix from the words of a name', () => {
    expect(nameWords('Ferdinand Marcos Jr.')).toEqual(['Ferdinand', 'Marcos']);
    expect(nameWords('Moon Jae-in')).toEqual(['Moon', 'Jae-in']);
  });

  it('takes the family name last, or first where the text uses that word alone', () => {
    expect(surnameOf('Ana Silva', parseDocument('Ana Silva spoke. Silva left.'))).toBe('Silva');
    expect(surnameOf('Park Ji-hoon', parseDocument('Park Ji-hoon spoke.'))).toBe('Park');
    expect(surnameOf('Luiz Inácio Lula da Silva', parseDocument('Luiz Inácio Lula da Silva spoke. Lula left.'))).toBe(
      'Lula',
    );
  });

  it('writes a two-word name the other way round, not a hyphenated one', () => {
    expect(reversedName('Fumio Kishida')).toBe('Kishida Fumio');
    expect(reversedName('Elli-Katharina Pohlkamp')).toBeUndefined();
  });
});
