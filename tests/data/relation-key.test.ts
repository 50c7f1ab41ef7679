// relationKey: the one rule for when two relations state the same thing.
import { describe, expect, it } from 'vitest';
import { describeStatement, sameStatement } from '../../src/data/relation-key.ts';

describe('sameStatement', () => {
  it('takes a symmetric type either way round, a directed one only as written', () => {
    expect(sameStatement({ type: 'ALLY', from: 'a', to: 'b' }, { type: 'ALLY', from: 'b', to: 'a' })).toBe(true);
    expect(sameStatement({ type: 'CONCERN', from: 'a', to: 'b' }, { type: 'CONCERN', from: 'b', to: 'a' })).toBe(false);
    expect(sameStatement({ type: 'CONCERN', from: 'a', to: 'b' }, { type: 'CONCERN', from: 'a', to: 'b' })).toBe(true);
    expect(sameStatement({ type: 'ALLY', from: 'a', to: 'b' }, { type: 'RIVAL', from: 'a', to: 'b' })).toBe(false);
  });

  it('is told as a reader would say it', () => {
    expect(describeStatement({ type: 'ALLY', from: 'a', to: 'b' })).toBe('ALLY between "a" and "b"');
    expect(describeStatement({ type: 'LEADS', from: 'a', to: 'b' })).toBe('LEADS from "a" to "b"');
  });
});
