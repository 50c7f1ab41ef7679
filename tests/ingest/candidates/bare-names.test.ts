import { describe, expect, it } from 'vitest';
import { aliasesOf, proposed } from './propose.ts';

describe('one-word names', () => {
  it('takes legislatures, parties by their short names, "the Coalition" and numbered parts', () => {
    const text =
      'Congress and the Knesset voted. Labour and the Tories argued, and the Coalition lost. Phase II begins.';
    expect(proposed(text)).toEqual([
      'ORGANIZATION Congress',
      'ORGANIZATION Knesset',
      'ORGANIZATION Labour Party',
      'ORGANIZATION Conservative Party',
      'ORGANIZATION Coalition',
      'POLICY Phase II',
    ]);
    expect(aliasesOf(text, 'Conservative Party')).toEqual(['Tories']);
  });

  it('takes a legislature after a date, not the date with it', () => {
    expect(proposed('In March 2024 Congress approved the aid.')).toEqual(['ORGANIZATION Congress']);
  });

  it('takes no word that goes on into a longer name', () => {
    expect(proposed('The Labour Day parade was cancelled.')).toEqual([]);
  });
});
