import { describe, expect, it } from 'vitest';
import { aliasesOf, proposed } from './propose.ts';

describe('acronyms', () => {
  it('takes an acronym that acts for an organisation', () => {
    expect(proposed('The PLA launched drills, and KRX says trading was halted.')).toEqual([
      'ORGANIZATION PLA',
      'ORGANIZATION KRX',
    ]);
  });

  it('takes no acronym of a measure, nor one that only describes a noun', () => {
    expect(proposed('GDP rose as the sale of the NASAMS air defence system went ahead.')).toEqual([]);
  });

  it('makes an acronym that spells a name in the text its alias', () => {
    const text = "Papua New Guinea signed the pact, and PNG's police will be trained.";
    expect(proposed(text)).toEqual(['COUNTRY Papua New Guinea']);
    expect(aliasesOf(text, 'Papua New Guinea')).toContain('PNG');
    expect(aliasesOf('The Baltic Defence Forum met. The BDF said so.', 'Baltic Defence Forum')).toEqual(['BDF']);
  });
});
