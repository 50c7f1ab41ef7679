// The date slider's months: the range of the data in months, and the rule for whether a relation held in a month.
import { describe, expect, it } from 'vitest';
import { heldAsOf, monthNumber, monthOf, monthRange } from '../../src/explorer/as-of.ts';
import { walkNote } from '../../src/explorer/path-mode.ts';
import { realGraph } from '../helpers.ts';

describe('monthNumber and monthOf', () => {
  it('count months so that one step is one month, across a year’s end', () => {
    expect(monthNumber('2019-06')).toBe(2019 * 12 + 5);
    expect(monthNumber('2020-01') - monthNumber('2019-12')).toBe(1);
    expect(monthOf(monthNumber('2019-12') + 1)).toBe('2020-01');
    expect(monthOf(monthNumber('2024-06'))).toBe('2024-06');
  });

  it('throw on what is not a month, saying what one is', () => {
    for (const bad of ['2019', '2019-6', '2019-13', '2019-00', '2019-06-01', 'June 2019']) {
      expect(() => monthNumber(bad), bad).toThrow(`"${bad}" is not a month: YYYY-MM, such as 2019-06`);
    }
  });
});

describe('monthRange', () => {
  it('runs from January of the earliest year named to December of the latest', () => {
    const range = monthRange([
      { validFrom: '2017-03', validTo: '2020-09' },
      { validFrom: '2021-10-15' },
      { validTo: '2023-02' },
      {},
    ]);
    expect(range).toEqual({ first: monthNumber('2017-01'), last: monthNumber('2023-12') });
  });

  it('takes a year-only date by its span and passes over malformed and null dates', () => {
    expect(
      monthRange([
        { validFrom: '2023', validTo: '2027' },
        { validFrom: 'soon', validTo: null },
      ]),
    ).toEqual({
      first: monthNumber('2023-01'),
      last: monthNumber('2027-12'),
    });
  });

  it('holds at least one year when a single month is named', () => {
    expect(monthRange([{ validFrom: '2024-04-10', validTo: '2024-04-10' }])).toEqual({
      first: monthNumber('2024-01'),
      last: monthNumber('2024-12'),
    });
  });

  it('is null when no relation is dated', () => {
    expect(monthRange([{}, { validFrom: undefined }])).toBeNull();
    expect(monthRange([])).toBeNull();
  });

  it('spans 2012 to 2027 on the real graph (Abe led from 2012-12; the defence build-up runs to 2027)', async () => {
    const { graph } = await realGraph();
    expect(monthRange(graph.mapEdges((_, attributes) => attributes))).toEqual({
      first: monthNumber('2012-01'),
      last: monthNumber('2027-12'),
    });
  });
});

describe('heldAsOf', () => {
  const abeTrump = { validFrom: '2017-01', validTo: '2020-09' };

  it('holds from the first month of validFrom to the last month of validTo, both included', () => {
    expect(heldAsOf(abeTrump, '2016-12')).toBe(false);
    expect(heldAsOf(abeTrump, '2017-01')).toBe(true);
    expect(heldAsOf(abeTrump, '2019-06')).toBe(true);
    expect(heldAsOf(abeTrump, '2020-09')).toBe(true);
    expect(heldAsOf(abeTrump, '2020-10')).toBe(false);
    expect(heldAsOf(abeTrump, '2024-06')).toBe(false);
  });

  it('treats an absent date as open', () => {
    expect(heldAsOf({}, '1900-01')).toBe(true);
    expect(heldAsOf({ validFrom: '2021-10' }, '2021-09')).toBe(false);
    expect(heldAsOf({ validFrom: '2021-10' }, '2099-12')).toBe(true);
    expect(heldAsOf({ validTo: '2021-01', validFrom: null }, '2021-01')).toBe(true);
    expect(heldAsOf({ validTo: '2021-01' }, '2021-02')).toBe(false);
  });

  it('takes a day by its month: a relation of one day holds in that month only', () => {
    const summit = { validFrom: '2024-04-10', validTo: '2024-04-10' };
    expect(heldAsOf(summit, '2024-03')).toBe(false);
    expect(heldAsOf(summit, '2024-04')).toBe(true);
    expect(heldAsOf(summit, '2024-05')).toBe(false);
    expect(heldAsOf({ validFrom: '2024-04-30' }, '2024-04')).toBe(true);
    expect(heldAsOf({ validTo: '2024-04-01' }, '2024-04')).toBe(true);
    expect(heldAsOf({ validTo: '2024-03-31' }, '2024-04')).toBe(false);
  });

  it('takes a year by its span: a relation of 2023 holds in each of its months only', () => {
    const g7 = { validFrom: '2023', validTo: '2023' };
    expect(heldAsOf(g7, '2022-12')).toBe(false);
    expect(heldAsOf(g7, '2023-01')).toBe(true);
    expect(heldAsOf(g7, '2023-12')).toBe(true);
    expect(heldAsOf(g7, '2024-01')).toBe(false);
  });

  it('throws on an asOf that is not a date', () => {
    expect(() => heldAsOf(abeTrump, 'mid-2019')).toThrow('"mid-2019" is not a date or partial date');
  });
});

describe('walkNote', () => {
  it('says what narrowed the path: the types shown, the date, both or neither', () => {
    expect(walkNote(false, null)).toBeUndefined();
    expect(walkNote(true, null)).toBe('Walking only the relation types shown.');
    expect(walkNote(false, '2019-06')).toBe('Walking only the relations that held as of 2019-06.');
    expect(walkNote(true, '2024-06')).toBe(
      'Walking only the relation types shown, and only relations that held as of 2024-06.',
    );
  });
});
