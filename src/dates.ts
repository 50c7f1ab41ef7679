// ISO 8601 dates and partial dates (2023, 2023-11, 2023-11-16), as relations carry them.

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first and last whole day a date or partial date covers, or null when it is not one. */
export function dateSpan(value: string): { first: string; last: string } | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const [, year, month, day] = match as unknown as [string, string, string | undefined, string | undefined];
  if (month === undefined) return { first: `${year}-01-01`, last: `${year}-12-31` };
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  if (day === undefined) return { first: `${year}-${month}-01`, last: `${year}-${month}-${daysInMonth}` };
  const d = Number(day);
  if (d < 1 || d > daysInMonth) return null;
  return { first: value, last: value };
}

export function isPartialDate(value: string): boolean {
  return dateSpan(value) !== null;
}

export const PARTIAL_DATE_HINT = 'an ISO 8601 date or partial date: YYYY, YYYY-MM or YYYY-MM-DD, such as 2023-11';
