// ISO 8601 dates and partial dates (2023, 2023-11, 2023-11-16), as relations carry them.
import { BadInputError } from './errors.ts';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

type DaySpan = Readonly<{ first: string; last: string }>;

/**
 * The spans of the dates seen most recently. Loading a large graph asks for the same dates over
 * and over (a million relations had some 12,000 distinct dates, each asked for in several
 * checks); the cache is cleared when full, so strings from requests cannot make it grow without
 * bound.
 */
const spans = new Map<string, DaySpan | null>();
const SPANS_CACHED = 65_536;

/** The first and last whole day a date or partial date covers, or null when it is not one. */
export function dateSpan(value: string): DaySpan | null {
  let span = spans.get(value);
  if (span === undefined) {
    span = computeDateSpan(value);
    if (spans.size >= SPANS_CACHED) spans.clear();
    spans.set(value, span);
  }
  return span;
}

function computeDateSpan(value: string): DaySpan | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const [, year, month, day] = match as unknown as [string, string, string | undefined, string | undefined];
  if (month === undefined) return Object.freeze({ first: `${year}-01-01`, last: `${year}-12-31` });
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  if (day === undefined)
    return Object.freeze({ first: `${year}-${month}-01`, last: `${year}-${month}-${daysInMonth}` });
  const d = Number(day);
  if (d < 1 || d > daysInMonth) return null;
  return Object.freeze({ first: value, last: value });
}

export function isPartialDate(value: string): boolean {
  return dateSpan(value) !== null;
}

export const PARTIAL_DATE_HINT = 'an ISO 8601 date or partial date: YYYY, YYYY-MM or YYYY-MM-DD, such as 2023-11';

/**
 * Whether a relation valid from `validFrom` to `validTo` (either may be absent: open) held at
 * some time within the span `asOf`: it holds when it began no later than the span's last day
 * and ended no earlier than its first. Partial dates stand for their whole span, so a relation
 * from 2023-11 holds as of "2023", and one that ends on the day asked about still holds then.
 * Takes the first day of `validFrom` and the last of `validTo` (see `heldSpan`).
 */
export function heldDuring(held: { from?: string; to?: string }, asOf: { first: string; last: string }): boolean {
  return (held.from === undefined || held.from <= asOf.last) && (held.to === undefined || held.to >= asOf.first);
}

/** The span of a relation that is not dated: it holds at any time. Shared, as most relations are undated. */
const ALWAYS: Readonly<{ from?: string; to?: string }> = Object.freeze({});

/** The days a relation held: from the first day of `validFrom` to the last day of `validTo`. */
export function heldSpan(validFrom?: string, validTo?: string): Readonly<{ from?: string; to?: string }> {
  if (!validFrom && !validTo) return ALWAYS;
  const held: { from?: string; to?: string } = {};
  if (validFrom) held.from = dateSpan(validFrom)?.first;
  if (validTo) held.to = dateSpan(validTo)?.last;
  return held;
}

/**
 * The span of days an `asOf` argument names, or undefined when it is not given.
 * @throws BadInputError naming `argument` when it is not an ISO 8601 date or partial date.
 */
export function asOfSpan(
  asOf: string | null | undefined,
  argument = 'asOf',
): { first: string; last: string } | undefined {
  if (asOf === null || asOf === undefined) return undefined;
  const span = dateSpan(asOf.trim());
  if (!span) throw new BadInputError(argument, `"${asOf}" is not ${PARTIAL_DATE_HINT}`);
  return span;
}
