// pickEndpoint: how clicks in the graph fill the two ends of a path.
import { describe, expect, it } from 'vitest';
import { NO_PICKS, pickEndpoint } from '../../src/explorer/path-mode.ts';

const kishida = { id: 'fumio-kishida', name: 'Fumio Kishida' };
const trump = { id: 'donald-trump', name: 'Donald Trump' };
const japan = { id: 'japan', name: 'Japan' };

describe('pickEndpoint', () => {
  it('fills the start, then the end', () => {
    const first = pickEndpoint(NO_PICKS, kishida);
    expect(first).toEqual({ from: kishida, to: null });
    expect(pickEndpoint(first, trump)).toEqual({ from: kishida, to: trump });
  });

  it('starts over from the third pick', () => {
    expect(pickEndpoint({ from: kishida, to: trump }, japan)).toEqual({ from: japan, to: null });
  });

  it('keeps an end chosen in the search box and fills the start', () => {
    expect(pickEndpoint({ from: null, to: trump }, kishida)).toEqual({ from: kishida, to: trump });
  });

  it('ignores a pick of an entity already picked', () => {
    const picks = { from: kishida, to: null };
    expect(pickEndpoint(picks, kishida)).toBe(picks);
    const endOnly = { from: null, to: trump };
    expect(pickEndpoint(endOnly, trump)).toBe(endOnly);
  });
});
