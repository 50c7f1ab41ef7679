import { describe, expect, it } from 'vitest';
import { aliasesOf, proposed } from './propose.ts';

describe('names built from a phrase', () => {
  it('takes a leader and their administration, and a coalition named by its purpose', () => {
    expect(proposed('The Biden administration joined the coalition to support Ukraine.')).toEqual([
      'COUNTRY Ukraine',
      'PERSON Biden',
      'ORGANIZATION Biden administration',
      'GROUPING coalition to support Ukraine',
    ]);
  });

  it('takes "the ruling party" and a country\'s companies as one actor', () => {
    expect(proposed('The ruling party and Japanese companies agreed.')).toEqual([
      'ORGANIZATION ruling party',
      'ORGANIZATION Japanese business sector',
    ]);
  });

  it("takes a state's institution named by the state and a common noun", () => {
    expect(
      proposed("Chile's health ministry and the Peruvian foreign ministry disagreed; Chile's navy sailed."),
    ).toEqual(['COUNTRY Chile', "ORGANIZATION Chile's health ministry", 'ORGANIZATION Peruvian foreign ministry']);
  });

  it('takes an institution and its own name in apposition for one', () => {
    const text = "It must pass Norway's parliament, the Storting, first.";
    expect(proposed(text)).toEqual(['COUNTRY Norway', 'ORGANIZATION Storting']);
    expect(aliasesOf(text, 'Storting')).toEqual(["Norway's parliament"]);
  });

  it('names a takeover by its two parties', () => {
    const text = "Acme Steel's proposed purchase of Beta Steel stalled.";
    expect(proposed(text)).toEqual([
      'COMPANY Acme Steel',
      'COMPANY Beta Steel',
      "EVENT Acme Steel's proposed purchase of Beta Steel",
    ]);
    expect(aliasesOf(text, 'Acme Steel')).toEqual([]);
  });
});
