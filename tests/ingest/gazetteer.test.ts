import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../src/ingest/gazetteer.ts';
import { proposed } from './candidates/propose.ts';

const entry = (name: string) => gazetteer().find((g) => g.name === name);

describe('gazetteer', () => {
  it('knows seas, regions and well-known organisations without a head word', () => {
    expect(proposed('Shipping in the Red Sea and the Gulf slowed, Hamas said, and the Pentagon agreed.')).toEqual([
      'REGION Red Sea',
      'REGION Persian Gulf',
      'ORGANIZATION Hamas',
      'ORGANIZATION Pentagon',
    ]);
    expect(entry('Pacific')?.kind).toBe('REGION');
  });

  it('takes "the Kremlin" for Russia and "the Holy See" for the Vatican', () => {
    expect(entry('Russia')?.aliases).toContain('Kremlin');
    expect(entry('Vatican City')?.aliases).toContain('Holy See');
  });

  it('takes "Brussels" for the European Union in a text that names the Union and not Belgium', () => {
    expect(proposed('The EU said so, and Brussels insisted.')).toEqual(['GROUPING European Union']);
    expect(proposed('Belgium said so, and Brussels insisted.')).toEqual(['COUNTRY Belgium']);
  });

  it('gives no country an alias that is a person\'s name or a head word ("Hamilton", "Island")', () => {
    expect(entry('Iceland')?.aliases).not.toContain('Island');
    expect(entry('Bermuda')?.aliases).not.toContain('Hamilton');
    expect(proposed('Alexander Hamilton wrote about Island life.')).toEqual(['PERSON Alexander Hamilton']);
  });
});
