// How names, aliases and references compare: the one normalisation the loader and the resolver share.

/** Printable ASCII words (no dots) with single spaces between: what lower case alone normalises. */
const PLAIN_WORDS = /^[\x21-\x2d\x2f-\x7e]+(?: [\x21-\x2d\x2f-\x7e]+)*$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The form two names are compared in: case-insensitive, surrounding space ignored, inner
 * runs of space folded, the dots of abbreviations dropped ("U.S." is "us"), curly quotes
 * and dashes made plain.
 */
export function normalizeName(name: string): string {
  // Most names are plain words ("fumio-kishida", "Fumio Kishida"), and a large graph has
  // hundreds of thousands: they skip the steps that would leave them as they are.
  if (PLAIN_WORDS.test(name)) return name.toLowerCase();
  // NFKC leaves printable ASCII as it is.
  return (PRINTABLE_ASCII.test(name) ? name : name.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
