// The date slider's months: the range the graph's relations are dated over, and whether a relation held in a month.
import { dateSpan, heldDuring, heldSpan } from '../dates.ts';

/** A relation's dates as /export/graph.json and the API carry them: ISO 8601 dates or partial dates, or absent. */
export interface Validity {
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
}

/** The months a slider runs over, each counted as `monthNumber` counts it; `first` ≤ `last`. */
export interface MonthRange {
  first: number;
  last: number;
}

const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * A month (`YYYY-MM`) as a whole number, months since January of year 0, so one step of a
 * slider is one month: `monthNumber('2019-06')` is 2019 × 12 + 5.
 * @throws Error when `month` is not `YYYY-MM` with a month from 01 to 12.
 */
export function monthNumber(month: string): number {
  const match = MONTH.exec(month);
  const m = Number(match?.[2]);
  if (!match || m < 1 || m > 12) throw new Error(`"${month}" is not a month: YYYY-MM, such as 2019-06`);
  return Number(match[1]) * 12 + m - 1;
}

/** The month (`YYYY-MM`) that `monthNumber` counts as `n`. */
export function monthOf(n: number): string {
  const year = Math.floor(n / 12);
  const month = n - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/**
 * The months from January of the earliest year any `validFrom` or `validTo` names to December of
 * the latest, so the range holds at least every year the data spans; null when no relation is
 * dated. A partial date counts by its span (2027 reaches 2027-12); a malformed one is passed over.
 */
export function monthRange(relations: Iterable<Validity>): MonthRange | null {
  let first: string | undefined;
  let last: string | undefined;
  for (const { validFrom, validTo } of relations) {
    for (const value of [validFrom, validTo]) {
      const span = value ? dateSpan(value) : null;
      if (!span) continue;
      if (first === undefined || span.first < first) first = span.first;
      if (last === undefined || span.last > last) last = span.last;
    }
  }
  if (first === undefined || last === undefined) return null;
  return { first: monthNumber(`${first.slice(0, 4)}-01`), last: monthNumber(`${last.slice(0, 4)}-12`) };
}

/**
 * Whether a relation held at some time in `asOf` (a date or partial date: a month, for the
 * slider), by the rule of src/dates.ts that the API's `asOf` follows: it held unless it began
 * after `asOf` ended or ended before `asOf` began; absent dates are open, partial ones their span.
 * @throws Error when `asOf` is not a date or partial date.
 */
export function heldAsOf({ validFrom, validTo }: Validity, asOf: string): boolean {
  const span = dateSpan(asOf);
  if (!span) throw new Error(`"${asOf}" is not a date or partial date: YYYY, YYYY-MM or YYYY-MM-DD`);
  return heldDuring(heldSpan(validFrom ?? undefined, validTo ?? undefined), span);
}
