import { describe, expect, it } from 'vitest';
import { proposed } from './propose.ts';

describe('names whose kind an apposition gives', () => {
  it('takes a name after or before a noun of its kind', () => {
    expect(proposed('Sales rose at the carmaker Zelvo last year.')).toEqual(['COMPANY Zelvo']);
    expect(proposed("Veltra, the country's largest lender, cut rates.")).toEqual(['COMPANY Veltra']);
    expect(proposed('The second of the drills, Northern Shield, began on Monday.')).toEqual(['EVENT Northern Shield']);
  });

  it('lets the apposition correct a head word ("the Tasman Union, a treaty")', () => {
    expect(proposed('They ratified the Tasman Union, a treaty between the two states.')).toEqual([
      'POLICY Tasman Union',
    ]);
  });

  it('takes the whole name after "known as", with the kind of the noun before it', () => {
    expect(proposed('The ministry set up a new unit known as Task Group Atlas, to track smuggling.')).toEqual([
      'ORGANIZATION Task Group Atlas',
    ]);
  });

  it('takes a name given by a verb of naming ("an exercise named ...")', () => {
    expect(proposed('The navy began an exercise named Iron Tide, officials said.')).toEqual(['EVENT Iron Tide']);
    expect(proposed('The drills, which it called Iron Tide-2025B, began.')).toEqual(['EVENT Iron Tide-2025B']);
  });

  it('takes no English phrase for a name', () => {
    expect(proposed('The deal was welcomed by the company, Reuters said.')).toEqual([]);
  });
});
