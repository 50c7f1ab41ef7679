import { describe, expect, it } from 'vitest';
import { CANDIDATE_FINDERS } from '../../../src/ingest/candidates/finders.ts';

describe('the candidate finders', () => {
  it('run people first, and those that build on earlier candidates after the candidates they need', () => {
    expect(CANDIDATE_FINDERS.map((f) => f.name)).toEqual([
      'titled-persons',
      'role-persons',
      'capitalised-names',
      'described-names',
      'bare-names',
      'administrations',
      'coalitions',
      'regions-and-parties',
      'business-sectors',
      'institutions',
      'appositions',
      'known-as',
      'acronyms',
      'conflicts-in-places',
      'invasions',
      'led-groupings',
      'summits-of-states',
      'deals',
    ]);
  });
});
