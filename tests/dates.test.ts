import { describe, expect, it } from 'vitest';
import { dateSpan } from '../src/dates.ts';

describe('dateSpan', () => {
  it('gives the first and last day a partial date covers', () => {
    expect(dateSpan('2023')).toEqual({ first: '2023-01-01', last: '2023-12-31' });
    expect(dateSpan('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(dateSpan('2023-02')).toEqual({ first: '2023-02-01', last: '2023-02-28' });
    expect(dateSpan('2024-04-10')).toEqual({ first: '2024-04-10', last: '2024-04-10' });
  });

  it('refuses what is not a real date', () => {
    for (const bad of ['2023-13', '2023-00', '2023-02-29', '2023-04-31', '23', '2023/04', '2023-4', 'April 2024', '']) {
      expect(dateSpan(bad), bad).toBeNull();
    }
  });
});
