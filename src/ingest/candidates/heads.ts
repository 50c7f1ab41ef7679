// Head words of capitalised names ("... Institute", "... Steel", "... Treaty"): which kind a token gives, and
// which kind the name going on from a token would reach.
import type { EntityKind } from '../../model.ts';
import { NAME_HEADS } from '../lexicon.ts';
import { isCapitalised, type Token } from '../tokens.ts';
import { CONNECTORS, compoundEnd, isClosedWord, isNameWord, opensSentence, type Scan, sentenceAt } from './scan.ts';

export function headKind(token: Token | undefined): EntityKind | undefined {
  return isCapitalised(token) ? NAME_HEADS.get(token?.norm ?? '') : undefined;
}

export function headsIn(tokens: readonly Token[], first: number, last: number): EntityKind[] {
  return tokens.slice(first, last + 1).flatMap((t) => headKind(t) ?? []);
}

/** A capitalised function word inside a name written in title case ("... Adversaries Through Sanctions Act"). */
export function isTitleCaseWord(scan: Scan, i: number): boolean {
  const t = scan.doc.tokens[i];
  return t?.shape === 'title' && isClosedWord(t) && !opensSentence(scan.doc, i) && !scan.consumed[i];
}

/**
 * The kind of the last head word of the name that goes on from i, if it has one; over "and" only when
 * `crossAnd` ("Gulf and Red Sea Policy Centre", but "Yoko Kamikawa and Defence Ministry officials").
 */
export function headAhead(scan: Scan, i: number, crossAnd = true): EntityKind | undefined {
  const { tokens } = scan.doc;
  let kind: EntityKind | undefined;
  let k = i;
  while (k < tokens.length && sentenceAt(scan.doc, k) === sentenceAt(scan.doc, i)) {
    const t = tokens[k];
    if (isNameWord(scan, k)) {
      kind = headKind(t) ?? kind;
      k = compoundEnd(tokens, k) + 1;
    } else if ((isTitleCaseWord(scan, k) || t?.type === 'possessive') && isNameWord(scan, k + 1)) k++;
    else if (t?.shape === 'lower' && CONNECTORS.has(t.norm) && isNameWord(scan, k + 1)) {
      if (!crossAnd && ['and', '&'].includes(t.norm)) break;
      k++;
    } else break;
  }
  return kind;
}
