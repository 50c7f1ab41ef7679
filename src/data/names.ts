// How names, aliases and references compare: the one normalisation the loader and the resolver share.

/**
 * The form two names are compared in: case-insensitive, surrounding space ignored, inner
 * runs of space folded, the dots of abbreviations dropped ("U.S." is "us"), curly quotes
 * and dashes made plain.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
