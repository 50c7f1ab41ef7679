import { describe, expect, it } from 'vitest';
import { markdownTable } from '../src/text-table.ts';

describe('markdownTable', () => {
  it('pads each column to its widest cell, numbers right-aligned where asked', () => {
    expect(
      markdownTable(
        ['name', 'n'],
        [
          ['a', '1'],
          ['bcd', '10'],
        ],
        { right: [1] },
      ),
    ).toBe(['| name |  n |', '|------|----|', '| a    |  1 |', '| bcd  | 10 |'].join('\n'));
  });
});
