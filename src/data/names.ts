// How names, aliases and references compare: the one normalisation the loader and the resolver share.

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The form two names are compared in: case-insensitive, surrounding space ignored, inner
 * runs of space folded, the dots of abbreviations dropped ("U.S." is "us"), curly quotes
 * and dashes made plain.
 */
export function normalizeName(name: string): string {
  // NFKC leaves printable ASCII as it is, and most names are (a large graph has hundreds of thousands).
  return (PRINTABLE_ASCII.test(name) ? name : name.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
